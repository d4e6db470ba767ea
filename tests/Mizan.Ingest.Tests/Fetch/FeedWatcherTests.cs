using Mizan.Ingest.Fetch;
using Mizan.Ingest.Tests.Sources;
using Mizan.Storage.Sqlite;

namespace Mizan.Ingest.Tests.Fetch;

public sealed class FeedWatcherTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly TestWebServer server = new();
    private readonly List<string> items = [];

    public void Dispose()
    {
        server.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task New_items_land_within_one_poll_nothing_is_fetched_twice_across_a_restart_and_the_host_pace_holds()
    {
        var interval = TimeSpan.FromMilliseconds(250);
        var options = FetchPages.Quick with { PerHostInterval = interval };
        server.On("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        for (var n = 1; n <= 5; n++)
        {
            server.On($"/p{n}.html", FetchPages.Article(n, $"الخبر {n}"));
        }

        server.On("/private/x.html", FetchPages.Article(9, "سر"));
        Publish("/p1.html", "/p2.html", "/private/x.html", "/gone.html");
        var failures = new List<string>();
        var events = new FetchEvents(Failed: failures.Add);
        var path = Path.Combine(folder.Path, "watch.db");
        var feeds = new[] { server.Uri("/feed.xml") };

        using (var store = SqliteArticleStore.Open(path))
        using (var fetcher = new PoliteFetcher(options))
        {
            var stored = new List<int>();
            void AfterPoll(int poll, FetchCounts counts)
            {
                var urls = store.Articles().Select(a => a.Url).ToHashSet();
                stored.Add(urls.Count);
                Assert.All(items.Where(i => i.Length > 2 && char.IsAsciiDigit(i[2])), i => Assert.Contains(server.Url(i), urls));
                if (poll <= 2)
                {
                    // The feed gains an item: the next poll must bring its article.
                    Publish([.. items, $"/p{poll + 2}.html"]);
                }
            }

            var total = await new FeedWatcher(store, fetcher, options).RunAsync(feeds, TimeSpan.FromMilliseconds(100), 4, events, AfterPoll, CancellationToken.None);
            Assert.Equal([2, 3, 4, 4], stored);
            Assert.Equal(4, total.New);
            Assert.Equal(1, total.NotModified);
            Assert.Equal(1, total.Skipped["robots.txt"]);
        }

        AssertPace(server.Log, interval);
        var firstRun = server.Log.Count;
        Publish([.. items, "/p5.html"]);
        using (var store = SqliteArticleStore.Open(path))
        using (var fetcher = new PoliteFetcher(options))
        {
            var counts = await new FeedWatcher(store, fetcher, options).PollAsync(feeds, events, CancellationToken.None);
            Assert.Equal(1, counts.New);
            Assert.Equal(5, store.Counts().Articles);
        }

        AssertPace(server.Log.Skip(firstRun).ToList(), interval);
        var pages = server.Log.Where(r => r.Path.EndsWith(".html", StringComparison.Ordinal)).GroupBy(r => r.Path).ToList();
        Assert.All(pages, p => Assert.Single(p));
        Assert.Equal(["/gone.html", "/p1.html", "/p2.html", "/p3.html", "/p4.html", "/p5.html"], pages.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Empty(server.Requests("/private/x.html"));
        Assert.Single(failures, f => f.StartsWith(server.Url("/gone.html"), StringComparison.Ordinal) && f.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_news_sitemap_is_watched_like_a_feed()
    {
        server.On("/p1.html", FetchPages.Article(1, "خبر الخريطة"));
        server.On("/news-sitemap.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>{server.Url("/p1.html")}</loc><news:news><news:title>خبر</news:title></news:news></url>
            </urlset>
            """, "application/xml");
        using var store = SqliteArticleStore.Open(Path.Combine(folder.Path, "s.db"));
        using var fetcher = new PoliteFetcher(FetchPages.Quick);
        var counts = await new FeedWatcher(store, fetcher, FetchPages.Quick).PollAsync([server.Uri("/news-sitemap.xml")], FetchEvents.None, CancellationToken.None);
        Assert.Equal(1, counts.New);
        Assert.Equal("خبر الخريطة", store.Articles().Single().Title);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("urlset")]
    public async Task A_feed_declaring_an_external_entity_is_refused_by_name_and_the_entity_never_fetched(string root)
    {
        server.On("/secret", "secret", "text/plain");
        server.On("/evil.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE {root} [<!ENTITY leak SYSTEM "{server.Url("/secret")}">]>
            <{root}><x>&leak;</x></{root}>
            """, "application/xml");
        var failures = new List<string>();
        using var store = SqliteArticleStore.Open(Path.Combine(folder.Path, "s.db"));
        using var fetcher = new PoliteFetcher(FetchPages.Quick);
        var counts = await new FeedWatcher(store, fetcher, FetchPages.Quick).PollAsync([server.Uri("/evil.xml")], new FetchEvents(Failed: failures.Add), CancellationToken.None);
        Assert.Equal(1, counts.Errors);
        Assert.StartsWith(server.Url("/evil.xml") + ":", Assert.Single(failures), StringComparison.Ordinal);
        Assert.Empty(server.Requests("/secret"));
    }

    [Fact]
    public async Task A_stopped_watch_ends_at_once_and_keeps_what_it_stored()
    {
        server.On("/p1.html", FetchPages.Article(1, "خبر"));
        Publish("/p1.html");
        using var store = SqliteArticleStore.Open(Path.Combine(folder.Path, "s.db"));
        using var fetcher = new PoliteFetcher(FetchPages.Quick);
        using var stop = new CancellationTokenSource();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var total = await new FeedWatcher(store, fetcher, FetchPages.Quick).RunAsync([server.Uri("/feed.xml")], TimeSpan.FromMinutes(10), null, FetchEvents.None, (_, _) => stop.Cancel(), stop.Token);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal(1, total.New);
        Assert.Equal(1, store.Counts().Articles);
    }

    private void Publish(params string[] paths)
    {
        items.Clear();
        items.AddRange(paths);
        server.On("/feed.xml", FetchPages.Rss(paths.Select(server.Url)), "application/rss+xml; charset=utf-8");
    }

    /// <summary>No two requests to the host closer than the interval (a fifth off for timer slack, never more).</summary>
    private static void AssertPace(IReadOnlyList<TestWebServer.Request> log, TimeSpan interval)
    {
        var gaps = log.Zip(log.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.NotEmpty(gaps);
        Assert.True(gaps.Min() >= interval * 0.8, $"the closest requests came {gaps.Min().TotalMilliseconds:N0} ms apart");
    }
}
