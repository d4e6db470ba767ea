using Mizan.Core.Articles;

namespace Mizan.Storage;

/// <summary>An article as the store keeps it: the raw text as read, the cleaned text all offsets point into, what
/// cleaning removed, and how it relates to articles already stored.</summary>
/// <param name="Id">Content-derived (<see cref="ArticleId"/>): the raw text and the url when known.</param>
/// <param name="ContentHash">The raw text's hash without the url: equal for the same text at two addresses.</param>
/// <param name="Format">The format it was read from: text, html, json, jsonl, feed or warc.</param>
/// <param name="NearDuplicateOf">The first stored article of its near-duplicate group, when it is a copy of one.</param>
/// <param name="Similarity">The estimated similarity to that article (1 for the same text at another address).</param>
/// <param name="Sketch">Its MinHash sketch, or null for a text too short to have one.</param>
public sealed record StoredArticle(
    string Id,
    string ContentHash,
    string? Url,
    string? Outlet,
    string? Title,
    string? Published,
    bool PublishedInferred,
    string? Source,
    string Format,
    string? Encoding,
    string RawText,
    string Text,
    IReadOnlyList<RemovedText> Removed,
    string? NearDuplicateOf,
    double? Similarity,
    uint[]? Sketch);

/// <summary>A stored article that shares a sketch band with a new one: a near-duplicate candidate.</summary>
/// <param name="GroupId">The group it belongs to: its own <c>NearDuplicateOf</c>, or its id when it leads a group.</param>
public sealed record SketchCandidate(string Id, string GroupId, uint[] Sketch);

/// <summary>What the store holds, in numbers.</summary>
public sealed record StoreCounts(long Articles, long NearDuplicates, long NearDuplicateGroups);
