using System.Globalization;
using Mizan.Storage;

namespace Mizan.Ingest.Fetch;

/// <summary>
/// Follows feeds: each poll asks for every feed conditionally (ETag, Last-Modified), and fetches and ingests the
/// pages of the items no earlier poll or run fetched (<see cref="PageFetcher"/>). A feed is recorded as read only
/// after its items are dealt with, so a run stopped half-way reads it again whole next time.
/// </summary>
public sealed class FeedWatcher(IArticleStore store, PoliteFetcher fetcher, FetchOptions options)
{
    private readonly IArticleStore store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly PoliteFetcher fetcher = fetcher ?? throw new ArgumentNullException(nameof(fetcher));
    private readonly FetchOptions options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>
    /// Polls the feeds every <paramref name="every"/> (from the start of one poll to the start of the next; a poll
    /// that runs longer is followed at once) until cancelled or, when given, <paramref name="polls"/> polls are done.
    /// <paramref name="afterPoll"/> hears each poll's number and counts once its articles are stored. Returns the
    /// counts of all polls together.
    /// </summary>
    public async Task<FetchCounts> RunAsync(IReadOnlyList<Uri> feeds, TimeSpan every, int? polls, FetchEvents events, Action<int, FetchCounts>? afterPoll, CancellationToken cancel, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(events);
        clock ??= TimeProvider.System;
        var total = FetchCounts.Empty;
        for (var poll = 1; !cancel.IsCancellationRequested; poll++)
        {
            var started = clock.GetUtcNow();
            var counts = await PollAsync(feeds, events, cancel).ConfigureAwait(false);
            total = total.Plus(counts);
            afterPoll?.Invoke(poll, counts);
            if (poll == polls)
            {
                break;
            }

            var wait = started + every - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, clock, cancel).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        return total;
    }

    /// <summary>One poll of every feed, one feed after another (their pages fetched in parallel).</summary>
    public async Task<FetchCounts> PollAsync(IReadOnlyList<Uri> feeds, FetchEvents events, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(events);
        var tally = new FetchTally(events);
        var pages = new PageFetcher(store, fetcher, options.MaxConcurrency, options.ChunkSize);
        foreach (var feed in feeds)
        {
            if (cancel.IsCancellationRequested)
            {
                break;
            }

            await PollFeed(feed, pages, tally, cancel).ConfigureAwait(false);
        }

        return tally.Counts;
    }

    private async Task PollFeed(Uri feed, PageFetcher pages, FetchTally tally, CancellationToken cancel)
    {
        var url = feed.AbsoluteUri;
        var before = store.FetchRecords([url]).GetValueOrDefault(url);
        var validators = before is null ? null : new FetchResponse.Validators(before.ETag, before.LastModified);
        var response = await fetcher.GetAsync(feed, validators, cancel).ConfigureAwait(false);
        switch (response.Status)
        {
            case FetchStatus.Ok:
                tally.Fetched();
                break;
            case FetchStatus.NotModified:
                tally.NotModified();
                Remember(response, response.ETag, response.LastModified);
                return;
            case FetchStatus.Disallowed:
                tally.Skip("robots.txt", $"{url}: {response.Reason}.");
                return;
            case FetchStatus.Cancelled:
                return;
            default:
                tally.Fail($"{url}: {response.Reason}.");
                return;
        }

        var (links, withoutLink, error) = FeedLinks.Read(response.Body!, response.FinalUrl ?? feed);
        if (error is not null)
        {
            tally.Fail(error);
        }

        for (var i = 0; i < withoutLink; i++)
        {
            tally.Skip("no link", $"{url}: an item without an http or https link to its page.");
        }

        // The feed's validators are kept only when every item was settled: a page that timed out must be found in
        // the feed again next poll, which a 304 for the feed would hide.
        var settled = await pages.FetchAsync(links, skipSeen: true, tally, cancel).ConfigureAwait(false);
        if (!cancel.IsCancellationRequested)
        {
            Remember(response, settled ? response.ETag : null, settled ? response.LastModified : null);
        }
    }

    private void Remember(FetchResponse response, string? etag, string? lastModified) =>
        store.SaveFetchRecords([new FetchRecord(response.Url, PageFetcher.Outcomes.Feed, null, etag, lastModified, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))]);
}
