using Mizan.Core.Articles;
using Mizan.Storage.Search;

namespace Mizan.Storage.Tests;

/// <summary>
/// What every store must do, whatever holds the data: each implementation runs this suite through a subclass that
/// says how to open a fresh store and how to open it again.
/// </summary>
public abstract class ArticleStoreContract : IDisposable
{
    private readonly List<IArticleStore> opened = [];

    protected abstract IArticleStore CreateStore();

    protected abstract IArticleStore Reopen();

    [Fact]
    public void A_stored_article_comes_back_field_for_field()
    {
        var store = Track(CreateStore());
        var article = Article("a", "نص الخبر الأول", sketch: [1, 2, 3, 4]) with
        {
            Removed = [new RemovedText(0, 11, "سياسة عربية", "section-label")],
            PublishedInferred = true,
        };
        Assert.Equal(1, store.Add([article], Keys));
        var back = store.Find("a")!;
        Assert.Equal(article with { Removed = [], Sketch = null }, back with { Removed = [], Sketch = null });
        Assert.Equal(article.Removed, back.Removed);
        Assert.Equal(article.Sketch, back.Sketch);
    }

    [Fact]
    public void Adding_an_article_twice_stores_it_once()
    {
        var store = Track(CreateStore());
        Assert.Equal(1, store.Add([Article("a", "نص")], Keys));
        Assert.Equal(0, store.Add([Article("a", "نص آخر")], Keys));
        Assert.Equal("نص", store.Find("a")!.RawText);
        Assert.Equal(1, store.Counts().Articles);
        Assert.Equal(new HashSet<string> { "a" }, store.Existing(["a", "b"]));
    }

    [Fact]
    public void Candidates_are_the_articles_sharing_a_band_key()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "أ", sketch: [10, 20]), Article("b", "ب", sketch: [30, 40]), Article("c", "ج")], Keys);
        var candidates = store.Candidates([20L]);
        Assert.Equal("a", Assert.Single(candidates).Id);
        Assert.Empty(store.Candidates([99L]));
    }

    [Fact]
    public void A_near_duplicate_reports_its_group_as_a_candidate()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "أ", sketch: [10, 20]), Article("b", "ب", sketch: [10, 21]) with { NearDuplicateOf = "a", Similarity = 0.8 }], Keys);
        Assert.All(store.Candidates([10L]), c => Assert.Equal("a", c.GroupId));
        Assert.Equal(new StoreCounts(2, 1, 1), store.Counts());
    }

    [Fact]
    public void The_same_raw_text_is_found_by_its_content_hash()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "نص") with { ContentHash = "h1" }], Keys);
        Assert.Equal("a", store.FindByContentHash("h1"));
        Assert.Null(store.FindByContentHash("h2"));
    }

    [Fact]
    public void What_was_stored_survives_closing_and_reopening()
    {
        var store = CreateStore();
        store.Add([Article("a", "أ"), Article("b", "ب")], Keys);
        store.Dispose();
        var again = Track(Reopen());
        Assert.Equal(["a", "b"], again.Articles().Select(a => a.Id));
    }

    [Fact]
    public void Analyses_are_kept_per_model_version_and_a_newer_version_finds_what_it_has_not_done()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "أ"), Article("b", "ب"), Article("c", "ج")], Keys);
        Assert.Equal(["a", "b", "c"], store.Unanalysed("v1", 10));
        store.SaveAnalyses([new StoredAnalysis("a", "v1", """{"tokens":[1]}"""), new StoredAnalysis("b", "v1", """{"tokens":[2]}""")]);
        Assert.Equal(["c"], store.Unanalysed("v1", 10));
        Assert.Equal(["a", "b"], store.Unanalysed("v2", 2));
        store.SaveAnalyses([new StoredAnalysis("a", "v1", """{"tokens":[3]}""")]);
        Assert.Equal("""{"tokens":[3]}""", store.FindAnalysis("a", "v1")!.Json);
        Assert.Null(store.FindAnalysis("a", "v2"));
    }

    [Fact]
    public void A_new_grouping_replaces_the_stored_stories_and_storylines_whole()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "أ"), Article("b", "ب"), Article("c", "ج")], Keys);
        store.SaveStories([new StoredStory("s0", "قصة", ["a"], ["x"], "2021-12-09", "2021-12-09", null)], [new StoredStoryline("l0", ["s0"])]);
        store.SaveStories(
            [new StoredStory("s1", null, ["c"], ["y"], null, null, null), new StoredStory("s0", "قصة", ["a", "b"], ["x", "y"], "2021-12-09", "2021-12-10", """{"id":"s0"}""")],
            [new StoredStoryline("l0", ["s0", "s1"])]);
        var stories = store.Stories();
        Assert.Equal(["s0", "s1"], stories.Select(s => s.Id));
        Assert.Equal(["a", "b"], stories[0].ArticleIds);
        Assert.Equal("""{"id":"s0"}""", stories[0].BriefJson);
        Assert.Equal(["s0", "s1"], Assert.Single(store.Storylines()).StoryIds);
    }

    [Fact]
    public void Stored_stories_are_counted_and_their_texts_read_back_in_the_order_saved()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "أ"), Article("b", "ب"), Article("c", "ج")], Keys);
        Assert.Equal(new StoredStoryCounts(0, 0, 3, 0, 0), store.CountStories("v1"));

        // Saved smallest first on purpose: the texts come back in the order given, not by size or id.
        store.SaveStories(
            [
                new StoredStory("s10", "قصة", ["c"], ["y"], null, null, """{"id":"s10"}""", "v1", "\n## s10: قصة\n"),
                new StoredStory("s2", null, ["a", "b"], ["x"], null, null, """{"id":"s2"}""", "v1", "\n## s2\n"),
            ],
            [],
            ["""{"id":"c"}""", """{"id":"a"}""", """{"id":"b"}"""]);
        Assert.Equal(new StoredStoryCounts(2, 3, 3, 0, 3), store.CountStories("v1"));
        Assert.Equal(new StoredStoryCounts(2, 3, 3, 2, 3), store.CountStories("v2"));
        Assert.Equal(["""{"id":"c"}""", """{"id":"a"}""", """{"id":"b"}"""], store.BriefTexts(BriefText.Article).Select(System.Text.Encoding.UTF8.GetString));
        Assert.Equal(["""{"id":"s10"}""", """{"id":"s2"}"""], store.BriefTexts(BriefText.Brief).Select(System.Text.Encoding.UTF8.GetString));
        Assert.Equal(["\n## s10: قصة\n", "\n## s2\n"], store.BriefTexts(BriefText.Markdown).Select(System.Text.Encoding.UTF8.GetString));
        Assert.Equal("v1", store.Stories()[0].BuiltBy);

        store.SaveStories([new StoredStory("s1", null, ["a", "b", "c"], ["x"], null, null, """{"id":"s1"}""", "v1")], []);
        Assert.Equal(new StoredStoryCounts(1, 3, 3, 1, 0), store.CountStories("v1"));
        Assert.Equal([[]], store.BriefTexts(BriefText.Markdown));
    }

    [Theory]
    [InlineData("الاعرجي", "a")]
    [InlineData("التحالف", "a b")]
    [InlineData("\"التحالف الدولي\"", "b")]
    [InlineData("انسحاب OR مدرعة", "a c")]
    [InlineData("مدرع*", "c")]
    [InlineData("التحالف انسحاب", "a")]
    [InlineData("\" OR 1=1; DROP TABLE articles; --", "")]
    [InlineData("NEAR(التحالف انسحاب)", "")]
    public void Search_finds_the_same_articles_in_every_store(string query, string expected)
    {
        var store = Track(CreateStore());
        store.Add(SearchCorpus, Keys);
        var found = store.Search(SearchQuery.Parse(query, out _)!, SearchFilter.None, 10).Select(h => h.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(' ', found));
        Assert.Equal(3, store.Counts().Articles);
    }

    [Fact]
    public void Search_filters_by_outlet_and_publication_dates()
    {
        var store = Track(CreateStore());
        store.Add(SearchCorpus, Keys);
        var query = SearchQuery.Parse("العراق", out _)!;
        Assert.Equal(["b"], store.Search(query, new SearchFilter(Outlet: "البيان"), 10).Select(h => h.Id));
        Assert.Equal(["a", "c"], store.Search(query, new SearchFilter(From: new DateOnly(2021, 12, 9), To: new DateOnly(2021, 12, 31)), 10).Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Single(store.Search(query, SearchFilter.None, 1));
    }

    [Fact]
    public void Search_ranks_the_article_that_says_it_most_first()
    {
        var store = Track(CreateStore());
        store.Add(SearchCorpus, Keys);
        Assert.Equal("a", store.Search(SearchQuery.Parse("الأعرجي", out _)!, SearchFilter.None, 10)[0].Id);
        Assert.Equal("b", store.Search(SearchQuery.Parse("التحالف", out _)!, SearchFilter.None, 10)[0].Id);
    }

    [Fact]
    public void A_fetch_is_remembered_by_url_and_a_later_one_replaces_it()
    {
        var store = CreateStore();
        store.SaveFetchRecords(
        [
            new FetchRecord("https://example.com/feed.xml", "fetched", null, "\"v1\"", "Thu, 09 Dec 2021 10:00:00 GMT", "2021-12-09T10:00:00Z"),
            new FetchRecord("https://example.com/a", "stored", "a", null, null, "2021-12-09T10:00:01Z"),
        ]);
        store.SaveFetchRecords([new FetchRecord("https://example.com/feed.xml", "not-modified", null, "\"v2\"", null, "2021-12-09T10:10:00Z")]);
        store.Dispose();
        var again = Track(Reopen());
        var found = again.FetchRecords(["https://example.com/feed.xml", "https://example.com/a", "https://example.com/b"]);
        Assert.Equal(2, found.Count);
        Assert.Equal(new FetchRecord("https://example.com/feed.xml", "not-modified", null, "\"v2\"", null, "2021-12-09T10:10:00Z"), found["https://example.com/feed.xml"]);
        Assert.Equal("a", found["https://example.com/a"].ArticleId);
        Assert.Empty(again.FetchRecords([]));
    }

    public void Dispose()
    {
        foreach (var store in opened)
        {
            store.Dispose();
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }

    protected virtual void Cleanup()
    {
    }

    /// <summary>Band keys for the tests: the sketch's values themselves, so which articles share a band is plain to see.</summary>
    private static long[] Keys(uint[] sketch) => sketch.Select(v => (long)v).ToArray();

    /// <summary>Three short articles: two outlets, three dates, spelling variants and clitics.</summary>
    private static StoredArticle[] SearchCorpus =>
    [
        Article("a", "أعلن قاسم الأعرجي انسحاب قوات التحالف من العراق، وقال الأعرجي إن الانسحاب اكتمل.") with { Published = "2021-12-09T18:00:00+03:00" },
        Article("b", "قال قائد قوات التحالف الدولي إن التحالف باق في العراق للتدريب، وإن للتحالف دورا استشاريا.") with { Outlet = "البيان", Published = "2021-07-26" },
        Article("c", "سلمت القوات الأمريكية أكثر من 1800 عربة مدرعة للقوات العراقية في العراق.") with { Published = "2021-12-31 10:00:00" },
    ];

    private static StoredArticle Article(string id, string text, uint[]? sketch = null) => new(
        id, "hash-" + id, "https://example.com/" + id, "outlet", "title " + id, "2021-12-09", false, "file.txt", "text", "utf-8",
        text, text, [], null, null, sketch);

    private IArticleStore Track(IArticleStore store)
    {
        opened.Add(store);
        return store;
    }
}
