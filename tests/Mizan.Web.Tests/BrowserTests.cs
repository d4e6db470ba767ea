using System.Globalization;
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
public class BrowserServer : TestServer, IDisposable
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
        GC.SuppressFinalize(this);
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
    private const string Announcement = "بغداد اعلنت. نهاية المهمة القتالية للتحالف الأمريكي في العراق";

    private ChromeDriver Browser => server.Driver;

    [Fact]
    public void The_story_list_opens_a_story_with_its_outlets_side_by_side()
    {
        Open("#/");
        var items = WaitAll(".story-item");
        Assert.Equal(3, items.Count);
        Assert.Equal(Announcement, items[0].FindElement(By.CssSelector(".story-link")).Text);
        Assert.Contains("4 مقالات", items[0].Text, StringComparison.Ordinal);
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
        Screenshot("story-quotes.png", 1280, 900, scrollTo: "#quotes");

        // On a phone the page is one column and nothing but the tables' own boxes scrolls sideways.
        Viewport(390, 844, phone: true);
        Assert.True((bool)Browser.ExecuteScript("return document.documentElement.scrollWidth <= window.innerWidth;")!, "the story view is wider than a phone");
        Screenshot("story-phone.png", 390, 844, scrollTo: "body", phone: true);
        Screenshot("story-timeline-phone.png", 390, 844, scrollTo: "#timeline", phone: true);
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

    [Fact]
    public void Counts_agree_with_their_number_as_Arabic_grammar_says()
    {
        Open("#/");
        Wait(".story-item");
        int[] numbers = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111];
        var articles = Counted(numbers, "article");
        Assert.Equal(
            ["لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "10 مقالات", "11 مقالًا", "99 مقالًا", "100 مقال", "101 مقال", "102 مقال", "103 مقالات", "111 مقالًا"],
            numbers.Select(n => articles[n]));
        var results = Counted(numbers, "result");
        Assert.Equal(
            ["لا نتائج", "نتيجة واحدة", "نتيجتان", "3 نتائج", "10 نتائج", "11 نتيجةً", "99 نتيجةً", "100 نتيجة", "101 نتيجة", "102 نتيجة", "103 نتائج", "111 نتيجةً"],
            numbers.Select(n => results[n]));
    }

    [Fact]
    public void The_wording_legend_and_claim_statuses_are_in_Arabic()
    {
        OpenAnnouncement();
        var legend = TextContent(Wait(".wording-charts .legend"));
        Assert.NotEmpty(legend.Trim());
        Assert.DoesNotMatch("[A-Za-z]", legend);
        foreach (var title in Browser.FindElements(By.CssSelector("svg.wording-chart title")).Select(TextContent))
        {
            Assert.DoesNotMatch("[A-Za-z]", title);
        }

        foreach (var status in Browser.FindElements(By.CssSelector("table.side-by-side tr.claim .status-label")).Select(TextContent))
        {
            Assert.DoesNotMatch("[A-Za-z]", status);
        }
    }

    [Fact]
    public void The_timeline_keeps_the_story_days_apart_and_its_labels_never_overlap()
    {
        OpenAnnouncement();
        Browser.ExecuteScript("document.querySelector('#timeline').scrollIntoView();");
        var texts = Boxes("svg.timeline-chart text");
        Assert.True(texts.Count >= 3, $"{texts.Count} labels on the timeline");
        NoTwoOverlap(texts);

        // The samples date events from 1998 to the story's days in December 2021: the far ones are listed beside
        // the chart, and two days of the story stay apart on it (the old single scale put them 0.2 px apart).
        var far = Browser.FindElements(By.CssSelector("#timeline .timeline-far li")).Select(li => li.GetAttribute("data-date")).ToList();
        Assert.Contains("1998-01", far);
        var first = Boxes("svg.timeline-chart [data-date='2021-12-09']").Single();
        var third = Boxes("svg.timeline-chart [data-date='2021-12-11']").Single();
        Assert.True(Math.Abs(first.CentreX - third.CentreX) >= 10, $"two days of the story are {Math.Abs(first.CentreX - third.CentreX):0.0} px apart");

        var dates = Browser.FindElements(By.CssSelector("#timeline ol.timeline time")).Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(dates.Count, dates.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_crowded_timeline_places_every_label_apart_and_shows_a_repeated_date_once()
    {
        Open("#/");
        Wait(".story-item");
        // Twenty days in a row (more labels than four rows hold), one day given twice, months and a year far away.
        var drawn = Run("""
            const { timelineChart } = await import('/charts.js');
            const entry = (date, granularity) => ({ date, granularity, text: 'حدث ' + date, evidence: [{ articleId: 'a', start: 0, end: 1, text: 'x' }] });
            const entries = [entry('1990', 'year'), entry('2021-11', 'month'), entry('2021-12', 'month'), entry('2021-12-05', 'day')];
            for (let day = 1; day <= 20; day++) entries.push(entry(`2021-12-${String(day).padStart(2, '0')}`, 'day'));
            const chart = timelineChart(entries, () => {}, { start: '2021-12-01', end: '2021-12-20' });
            chart.id = 'crowded';
            document.querySelector('main').prepend(chart);
            return JSON.stringify({
              marks: document.querySelectorAll('#crowded svg [data-date="2021-12-05"]').length,
              far: [...document.querySelectorAll('#crowded .timeline-far li')].map((li) => li.dataset.date),
            });
            """);
        using var result = JsonDocument.Parse(drawn);
        Assert.Equal(1, result.RootElement.GetProperty("marks").GetInt32());
        Assert.Equal(["1990"], result.RootElement.GetProperty("far").EnumerateArray().Select(d => d.GetString()));
        var texts = Boxes("#crowded svg text");
        Assert.True(texts.Count >= 8, $"{texts.Count} labels");
        NoTwoOverlap(texts);
    }

    [Fact]
    public void An_evolving_figure_shows_as_a_series_cited_by_the_briefs_source_numbers()
    {
        Open("#/");
        Wait(".story-item");
        // The brief's own numbering (sources[]) differs from the order of articleIds, so a citation by position
        // would show the wrong number.
        var drawn = Run("""
            const { Sources } = await import('/evidence.js');
            const { sideBySide } = await import('/story.js');
            const evidence = (articleId, text) => [{ articleId, start: 0, end: text.length, text }];
            const story = {
              id: 'x', articleIds: ['a', 'b'],
              sources: [{ number: 2, articleId: 'a', name: 'الجزيرة', outlet: 'aljazeera', title: null },
                        { number: 1, articleId: 'b', name: 'العربية', outlet: 'alarabiya', title: null }],
              outlets: [{ outlet: 'alarabiya', articleIds: ['b'], unique: [], wording: [] }, { outlet: 'aljazeera', articleIds: ['a'], unique: [], wording: [] }],
              claims: [{ about: 'قتلى', status: 'evolving', withinArticle: false, values: [
                { value: '20', articleIds: ['b'], evidence: evidence('b', '20 قتيلا'), sources: 1, published: '2024-03-01T22:00' },
                { value: '82', articleIds: ['a'], evidence: evidence('a', '82 قتيلا'), sources: 1, published: '2024-03-02T06:00' }] }],
            };
            const root = [sideBySide(story, new Sources(story))].flat().find((n) => n?.querySelector?.('tr.claim')).querySelector('tr.claim');
            return JSON.stringify({
              className: root.className,
              status: root.querySelector('.status-label').textContent,
              values: [...root.querySelectorAll('.series li')].map((li) => ({
                value: li.querySelector('.value').textContent, latest: li.classList.contains('latest'),
                time: li.querySelector('time')?.textContent, marker: li.querySelector('.marker').textContent })),
            });
            """);
        using var result = JsonDocument.Parse(drawn);
        var root = result.RootElement;
        Assert.Contains("evolving", root.GetProperty("className").GetString(), StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]", root.GetProperty("status").GetString()!);
        var values = root.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["20", "82"], values.Select(v => v.GetProperty("value").GetString()));
        Assert.Equal([false, true], values.Select(v => v.GetProperty("latest").GetBoolean()));
        Assert.Equal(["1 مارس 22:00", "2 مارس 06:00"], values.Select(v => v.GetProperty("time").GetString()));
        Assert.Equal(["[1]", "[2]"], values.Select(v => v.GetProperty("marker").GetString()));
    }

    [Fact]
    public void The_story_counts_its_sources_as_the_brief_does_and_tags_single_source_items()
    {
        OpenAnnouncement();
        var meta = Browser.FindElement(By.CssSelector("#view p.meta")).GetAttribute("textContent")!;
        Assert.Contains("4 مقالات من 4 مصادر، منها 3 مصادر بلا اسم منفذ", meta, StringComparison.Ordinal);
        var tags = Browser.FindElements(By.CssSelector("ol.summary .tag")).Select(t => t.GetAttribute("textContent")).ToList();
        Assert.Contains("مصدر واحد", tags);
    }

    [Fact]
    public void The_quotes_table_has_one_row_per_speaker_and_folds_behind_its_count()
    {
        OpenAnnouncement();
        var rows = Browser.FindElements(By.CssSelector("table.quotes tbody tr"));
        Assert.True(rows.Count > 8, $"{rows.Count} speakers: the samples' story should have enough to fold");
        var speakers = rows.Select(r => r.FindElement(By.CssSelector("td")).GetAttribute("textContent")).ToList();
        Assert.Equal(speakers.Count, speakers.Distinct(StringComparer.Ordinal).Count());
        var shown = rows.Count(r => r.Displayed);
        Assert.InRange(shown, 1, 8);
        var more = Browser.FindElement(By.CssSelector("#quotes button.fold"));
        Assert.Equal(Run($"const {{ counted }} = await import('/plural.js'); return counted({rows.Count}, 'speaker');") + " — عرض الكل", more.Text);
        Assert.Equal("false", more.GetAttribute("aria-expanded"));

        // Folding keeps the story page to a few screens instead of 11,000 px of quotes.
        var height = Convert.ToDouble(Browser.ExecuteScript("return document.documentElement.scrollHeight;"), CultureInfo.InvariantCulture);
        output.WriteLine($"the story page, folded: {height} px");
        Assert.True(height < 6000, $"the story page is {height} px long");

        more.Click();
        Assert.All(rows, r => Assert.True(r.Displayed));
        Assert.Equal("true", more.GetAttribute("aria-expanded"));
        more.Click();
        Assert.Equal(shown, rows.Count(r => r.Displayed));
    }

    [Fact]
    public void The_article_list_names_each_article_by_its_title_or_its_outlet_and_file()
    {
        OpenAnnouncement();
        var items = Browser.FindElements(By.CssSelector("#articles .sources li")).Select(TextContent).ToList();
        Assert.Equal(4, items.Count);
        Assert.Contains(items, text => text.Contains("الكاظمي يتوعد مزعزعي الأمن", StringComparison.Ordinal) && text.Contains("Arabi21", StringComparison.Ordinal));
        Assert.All(items, text => Assert.Matches(@"\[\d\]", text));
    }

    private Dictionary<int, string> Counted(int[] numbers, string noun) =>
        JsonSerializer.Deserialize<Dictionary<int, string>>(Run($"""
            const {"{"} counted {"}"} = await import('/plural.js');
            return JSON.stringify(Object.fromEntries([{string.Join(", ", numbers)}].map((n) => [n, counted(n, '{noun}')])));
            """))!;

    /// <summary>Runs module code (it may await imports) in the page and returns what it returns, as text.</summary>
    private string Run(string body)
    {
        Browser.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(10);
        var result = Browser.ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1];" +
            "(async () => { " + body + " })().then((value) => done(String(value)), (error) => done('error: ' + error));");
        var text = Assert.IsType<string>(result);
        Assert.False(text.StartsWith("error: ", StringComparison.Ordinal), text);
        return text;
    }

    /// <summary>The rendered boxes of the elements, in CSS pixels of the page.</summary>
    private List<Box> Boxes(string selector)
    {
        var json = (string)Browser.ExecuteScript(
            "return JSON.stringify([...document.querySelectorAll(arguments[0])].map((e) => { const r = e.getBoundingClientRect();" +
            " return { text: e.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }));", selector)!;
        return JsonSerializer.Deserialize<List<Box>>(json, TestServer.Json)!;
    }

    private static void NoTwoOverlap(List<Box> boxes)
    {
        Assert.All(boxes, b => Assert.True(b.Right > b.Left && b.Bottom > b.Top, $"'{b.Text}' has no size"));
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Intersects(boxes[j]), $"'{boxes[i].Text}' {boxes[i]} overlaps '{boxes[j].Text}' {boxes[j]}");
            }
        }
    }

    /// <summary>An element's box on the page.</summary>
    private sealed record Box(string Text, double Left, double Top, double Right, double Bottom)
    {
        public double CentreX => (Left + Right) / 2;

        public bool Intersects(Box other) =>
            Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
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
