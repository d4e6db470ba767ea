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
    public void Many_articles_are_found_in_the_order_asked_without_the_unknown_ones_and_with_or_without_their_raw_text()
    {
        var store = Track(CreateStore());
        Assert.Equal(3, store.Add([Article("a", "نص أ", sketch: [1, 2]), Article("b", "نص ب"), Article("c", "نص ج")], Keys));
        Assert.Equal(["c", "a", "c"], store.FindMany(["c", "x", "a", "c"]).Select(a => a.Id));
        var (full, one) = (store.FindMany(["a"]).Single(), store.Find("a")!);
        Assert.Equal(one with { Removed = [], Sketch = null }, full with { Removed = [], Sketch = null });
        Assert.Equal(one.Sketch, full.Sketch);
        var lean = store.FindMany(["a", "b"], withRawText: false);
        Assert.Equal(["نص أ", "نص ب"], lean.Select(a => a.Text));
        Assert.All(lean, a => Assert.Equal((string.Empty, (uint[]?)null), (a.RawText, a.Sketch)));
        Assert.Empty(store.FindMany([]));
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
    public void A_new_grouping_replaces_the_stored_stories_storylines_articles_and_state_whole()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "أ"), Article("b", "ب"), Article("c", "ج")], Keys);
        store.SaveGrouping(new GroupingChange(
            true, null, [new StoredStory("s0", "قصة", ["a"], ["x"], "2021-12-09", "2021-12-09", null)], [new StoredStoryline("l0", ["s0"])], [new StoredBriefArticle("a", "{}")], new StoredGroupingState("v1", [1, 2, 3])));
        Assert.Equal([1, 2, 3], store.GroupingState()!.State);
        store.SaveGrouping(new GroupingChange(
            true,
            null,
            [new StoredStory("s1", null, ["c"], ["y"], null, null, null, Number: 1), new StoredStory("s0", "قصة", ["a", "b"], ["x", "y"], "2021-12-09", "2021-12-10", """{"id":"s0"}""")],
            [new StoredStoryline("l0", ["s0", "s1"])],
            [],
            null));
        var stories = store.Stories();
        Assert.Equal(["s0", "s1"], stories.Select(s => s.Id));
        Assert.Equal(["a", "b"], stories[0].ArticleIds);
        Assert.Equal("""{"id":"s0"}""", stories[0].BriefJson);
        Assert.Equal(["s0", "s1"], Assert.Single(store.Storylines()).StoryIds);
        Assert.Empty(store.BriefTexts(BriefText.Article));
        Assert.Null(store.GroupingState());
    }

    [Fact]
    public void Stored_stories_are_counted_and_read_back_largest_first_then_by_number_and_articles_by_id()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "أ"), Article("b", "ب"), Article("c", "ج")], Keys);
        Assert.Equal(new StoredStoryCounts(0, 0, 3, 0, 0), store.CountStories("v1"));

        // Saved smallest first and out of number order on purpose: read back largest first, then by number (s2 before s10).
        store.SaveGrouping(new GroupingChange(
            true,
            null,
            [
                new StoredStory("s10", "قصة", ["c"], ["y"], null, null, """{"id":"s10"}""", "v1", "\n## s10: قصة\n", 10),
                new StoredStory("s3", null, ["b"], ["x"], null, null, """{"id":"s3"}""", "v1", "\n## s3\n", 3),
                new StoredStory("s2", null, ["a"], ["x"], null, null, """{"id":"s2"}""", "v1", "\n## s2\n", 2),
            ],
            [],
            [new StoredBriefArticle("c", """{"id":"c"}"""), new StoredBriefArticle("a", """{"id":"a"}"""), new StoredBriefArticle("b", """{"id":"b"}""")],
            null));
        Assert.Equal(new StoredStoryCounts(3, 3, 3, 0, 3), store.CountStories("v1"));
        Assert.Equal(new StoredStoryCounts(3, 3, 3, 3, 3), store.CountStories("v2"));
        Assert.Equal(["""{"id":"a"}""", """{"id":"b"}""", """{"id":"c"}"""], store.BriefTexts(BriefText.Article).Select(System.Text.Encoding.UTF8.GetString));
        Assert.Equal(["""{"id":"s2"}""", """{"id":"s3"}""", """{"id":"s10"}"""], store.BriefTexts(BriefText.Brief).Select(System.Text.Encoding.UTF8.GetString));
        Assert.Equal(["\n## s2\n", "\n## s3\n", "\n## s10: قصة\n"], store.BriefTexts(BriefText.Markdown).Select(System.Text.Encoding.UTF8.GetString));
        Assert.Equal("v1", store.Stories()[0].BuiltBy);
        Assert.Equal(10, store.Stories().Single(s => s.Id == "s10").Number);

        // A story that grows comes first; a story written without Markdown is outdated.
        store.SaveGrouping(new GroupingChange(false, null, [new StoredStory("s10", null, ["c", "b"], ["y"], null, null, """{"id":"s10"}""", "v1", null, 10)], null, [], null));
        Assert.Equal(["s10", "s2", "s3"], store.Stories().Select(s => s.Id));
        Assert.Equal(new StoredStoryCounts(3, 4, 3, 1, 3), store.CountStories("v1"));
        Assert.Equal([[], "\n## s2\n"u8.ToArray(), "\n## s3\n"u8.ToArray()], store.BriefTexts(BriefText.Markdown));
    }

    [Fact]
    public void A_change_rewrites_only_the_stories_it_names_and_removes_those_numbered_past_the_state()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "أ"), Article("b", "ب"), Article("c", "ج")], Keys);
        store.SaveGrouping(new GroupingChange(
            true, null, [new StoredStory("s0", null, ["a"], [], null, null, "{}", Number: 0), new StoredStory("s1", null, ["b"], [], null, null, "{}", Number: 1)], [], [], new StoredGroupingState("v1", [7])));
        var before = store.Stories().ToDictionary(s => s.Id, s => s.Updated);
        Assert.All(before.Values, Assert.NotNull);
        Thread.Sleep(5);

        // An interrupted update had written s1 for a state that never kept it: the next one removes it and writes s2.
        store.SaveGrouping(new GroupingChange(false, 1, [new StoredStory("s2", null, ["b", "c"], [], null, null, "{}", Number: 2)], null, [], new StoredGroupingState("v1", [8, 9])));
        var after = store.Stories().ToDictionary(s => s.Id, s => s.Updated);
        Assert.Equal(["s0", "s2"], after.Keys.Order());
        Assert.Equal(["b", "c"], Assert.Single(store.Stories(["s2", "s1", "nothere"])).ArticleIds);
        Assert.Equal(before["s0"], after["s0"]);
        Assert.True(string.CompareOrdinal(after["s2"], before["s0"]) > 0);
        Assert.Equal(new StoredGroupingState("v1", [8, 9]).State, store.GroupingState()!.State);
        Assert.Equal("v1", store.GroupingState()!.Version);

        // s2 absorbs s0: s0 is removed, the others stay as they were.
        store.SaveGrouping(new GroupingChange(false, null, [new StoredStory("s2", null, ["a", "b", "c"], [], null, null, "{}", Number: 2)], null, [], null, [0]));
        Assert.Equal(["a", "b", "c"], Assert.Single(store.Stories()).ArticleIds);
        Assert.Empty(store.Stories(["s0"]));
        Assert.Equal(new StoredStoryCounts(1, 3, 3, 1, 0), store.CountStories("v1"));
    }

    [Fact]
    public void The_state_keeps_each_storys_latest_part_under_a_new_stamp_each_write()
    {
        var store = Track(CreateStore());
        Assert.Equal(0, store.GroupingStamp());
        store.SaveGrouping(new GroupingChange(true, null, [], [], [], new StoredGroupingState("v1", [1], [new StoredStoryState(0, [10]), new StoredStoryState(1, [11]), new StoredStoryState(2, [12])])));
        var first = store.GroupingStamp();
        Assert.NotEqual(0, first);
        Assert.Equal(first, store.GroupingState()!.Stamp);

        // An update writes the shared part and only the parts that changed; the others stay as they were.
        store.SaveGrouping(new GroupingChange(false, 3, [], null, [], new StoredGroupingState("v1", [2], [new StoredStoryState(1, [21]), new StoredStoryState(3, [13])])));
        var state = store.GroupingState()!;
        Assert.Equal([2], state.State);
        Assert.NotEqual(first, state.Stamp);
        Assert.Equal(state.Stamp, store.GroupingStamp());
        Assert.Equal([(0, 10), (1, 21), (2, 12), (3, 13)], state.Stories!.Select(p => (p.Number, (int)Assert.Single(p.State))));

        // Parts numbered past an interrupted update's state go, and a change without a state keeps the stamp.
        store.SaveGrouping(new GroupingChange(false, 2, [], null, [], null));
        Assert.Equal([0, 1], store.GroupingState()!.Stories!.Select(p => p.Number));
        Assert.Equal(state.Stamp, store.GroupingStamp());

        // A new grouping replaces every part, under a stamp of its own.
        store.SaveGrouping(new GroupingChange(true, null, [], [], [], new StoredGroupingState("v2", [3], [new StoredStoryState(0, [30])])));
        Assert.DoesNotContain(store.GroupingStamp(), new[] { 0, first, state.Stamp });
        Assert.Equal([0], store.GroupingState()!.Stories!.Select(p => p.Number));
        store.SaveGrouping(new GroupingChange(true, null, [], [], [], null));
        Assert.Null(store.GroupingState());
        Assert.Equal(0, store.GroupingStamp());
    }

    [Fact]
    public void One_holder_of_the_grouping_lock_at_a_time_and_the_next_gets_it_once_it_is_let_go()
    {
        var store = Track(CreateStore());
        var other = Track(Reopen());
        var held = store.LockGrouping(TimeSpan.FromSeconds(5));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Contains("updating the stories", Assert.Throws<StoreException>(() => other.LockGrouping(TimeSpan.FromMilliseconds(300))).Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(250), $"gave up after {clock.Elapsed}");
        held.Dispose();
        using (other.LockGrouping(TimeSpan.FromSeconds(5)))
        {
            Assert.Throws<StoreException>(() => store.LockGrouping(TimeSpan.FromMilliseconds(100)));
        }

        store.LockGrouping(TimeSpan.FromSeconds(5)).Dispose();
    }

    [Fact]
    public void Article_keys_and_analyses_are_read_back_by_id()
    {
        var store = Track(CreateStore());
        store.Add([Article("a", "أ"), Article("b", "ب")], Keys);
        Assert.Equal(["a", "b"], store.ArticleKeys().Select(k => k.Id));
        Assert.Equal(store.Find("a")!.Published, store.ArticleKeys().First().Published);
        store.SaveAnalyses([new StoredAnalysis("a", "v1", """{"tokens":[1]}"""), new StoredAnalysis("b", "v2", """{"tokens":[2]}""")]);
        var found = Assert.Single(store.FindAnalyses(["a", "b", "nothere"], "v1"));
        Assert.Equal(("a", """{"tokens":[1]}"""), (found.ArticleId, found.Json));
        Assert.Empty(store.FindAnalyses([], "v1"));
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
