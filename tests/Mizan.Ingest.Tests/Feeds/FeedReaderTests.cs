using System.Text;
using Mizan.Ingest.Feeds;

namespace Mizan.Ingest.Tests.Feeds;

/// <summary>RSS 2.0 and Atom 1.0 reading, encodings, and refusal of DTDs, broken and non-feed input.</summary>
public sealed class FeedReaderTests
{
    private const string Source = "test-feed.xml";

    private const string ArabicRss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>الجزيرة نت - أخبار</title>
            <atom:link href="https://example.net/feed.xml" rel="self" />
            <link>https://example.net/</link>
            <item>
              <title>العراق يعلن انتهاء المهمة القتالية للتحالف</title>
              <link>https://example.net/news/1</link>
              <pubDate>Thu, 09 Dec 2021 14:30:00 +0300</pubDate>
              <description>&lt;p&gt;ملخص قصير&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>أعلن العراق انتهاء المهمة القتالية &amp; بدء مرحلة جديدة.</p>]]></content:encoded>
              <dc:creator>أحمد علي</dc:creator>
            </item>
            <item>
              <title>انتخابات بلدية في تونس</title>
              <guid>https://example.net/news/2</guid>
              <pubDate>Fri, 10 Dec 2021 08:00:00 GMT</pubDate>
              <description>&lt;p&gt;جرت الانتخابات &amp;amp; النتائج غدا.&lt;/p&gt;</description>
              <author>desk@example.net (مكتب تونس)</author>
            </item>
          </channel>
        </rss>
        """;

    private static FeedReadResult Read(string xml) => Read(Encoding.UTF8.GetBytes(xml));

    private static FeedReadResult Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return FeedReader.Read(stream, Source);
    }

    [Fact]
    public void Rss_channel_and_arabic_items_are_read()
    {
        var result = Read(ArabicRss);

        Assert.Null(result.Error);
        Assert.Equal("الجزيرة نت - أخبار", result.FeedTitle);
        Assert.Equal("https://example.net/", result.FeedLink);
        Assert.Equal(2, result.Items.Count);

        var first = result.Items[0];
        Assert.Equal("العراق يعلن انتهاء المهمة القتالية للتحالف", first.Title);
        Assert.Equal("https://example.net/news/1", first.Url);
        Assert.Equal("2021-12-09T14:30:00+03:00", first.Published);
        Assert.Equal("<p>أعلن العراق انتهاء المهمة القتالية &amp; بدء مرحلة جديدة.</p>", first.Content);
        Assert.True(first.ContentIsHtml);
        Assert.Equal("أحمد علي", first.Author);

        var second = result.Items[1];
        Assert.Equal("https://example.net/news/2", second.Url);
        Assert.Equal("2021-12-10T08:00:00+00:00", second.Published);
        Assert.Equal("<p>جرت الانتخابات &amp; النتائج غدا.</p>", second.Content);
        Assert.True(second.ContentIsHtml);
        Assert.Equal("desk@example.net (مكتب تونس)", second.Author);
    }

    [Fact]
    public void Rss_guid_that_is_not_a_permalink_is_no_url_and_unparsed_dates_are_kept()
    {
        var result = Read("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
              <item><title>a</title><guid isPermaLink="false">https://example.net/a</guid><pubDate>الخميس 9 ديسمبر 2021</pubDate></item>
              <item><title>b</title><guid>article-123</guid><dc:date>2021-12-09T10:00:00Z</dc:date></item>
              <item><title>c</title></item>
            </channel></rss>
            """);

        Assert.Null(result.Error);
        Assert.Equal(3, result.Items.Count);
        Assert.Null(result.Items[0].Url);
        Assert.Equal("الخميس 9 ديسمبر 2021", result.Items[0].Published);
        Assert.Null(result.Items[1].Url);
        Assert.Equal("2021-12-09T10:00:00Z", result.Items[1].Published);
        Assert.Equal(new FeedItem("c", null, null, null, false, null), result.Items[2]);
    }

    [Fact]
    public void Many_predefined_entities_are_not_limited_like_declared_ones()
    {
        var text = string.Concat(Enumerable.Repeat("أ &amp; ب &lt; ج ", 2000));
        var result = Read($"<rss><channel><item><description>{text}</description></item></channel></rss>");

        Assert.Null(result.Error);
        Assert.Equal(string.Concat(Enumerable.Repeat("أ & ب < ج ", 2000)).Trim(), result.Items.Single().Content);
    }

    [Fact]
    public void Atom_entries_with_html_and_xhtml_content_are_read()
    {
        var result = Read("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>أخبار الشرق</title>
              <link rel="self" href="https://example.org/atom.xml"/>
              <link href="https://example.org/"/>
              <entry>
                <title>قمة عربية في الرياض</title>
                <link rel="edit" href="https://example.org/edit/1"/>
                <link rel="alternate" type="text/html" href="https://example.org/1"/>
                <published>2021-12-09T14:30:00+03:00</published>
                <updated>2021-12-10T09:00:00+03:00</updated>
                <author><name>سارة حسن</name></author>
                <summary>ملخص</summary>
                <content type="html">&lt;p&gt;انطلقت القمة &lt;b&gt;اليوم&lt;/b&gt;.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>تقرير</title>
                <link href="https://example.org/2"/>
                <updated>2021-12-11T00:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>فقرة <em>أولى</em></p><p>فقرة ثانية</p></div></content>
              </entry>
              <entry>
                <title>نص فقط</title>
                <content type="text">سطر عادي &lt;ليس وسما&gt;</content>
              </entry>
              <entry>
                <title>مرجع خارجي</title>
                <content src="https://example.org/3.html" type="text/html"/>
                <summary type="html">&lt;p&gt;الملخص&lt;/p&gt;</summary>
              </entry>
            </feed>
            """);

        Assert.Null(result.Error);
        Assert.Equal("أخبار الشرق", result.FeedTitle);
        Assert.Equal("https://example.org/", result.FeedLink);
        Assert.Equal(4, result.Items.Count);

        Assert.Equal(
            new FeedItem("قمة عربية في الرياض", "https://example.org/1", "2021-12-09T14:30:00+03:00", "<p>انطلقت القمة <b>اليوم</b>.</p>", true, "سارة حسن"),
            result.Items[0]);

        var xhtml = result.Items[1];
        Assert.Equal("https://example.org/2", xhtml.Url);
        Assert.Equal("2021-12-11T00:00:00Z", xhtml.Published);
        Assert.Equal("<p>فقرة <em>أولى</em></p><p>فقرة ثانية</p>", xhtml.Content);
        Assert.True(xhtml.ContentIsHtml);
        Assert.Null(xhtml.Author);

        Assert.Equal("سطر عادي <ليس وسما>", result.Items[2].Content);
        Assert.False(result.Items[2].ContentIsHtml);

        Assert.Equal("<p>الملخص</p>", result.Items[3].Content);
        Assert.True(result.Items[3].ContentIsHtml);
    }

    [Fact]
    public void Windows_1256_declared_feed_is_decoded()
    {
        var xml = """
            <?xml version="1.0" encoding="windows-1256"?>
            <rss version="2.0"><channel><title>صحيفة الخليج</title>
              <item><title>ارتفاع أسعار النفط</title><link>https://example.ae/oil</link><description>ارتفعت الأسعار اليوم.</description></item>
            </channel></rss>
            """;
        // The code page is taken from the provider without registering it, so the reader has to register it itself.
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetBytes(xml);

        // One byte a letter, against two in UTF-8: the fixture really is in the legacy code page.
        Assert.True(bytes.Length < Encoding.UTF8.GetByteCount(xml));

        var result = Read(bytes);

        Assert.Null(result.Error);
        Assert.Equal("صحيفة الخليج", result.FeedTitle);
        var item = Assert.Single(result.Items);
        Assert.Equal("ارتفاع أسعار النفط", item.Title);
        Assert.Equal("ارتفعت الأسعار اليوم.", item.Content);
    }

    [Fact]
    public void External_entity_feed_is_refused_and_the_file_is_never_read()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"mizan-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET-CONTENT-42");
        try
        {
            var result = Read($"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "{new Uri(secret).AbsoluteUri}">]>
                <rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
                """);

            Assert.NotNull(result.Error);
            Assert.Contains(Source, result.Error, StringComparison.Ordinal);
            Assert.Contains("DTD", result.Error, StringComparison.Ordinal);
            Assert.Empty(result.Items);
            Assert.Null(result.FeedTitle);
            Assert.DoesNotContain("SECRET-CONTENT-42", result.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Billion_laughs_feed_is_refused()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        var result = Read($"<?xml version=\"1.0\"?><!DOCTYPE rss [{entities}]><rss><channel><title>&lol9;</title></channel></rss>");

        Assert.NotNull(result.Error);
        Assert.Contains("declares a DTD", result.Error, StringComparison.Ordinal);
        Assert.Null(result.FeedTitle);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Truncated_feed_reports_where_and_keeps_the_completed_items()
    {
        var cut = ArabicRss.IndexOf("<pubDate>", ArabicRss.IndexOf("news/2", StringComparison.Ordinal), StringComparison.Ordinal);
        var result = Read(ArabicRss[..cut]);

        Assert.NotNull(result.Error);
        Assert.StartsWith(Source + ": malformed XML at line ", result.Error, StringComparison.Ordinal);
        Assert.Contains("position", result.Error, StringComparison.Ordinal);
        var item = Assert.Single(result.Items);
        Assert.Equal("https://example.net/news/1", item.Url);
        Assert.Equal("الجزيرة نت - أخبار", result.FeedTitle);
    }

    [Fact]
    public void Feed_cut_after_its_last_item_still_reports_the_cut()
    {
        var cut = ArabicRss.IndexOf("</channel>", StringComparison.Ordinal);
        var result = Read(ArabicRss[..cut]);

        Assert.NotNull(result.Error);
        Assert.Equal(2, result.Items.Count);
    }

    [Fact]
    public void Html_page_is_not_a_feed()
    {
        var result = Read("<html><head><title>x</title></head><body><p>نص</p></body></html>");

        Assert.Equal($"{Source}: not an RSS or Atom feed (root element html)", result.Error);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Feed_root_in_another_namespace_is_not_atom()
    {
        var result = Read("<feed xmlns=\"http://purl.org/atom/ns#\"><entry><title>x</title></entry></feed>");

        Assert.Equal($"{Source}: not an RSS or Atom feed (root element feed in namespace http://purl.org/atom/ns#)", result.Error);
    }

    [Fact]
    public void Empty_stream_is_an_error()
    {
        var result = Read([]);

        Assert.Equal($"{Source}: not an RSS or Atom feed (the stream is empty or blank)", result.Error);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Binary_garbage_is_an_error()
    {
        var random = new Random(1256);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[0] = 0x00;

        var result = Read(bytes);

        Assert.NotNull(result.Error);
        Assert.StartsWith(Source + ": ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_an_error()
    {
        var bytes = Encoding.UTF8.GetBytes("<rss><channel><item><title>ok</title></item><item><title>X</title></item></channel></rss>");
        bytes[Array.LastIndexOf(bytes, (byte)'X')] = 0xFF;

        var result = Read(bytes);

        Assert.NotNull(result.Error);
        Assert.Equal("ok", Assert.Single(result.Items).Title);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentNullException>(() => FeedReader.Read(null!, Source));
        Assert.Throws<ArgumentNullException>(() => FeedReader.Read(stream, null!));
    }

    [Theory]
    [InlineData("Thu, 09 Dec 2021 14:30:00 +0300", "2021-12-09T14:30:00+03:00")]
    [InlineData("9 Dec 2021 07:05 GMT", "2021-12-09T07:05:00+00:00")]
    [InlineData("Sat,11 Dec 21 23:59:59 EST", "2021-12-11T23:59:59-05:00")]
    [InlineData("Mon, 06 Sept 2021 10:00:00 +03:00", "2021-09-06T10:00:00+03:00")]
    [InlineData("Wed, 01 January 1997 00:00:00 -0000 (UTC)", "1997-01-01T00:00:00+00:00")]
    [InlineData("Tue, 30 Nov 99 12:00:00 PDT", "1999-11-30T12:00:00-07:00")]
    public void Rfc822_dates_become_iso_8601_with_their_offset(string rfc822, string iso)
    {
        Assert.Equal(iso, Rfc822Date.ToIso8601(rfc822));
    }

    [Theory]
    [InlineData("2021-12-09T14:30:00+03:00")]
    [InlineData("Thu, 31 Feb 2021 14:30:00 +0300")]
    [InlineData("Thu, 09 Dec 2021 24:30:00 +0300")]
    [InlineData("Thu, 09 Dec 2021 14:30:00")]
    [InlineData("Thu, 09 Dec 2021 14:30:00 A")]
    [InlineData("Thu, 09 Dec 2021 14:30:00 +1500")]
    [InlineData("Thu, 09 Foo 2021 14:30:00 +0300")]
    [InlineData("")]
    public void Other_dates_are_not_rfc822(string value)
    {
        Assert.Null(Rfc822Date.ToIso8601(value));
    }
}
