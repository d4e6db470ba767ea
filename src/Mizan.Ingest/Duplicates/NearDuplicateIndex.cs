using Mizan.Core.Articles;
using Mizan.Storage;

namespace Mizan.Ingest.Duplicates;

/// <summary>Where a new article stands: the group it copies (null for an original) and how similar it is.</summary>
public readonly record struct NearDuplicateMatch(string? Of, double? Similarity);

/// <summary>
/// An in-memory index of MinHash sketches by band, for the articles of one batch: the same look-up the store does
/// for committed articles. An article matches the earliest article with the same raw text (similarity 1), else the
/// group of the most similar article whose sketch agrees in at least <see cref="MinHash.Threshold"/> of positions.
/// </summary>
public sealed class NearDuplicateIndex
{
    private readonly Dictionary<long, List<SketchCandidate>> byBand = [];
    private readonly Dictionary<string, string> byContent = new(StringComparer.Ordinal);

    /// <summary>The content hash of a raw text: its id without a url.</summary>
    public static string ContentHash(string rawText) => ArticleId.Compute(rawText);

    /// <summary>The match for an article among those added so far, or among <paramref name="stored"/> too.</summary>
    public NearDuplicateMatch Match(string contentHash, uint[]? sketch, IArticleStore? stored = null)
    {
        if (byContent.GetValueOrDefault(contentHash) is { } samePending)
        {
            return new(samePending, 1.0);
        }

        if (stored?.FindByContentHash(contentHash) is { } storedGroup)
        {
            return new(storedGroup, 1.0);
        }

        if (sketch is null)
        {
            return new(null, null);
        }

        var keys = MinHash.BandKeys(sketch);
        var candidates = keys.SelectMany(k => byBand.GetValueOrDefault(k) ?? []).Distinct();
        if (stored is not null)
        {
            candidates = stored.Candidates(keys).Concat(candidates);
        }

        SketchCandidate? best = null;
        var bestSimilarity = 0.0;
        foreach (var candidate in candidates)
        {
            var similarity = MinHash.Similarity(sketch, candidate.Sketch);
            if (similarity >= MinHash.Threshold && similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (candidate, similarity);
            }
        }

        return best is null ? new(null, null) : new(best.GroupId, bestSimilarity);
    }

    /// <summary>Adds an article, as a member of <paramref name="group"/> (its own id when it leads one).</summary>
    public void Add(string id, string group, string contentHash, uint[]? sketch)
    {
        byContent.TryAdd(contentHash, group);
        if (sketch is null)
        {
            return;
        }

        var candidate = new SketchCandidate(id, group, sketch);
        foreach (var key in MinHash.BandKeys(sketch))
        {
            if (!byBand.TryGetValue(key, out var list))
            {
                byBand[key] = list = [];
            }

            list.Add(candidate);
        }
    }
}
