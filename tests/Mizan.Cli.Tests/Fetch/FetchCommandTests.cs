using Mizan.Ingest.Tests.Fetch;

namespace Mizan.Cli.Tests.Fetch;

/// <summary>`mizan fetch` and `mizan watch` against a web server on this machine: usage errors, named failures,
/// counts, and a watch whose stories `mizan brief --db` then shows as stored.</summary>
public sealed class FetchCommandTests : IDisposable
{
    private const string Paragraph = "أعلن مستشار الأمن القومي العراقي انتهاء المهمة القتالية لقوات التحالف الدولي في العراق بعد جولة الحوار الأخيرة مع الوفد الأمريكي في بغداد.";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-cli-fetch-" + Guid.NewGuid().ToString("N"));
    private readonly TestWebServer server = new();

    public FetchCommandTests() => Directory.CreateDirectory(folder);

    private string Database => Path.Combine(folder, "mizan.db");

    public void Dispose()
    {
        server.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("fetch", "file:///etc/passwd", "only http and https urls are fetched, not file:")]
    [InlineData("fetch", "ftp://example.com/a", "only http and https urls are fetched, not ftp:")]
    [InlineData("watch", "relative/feed.xml", "not an absolute http or https url")]
    public void A_url_that_is_not_http_or_https_is_a_usage_error(string verb, string url, string message)
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, verb, url, "--db", Database);
        Assert.Equal(2, exit);
        Assert.Contains($"mizan {verb}: {url}: {message}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Theory]
    [InlineData("--every", "0s")]
    [InlineData("--every", "soon")]
    [InlineData("--per-host-interval", "-1s")]
    [InlineData("--user-agent-contact", "nobody")]
    [InlineData("--polls", "0")]
    public void A_bad_politeness_option_is_a_usage_error(string option, string value)
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "watch", server.Url("/feed.xml"), option, value, "--db", Database);
        Assert.Equal(2, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Empty(server.Log);
    }

    [Fact]
    public void Fetch_stores_the_pages_names_each_failure_and_counts_what_it_did()
    {
        server.On("/a.html", Page(1, "انتهاء المهمة القتالية"));
        server.On("/b.html", Page(2, "بقاء المستشارين"));
        var args = new[] { "fetch", server.Url("/a.html"), server.Url("/gone.html"), server.Url("/b.html"), "--db", Database, "--per-host-interval", "10ms", "--user-agent-contact", "mailto:desk@example.org" };

        var (exit, _, error) = CliRunner.Run(string.Empty, args);
        Assert.Equal(1, exit);
        Assert.Contains($"mizan fetch: error {server.Url("/gone.html")}: HTTP 404", error, StringComparison.Ordinal);
        Assert.Contains("mizan fetch: fetched 2, not modified 0, new articles 2, duplicate 0, skipped 0, errors 1", error, StringComparison.Ordinal);
        Assert.Contains("mailto:desk@example.org", server.Log[0].UserAgent, StringComparison.Ordinal);

        var again = CliRunner.Run(string.Empty, args);
        Assert.Equal(1, again.Exit);
        Assert.Contains("fetched 0, not modified 2, new articles 0", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_fetch_shows_progress_and_clears_it_before_the_summary()
    {
        server.On("/a.html", Page(1, "انتهاء المهمة القتالية"));
        var (exit, _, error) = CliRunner.Run(string.Empty, errorIsTerminal: true, "fetch", server.Url("/a.html"), server.Url("/gone.html"), "--db", Database, "--per-host-interval", "10ms");
        Assert.Equal(1, exit);
        Assert.Contains("/s, 1 new, ", error, StringComparison.Ordinal);
        // What a terminal shows of each line: the text after its last carriage return.
        var shown = error.Split('\n').Select(l => l[(l.LastIndexOf('\r') + 1)..]).ToList();
        Assert.StartsWith("mizan fetch: error ", shown.Single(l => l.Contains("gone.html", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith("mizan fetch: fetched 1", shown.Single(l => l.Contains("fetched 1", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_ingests_the_feed_items_and_stores_their_stories_for_brief()
    {
        for (var n = 1; n <= 3; n++)
        {
            server.On($"/news/{n}.html", Page(n, $"خبر رقم {n}"));
        }

        server.On("/feed.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>موقع الأخبار</title>
            {string.Concat(Enumerable.Range(1, 3).Select(n => $"<item><title>خبر {n}</title><link>{server.Url($"/news/{n}.html")}</link></item>"))}
            </channel></rss>
            """, "application/rss+xml");

        var (exit, _, error) = CliRunner.Run(string.Empty, "watch", server.Url("/feed.xml"), "--every", "1s", "--polls", "2", "--db", Database, "--per-host-interval", "10ms");
        Assert.Equal(0, exit);
        Assert.Contains("mizan watch: poll 1: fetched 4, not modified 0, new articles 3", error, StringComparison.Ordinal);
        Assert.Contains("mizan watch: poll 1: stored ", error, StringComparison.Ordinal);
        Assert.Contains("mizan watch: poll 2: fetched 0, not modified 1, new articles 0", error, StringComparison.Ordinal);
        Assert.DoesNotContain("poll 2: stored", error, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 3), n => Assert.Single(server.Requests($"/news/{n}.html")));

        // The watch grouped the store as brief --db does, so brief finds its stored stories current.
        var brief = CliRunner.Run(string.Empty, "brief", "--db", Database);
        Assert.Equal(0, brief.Exit);
        Assert.Contains("mizan brief: 3 articles", brief.Error, StringComparison.Ordinal);
        Assert.Contains("(0 analysed, 0 grouped): the stored briefs are current", brief.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_takes_each_new_item_within_a_poll_keeps_robots_and_pace_and_fetches_nothing_twice_after_a_restart()
    {
        // A feed that gains an item at each request (two items at the first), one of them under a path robots.txt forbids.
        var feedRequests = 0;
        server.On("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        server.On("/private/secret.html", Page(9, "صفحة محظورة"));
        for (var n = 1; n <= 5; n++)
        {
            server.On($"/news/{n}.html", Page(n, $"خبر رقم {n} عن انسحاب القوات"));
        }

        server.On("/feed.xml", async (context, stop) =>
        {
            var items = Math.Min(5, Interlocked.Increment(ref feedRequests) + 1);
            var rss = $"""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>موقع الأخبار</title>
                <item><title>محظور</title><link>{server.Url("/private/secret.html")}</link></item>
                {string.Concat(Enumerable.Range(1, items).Select(n => $"<item><title>خبر {n}</title><link>{server.Url($"/news/{n}.html")}</link></item>"))}
                </channel></rss>
                """;
            var body = System.Text.Encoding.UTF8.GetBytes(rss);
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body, stop);
        });

        const double Pace = 0.3;
        var (exit, _, error) = CliRunner.Run(string.Empty, "watch", server.Url("/feed.xml"), "--every", "2s", "--polls", "3", "--db", Database, "--per-host-interval", "300ms");

        // Exit code 1, as for any input skipped: the forbidden item, named.
        Assert.True(exit == 1, error);
        Assert.Contains($"mizan watch: skipped {server.Url("/private/secret.html")}: robots.txt of http://127.0.0.1:{server.Port} disallows /private/secret.html", error, StringComparison.Ordinal);

        // Each poll takes the item the feed gained, and groups it into its story in that poll.
        Assert.Contains("mizan watch: poll 1: fetched 3, not modified 0, new articles 2", error, StringComparison.Ordinal);
        Assert.Contains("mizan watch: poll 2: fetched 2, not modified 0, new articles 1", error, StringComparison.Ordinal);
        Assert.Contains("mizan watch: poll 3: fetched 2, not modified 0, new articles 1", error, StringComparison.Ordinal);
        Assert.Equal(3, error.Split('\n').Count(l => l.Contains(": stored ", StringComparison.Ordinal)));

        // Each poll groups only what it brought: the new article, and briefs only the story it joined or started.
        Assert.Matches(@"poll 2: stored \d+ stories and \d+ storylines in .* \(1 new article\(s\) grouped, 1 stories briefed\)", error);

        // A restart fetches only what is new.
        var firstRun = server.Log.Count;
        var again = CliRunner.Run(string.Empty, "watch", server.Url("/feed.xml"), "--every", "2s", "--polls", "1", "--db", Database, "--per-host-interval", "300ms");
        Assert.True(again.Exit is 0 or 1, again.Error);
        Assert.Contains("new articles 1", again.Error, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 5), n => Assert.Single(server.Requests($"/news/{n}.html")));

        // robots.txt is obeyed, and within a run the server never saw two requests closer than the pace (a fifth of it
        // spared for the clock; a new process does not know when the last one asked).
        Assert.Empty(server.Requests("/private/secret.html"));
        var times = server.Log.Take(firstRun).Select(r => r.At.TotalSeconds).ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 0.8 * Pace, $"two requests {pair.Second - pair.First:0.000} s apart"));

        var brief = CliRunner.Run(string.Empty, "brief", "--db", Database);
        Assert.Contains("mizan brief: 5 articles", brief.Error, StringComparison.Ordinal);
    }

    private static string Page(int n, string title) => $"""
        <!DOCTYPE html>
        <html lang="ar"><head><meta charset="utf-8"><title>{title}</title>
        <meta property="og:site_name" content="موقع {n}">
        <meta property="article:published_time" content="2021-12-09T1{n}:00:00+03:00">
        </head><body><article><h1>{title}</h1><p>{Paragraph}</p><p>وقال المتحدث باسم الحكومة في المؤتمر رقم {n} إن القوات ستبقى للتدريب والاستشارة.</p></article></body></html>
        """;
}
