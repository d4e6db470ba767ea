using System.Net.Http.Json;
using System.Text.Json;
using Mizan.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit.Abstractions;

namespace Mizan.Web.Tests;

/// <summary>
/// The samples and one hostile article, served on a loopback port, and a headless Chromium driven by the system
/// chromedriver. Without chromium and chromium-driver the tests fail with a message saying so (CI installs both).
/// </summary>
public sealed class BrowserServer : TestServer, IDisposable
{
    /// <summary>Markup that must show as text wherever it appears, and run nowhere.</summary>
    public const string Script = "<script>window.__xss=1</script>";
    public const string Image = "<img src=x onerror=\"window.__xss=2\">";
    public const string Link = "<a href=\"javascript:window.__xss=3\">x</a>";

    private const string DriverPath = "/usr/bin/chromedriver";
    private const string Browser = "/usr/bin/chromium";

    private readonly string profile = Path.Combine(Path.GetTempPath(), "mizan-chromium-" + Guid.NewGuid().ToString("N"));
    private ChromeDriver? driver;

    public ChromeDriver Driver => driver ?? throw new InvalidOperationException("The browser did not start.");

    /// <summary>Where the tests write their screenshots (docs/screenshots holds committed copies).</summary>
    public static string Screenshots { get; } = Path.Combine(Path.GetTempPath(), "mizan-screenshots");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var driverPath = Environment.GetEnvironmentVariable("MIZAN_CHROMEDRIVER") ?? DriverPath;
        var browserPath = Environment.GetEnvironmentVariable("MIZAN_CHROMIUM") ?? Browser;
        if (!File.Exists(driverPath) || !File.Exists(browserPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium and its driver at {browserPath} and {driverPath}: install them with " +
                "`sudo apt-get install chromium chromium-driver` (.ci/run does), or set MIZAN_CHROMIUM and MIZAN_CHROMEDRIVER.");
        }

        Directory.CreateDirectory(Screenshots);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driverPath)!, Path.GetFileName(driverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = browserPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=ar",
            "--user-data-dir=" + profile, "--window-size=1280,900");
        options.SetLoggingPreference(LogType.Browser, OpenQA.Selenium.LogLevel.All);
        driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public override async Task DisposeAsync()
    {
        Dispose();
        await base.DisposeAsync();
        if (Directory.Exists(profile))
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    public void Dispose()
    {
        driver?.Quit();
        driver?.Dispose();
        driver = null;
    }

    protected override IEnumerable<string> Inputs(string scratch)
    {
        var hostile = Path.Combine(scratch, "hostile");
        Directory.CreateDirectory(hostile);
        File.WriteAllText(Path.Combine(hostile, "xss.txt"), $"""
            افتتحت بلدية المدينة الساحلية حديقة عامة جديدة للأطفال والعائلات صباح الأحد بحضور مئات السكان والزوار.
            وقال رئيس البلدية في كلمة الافتتاح إن الحديقة تضم ملاعب ومسارات للمشي وأشجاراً مثمرة {Script} على مساحة واسعة.
            وأضاف أن المشروع استغرق عامين من العمل المتواصل {Image} وكلف نحو ثلاثة ملايين ريال من ميزانية البلدية.
            وأكد أن البلدية ستفتح حديقتين أخريين في الأحياء الشمالية قبل نهاية العام المقبل {Link} بعد اكتمال التصاميم.
            """);
        // Undated, as two samples are: a later-dated article would close the samples' story before the undated
        // sample 002 is grouped (undated articles come last), and the samples' stories would change.
        File.WriteAllText(Path.Combine(hostile, "xss.meta.json"), JsonSerializer.Serialize(new
        {
            outlet = Link,
            title = $"افتتاح حديقة جديدة {Script} {Image}",
        }));
        return [Repository.Samples, hostile];
    }
}

/// <summary>The page in a real browser: the story list, a story's brief, evidence, search, and hostile text.</summary>
public sealed class BrowserTests(BrowserServer server, ITestOutputHelper output) : IClassFixture<BrowserServer>
{
    private const string Announcement = "نهاية المهمة القتالية للتحالف الأمريكي في العراق";

    private ChromeDriver Browser => server.Driver;

    [Fact]
    public void The_story_list_opens_a_story_with_its_outlets_side_by_side()
    {
        Open("#/");
        var items = WaitAll(".story-item");
        Assert.Equal(3, items.Count);
        Assert.Equal(Announcement, items[0].FindElement(By.CssSelector(".story-link")).Text);
        Assert.Contains("4 مقال", items[0].Text, StringComparison.Ordinal);
        Assert.Contains("2021-12-09", items[0].Text, StringComparison.Ordinal);
        Screenshot("story-list.png", 1280, 720);

        items[0].FindElement(By.CssSelector(".story-link")).Click();
        var table = Wait("table.side-by-side");
        var outlets = table.FindElements(By.CssSelector("thead th")).Count - 1;
        Assert.True(outlets >= 2, $"{outlets} outlet columns");
        var claims = table.FindElements(By.CssSelector("tbody tr.claim"));
        Assert.NotEmpty(claims);
        Assert.All(claims, row => Assert.Equal(outlets, row.FindElements(By.CssSelector("td")).Count));
        Assert.Contains(table.FindElements(By.CssSelector("tr")), row => row.GetAttribute("class")!.Contains("unique", StringComparison.Ordinal));
        Assert.Contains("2500", table.Text, StringComparison.Ordinal);

        Assert.NotEmpty(Browser.FindElements(By.CssSelector(".summary li .marker")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("table.quotes tbody tr")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("svg.timeline-chart circle.event")));
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("svg.wording-chart rect.bar")));
        Assert.Contains(Browser.FindElements(By.CssSelector(".entities .entity")), e => e.Text.Contains("قاسم الأعرجي", StringComparison.Ordinal));
        Screenshot("story.png", 1280, 1400);
        Screenshot("story-details.png", 1280, 1400, scrollTo: "#timeline");

        // On a phone the page is one column and nothing but the tables' own boxes scrolls sideways.
        Viewport(390, 844, phone: true);
        Assert.True((bool)Browser.ExecuteScript("return document.documentElement.scrollWidth <= window.innerWidth;")!, "the story view is wider than a phone");
        Screenshot("story-phone.png", 390, 844, scrollTo: "body", phone: true);
        NoConsoleErrors();
    }

    [Fact]
    public void The_story_marks_the_July_August_date_conflict()
    {
        OpenAnnouncement();
        var conflicts = Browser.FindElements(By.CssSelector("table.side-by-side tr.conflict")).Select(r => r.Text).ToList();
        string[] july = ["2021-07", "تموز", "يوليو"];
        string[] august = ["2021-08", "آب", "أغسطس"];
        Assert.True(
            conflicts.Any(text => july.Any(m => text.Contains(m, StringComparison.Ordinal)) && august.Any(m => text.Contains(m, StringComparison.Ordinal))),
            $"no conflict row holds both a July and an August value; conflict rows: [{string.Join(" | ", conflicts)}]");
    }

    [Fact]
    public async Task A_quote_opens_its_sentence_with_the_span_marked()
    {
        var stories = await server.Get<Page<StorySummary>>("api/stories");
        var brief = await server.Client.GetFromJsonAsync<JsonElement>(new Uri("api/stories/" + stories.Items[0].Id, UriKind.Relative));
        var evidence = brief.GetProperty("quotes")[0].GetProperty("evidence")[0];

        OpenAnnouncement();
        Wait("table.quotes button.quote-text").Click();
        var mark = Wait(".article-text mark");
        Assert.Equal(evidence.GetProperty("text").GetString(), TextContent(mark));
        Assert.Contains("#/article/" + evidence.GetProperty("articleId").GetString(), Browser.Url, StringComparison.Ordinal);
        Assert.Single(Browser.FindElements(By.CssSelector(".article-text mark")));
        Screenshot("evidence.png", 1280, 720, scrollTo: ".article-text mark", centre: true);
        NoConsoleErrors();
    }

    [Fact]
    public void A_search_shows_hits_with_the_words_highlighted()
    {
        Open("#/");
        Wait(".story-item");
        var box = Browser.FindElement(By.Id("search-box"));
        box.Clear();
        box.SendKeys("الاعرجي" + Keys.Enter);
        var hits = WaitAll(".hit");
        Assert.True(hits.Count >= 2, $"{hits.Count} hits");
        foreach (var hit in hits)
        {
            var marks = hit.FindElements(By.CssSelector(".snippet mark"));
            Assert.NotEmpty(marks);
            Assert.All(marks, m => Assert.True(TextContent(m) is "الأعرجي" or "الاعرجي", TextContent(m)));
        }

        Screenshot("search.png", 1280, 720);
        hits[0].FindElement(By.CssSelector(".hit-link")).Click();
        Assert.True(TextContent(Wait(".article-text mark")) is "الأعرجي" or "الاعرجي");
        NoConsoleErrors();
    }

    [Fact]
    public async Task Markup_in_articles_shows_as_text_and_never_runs()
    {
        var articles = await server.Get<Page<ArticleSummary>>("api/articles?pageSize=100");
        var hostile = articles.Items.Single(a => a.Outlet == BrowserServer.Link);

        foreach (var route in new[] { "#/", $"#/story/{hostile.StoryId}", $"#/article/{hostile.Id}?start=0&end=10", "#/search?q=" + Uri.EscapeDataString("حديقة"), "#/entity/" + Uri.EscapeDataString("البلدية") })
        {
            Open(route);
            Until(() => Browser.FindElement(By.TagName("body")).GetAttribute("data-ready") == route, route);
            Assert.Equal("undefined", Browser.ExecuteScript("return typeof window.__xss;"));
            Assert.Throws<NoAlertPresentException>(() => Browser.SwitchTo().Alert());
            Assert.Empty(Browser.FindElements(By.CssSelector("main img, main script, main iframe, a[href^='javascript']")));
            Assert.Single(Browser.FindElements(By.TagName("script")));
        }

        Open($"#/story/{hostile.StoryId}");
        var heading = TextContent(Wait("main h1"));
        Assert.Contains(BrowserServer.Script, heading, StringComparison.Ordinal);
        var page = TextContent(Browser.FindElement(By.TagName("main")));
        Assert.Contains(BrowserServer.Link, page, StringComparison.Ordinal);

        Open($"#/article/{hostile.Id}");
        var text = TextContent(Wait(".article-text"));
        Assert.Contains(BrowserServer.Script, text, StringComparison.Ordinal);
        Assert.Contains(BrowserServer.Image, text, StringComparison.Ordinal);
        Assert.Contains(BrowserServer.Link, text, StringComparison.Ordinal);
        Assert.Contains(BrowserServer.Script, TextContent(Browser.FindElement(By.CssSelector("main h1"))), StringComparison.Ordinal);
        Assert.Equal("undefined", Browser.ExecuteScript("return typeof window.__xss;"));
    }

    private void OpenAnnouncement()
    {
        Open("#/");
        Wait(".story-link").Click();
        Wait("table.side-by-side");
        Assert.Equal(Announcement, Browser.FindElement(By.CssSelector("main h1")).Text);
    }

    private void Open(string route)
    {
        Browser.Navigate().GoToUrl(new Uri(server.Address, "/" + route));
    }

    private IWebElement Wait(string selector) => WaitAll(selector)[0];

    private List<IWebElement> WaitAll(string selector)
    {
        List<IWebElement> found = [];
        Until(() => (found = [.. Browser.FindElements(By.CssSelector(selector))]).Count > 0, selector);
        return found;
    }

    /// <summary>Polls until the condition holds; fails naming what was awaited and what the page shows.</summary>
    private void Until(Func<bool> condition, string what)
    {
        // Ten seconds: a view renders in well under one; the margin is for a loaded CI machine.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"waited for {what}; the page shows: {Browser.FindElement(By.TagName("main")).Text}");
            }

            Thread.Sleep(50);
        }
    }

    private string TextContent(IWebElement element) =>
        (string)Browser.ExecuteScript("return arguments[0].textContent;", element)!;

    /// <summary>Saves the view in a viewport of the given size, scrolled to put an element at its top or centre.</summary>
    private void Screenshot(string name, int width, int height, string? scrollTo = null, bool centre = false, bool phone = false)
    {
        Viewport(width, height, phone);
        if (scrollTo is not null)
        {
            Browser.ExecuteScript("document.querySelector(arguments[0]).scrollIntoView({ block: arguments[1] ? 'center' : 'start' });", scrollTo, centre);
        }

        var path = Path.Combine(BrowserServer.Screenshots, name);
        Browser.GetScreenshot().SaveAsFile(path);
        output.WriteLine($"screenshot: {path}");
        Browser.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", []);
    }

    /// <summary>Sets the page's viewport exactly (a window's size includes its frame, and headless windows have a minimum width).</summary>
    private void Viewport(int width, int height, bool phone) =>
        Browser.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = phone,
        });

    /// <summary>Nothing the page did was refused (a Content-Security-Policy violation) or threw.</summary>
    private void NoConsoleErrors()
    {
        var severe = Browser.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level == OpenQA.Selenium.LogLevel.Severe).Select(e => e.Message).ToList();
        Assert.True(severe.Count == 0, string.Join('\n', severe));
    }
}
