using Mizan.Ingest.Encodings;
using Mizan.Ingest.Sources;

namespace Mizan.Ingest.Tests.Encodings;

/// <summary>
/// Pages in twenty-one encodings (Encodings/pages, listed in pages.tsv), declared or not: each is read in the encoding it
/// was written in, as the text it holds; none is refused.
/// </summary>
public sealed class EncodedPagesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Encodings", "pages");

    public static TheoryData<string, string, string, string> Pages()
    {
        var pages = new TheoryData<string, string, string, string>();
        foreach (var row in Rows("pages.tsv").Skip(1))
        {
            pages.Add(row[0], row[1], row[2], row[3]);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_is_read_as_the_text_it_holds(string file, string language, string declared, string reading)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        Assert.Equal(declared == "-" ? null : declared, ArticleSources.MetaCharset(bytes));
        var decoded = TextDecoder.Decode(bytes, ArticleSources.MetaCharset(bytes));
        Assert.Null(decoded.Error);
        Assert.Equal(reading, decoded.Encoding);
        var paragraph = Rows("paragraphs.tsv").Single(r => r[0] == language)[1];
        if (file.Contains("broken", StringComparison.Ordinal))
        {
            Assert.Contains('\uFFFD', decoded.Text!);
            Assert.Contains("5 bad byte(s)", decoded.Warning, StringComparison.Ordinal);
            Assert.Contains("first at offset 119", decoded.Warning, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(2, decoded.Text!.Split(paragraph).Length - 1);
            Assert.Equal(declared == "-" && reading != "utf-8" && language != "ar", decoded.Warning is not null);
        }
    }

    [Fact]
    public void The_set_spans_twenty_pages_and_ten_encodings()
    {
        var rows = Rows("pages.tsv").Skip(1).ToList();
        Assert.True(rows.Count >= 20);
        Assert.True(rows.Select(r => r[3]).Distinct().Count() >= 10);
    }

    [Fact]
    public void A_page_of_broken_bytes_names_them_when_ingested()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "ar-utf-8-broken-bytes.html"));
        var item = ArticleSources.Html("broken.html", bytes, null, null);
        Assert.NotNull(item.Article);
        Assert.StartsWith("broken.html: is not valid UTF-8: 5 bad byte(s)", item.Article.Warning, StringComparison.Ordinal);
    }

    private static IEnumerable<string[]> Rows(string name) =>
        File.ReadLines(Path.Combine(Folder, name)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}
