using Mizan.Core.Articles;
using Mizan.Ingest.Cleaning;
using Mizan.Ingest.Duplicates;
using Mizan.Storage;

namespace Mizan.Ingest.Pipeline;

/// <summary>An article of a batch made ready: its cleaned text, content hash, sketch, and the group it copies.</summary>
public sealed record PreparedArticle(ArticleInput Article, CleanedText Cleaned, string ContentHash, uint[]? Sketch, NearDuplicateMatch Copy);

/// <summary>
/// What every batch goes through, whether it is stored (<see cref="Ingestor"/>) or briefed straight from files:
/// boilerplate learned from the batch itself (lines recurring across its articles) on top of the general rules,
/// removed from each article; a content hash and a MinHash sketch of the cleaned text; and the group of the earlier
/// article (of the batch, or of the store when one is given) it copies, if any.
/// </summary>
public static class BatchPreparation
{
    public static List<PreparedArticle> Prepare(IReadOnlyList<ArticleInput> batch, IArticleStore? stored = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var cleaner = BoilerplateCleaner.Learn(batch.Select(a => (a.Text, a.Outlet)));

        // Each article is cleaned, hashed and sketched on its own, on every core; it is then matched against the ones
        // before it in order, so that the earlier of two copies stays the original.
        var own = new (CleanedText Cleaned, string Hash, uint[]? Sketch)[batch.Count];
        Parallel.For(0, batch.Count, i =>
        {
            var cleaned = cleaner.Clean(batch[i].Text, batch[i].Outlet);
            own[i] = (cleaned, NearDuplicateIndex.ContentHash(batch[i].Text), MinHash.Sketch(cleaned.Text));
        });

        var copies = new NearDuplicateIndex();
        var prepared = new List<PreparedArticle>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var (cleaned, hash, sketch) = own[i];
            var copy = copies.Match(hash, sketch, stored);
            copies.Add(batch[i].Id, copy.Of ?? batch[i].Id, hash, sketch);
            prepared.Add(new PreparedArticle(batch[i], cleaned, hash, sketch, copy));
        }

        return prepared;
    }
}
