using Mizan.Ingest.Html;

namespace Mizan.Ingest.Tests.Html;

/// <summary>Metadata read from meta tags, JSON-LD, &lt;time&gt;, &lt;link rel=canonical&gt; and &lt;html lang&gt;.</summary>
public sealed class HtmlMetadataTests
{
    private static HtmlArticle Read(string head, string body = "<p>نص قصير.</p>", string htmlAttributes = "lang=\"ar\"", string? url = null) =>
        HtmlArticleReader.Read($"<!DOCTYPE html><html {htmlAttributes}><head>{head}</head><body>{body}</body></html>", url);

    [Fact]
    public void Title_comes_from_og_title_without_the_site_suffix()
    {
        var article = Read("<title>عنوان آخر</title><meta property=\"og:title\" content=\"العراق يعلن انتهاء المهمة القتالية | الجزيرة نت\"><meta property=\"og:site_name\" content=\"الجزيرة نت\">");
        Assert.Equal("العراق يعلن انتهاء المهمة القتالية", article.Title);
    }

    [Theory]
    [InlineData("Coalition ends combat mission in Iraq - World News", "Coalition ends combat mission in Iraq")]
    [InlineData("Coalition ends combat mission in Iraq | BBC", "Coalition ends combat mission in Iraq")]
    [InlineData("Iraq - Syria border reopens", "Iraq - Syria border reopens")]
    public void Title_element_loses_a_short_site_name_suffix_only(string title, string expected)
    {
        Assert.Equal(expected, Read($"<title>{title}</title>").Title);
    }

    [Fact]
    public void Published_time_prefers_article_published_time()
    {
        var article = Read("<meta property=\"article:published_time\" content=\"2021-12-09T14:30:00+03:00\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-01\"}</script>");
        Assert.Equal("2021-12-09T14:30:00+03:00", article.Published);
    }

    [Fact]
    public void Published_and_outlet_come_from_json_ld_in_arrays_and_graphs()
    {
        const string jsonLd = """
            <script type="application/ld+json">{ broken, </script>
            <script type="application/ld+json">[{"@type":"WebSite","name":"x"},{"@context":"https://schema.org","@graph":[
              {"@type":"Organization","name":"عربي21"},
              {"@type":["NewsArticle"],"headline":"h","datePublished":"2021-12-10T08:00:00Z","publisher":[{"@type":"Organization","name":"عربي21"}]}]}]</script>
            """;
        var article = Read(jsonLd);
        Assert.Equal("2021-12-10T08:00:00Z", article.Published);
        Assert.Equal("عربي21", article.Outlet);
    }

    [Fact]
    public void Published_falls_back_to_the_time_element()
    {
        Assert.Equal("2021-12-09", Read(string.Empty, "<time datetime=\"2021-12-09\">9 ديسمبر</time><p>نص.</p>").Published);
    }

    [Fact]
    public void Missing_metadata_stays_missing()
    {
        var article = Read(string.Empty, htmlAttributes: string.Empty);
        Assert.Null(article.Title);
        Assert.Null(article.Published);
        Assert.Null(article.Outlet);
        Assert.Null(article.Url);
        Assert.Null(article.Language);
    }

    [Fact]
    public void Outlet_comes_from_og_site_name()
    {
        Assert.Equal("الخليج", Read("<meta property=\"og:site_name\" content=\"الخليج\">").Outlet);
    }

    [Fact]
    public void Url_comes_from_canonical_then_og_url_then_the_given_url()
    {
        Assert.Equal("https://news.example/a", Read("<link rel=\"canonical\" href=\"https://news.example/a\"><meta property=\"og:url\" content=\"https://news.example/b\">").Url);
        Assert.Equal("https://news.example/b", Read("<meta property=\"og:url\" content=\"https://news.example/b\">").Url);
        Assert.Equal("https://news.example/c/d", Read("<link rel=\"canonical\" href=\"/c/d\">", url: "https://news.example/x").Url);
        Assert.Equal("https://given.example/", Read(string.Empty, url: "https://given.example/").Url);
    }

    [Fact]
    public void Language_comes_from_the_html_element()
    {
        Assert.Equal("ar", Read(string.Empty).Language);
        Assert.Equal("en-GB", Read(string.Empty, htmlAttributes: "lang=\"en-GB\"").Language);
    }

    [Fact]
    public void The_class_hint_file_states_its_provenance()
    {
        var header = new Mizan.Text.LanguageDataFiles(typeof(HtmlArticleReader).Assembly, "Mizan.Ingest.Data.").Header("html-class-hints.txt");
        Assert.Contains(header, l => l.StartsWith("source:", StringComparison.Ordinal));
        Assert.Contains(header, l => l.StartsWith("licence:", StringComparison.Ordinal));
        Assert.Contains(header, l => l.StartsWith("normalized:", StringComparison.Ordinal));
    }
}
