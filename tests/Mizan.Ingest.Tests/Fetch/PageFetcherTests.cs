using System.Text;
using Mizan.Ingest.Fetch;
using Mizan.Ingest.Sources;
using Mizan.Ingest.Tests.Sources;
using Mizan.Storage;
using Mizan.Storage.Sqlite;

namespace Mizan.Ingest.Tests.Fetch;

public sealed class PageFetcherTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly TestWebServer server = new();
    private readonly List<string> lines = [];

    public void Dispose()
    {
        server.Dispose();
        folder.Dispose();
    }

    private FetchEvents Events => new(s => Tell("skipped " + s), f => Tell("error " + f), w => Tell("warning " + w));

    private void Tell(string line)
    {
        lock (lines)
        {
            lines.Add(line);
        }
    }

    private async Task<FetchCounts> Fetch(IArticleStore store, FetchOptions options, params string[] paths)
    {
        using var fetcher = new PoliteFetcher(options);
        return await new PageFetcher(store, fetcher, options.MaxConcurrency, options.ChunkSize)
            .FetchAsync(paths.Select(server.Uri).ToList(), skipSeen: false, Events, CancellationToken.None);
    }

    [Fact]
    public async Task A_fetched_page_is_what_ingesting_the_saved_page_gives_in_utf8_and_windows_1256()
    {
        var utf8 = Encoding.UTF8.GetBytes(FetchPages.Article(1, "انتهاء المهمة القتالية"));
        // Declared only by the server's Content-Type, as many Arabic sites still do.
        var cp1256 = FetchPages.Windows1256(FetchPages.Article(2, "بقاء المستشارين", charsetMeta: null));
        server.On("/utf8.html", utf8, "text/html; charset=utf-8");
        server.On("/cp1256.html", cp1256, "text/html; charset=windows-1256");
        using var store = SqliteArticleStore.Open(folder.Write("x", string.Empty) + ".db");

        var counts = await Fetch(store, FetchPages.Quick, "/utf8.html", "/cp1256.html");

        Assert.Equal((2, 2, 0), (counts.Fetched, counts.New, counts.Errors));
        var stored = store.Articles().ToDictionary(a => a.Source!);
        var first = stored[server.Url("/utf8.html")];
        var saved = Assert.Single(ArticleSources.ReadBytes("utf8.html", utf8)).Article!.Article;
        Assert.Equal((saved.Text, saved.Title, saved.Published, saved.Outlet), (first.RawText, first.Title, first.Published, first.Outlet));
        Assert.Equal(server.Url("/utf8.html"), first.Url);
        Assert.Equal("html", first.Format);

        var second = stored[server.Url("/cp1256.html")];
        Assert.Equal("windows-1256", second.Encoding);
        Assert.Equal("بقاء المستشارين", second.Title);
        Assert.Contains("وهذا الخبر رقم 2", second.RawText, StringComparison.Ordinal);
        Assert.Equal("موقع الأخبار", second.Outlet);
        Assert.Equal("2021-12-03T18:00:00+03:00", second.Published);
        Assert.All(server.Log, r => Assert.StartsWith("Mizan/", r.UserAgent, StringComparison.Ordinal));
        Assert.All(server.Log, r => Assert.Contains("+https://example.org/mizan-tests", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_failure_is_named_and_the_good_pages_of_the_batch_land()
    {
        server.On("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        server.On("/good-1.html", FetchPages.Article(1, "خبر أول"));
        server.On("/good-2.html", FetchPages.Article(2, "خبر ثان"));
        server.On("/private/secret.html", FetchPages.Article(3, "سر"));
        server.On("/moved.html", Redirect("/good-3.html"));
        server.On("/good-3.html", FetchPages.Article(4, "خبر ثالث"));
        server.On("/loop-a", Redirect("/loop-b"));
        server.On("/loop-b", Redirect("/loop-a"));
        server.On("/slow.html", async (context, stop) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), stop);
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(FetchPages.Article(5, "بطيء")), stop);
        });
        var big = new StreamedBody();
        server.On("/big-declared.html", (context, stop) => big.Write(context, declareLength: true, stop));
        server.On("/big-chunked.html", (context, stop) => big.Write(context, declareLength: false, stop));
        server.On("/feed.xml", "<rss/>", "application/rss+xml");
        using var store = SqliteArticleStore.Open(Path.Combine(folder.Path, "s.db"));

        var counts = await Fetch(
            store,
            // Two seconds: far more than a small page takes on a loaded machine, far less than the slow page's ten.
            FetchPages.Quick with { Timeout = TimeSpan.FromSeconds(2), MaxRetries = 0 },
            "/good-1.html", "/private/secret.html", "/gone.html", "/moved.html", "/loop-a", "/slow.html", "/big-declared.html", "/big-chunked.html", "/feed.xml", "/good-2.html");

        Assert.Equal(3, counts.New);
        Assert.Equal(
            [server.Url("/good-1.html"), server.Url("/good-2.html"), server.Url("/good-3.html")],
            store.Articles().Select(a => a.Url).Order(StringComparer.Ordinal));
        Assert.Empty(server.Requests("/private/secret.html"));
        Assert.Equal(5, counts.Errors);
        Assert.Equal(2, counts.SkippedTotal);
        Assert.Equal(1, counts.Skipped["robots.txt"]);
        Assert.Equal(1, counts.Skipped["not a page"]);
        Named("skipped " + server.Url("/private/secret.html"), "disallows /private/secret.html");
        Named("error " + server.Url("/gone.html"), "HTTP 404");
        Named("error " + server.Url("/loop-a"), "redirect loop");
        Named("error " + server.Url("/slow.html"), "timeout");
        Named("error " + server.Url("/big-declared.html"), "too large");
        Named("error " + server.Url("/big-chunked.html"), "too large");
        Named("skipped " + server.Url("/feed.xml"), "not an HTML page");

        // The oversized bodies were not read to their end: the server could not write all it meant to.
        Assert.True(big.MostWritten < StreamedBody.Total / 2, $"{big.MostWritten:N0} of {StreamedBody.Total:N0} bytes were written");
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_retry_after_asks()
    {
        server.On("/busy.html", FetchPages.BusyOnce(429, () => "1", FetchPages.Article(1, "بعد الانتظار")));
        using var store = SqliteArticleStore.Open(Path.Combine(folder.Path, "s.db"));

        var counts = await Fetch(store, FetchPages.Quick, "/busy.html");

        Assert.Equal(1, counts.New);
        var tries = server.Requests("/busy.html");
        Assert.Equal(2, tries.Count);
        Assert.True(tries[1].At - tries[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {(tries[1].At - tries[0].At).TotalSeconds:N2} s");
    }

    [Fact]
    public async Task A_page_fetched_again_is_asked_for_conditionally_and_not_stored_twice()
    {
        server.On("/page.html", FetchPages.Article(1, "خبر"));
        var path = Path.Combine(folder.Path, "s.db");
        using (var store = SqliteArticleStore.Open(path))
        {
            Assert.Equal(1, (await Fetch(store, FetchPages.Quick, "/page.html")).New);
        }

        using var again = SqliteArticleStore.Open(path);
        var counts = await Fetch(again, FetchPages.Quick, "/page.html");
        Assert.Equal((0, 1, 1), (counts.New, counts.NotModified, again.Counts().Articles));
        Assert.NotNull(server.Requests("/page.html")[^1].IfNoneMatch);
    }

    [Fact]
    public void Only_http_and_https_urls_are_fetched()
    {
        Assert.NotNull(FetchOptions.WebAddress("https://example.com/a#top", out _));
        Assert.Equal("https://example.com/a", FetchOptions.WebAddress("https://example.com/a#top", out _)!.AbsoluteUri);
        Assert.Null(FetchOptions.WebAddress("file:///etc/passwd", out var error));
        Assert.Contains("only http and https", error, StringComparison.Ordinal);
        Assert.Null(FetchOptions.WebAddress("ftp://example.com/a", out _));
        Assert.Null(FetchOptions.WebAddress("/relative/path", out _));
    }

    private static Func<System.Net.HttpListenerContext, CancellationToken, Task> Redirect(string to) => (context, _) =>
    {
        context.Response.StatusCode = 302;
        context.Response.Headers["Location"] = to;
        return Task.CompletedTask;
    };

    private void Named(string start, string reason) =>
        Assert.Contains(lines, l => l.StartsWith(start + ":", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));

    /// <summary>A body of <see cref="Total"/> bytes written 64 KiB at a time, never held whole in memory; counts how far it got.</summary>
    private sealed class StreamedBody
    {
        public const long Total = 20L * 1024 * 1024;

        private long mostWritten;

        public long MostWritten => Interlocked.Read(ref mostWritten);

        public async Task Write(System.Net.HttpListenerContext context, bool declareLength, CancellationToken stop)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            if (declareLength)
            {
                context.Response.ContentLength64 = Total;
            }
            else
            {
                context.Response.SendChunked = true;
            }

            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            long written = 0;
            try
            {
                while (written < Total)
                {
                    await context.Response.OutputStream.WriteAsync(chunk, stop);
                    written += chunk.Length;
                }
            }
            finally
            {
                InterlockedMax(written);
            }
        }

        private void InterlockedMax(long value)
        {
            long seen;
            while (value > (seen = Interlocked.Read(ref mostWritten)) && Interlocked.CompareExchange(ref mostWritten, value, seen) != seen)
            {
            }
        }
    }
}
