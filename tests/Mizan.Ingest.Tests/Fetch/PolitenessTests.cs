using System.Globalization;
using Mizan.Ingest.Fetch;

namespace Mizan.Ingest.Tests.Fetch;

/// <summary>The fetcher alone: what it does when robots.txt is down, when a server asks for a pause, and how it paces a host.</summary>
public sealed class PolitenessTests : IDisposable
{
    private readonly TestWebServer server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task A_robots_txt_that_cannot_be_read_closes_the_host_and_says_so()
    {
        server.On("/robots.txt", (context, _) =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        server.On("/page.html", FetchPages.Article(1, "خبر"));
        using var fetcher = new PoliteFetcher(FetchPages.Quick);

        var response = await fetcher.GetAsync(server.Uri("/page.html"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, response.Status);
        Assert.Contains("robots.txt", response.Reason, StringComparison.Ordinal);
        Assert.Empty(server.Requests("/page.html"));
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_waited_for()
    {
        server.On("/busy.html", FetchPages.BusyOnce(503, () => DateTimeOffset.UtcNow.AddSeconds(2).ToString("R", CultureInfo.InvariantCulture), FetchPages.Article(1, "خبر")));
        using var fetcher = new PoliteFetcher(FetchPages.Quick);

        var response = await fetcher.GetAsync(server.Uri("/busy.html"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, response.Status);
        var tries = server.Requests("/busy.html");
        // The date has whole seconds, so two seconds from now is at least one second after the first answer.
        Assert.True(tries[1].At - tries[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(tries[1].At - tries[0].At).TotalSeconds:N2} s");
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_fetcher_waits_is_a_named_failure_at_once()
    {
        server.On("/later.html", (context, _) =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers["Retry-After"] = "3600";
            return Task.CompletedTask;
        });
        using var fetcher = new PoliteFetcher(FetchPages.Quick);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var response = await fetcher.GetAsync(server.Uri("/later.html"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, response.Status);
        Assert.Contains("HTTP 429", response.Reason, StringComparison.Ordinal);
        Assert.Contains("asks to wait 3,600 s", response.Reason, StringComparison.Ordinal);
        Assert.Single(server.Requests("/later.html"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_crawl_delay_longer_than_the_fetcher_own_pause_sets_the_pace()
    {
        server.On("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\n", "text/plain");
        for (var n = 1; n <= 3; n++)
        {
            server.On($"/{n}.html", FetchPages.Article(n, "خبر"));
        }

        using var fetcher = new PoliteFetcher(FetchPages.Quick with { MaxConcurrency = 3 });
        await Task.WhenAll(Enumerable.Range(1, 3).Select(n => fetcher.GetAsync(server.Uri($"/{n}.html"), null, CancellationToken.None)));

        var log = server.Log;
        Assert.Equal(4, log.Count);
        var gaps = log.Zip(log.Skip(1), (a, b) => b.At - a.At).Skip(1).ToList();
        Assert.True(gaps.Min() >= TimeSpan.FromSeconds(0.24), $"the closest requests came {gaps.Min().TotalMilliseconds:N0} ms apart");
    }
}
