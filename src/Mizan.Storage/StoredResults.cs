namespace Mizan.Storage;

/// <summary>An article's analysis as JSON, under the version of the analysis that made it.</summary>
/// <param name="ModelVersion">Names the analyzer and its models; a newer one is stored beside the older, so an article
/// is re-analysed from its stored text without reading its source again.</param>
public sealed record StoredAnalysis(string ArticleId, string ModelVersion, string Json);

/// <summary>A story as stored: its articles, outlets and time span, and the brief's JSON when one was written.</summary>
/// <param name="BuiltBy">The version that built the brief, kept beside it so that a store tells whether its briefs are
/// current without reading them.</param>
/// <param name="Markdown">The story's part of the Markdown brief, printed as it is while the brief is current.</param>
/// <param name="Number">The story's number in the grouping: stories are printed largest first, then by number.</param>
/// <param name="Updated">When the story's row was last written (UTC, ISO 8601), as read back; set by the store on writing.</param>
public sealed record StoredStory(
    string Id,
    string? Headline,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> Outlets,
    string? Start,
    string? End,
    string? BriefJson,
    string? BuiltBy = null,
    string? Markdown = null,
    int Number = 0,
    string? Updated = null);

/// <summary>
/// The grouping's own state (the clusterer written out), under the version that wrote it: the part every story shares,
/// and one part per story by number. A change writes the shared part and only the stories' parts that changed; read
/// back, <paramref name="Stories"/> holds every story's latest part, by number.
/// </summary>
/// <param name="Stamp">Read back: the number the store drew at random when this state was written (never 0). A
/// process that keeps the grouping in memory between updates compares it with <see cref="IArticleStore.GroupingStamp"/>
/// to know whether another process wrote since. Ignored when writing.</param>
public sealed record StoredGroupingState(string Version, byte[] State, IReadOnlyList<StoredStoryState>? Stories = null, long Stamp = 0);

/// <summary>One story's part of the grouping's state.</summary>
public sealed record StoredStoryState(int Number, byte[] State);

/// <summary>A stored article's id and publication date, as the grouping orders new articles by.</summary>
public sealed record StoredArticleKey(string Id, string? Published);

/// <summary>An article as the stored brief prints it, as JSON, by id.</summary>
public sealed record StoredBriefArticle(string Id, string Json);

/// <summary>
/// A change to the stored grouping, written in one transaction: a reader sees the grouping before it or after it.
/// </summary>
/// <param name="Replace">Clear the stories, storylines, brief articles and grouping state first (a grouping from scratch).</param>
/// <param name="StoryCount">When given, stories (and stories' parts of the state) numbered at or past it are removed:
/// rows an interrupted update wrote for stories its state never kept.</param>
/// <param name="Stories">Stories written anew or replaced, by id.</param>
/// <param name="Storylines">When given, replaces every storyline.</param>
/// <param name="Articles">Articles' JSON written anew or replaced, by id.</param>
/// <param name="State">When given, replaces the grouping's shared state and the stories' parts it holds, under a new
/// <see cref="StoredGroupingState.Stamp"/>.</param>
/// <param name="Removed">Stories removed, by number: stories whose articles moved into another (their parts of the
/// state stay, as the state's own).</param>
public sealed record GroupingChange(
    bool Replace,
    int? StoryCount,
    IReadOnlyList<StoredStory> Stories,
    IReadOnlyList<StoredStoryline>? Storylines,
    IReadOnlyList<StoredBriefArticle> Articles,
    StoredGroupingState? State,
    IReadOnlyList<int>? Removed = null);

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
