using Mizan.Core.Articles;

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

    private static StoredArticle Article(string id, string text, uint[]? sketch = null) => new(
        id, "hash-" + id, "https://example.com/" + id, "outlet", "title " + id, "2021-12-09", false, "file.txt", "text", "utf-8",
        text, text, [], null, null, sketch);

    private IArticleStore Track(IArticleStore store)
    {
        opened.Add(store);
        return store;
    }
}
