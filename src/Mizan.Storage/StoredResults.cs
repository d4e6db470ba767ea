namespace Mizan.Storage;

/// <summary>An article's analysis as JSON, under the version of the analysis that made it.</summary>
/// <param name="ModelVersion">Names the analyzer and its models; a newer one is stored beside the older, so an article
/// is re-analysed from its stored text without reading its source again.</param>
public sealed record StoredAnalysis(string ArticleId, string ModelVersion, string Json);

/// <summary>A story as stored: its articles, outlets and time span, and the brief's JSON when one was written.</summary>
public sealed record StoredStory(string Id, string? Headline, IReadOnlyList<string> ArticleIds, IReadOnlyList<string> Outlets, string? Start, string? End, string? BriefJson);

/// <summary>A storyline as stored: the stories of one ongoing saga.</summary>
public sealed record StoredStoryline(string Id, IReadOnlyList<string> StoryIds);
