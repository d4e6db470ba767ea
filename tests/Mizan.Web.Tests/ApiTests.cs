using System.Net;
using System.Text.Json;
using Mizan.Storage;

namespace Mizan.Web.Tests;

/// <summary>Every read endpoint over the five samples, with good and bad input.</summary>
public sealed class ApiTests(TestServer server) : IClassFixture<TestServer>
{
    /// <summary>The 9 Dec 2021 announcement: samples 000, 001, 002 and 004 (the largest story).</summary>
    private const string Announcement = "بغداد اعلنت. نهاية المهمة القتالية للتحالف الأمريكي في العراق";

    [Fact]
    public async Task Stories_are_listed_largest_first_with_outlets_span_and_size()
    {
        var page = await server.Get<Page<StorySummary>>("api/stories");
        Assert.Equal(2, page.Total);
        Assert.Equal(1, page.Number);
        Assert.Equal(20, page.Size);
        var first = page.Items[0];
        Assert.Equal(Announcement, first.Headline);
        Assert.Equal(4, first.Articles);
        Assert.Equal("2021-12-09", first.Start);
        Assert.Contains("Arabi21", first.Outlets);
        Assert.NotNull(first.StorylineId);
        Assert.True(page.Items[0].Articles >= page.Items[1].Articles);
    }

    [Fact]
    public async Task Stories_page_by_page()
    {
        var second = await server.Get<Page<StorySummary>>("api/stories?page=2&pageSize=1");
        Assert.Equal(2, second.Total);
        Assert.Single(second.Items);
        Assert.Equal(1, second.Items[0].Articles);
        var beyond = await server.Get<Page<StorySummary>>("api/stories?page=9&pageSize=1");
        Assert.Empty(beyond.Items);
    }

    [Theory]
    [InlineData("api/stories?page=-1", "page")]
    [InlineData("api/stories?page=0", "page")]
    [InlineData("api/stories?page=abc", "page")]
    [InlineData("api/stories?page=1.5", "page")]
    [InlineData("api/stories?pageSize=101", "pageSize")]
    [InlineData("api/stories?pageSize=0", "pageSize")]
    [InlineData("api/stories?pageSize=99999999999999", "pageSize")]
    [InlineData("api/stories?from=9-12-2021", "from")]
    [InlineData("api/stories?to=2021-13-01", "to")]
    [InlineData("api/stories?from=2021-12-10&to=2021-12-01", "to")]
    [InlineData("api/stories?entity=%21%21", "entity")]
    [InlineData("api/storylines?page=x", "page")]
    [InlineData("api/articles?pageSize=-3", "pageSize")]
    [InlineData("api/entities?page=-1", "page")]
    [InlineData("api/search", "q")]
    [InlineData("api/search?q=%20", "q")]
    [InlineData("api/search?q=%21%21%21", "q")]
    [InlineData("api/search?q=%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82&from=yesterday", "from")]
    [InlineData("api/search?q=%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82&limit=0", "limit")]
    public async Task Malformed_parameters_are_a_400_problem_naming_the_parameter(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task A_query_too_long_to_search_is_a_400_problem()
    {
        using var response = await server.Client.GetAsync(new Uri("api/search?q=" + string.Concat(Enumerable.Repeat("%D8%A8", 1001)), UriKind.Relative));
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("1,000", problem.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/stories/nope")]
    [InlineData("api/stories/s999")]
    [InlineData("api/articles/0000000000000000")]
    [InlineData("api/entities?story=nope")]
    [InlineData("api/entities/%D9%84%D8%A7%20%D8%A3%D8%AD%D8%AF")]
    [InlineData("api/no-such-endpoint")]
    public async Task Unknown_ids_are_a_404_problem(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        await Problem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stories_filter_by_dates_outlet_and_entity()
    {
        Assert.Equal(Announcement, (await server.Get<Page<StorySummary>>("api/stories?from=2021-12-09&to=2021-12-09")).Items.Single().Headline);
        Assert.Empty((await server.Get<Page<StorySummary>>("api/stories?from=2030-01-01")).Items);
        Assert.Equal(Announcement, (await server.Get<Page<StorySummary>>("api/stories?outlet=arabi21")).Items.Single().Headline);
        Assert.Empty((await server.Get<Page<StorySummary>>("api/stories?outlet=Nobody")).Items);

        // Any spelling of a name, or a surname alone, finds the story that names the person.
        var byName = await server.Get<Page<StorySummary>>("api/stories?entity=" + Uri.EscapeDataString("قاسم الاعرجي"));
        Assert.Contains(byName.Items, s => s.Headline == Announcement);
        var bySurname = await server.Get<Page<StorySummary>>("api/stories?entity=" + Uri.EscapeDataString("الأعرجي"));
        Assert.Contains(bySurname.Items, s => s.Headline == Announcement);
        Assert.Empty((await server.Get<Page<StorySummary>>("api/stories?entity=" + Uri.EscapeDataString("زيدان"))).Items);
    }

    [Fact]
    public async Task A_story_is_its_stored_brief()
    {
        var list = await server.Get<Page<StorySummary>>("api/stories");
        string stored;
        using (var store = StoreLocation.Open(server.StorePath))
        {
            stored = store.Stories().Single(s => s.Id == list.Items[0].Id).BriefJson!;
        }

        using var response = await server.Client.GetAsync(new Uri("api/stories/" + list.Items[0].Id, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(stored, body);

        var brief = JsonDocument.Parse(body).RootElement;
        foreach (var field in new[] { "id", "headline", "articleIds", "outletNames", "summary", "entities", "quotes", "quantities", "timeline", "claims", "outlets" })
        {
            Assert.True(brief.TryGetProperty(field, out _), field);
        }

        Assert.Equal(4, brief.GetProperty("articleIds").GetArrayLength());
        Assert.NotEqual(0, brief.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public async Task Storylines_list_their_stories()
    {
        var page = await server.Get<Page<StorylineSummary>>("api/storylines");
        var line = Assert.Single(page.Items);
        Assert.Equal(2, line.Stories.Count);
        Assert.All(line.Stories, s => Assert.Equal(line.Id, s.StorylineId));
    }

    [Fact]
    public async Task Articles_are_listed_and_one_has_its_cleaned_text_and_removed_list()
    {
        var page = await server.Get<Page<ArticleSummary>>("api/articles?pageSize=100");
        Assert.Equal(5, page.Total);
        Assert.All(page.Items, a => Assert.NotNull(a.StoryId));
        Assert.Equal(2, (await server.Get<Page<ArticleSummary>>("api/articles?page=2&pageSize=3")).Items.Count);
        Assert.Single((await server.Get<Page<ArticleSummary>>("api/articles?outlet=Al%20Bayan")).Items);
        Assert.All(page.Items, a => Assert.EndsWith(".txt", a.Source, StringComparison.Ordinal));
        var story = page.Items[0].StoryId!;
        var ofStory = await server.Get<Page<ArticleSummary>>("api/articles?pageSize=100&story=" + story);
        Assert.Equal(page.Items.Where(a => a.StoryId == story).Select(a => a.Id), ofStory.Items.Select(a => a.Id));
        Assert.True(ofStory.Total < page.Total, "the story filter kept every article");

        var withRemovals = new List<ArticleView>();
        foreach (var summary in page.Items)
        {
            var article = await server.Get<ArticleView>("api/articles/" + summary.Id);
            Assert.Equal(summary.Id, article.Id);
            Assert.Equal(summary.Length, article.Text.Length);
            Assert.Equal(summary.StoryId, article.StoryId);
            if (article.Removed.Count > 0)
            {
                withRemovals.Add(article);
            }
        }

        // The seeds carry share widgets and related-story links that cleaning removes, each with its reason.
        Assert.NotEmpty(withRemovals);
        Assert.All(withRemovals.SelectMany(a => a.Removed), r => Assert.False(string.IsNullOrEmpty(r.Reason)));
    }

    [Fact]
    public async Task Entities_of_a_story_and_across_stories()
    {
        var stories = await server.Get<Page<StorySummary>>("api/stories");
        var ofStory = await server.Get<Page<EntitySummary>>("api/entities?pageSize=100&story=" + stories.Items[0].Id);
        var araji = Assert.Single(ofStory.Items, e => e.Name == "قاسم الأعرجي");
        Assert.Equal("person", araji.Type);
        Assert.NotNull(araji.Id);
        Assert.Contains("مستشار الأمن القومي العراقي", araji.Roles);

        var all = await server.Get<Page<EntitySummary>>("api/entities?pageSize=100");
        Assert.True(all.Total >= ofStory.Total);
        Assert.Contains(all.Items, e => e.Name == "العراق" && e.Stories == 2);
    }

    [Fact]
    public async Task An_entity_page_has_roles_aliases_stories_and_quotes_under_any_spelling()
    {
        foreach (var name in new[] { "قاسم الأعرجي", "قاسم الاعرجي", "الاعرجي" })
        {
            var entity = await server.Get<EntityView>("api/entities/" + Uri.EscapeDataString(name));
            Assert.Equal("قاسم الأعرجي", entity.Name);
            Assert.Equal("person", entity.Type);
            Assert.Contains("مستشار الأمن القومي العراقي", entity.Roles);
            Assert.Contains("قاسم الاعرجي", entity.Aliases);
            Assert.Contains(entity.Stories, s => s.Headline == Announcement);
            Assert.NotEmpty(entity.Quotes);
            Assert.All(entity.Quotes, q => Assert.EndsWith("الأعرجي", q.Speaker, StringComparison.Ordinal));
            Assert.All(entity.Quotes, q => Assert.NotEmpty(q.Evidence));
        }
    }

    [Fact]
    public async Task Search_returns_hits_with_snippets_and_highlights_inside_them()
    {
        var result = await server.Get<SearchResponse>("api/search?q=" + Uri.EscapeDataString("الاعرجي"));
        Assert.True(result.Count >= 2);
        Assert.Equal(result.Count, result.Hits.Count);
        foreach (var hit in result.Hits)
        {
            Assert.NotNull(hit.StoryId);
            Assert.NotEmpty(hit.Highlights);
            Assert.All(hit.Highlights, h =>
            {
                Assert.True(h.Text is "الأعرجي" or "الاعرجي", h.Text);
                Assert.InRange(h.Start, hit.Snippet.Start, hit.Snippet.End);
                Assert.Equal(h.Text, hit.Snippet.Text[(h.Start - hit.Snippet.Start)..(h.End - hit.Snippet.Start)]);
            });
        }

        var bayan = await server.Get<SearchResponse>("api/search?q=" + Uri.EscapeDataString("العراق") + "&outlet=Al%20Bayan");
        Assert.All(bayan.Hits, h => Assert.Equal("Al Bayan", h.Outlet));
        Assert.NotEmpty(bayan.Hits);
        Assert.Empty((await server.Get<SearchResponse>("api/search?q=" + Uri.EscapeDataString("العراق") + "&from=2030-01-01")).Hits);
        Assert.Single((await server.Get<SearchResponse>("api/search?limit=1&q=" + Uri.EscapeDataString("العراق"))).Hits);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var document = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative))).RootElement;
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/stories", "/api/stories/{id}", "/api/storylines", "/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{name}", "/api/search", "/api/ingest" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("app.js")]
    [InlineData("api/stories")]
    [InlineData("api/stories/nope")]
    public async Task Every_response_forbids_inline_script_and_sniffing(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_page_is_arabic_first_and_loads_only_its_own_script_files()
    {
        var html = await server.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"app.js\"></script>", html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<script", StringSplitOptions.None).Length - 1);
        Assert.DoesNotContain(" on", html.Replace(" one", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var css = await server.Client.GetStringAsync(new Uri("mizan.css", UriKind.Relative));
        Assert.Contains("\"Noto Naskh Arabic\", \"Noto Sans Arabic\"", css, StringComparison.Ordinal);
        Assert.Contains("\"DejaVu Sans\"", css, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("title", out _));
        return problem;
    }
}
