using System.Text;
using Microsoft.Data.Sqlite;
using Mizan.Ingest.Duplicates;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Ingest.Tests.Sources;
using Mizan.Storage;
using Mizan.Storage.Sqlite;

namespace Mizan.Ingest.Tests.Pipeline;

/// <summary>Ingesting into a store: identity, duplicates, near-duplicates, cleaning kept with the article, and bad input.</summary>
public sealed class IngestorTests : IDisposable
{
    /// <summary>A wire story long enough for a sketch (about sixty words).</summary>
    private const string Wire =
        "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي يوم الخميس انتهاء المهمة القتالية لقوات التحالف الدولي في العراق " +
        "بعد جولة الحوار الأخيرة التي بدأت العام الماضي، وقال إن العلاقة مع التحالف ستستمر في مجالات التدريب والاستشارة " +
        "والتمكين. وأضاف أن القوات الأمريكية ستبقى بأعداد محدودة لدعم القوات العراقية في الحرب على الإرهاب، مشيرا إلى أن " +
        "الحكومة ستواصل التنسيق مع الحلفاء لضمان أمن البلاد واستقرارها خلال المرحلة المقبلة.";

    private const string Other =
        "قالت وزارة الصحة إن حملة التطعيم الوطنية ستشمل المدارس والجامعات في جميع المحافظات اعتبارا من الأسبوع المقبل، " +
        "وإن الفرق الطبية ستعمل على مدار الساعة لتوفير اللقاحات للمواطنين والمقيمين. وأوضحت الوزارة أن عدد الجرعات التي " +
        "وصلت البلاد يكفي لتغطية الفئات الأكثر عرضة للخطر، داعية الجميع إلى التسجيل عبر المنصة الإلكترونية الرسمية.";

    private readonly TempFolder folder = new();
    private readonly SqliteArticleStore store;

    public IngestorTests() => store = SqliteArticleStore.Open(Path.Combine(folder.Path, "mizan.db"));

    [Fact]
    public void Ingesting_the_same_collection_twice_stores_nothing_new_and_says_so()
    {
        var json = Json(("https://a.example/1", Wire), ("https://b.example/2", Other));
        var first = Ingest(("day.json", json));
        var second = Ingest(("day.json", json));
        Assert.Equal((2, 2, 0), (first.Read, first.New, first.Duplicate));
        Assert.Equal((2, 0, 2), (second.Read, second.New, second.Duplicate));
        Assert.Equal(2, store.Counts().Articles);
    }

    [Fact]
    public void A_wire_copy_with_small_edits_is_marked_as_a_near_duplicate_of_the_first()
    {
        var edited = Wire.Replace("يوم الخميس", "أمس", StringComparison.Ordinal).Replace("المقبلة", "القادمة", StringComparison.Ordinal);
        var counts = Ingest(("day.json", Json(("https://a.example/1", Wire), ("https://b.example/2", Other), ("https://c.example/3", edited))));
        Assert.Equal(1, counts.NearDuplicate);
        var articles = store.Articles().ToList();
        Assert.Null(articles[0].NearDuplicateOf);
        Assert.Null(articles[1].NearDuplicateOf);
        Assert.Equal(articles[0].Id, articles[2].NearDuplicateOf);
        Assert.InRange(articles[2].Similarity!.Value, MinHash.Threshold, 1.0);
    }

    [Fact]
    public void A_copy_ingested_later_joins_the_group_of_the_stored_original()
    {
        Ingest(("day1.json", Json(("https://a.example/1", Wire))));
        Ingest(("day2.json", Json(("https://b.example/1", Wire + " وتابع المراسل."))));
        Ingest(("day3.json", Json(("https://c.example/1", "قال مراسلنا: " + Wire))));
        var articles = store.Articles().ToList();
        Assert.Equal([null, articles[0].Id, articles[0].Id], articles.Select(a => a.NearDuplicateOf));
        Assert.Equal(new StoreCounts(3, 2, 1), store.Counts());
    }

    [Fact]
    public void The_same_text_at_another_address_is_a_near_duplicate_with_similarity_one()
    {
        Ingest(("day.json", Json(("https://a.example/1", "خبر قصير."), ("https://b.example/1", "خبر قصير."))));
        var articles = store.Articles().ToList();
        Assert.Equal((articles[0].Id, 1.0), (articles[1].NearDuplicateOf, articles[1].Similarity));
    }

    [Fact]
    public void The_cleaned_text_and_what_was_removed_are_stored_with_the_raw_text()
    {
        var raw = "سياسة\n" + Wire + "\nالتعليقات (0)\n";
        Ingest(("story.txt", Encoding.UTF8.GetBytes(raw)));
        var article = Assert.Single(store.Articles());
        Assert.Equal(raw, article.RawText);
        Assert.DoesNotContain("التعليقات", article.Text, StringComparison.Ordinal);
        var removed = Assert.Single(article.Removed, r => r.Reason == "comment-widget");
        Assert.Equal("التعليقات (0)", raw[removed.Start..removed.End]);
    }

    [Fact]
    public void A_bad_input_is_counted_and_named_and_the_rest_is_stored()
    {
        var reasons = new List<string>();
        var items = ArticleSources.ReadBytes("bad.json", Encoding.UTF8.GetBytes("[{"))
            .Concat(ArticleSources.ReadBytes("good.txt", Encoding.UTF8.GetBytes(Wire)));
        var counts = new Ingestor(store).Run(items, reasons.Add);
        Assert.Equal((1, 1, 1), (counts.Read, counts.New, counts.Skipped));
        Assert.StartsWith("bad.json: malformed JSON", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Batches_smaller_than_the_input_give_the_same_store()
    {
        var json = Json(("https://a.example/1", Wire), ("https://b.example/2", Other), ("https://c.example/3", Wire + " انتهى."));
        var counts = new Ingestor(store, batchSize: 1).Run(ArticleSources.ReadBytes("day.json", json), _ => { });
        Assert.Equal((3, 3, 1), (counts.Read, counts.New, counts.NearDuplicate));
    }

    [Fact]
    public void An_article_read_again_in_the_next_batch_is_a_duplicate_not_a_copy_of_itself()
    {
        // The next batch is made ready while this one is stored: the article is not in the store yet when it is met again.
        var json = Json(("https://a.example/1", Wire), ("https://a.example/1", Wire), ("https://b.example/2", Other));
        var counts = new Ingestor(store, batchSize: 1).Run(ArticleSources.ReadBytes("day.json", json), _ => { });
        Assert.Equal((3, 2, 1, 0), (counts.Read, counts.New, counts.Duplicate, counts.NearDuplicate));
        Assert.Equal(new StoreCounts(2, 0, 0), store.Counts());
    }

    public void Dispose()
    {
        store.Dispose();
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static byte[] Json(params (string Url, string Text)[] articles) =>
        Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(articles.Select(a => new { url = a.Url, content = a.Text, source = "outlet" })));

    private IngestCounts Ingest(params (string Name, byte[] Bytes)[] inputs) =>
        new Ingestor(store).Run(inputs.SelectMany(i => ArticleSources.ReadBytes(i.Name, i.Bytes)), r => Assert.Fail(r));
}
