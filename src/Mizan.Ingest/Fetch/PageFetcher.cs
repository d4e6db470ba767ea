using System.Globalization;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;

namespace Mizan.Ingest.Fetch;

/// <summary>
/// Fetches pages and ingests them: each page's bytes go through the same HTML reader as a saved page
/// (<see cref="ArticleSources"/>: encoding from the Content-Type, else the page's own declaration, else its bytes;
/// main text, title, date and outlet from its metadata) and the same <see cref="Ingestor"/>. What each url gave is
/// remembered in the store (<see cref="IArticleStore.SaveFetchRecords"/>), so a url fetched before is asked for
/// conditionally, or, for feed items, not at all.
/// </summary>
public sealed class PageFetcher(IArticleStore store, PoliteFetcher fetcher, int maxConcurrency, int chunkSize)
{
    /// <summary>Outcomes remembered for a url. Only outcomes that asking again soon would not change are kept: a
    /// timeout or a 5xx is not, so the url is tried again by the next run or poll.</summary>
    public static class Outcomes
    {
        public const string Article = "article";
        public const string NoArticle = "no-article";
        public const string NotModified = "not-modified";
        public const string Refused = "refused";
        public const string Disallowed = "disallowed";
        public const string Feed = "feed";
    }

    private const string NotAPage = "not an HTML page";

    private readonly IArticleStore store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly PoliteFetcher fetcher = fetcher ?? throw new ArgumentNullException(nameof(fetcher));

    /// <summary>Fetches and ingests every url, <paramref name="chunkSize"/> at a time; stops between urls when cancelled,
    /// keeping (ingesting and recording) every page that had fully arrived.</summary>
    /// <param name="urls">Absolute http or https urls.</param>
    /// <param name="skipSeen">Pass over urls fetched before (a feed's items); otherwise ask for them conditionally.</param>
    public async Task<FetchCounts> FetchAsync(IReadOnlyList<Uri> urls, bool skipSeen, FetchEvents events, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(events);
        var tally = new FetchTally(events);
        await FetchAsync(urls, skipSeen, tally, cancel).ConfigureAwait(false);
        return tally.Counts;
    }

    /// <summary>Returns whether every url was settled: none failed in a way that may mend, none was cut short.</summary>
    internal async Task<bool> FetchAsync(IReadOnlyList<Uri> urls, bool skipSeen, FetchTally tally, CancellationToken cancel)
    {
        var settled = true;
        var distinct = urls.DistinctBy(u => u.AbsoluteUri, StringComparer.Ordinal).ToList();
        foreach (var chunk in distinct.Chunk(Math.Max(1, chunkSize)))
        {
            if (cancel.IsCancellationRequested)
            {
                return false;
            }

            var known = store.FetchRecords(chunk.Select(u => u.AbsoluteUri).ToList());
            var wanted = skipSeen ? chunk.Where(u => !known.ContainsKey(u.AbsoluteUri)).ToList() : [.. chunk];
            tally.Seen(chunk.Length - wanted.Count);
            var responses = new FetchResponse[wanted.Count];

            // The store is touched only here, between chunks; the requests run in parallel (each host one at a time).
            await Parallel.ForEachAsync(
                Enumerable.Range(0, wanted.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxConcurrency) },
                async (i, _) =>
                {
                    var url = wanted[i];
                    var validators = known.TryGetValue(url.AbsoluteUri, out var record) && (record.ETag ?? record.LastModified) is not null
                        ? new FetchResponse.Validators(record.ETag, record.LastModified)
                        : null;
                    responses[i] = cancel.IsCancellationRequested
                        ? new FetchResponse(url.AbsoluteUri, FetchStatus.Cancelled)
                        : await fetcher.GetAsync(url, validators, cancel).ConfigureAwait(false);
                }).ConfigureAwait(false);
            Ingest(responses, known, tally);
            settled &= responses.All(r => r.Status is not (FetchStatus.Failed or FetchStatus.Cancelled));
        }

        return settled;
    }

    /// <summary>Ingests the pages that arrived, in one batch, and records what every url gave.</summary>
    private void Ingest(FetchResponse[] responses, IReadOnlyDictionary<string, FetchRecord> known, FetchTally tally)
    {
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var records = new List<FetchRecord>();
        var pages = new List<(FetchResponse Response, SourceItem Item)>();
        foreach (var response in responses)
        {
            switch (response.Status)
            {
                case FetchStatus.Ok:
                    tally.Fetched();
                    pages.Add((response, PageItem(response)));
                    break;
                case FetchStatus.NotModified:
                    tally.NotModified();
                    var before = known.GetValueOrDefault(response.Url);
                    records.Add(new FetchRecord(response.Url, before?.Outcome ?? Outcomes.NotModified, before?.ArticleId, response.ETag, response.LastModified, now));
                    break;
                case FetchStatus.Disallowed:
                    // Recorded so a watch does not tell it again every poll; a named url is checked again by fetch.
                    tally.Skip("robots.txt", $"{response.Url}: {response.Reason}.");
                    records.Add(new FetchRecord(response.Url, Outcomes.Disallowed, null, null, null, now));
                    break;
                case FetchStatus.Refused:
                    tally.Fail($"{response.Url}: {response.Reason}.");
                    records.Add(new FetchRecord(response.Url, Outcomes.Refused, null, null, null, now));
                    break;
                case FetchStatus.Failed:
                    tally.Fail($"{response.Url}: {response.Reason}.");
                    break;
                default:
                    // Stopped before it answered: neither counted nor recorded, so the next run asks for it.
                    break;
            }
        }

        foreach (var warning in pages.Select(p => p.Item.Article?.Warning).OfType<string>())
        {
            tally.Events.Warning?.Invoke(warning);
        }

        // Each skipped page is told below, with its url, so the ingestor's own telling is not needed.
        var counts = new Ingestor(store).Run(pages.Select(p => p.Item), _ => { });
        tally.Stored(counts.New, counts.Duplicate);
        foreach (var (response, item) in pages)
        {
            var id = item.Article?.Article.Id;
            if (id is null)
            {
                tally.Skip(item.Error?.Contains(NotAPage, StringComparison.Ordinal) == true ? "not a page" : "no article", item.Error ?? $"{response.Url}: unreadable.");
            }
            else
            {
                tally.Done();
            }

            records.Add(new FetchRecord(response.Url, id is null ? Outcomes.NoArticle : Outcomes.Article, id, response.ETag, response.LastModified, now));
        }

        // After the articles: a run stopped between the two stores the articles and fetches the pages again, finding them stored.
        store.SaveFetchRecords(records);
    }

    /// <summary>A fetched page as the HTML reader reads a saved one, named by its url; an answer that is not a page is skipped.</summary>
    internal static SourceItem PageItem(FetchResponse response)
    {
        var type = response.MediaType;
        if (type is not null && type != "text/html" && type != "application/xhtml+xml")
        {
            return SourceItem.Skip(response.Url, $"{NotAPage} (Content-Type {type}).");
        }

        return ArticleSources.Html(response.Url, response.Body ?? [], response.Charset, response.FinalUrl?.AbsoluteUri ?? response.Url);
    }
}
