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
    public static List<PreparedArticle> Prepare(IReadOnlyList<ArticleInput> batch, IArticleStore? stored = null) =>
        Match(Own(batch), stored);

    /// <summary>
    /// What a batch's articles are on their own, without the store: the boilerplate learned from the batch, and each
    /// article cleaned, hashed and sketched, on every core. <see cref="Match"/> then finds the copies; the two are apart
    /// so that a batch can be made ready while the one before it is being stored.
    /// </summary>
    public static OwnBatch Own(IReadOnlyList<ArticleInput> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var cleaner = BoilerplateCleaner.Learn(batch.Select(a => (a.Text, a.Outlet)));
        var own = new (CleanedText Cleaned, string Hash, uint[]? Sketch)[batch.Count];
        Parallel.For(0, batch.Count, i =>
        {
            var cleaned = cleaner.Clean(batch[i].Text, batch[i].Outlet);
            own[i] = (cleaned, NearDuplicateIndex.ContentHash(batch[i].Text), MinHash.Sketch(cleaned.Text));
        });
        return new OwnBatch(batch, own);
    }

    /// <summary>
    /// Each article of the batch matched against the ones before it in order (of the batch, and of the store when one is
    /// given), so that the earlier of two copies stays the original.
    /// </summary>
    public static List<PreparedArticle> Match(OwnBatch batch, IArticleStore? stored = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var copies = new NearDuplicateIndex();
        var prepared = new List<PreparedArticle>(batch.Articles.Count);
        for (var i = 0; i < batch.Articles.Count; i++)
        {
            var article = batch.Articles[i];
            var (cleaned, hash, sketch) = batch.Own[i];
            var copy = copies.Match(hash, sketch, stored);
            copies.Add(article.Id, copy.Of ?? article.Id, hash, sketch);
            prepared.Add(new PreparedArticle(article, cleaned, hash, sketch, copy));
        }

        return prepared;
    }

    /// <summary>A batch's articles with what each is on its own (<see cref="Own"/>), in the same order.</summary>
    public sealed record OwnBatch(IReadOnlyList<ArticleInput> Articles, IReadOnlyList<(CleanedText Cleaned, string Hash, uint[]? Sketch)> Own);
}
