using System.Text;
using Mizan.Ingest.Sources;

namespace Mizan.Ingest.Tests.Sources;

/// <summary>
/// Bad input gets one line naming the input and the reason, never an exception, and the rest of the batch goes on:
/// each case is read in a folder beside a good article, which must still come through.
/// </summary>
public sealed class BadInputTests
{
    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_binary_file_is_named_and_the_batch_goes_on()
    {
        var random = new Random(3);
        var bytes = new byte[2048];
        random.NextBytes(bytes);
        AssertSkippedBesideGood("binary.txt", bytes, "binary");
    }

    [Fact]
    public void An_empty_file_is_named() => AssertSkippedBesideGood("empty.txt", [], "empty");

    [Fact]
    public void Text_in_an_unknown_encoding_is_named() =>
        AssertSkippedBesideGood("thai.txt", Encoding.GetEncoding(874).GetBytes("ประกาศกระทรวงสาธารณสุขวันนี้พบผู้ป่วยรายใหม่สามรายในเมืองหลวง"), "unknown encoding");

    [Fact]
    public void Invalid_utf8_is_read_and_named_in_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Paragraph + Fixtures.Second).ToList();
        bytes.Insert(9, 0xC0);
        using var folder = new TempFolder();
        var broken = folder.Write("broken.txt", bytes.ToArray());
        var item = Assert.Single(ArticleSources.Read(folder.Path));
        Assert.Contains('\uFFFD', item.Article!.Article.Text);
        Assert.StartsWith(broken + ": is not valid UTF-8: 1 bad byte(s)", item.Article.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_named() =>
        AssertSkippedBesideGood("cut.json", Encoding.UTF8.GetBytes("""[{"content": "نص", "url": "http://a"}, {"content": """), "malformed JSON");

    [Fact]
    public void Truncated_html_keeps_what_arrived_or_is_named()
    {
        using var folder = new TempFolder();
        var page = Fixtures.Page("انتهاء المهمة");
        folder.Write("cut.html", page[..(page.IndexOf(Fixtures.Second, StringComparison.Ordinal) + 20)]);
        folder.Write("nothing.html", "<html><head><title>x</title>");
        var items = ArticleSources.Read(folder.Path).ToList();
        Assert.Contains(Fixtures.Paragraph, items[0].Article!.Article.Text, StringComparison.Ordinal);
        Assert.Equal($"{Path.Combine(folder.Path, "nothing.html")}: no article text found in the page.", items[1].Error);
    }

    [Fact]
    public void A_truncated_feed_keeps_its_complete_items_and_names_the_cut()
    {
        var rss = $"<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>{Fixtures.Paragraph}</description></item><item><title>b</title><descr";
        var items = ArticleSources.ReadBytes("cut.rss", Encoding.UTF8.GetBytes(rss)).ToList();
        Assert.Equal(Fixtures.Paragraph, items[0].Article!.Article.Text);
        Assert.StartsWith("cut.rss", items[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_declaring_an_external_entity_is_refused_and_the_entity_never_resolved()
    {
        using var folder = new TempFolder();
        var secret = folder.Write("secret.txt", "SECRET-CONTENT-NEVER-READ");
        var rss = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><title>t</title><item><title>&leak;</title><description>&leak; {Fixtures.Paragraph}</description></item></channel></rss>
            """;
        var items = ArticleSources.ReadBytes("hostile.xml", Encoding.UTF8.GetBytes(rss)).ToList();
        var item = Assert.Single(items);
        Assert.Null(item.Article);
        Assert.Contains("DTD", item.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_warc_keeps_its_complete_records_and_names_the_cut()
    {
        var warc = Fixtures.Warc(
            ("https://a.example/1", "text/html", Encoding.UTF8.GetBytes(Fixtures.Page("أ"))),
            ("https://a.example/2", "text/html", Encoding.UTF8.GetBytes(Fixtures.Page("ب"))));
        var items = ArticleSources.ReadBytes("cut.warc", warc[..^200]).ToList();
        Assert.NotNull(items[0].Article);
        Assert.Null(items[^1].Article);
        Assert.StartsWith("cut.warc", items[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_zip_is_named() =>
        AssertSkippedBesideGood("broken.zip", [.. "PK\u0003\u0004"u8, .. new byte[64]], "corrupt");

    [Fact]
    public void A_zip_bomb_is_stopped_at_the_entry_limit()
    {
        var zeros = new byte[4 * 1024 * 1024];
        var zip = Fixtures.Zip(("bomb.txt", zeros), ("good.txt", Encoding.UTF8.GetBytes(Fixtures.Paragraph)));
        var items = ArticleSources.ReadBytes("bomb.zip", zip, new ReadLimits(MaxEntryBytes: 1024 * 1024)).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("limit", items[0].Error, StringComparison.Ordinal);
        Assert.Equal(Fixtures.Paragraph, items[1].Article!.Article.Text);
    }

    [Fact]
    public void A_gzip_bomb_is_stopped_while_it_expands()
    {
        var items = ArticleSources.ReadBytes("bomb.txt.gz", Fixtures.Gzip(new byte[4 * 1024 * 1024]), new ReadLimits(MaxEntryBytes: 1024 * 1024)).ToList();
        Assert.Contains("limit", Assert.Single(items).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_gigabyte_file_is_refused_without_being_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.json");
        using (var stream = File.Create(path))
        {
            // A sparse file: the length is set without writing two gigabytes.
            stream.SetLength(2L * 1024 * 1024 * 1024);
        }

        folder.Write("good.txt", Fixtures.Paragraph);
        var items = ArticleSources.Read(folder.Path).ToList();
        Assert.Equal(Fixtures.Paragraph, items[0].Article!.Article.Text);
        Assert.Contains("2,147,483,648 bytes is more than", items[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_named()
    {
        var item = Assert.Single(ArticleSources.Read("/no/such/place.txt"));
        Assert.Equal("/no/such/place.txt: no such file or folder.", item.Error);
    }

    [Fact]
    public void Regex_hostile_and_bidi_laden_text_is_read_as_text()
    {
        var text = string.Concat(Enumerable.Repeat("((((a+)+)+)+$\u202E\u2066\u200F", 5000)) + Fixtures.Paragraph;
        Assert.Equal(text, Assert.Single(ArticleSources.ReadBytes("odd.txt", Encoding.UTF8.GetBytes(text))).Article!.Article.Text);
    }

    [Fact]
    public void A_nul_escaped_in_json_is_dropped_from_the_text()
    {
        var item = Assert.Single(ArticleSources.ReadBytes("nul.json", Encoding.UTF8.GetBytes("""{"maintext": "نص\u0000 الخبر", "title": "عنوان\u0000"}""")));
        Assert.Equal(("نص الخبر", "عنوان"), (item.Article!.Article.Text, item.Article.Article.Title));
    }

    /// <summary>Reads a folder holding the bad input and a good article: one skip naming the bad input, and the good article.</summary>
    private static void AssertSkippedBesideGood(string name, byte[] bytes, string reason)
    {
        using var folder = new TempFolder();
        var bad = folder.Write(name, bytes);
        folder.Write("zz-good.txt", Fixtures.Paragraph);
        var items = ArticleSources.Read(folder.Path).ToList();
        var skipped = Assert.Single(items, i => i.Article is null);
        Assert.StartsWith(bad + ": ", skipped.Error, StringComparison.Ordinal);
        Assert.Contains(reason, skipped.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Fixtures.Paragraph, Assert.Single(items, i => i.Article is not null).Article!.Article.Text);
    }
}
