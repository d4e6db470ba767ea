using System.Text;
using Mizan.Ingest.Sources;

namespace Mizan.Ingest.Tests.Sources;

/// <summary>Every format a collection holds becomes articles with their metadata; a folder is walked in name order.</summary>
public sealed class ArticleSourcesTests
{
    static ArticleSourcesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Plain_text_takes_its_metadata_from_the_sidecar()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Fixtures.Paragraph);
        folder.Write("story.meta.json", """{"outlet": "Arabi21", "published": "2021-12-09", "url": "https://arabi21.com/story/1"}""");
        var article = Single(path);
        Assert.Equal(("Arabi21", "2021-12-09", "https://arabi21.com/story/1", "text"), (article.Article.Outlet, article.Article.Published, article.Article.Url, article.Format));
        Assert.Equal(Fixtures.Paragraph, article.Article.Text);
    }

    [Fact]
    public void A_sidecar_field_given_as_an_empty_string_is_absent()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", Fixtures.Paragraph);
        folder.Write("story.meta.json", """{"outlet": "Arabi21", "published": "", "url": " ", "title": ""}""");
        var article = Single(path);
        Assert.Equal("Arabi21", article.Article.Outlet);
        Assert.Null(article.Article.Published);
        Assert.Null(article.Article.Url);
    }

    [Fact]
    public void Plain_text_without_a_sidecar_has_no_date_and_says_nothing_was_inferred()
    {
        using var folder = new TempFolder();
        var article = Single(folder.Write("story.txt", Fixtures.Paragraph));
        Assert.Null(article.Article.Published);
        Assert.False(article.Article.PublishedInferred);
    }

    [Fact]
    public void Html_gives_the_main_text_and_the_page_metadata()
    {
        using var folder = new TempFolder();
        var article = Single(folder.Write("page.html", Fixtures.Page("انتهاء المهمة القتالية")));
        Assert.Equal("html", article.Format);
        Assert.Equal("موقع الأخبار", article.Article.Outlet);
        Assert.Equal("انتهاء المهمة القتالية", article.Article.Title);
        Assert.Equal("2021-12-09T18:00:00+03:00", article.Article.Published);
        Assert.Equal("https://news.example.com/2021/12/09/story.html", article.Article.Url);
        Assert.Contains(Fixtures.Paragraph, article.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("شارك على فيسبوك", article.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("الرئيسية", article.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_takes_the_headline_and_date_from_json_ld_when_meta_tags_are_missing()
    {
        const string page = """
            <html><head><script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "العراق يعلن انتهاء المهمة", "datePublished": "2021-12-09T20:15:00Z",
             "publisher": {"@type": "Organization", "name": "وكالة الأنباء"}}
            </script></head><body><article><p>أعلن مستشار الأمن القومي العراقي انتهاء المهمة القتالية لقوات التحالف الدولي في العراق.</p><p>وقال إن العلاقة مع التحالف ستستمر في التدريب والاستشارة.</p></article></body></html>
            """;
        var article = Single("page.html", Encoding.UTF8.GetBytes(page));
        Assert.Equal(("العراق يعلن انتهاء المهمة", "2021-12-09T20:15:00Z", "وكالة الأنباء"), (article.Article.Title, article.Article.Published, article.Article.Outlet));
    }

    [Fact]
    public void Html_in_windows_1256_is_read_through_its_meta_charset()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Fixtures.Page("انتهاء المهمة", "windows-1256"));
        var article = Single("page.htm", bytes);
        Assert.Equal("windows-1256", article.Encoding);
        Assert.Contains(Fixtures.Paragraph, article.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_in_iso_8859_6_is_read_through_an_http_equiv_declaration()
    {
        var page = Fixtures.Page("انتهاء المهمة", charsetMeta: null, extraHead: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">");
        var article = Single("page.html", Encoding.GetEncoding(28596).GetBytes(page));
        Assert.Equal("iso-8859-6", article.Encoding);
        Assert.Contains(Fixtures.Paragraph, article.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_please_object_maps_its_fields()
    {
        var json = $$"""
            {"title": "انتهاء المهمة", "maintext": "{{Fixtures.Paragraph}}", "date_publish": "2021-12-09 18:00:00",
             "source_domain": "www.aljazeera.net", "url": "https://www.aljazeera.net/news/1", "language": "ar"}
            """;
        var article = Single("article.json", Encoding.UTF8.GetBytes(json));
        Assert.Equal(("www.aljazeera.net", "2021-12-09 18:00:00", "انتهاء المهمة", "json"), (article.Article.Outlet, article.Article.Published, article.Article.Title, article.Format));
        Assert.False(article.Article.PublishedInferred);
    }

    [Fact]
    public void News_please_json_lines_read_line_by_line_and_a_bad_line_is_named()
    {
        var lines = $$"""
            {"title": "أ", "maintext": "{{Fixtures.Paragraph}}", "url": "https://www.alquds.co.uk/a"}
            {"title": "ب", "maintext": 
            {"title": "ج", "maintext": "{{Fixtures.Second}}"}
            """;
        var items = ArticleSources.ReadBytes("batch.jsonl", Encoding.UTF8.GetBytes(lines)).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("alquds.co.uk", items[0].Article!.Article.Outlet);
        Assert.Null(items[1].Article);
        Assert.StartsWith("batch.jsonl#2: malformed JSON", items[1].Error, StringComparison.Ordinal);
        Assert.Equal(Fixtures.Second, items[2].Article!.Article.Text);
    }

    [Fact]
    public void A_saudinewsnet_array_marks_the_crawl_date_as_inferred()
    {
        var json = $$"""
            [{"source": "aawsat", "url": "http://aawsat.com/a", "date_extracted": "2015-07-21 02:51:32", "title": "أ", "author": "x", "content": "{{Fixtures.Paragraph}}"},
             {"source": "aawsat", "url": "http://aawsat.com/b", "date_extracted": "2015-07-21 02:51:33", "title": "ب", "author": "x", "content": ""}]
            """;
        var items = ArticleSources.ReadBytes("2015-07-21.json", Encoding.UTF8.GetBytes(json)).ToList();
        var article = items[0].Article!.Article;
        Assert.Equal(("aawsat", "2015-07-21 02:51:32", true), (article.Outlet, article.Published, article.PublishedInferred));
        Assert.Equal("2015-07-21.json#1", article.Source);
        Assert.Contains("has no text", items[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Character_references_in_a_crawled_title_are_decoded()
    {
        var json = $$"""[{"source": "sabq", "title": "المقاومة تستعد للسيطرة على &#8220;حي التواهي&#8221; &quot;اليوم&quot;", "content": "{{Fixtures.Paragraph}}"}]""";
        Assert.Equal("المقاومة تستعد للسيطرة على \u201Cحي التواهي\u201D \"اليوم\"", Single("day.json", Encoding.UTF8.GetBytes(json)).Article.Title);
    }

    [Fact]
    public void An_rss_feed_gives_one_article_per_item_with_its_html_reduced_to_text()
    {
        var rss = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>عربي21</title><link>https://arabi21.com</link>
            <item><title>انتهاء المهمة</title><link>https://arabi21.com/story/1</link><pubDate>Thu, 09 Dec 2021 18:00:00 +0300</pubDate>
            <description><![CDATA[<p>{Fixtures.Paragraph}</p><p>{Fixtures.Second}</p>]]></description></item>
            </channel></rss>
            """;
        var article = Single("feed.rss", Encoding.UTF8.GetBytes(rss));
        Assert.Equal(("عربي21", "https://arabi21.com/story/1", "feed"), (article.Article.Outlet, article.Article.Url, article.Format));
        Assert.Equal(Fixtures.Paragraph + "\n\n" + Fixtures.Second, article.Article.Text);
        Assert.StartsWith("2021-12-09", article.Article.Published, StringComparison.Ordinal);
    }

    [Fact]
    public void An_atom_feed_gives_its_entries()
    {
        var atom = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>البيان</title>
            <entry><title>انتهاء المهمة</title><link rel="alternate" href="https://www.albayan.ae/1"/><published>2021-12-09T18:00:00Z</published>
            <content type="html">&lt;p&gt;{Fixtures.Paragraph}&lt;/p&gt;</content></entry></feed>
            """;
        var article = Single("feed.atom", Encoding.UTF8.GetBytes(atom));
        Assert.Equal(("البيان", "2021-12-09T18:00:00Z", Fixtures.Paragraph), (article.Article.Outlet, article.Article.Published, article.Article.Text));
    }

    [Fact]
    public void A_warc_gives_its_html_responses_with_the_record_charset()
    {
        var page = Fixtures.Page("انتهاء المهمة", charsetMeta: null);
        var warc = Fixtures.Warc(
            ("https://a.example/1", "text/html; charset=windows-1256", Encoding.GetEncoding(1256).GetBytes(page)),
            ("https://a.example/logo.png", "image/png", [0x89, 0x50, 0x4E, 0x47]));
        var article = Single("crawl.warc", warc);
        Assert.Equal(("warc", "windows-1256"), (article.Format, article.Encoding));
        Assert.Contains(Fixtures.Paragraph, article.Article.Text, StringComparison.Ordinal);
        Assert.Equal("crawl.warc#https://a.example/1", article.Article.Source);
    }

    [Fact]
    public void A_gzipped_warc_is_read_as_one()
    {
        var warc = Fixtures.Warc(("https://a.example/1", "text/html", Encoding.UTF8.GetBytes(Fixtures.Page("انتهاء المهمة"))));
        Assert.Contains(Fixtures.Paragraph, Single("crawl.warc.gz", Fixtures.Gzip(warc)).Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_of_mixed_formats_and_a_gz_of_text_are_opened()
    {
        var zip = Fixtures.Zip(
            ("a/page.html", Encoding.UTF8.GetBytes(Fixtures.Page("انتهاء المهمة"))),
            ("b/story.txt.gz", Fixtures.Gzip(Encoding.UTF8.GetBytes(Fixtures.Second))),
            ("c/feed.xml", Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>{Fixtures.Paragraph}</description></item></channel></rss>")));
        var items = ArticleSources.ReadBytes("collection.zip", zip).ToList();
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(["html", "text", "feed"], items.Select(i => i.Article!.Format));
        Assert.Equal("collection.zip!b/story.txt", items[1].Source);
    }

    [Fact]
    public void A_folder_is_walked_recursively_in_name_order_and_skips_sidecars_and_read_me_files()
    {
        using var folder = new TempFolder();
        folder.Write("b/2.txt", Fixtures.Second);
        folder.Write("a/1.txt", Fixtures.Paragraph);
        folder.Write("a/1.meta.json", """{"outlet": "x"}""");
        folder.Write("README.md", "# notes");
        folder.Write("a/photo.jpg", [0xFF, 0xD8, 0xFF]);
        var items = ArticleSources.Read(folder.Path).ToList();
        Assert.Equal([Fixtures.Paragraph, Fixtures.Second], items.Select(i => i.Article!.Article.Text));
        Assert.Equal("x", items[0].Article!.Article.Outlet);
    }

    [Fact]
    public void A_linked_file_in_a_folder_is_read_and_a_linked_folder_is_not_entered()
    {
        using var corpus = new TempFolder();
        corpus.Write("day/1.txt", Fixtures.Paragraph);
        using var links = new TempFolder();
        links.Write("own.txt", Fixtures.Second);
        File.CreateSymbolicLink(System.IO.Path.Combine(links.Path, "linked.txt"), System.IO.Path.Combine(corpus.Path, "day", "1.txt"));

        // A link back to the folder itself would walk forever if it were entered.
        Directory.CreateSymbolicLink(System.IO.Path.Combine(links.Path, "loop"), links.Path);
        var items = ArticleSources.Read(links.Path).ToList();
        Assert.Equal([Fixtures.Paragraph, Fixtures.Second], items.Select(i => i.Article!.Article.Text));
    }

    [Fact]
    public void A_file_without_an_extension_is_read_by_its_first_bytes()
    {
        var article = Single("download", Encoding.UTF8.GetBytes(Fixtures.Page("انتهاء المهمة")));
        Assert.Equal("html", article.Format);
    }

    [Fact]
    public void The_same_text_always_gets_the_same_id_and_another_url_another()
    {
        var a = Single("a.json", Encoding.UTF8.GetBytes($$"""{"maintext": "{{Fixtures.Paragraph}}", "url": "https://a.example/1"}""")).Article.Id;
        var b = Single("b.json", Encoding.UTF8.GetBytes($$"""{"maintext": "{{Fixtures.Paragraph}}", "url": "https://a.example/1"}""")).Article.Id;
        var c = Single("c.json", Encoding.UTF8.GetBytes($$"""{"maintext": "{{Fixtures.Paragraph}}", "url": "https://b.example/1"}""")).Article.Id;
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    private static SourceArticle Single(string path)
    {
        var item = Assert.Single(ArticleSources.Read(path));
        Assert.Null(item.Error);
        return item.Article!;
    }

    private static SourceArticle Single(string name, byte[] bytes)
    {
        var item = Assert.Single(ArticleSources.ReadBytes(name, bytes));
        Assert.Null(item.Error);
        return item.Article!;
    }
}
