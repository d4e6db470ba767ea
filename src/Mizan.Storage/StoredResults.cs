namespace Mizan.Storage;

/// <summary>An article's analysis as JSON, under the version of the analysis that made it.</summary>
/// <param name="ModelVersion">Names the analyzer and its models; a newer one is stored beside the older, so an article
/// is re-analysed from its stored text without reading its source again.</param>
public sealed record StoredAnalysis(string ArticleId, string ModelVersion, string Json);

/// <summary>A story as stored: its articles, outlets and time span, and the brief's JSON when one was written.</summary>
/// <param name="BuiltBy">The version that built the brief, kept beside it so that a store tells whether its briefs are
/// current without reading them.</param>
/// <param name="Markdown">The story's part of the Markdown brief, printed as it is while the brief is current.</param>
public sealed record StoredStory(
    string Id,
    string? Headline,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> Outlets,
    string? Start,
    string? End,
    string? BriefJson,
    string? BuiltBy = null,
    string? Markdown = null);

/// <summary>What the stored stories hold, counted without reading their briefs.</summary>
/// <param name="Stories">The stored stories.</param>
/// <param name="Grouped">The articles in them.</param>
/// <param name="Articles">The stored articles, grouped or not.</param>
/// <param name="Outdated">Stories whose brief or Markdown is missing or was built by another version.</param>
/// <param name="Printed">The articles' JSON saved with the stories.</param>
public sealed record StoredStoryCounts(int Stories, long Grouped, long Articles, int Outdated, long Printed);

/// <summary>What is read back of the last brief, one item at a time.</summary>
public enum BriefText
{
    /// <summary>Each story's brief, as the compact JSON of the contract.</summary>
    Brief,

    /// <summary>Each story's part of the Markdown brief.</summary>
    Markdown,

    /// <summary>Each article as the brief's JSON shows it, saved with the stories.</summary>
    Article,
}

/// <summary>A storyline as stored: the stories of one ongoing saga.</summary>
public sealed record StoredStoryline(string Id, IReadOnlyList<string> StoryIds);
