using System.Diagnostics;
using Mizan.Ingest.Duplicates;
using Mizan.Ingest.Sources;
using Mizan.Storage;

namespace Mizan.Ingest.Pipeline;

/// <summary>How an ingest went, so far or in all.</summary>
/// <param name="Read">Articles read from the inputs.</param>
/// <param name="New">Articles stored by this run.</param>
/// <param name="Duplicate">Articles already stored (the same id), or read twice in this run: not stored again.</param>
/// <param name="NearDuplicate">New articles stored as a near-duplicate (or the same text at another url) of another.</param>
/// <param name="Skipped">Inputs skipped, each with its reason.</param>
/// <param name="WithoutDate">New articles that state no publication date.</param>
public sealed record IngestCounts(int Read, int New, int Duplicate, int NearDuplicate, int Skipped, int WithoutDate, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Puts a collection into a store: reads every input, removes boilerplate (learned per batch from the lines that
/// recur across its articles, on top of the general rules), gives each article its content id, sets aside what is
/// already stored, marks near-duplicates against everything stored before and earlier in the batch, and stores each
/// batch in one transaction.
/// </summary>
public sealed class Ingestor(IArticleStore store, int batchSize = Ingestor.DefaultBatchSize)
{
    /// <summary>
    /// Articles per batch: a batch is the unit of boilerplate learning and of a transaction; 2,000 articles give the
    /// learner several articles of each outlet of a day of news, and keep a batch's memory to a few tens of megabytes.
    /// </summary>
    public const int DefaultBatchSize = 2000;

    /// <summary>Reports progress after every this many articles read.</summary>
    private const int ProgressEvery = 250;

    private readonly IArticleStore store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>The batch read last, made ready in the background while the one before it is stored.</summary>
    private Pending? pending;

    /// <summary>
    /// Ingests the items; <paramref name="skipped"/> hears each skipped input's one-line reason as it comes, and
    /// <paramref name="progress"/> the counts every 250 articles and once at the end.
    /// </summary>
    public IngestCounts Run(IEnumerable<SourceItem> items, Action<string> skipped, Action<IngestCounts>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(skipped);
        var clock = Stopwatch.StartNew();

        // A run that failed half-way leaves no batch behind for the next run to store.
        pending = null;
        var counts = new IngestCounts(0, 0, 0, 0, 0, 0, TimeSpan.Zero);
        var batch = new List<SourceArticle>(batchSize);
        foreach (var item in items)
        {
            if (item.Article is null)
            {
                skipped(item.Error ?? $"{item.Source}: unreadable.");
                counts = counts with { Skipped = counts.Skipped + 1 };
                continue;
            }

            batch.Add(item.Article);
            counts = counts with { Read = counts.Read + 1 };
            if (batch.Count == batchSize)
            {
                counts = Store(batch, counts);
                batch.Clear();
            }

            if (counts.Read % ProgressEvery == 0)
            {
                progress?.Invoke(counts with { Elapsed = clock.Elapsed });
            }
        }

        if (batch.Count > 0)
        {
            counts = Store(batch, counts);
        }

        counts = Finish(counts);

        counts = counts with { Elapsed = clock.Elapsed };
        progress?.Invoke(counts);
        return counts;
    }

    /// <summary>
    /// Sets aside what is stored already (or waits, in <see cref="pending"/>, to be stored), starts making the rest ready
    /// in the background, and meanwhile stores the batch before: the store is used by this thread only, and each batch
    /// is matched against the store once the one before it is in.
    /// </summary>
    private IngestCounts Store(List<SourceArticle> batch, IngestCounts counts)
    {
        var stored = store.Existing(batch.Select(a => a.Article.Id).ToList());
        var fresh = new List<SourceArticle>(batch.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in batch)
        {
            if (!stored.Contains(article.Article.Id) && pending?.Ids.Contains(article.Article.Id) != true && ids.Add(article.Article.Id))
            {
                fresh.Add(article);
            }
        }

        var inputs = fresh.Select(a => a.Article).ToList();
        var next = new Pending(fresh, ids, batch.Count, Task.Run(() => BatchPreparation.Own(inputs)));
        counts = Finish(counts);
        pending = next;
        return counts;
    }

    /// <summary>Matches the batch made ready in the background against the store and stores it; the counts as they stand
    /// after it (unchanged when there is none).</summary>
    private IngestCounts Finish(IngestCounts counts)
    {
        if (pending is not { } batch)
        {
            return counts;
        }

        pending = null;
        var fresh = batch.Fresh;
        var prepared = BatchPreparation.Match(batch.Own.GetAwaiter().GetResult(), store);
        var rows = fresh.Zip(prepared, (source, p) => new StoredArticle(
            p.Article.Id, p.ContentHash, p.Article.Url, p.Article.Outlet, p.Article.Title, p.Article.Published, p.Article.PublishedInferred,
            p.Article.Source, source.Format, source.Encoding, p.Article.Text, p.Cleaned.Text, p.Cleaned.Removed, p.Copy.Of, p.Copy.Similarity, p.Sketch)).ToList();
        var nearDuplicates = prepared.Count(p => p.Copy.Of is not null);

        var added = store.Add(rows, MinHash.BandKeys);
        return counts with
        {
            New = counts.New + added,
            Duplicate = counts.Duplicate + batch.Read - added,
            NearDuplicate = counts.NearDuplicate + nearDuplicates,
            WithoutDate = counts.WithoutDate + fresh.Count(a => a.Article.Published is null),
        };
    }

    /// <summary>A batch being made ready in the background: its new articles (and their ids), how many were read, and
    /// what each is on its own.</summary>
    private sealed record Pending(List<SourceArticle> Fresh, HashSet<string> Ids, int Read, Task<BatchPreparation.OwnBatch> Own);
}
