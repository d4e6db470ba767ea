using Mizan.Briefs;
using Mizan.Core.Articles;
using Mizan.Storage.Search;

namespace Mizan.Web;

/// <summary>One page of a list: the items, and how many there are in all.</summary>
public sealed record Page<T>(int Number, int Size, int Total, IReadOnlyList<T> Items);

/// <summary>A story in the list: headline, outlets, time span and size (its brief is at /api/stories/{id}).</summary>
public sealed record StorySummary(string Id, string? Headline, IReadOnlyList<string> Outlets, int Articles, string? Start, string? End, string? StorylineId);

/// <summary>A storyline with its stories in order.</summary>
public sealed record StorylineSummary(string Id, IReadOnlyList<StorySummary> Stories);

/// <summary>An article in a list, without its text.</summary>
/// <param name="Source">The file or address it was read from (the page shows an untitled article by its file name).</param>
public sealed record ArticleSummary(string Id, string? Outlet, string? Title, string? Published, string? NearDuplicateOf, int Length, string? StoryId, string? Source);

/// <summary>An article with the cleaned text every offset points into, and what cleaning removed from the raw text.</summary>
public sealed record ArticleView(
    string Id,
    string? Url,
    string? Outlet,
    string? Title,
    string? Published,
    bool PublishedInferred,
    string? Source,
    string Format,
    string? Encoding,
    string? NearDuplicateOf,
    double? Similarity,
    string? StoryId,
    string Text,
    IReadOnlyList<RemovedText> Removed);

/// <summary>An entity across stories (or within one, when <paramref name="Id"/> is its id in that story's brief).</summary>
/// <param name="Stories">How many stories it appears in.</param>
public sealed record EntitySummary(string? Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, int Stories);

/// <summary>A quote of an entity, with the story it belongs to.</summary>
public sealed record EntityQuote(string StoryId, string? Speaker, string? Role, string Text, bool Direct, IReadOnlyList<string> Outlets, IReadOnlyList<Evidence> Evidence);

/// <summary>An entity's page: its roles and aliases, the stories it appears in and what it said.</summary>
public sealed record EntityView(string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, IReadOnlyList<StorySummary> Stories, IReadOnlyList<EntityQuote> Quotes);

/// <summary>A search hit: the article, the passage to show and the matching words (offsets into the article's text).</summary>
public sealed record SearchHitView(
    string Id,
    string? Outlet,
    string? Title,
    string? Published,
    string? Url,
    string? NearDuplicateOf,
    double Score,
    string? StoryId,
    TextSpan Snippet,
    IReadOnlyList<TextSpan> Highlights);

/// <summary>The hits of a search.</summary>
public sealed record SearchResponse(string Query, int Count, IReadOnlyList<SearchHitView> Hits);

/// <summary>What an upload did: ingest counts, each skipped input with its reason, and the stories after re-briefing.</summary>
public sealed record IngestResponse(int Files, int Read, int New, int Duplicate, int NearDuplicate, int Skipped, IReadOnlyList<string> SkippedReasons, bool Rebriefed, int Stories, int Storylines);
