using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Storage;
using Mizan.Storage.Sqlite;

namespace Mizan.Export.Tests;

/// <summary>Exports are well-formed for the tools analysts use, safe to open in a spreadsheet, and stream from the store.</summary>
public sealed class ExportTests : IDisposable
{
    private const string Wire = "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي انتهاء المهمة القتالية لقوات التحالف الدولي، وقال إن 2500 جندي أمريكي سيبقون في العراق للتدريب والاستشارة.";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-export-" + Guid.NewGuid().ToString("N"));

    public ExportTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Csv_quotes_what_needs_quoting_and_defuses_formulas()
    {
        using var output = new StringWriter();
        var writer = new CsvWriter(output);
        writer.Write(new Row().Add("a", "=HYPERLINK(\"http://x\")").Add("b", "سطر\nثان, مع \"اقتباس\"").Add("c", 2.5).Add("d", null));
        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal("a,b,c,d", lines[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\",\"سطر", lines[1]);
        Assert.Equal("ثان, مع \"\"اقتباس\"\"\",2.5,", lines[2]);
    }

    [Fact]
    public void Json_lines_keep_arabic_readable_and_parse_back()
    {
        using var output = new StringWriter();
        new JsonLinesWriter(output).Write(new Row().Add("text", "الأعرجي <b>").Add("ids", new List<string> { "a", "b" }));
        var line = output.ToString().Trim();
        Assert.Contains("الأعرجي", line, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", line, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(line);
        Assert.Equal("الأعرجي <b>", document.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Articles_quotes_stories_and_claims_come_out_of_the_store()
    {
        using var store = TwoReports();
        Assert.Equal(2, Rows(store, ExportKind.Articles).Count);
        var stories = Rows(store, ExportKind.Stories);
        Assert.Equal(stories[0].GetProperty("storyId").GetString(), stories[1].GetProperty("storyId").GetString());
        Assert.Contains(Rows(store, ExportKind.Mentions), m => m.GetProperty("text").GetString() == "قاسم الأعرجي");
        var claims = Rows(store, ExportKind.Claims);
        Assert.Contains(claims, c => c.GetProperty("status").GetString() == "conflict" && c.GetProperty("value").GetString() == "3000");
    }

    [Fact]
    public void Stories_and_claims_are_the_ones_the_brief_stored()
    {
        using var store = TwoReports();
        StoreBriefs.Rebuild(store);
        var brief = StoreBriefs.Current(store)!.Document(withArticles: false);
        var stories = Rows(store, ExportKind.Stories);
        Assert.Equal(
            brief.Stories.SelectMany(s => s.ArticleIds.Select(id => (s.Id, id))).Order(),
            stories.Select(r => (r.GetProperty("storyId").GetString()!, r.GetProperty("articleId").GetString()!)).Order());
        var claims = Rows(store, ExportKind.Claims);
        Assert.Equal(brief.Stories.Sum(s => s.Claims.Sum(c => c.Values.Count)), claims.Count);

        // A stored grouping is read back as it is, not regrouped: move article b into a story of its own.
        var split = brief.Stories.SelectMany(s => s.ArticleIds.Select((id, i) => StoreBriefs.ToStored(s with { Id = s.Id + "-" + id, ArticleIds = [id] }))).ToList();
        store.SaveGrouping(new GroupingChange(true, null, split, [], [], null));
        Assert.Equal(2, Rows(store, ExportKind.Stories).Select(r => r.GetProperty("storyId").GetString()).Distinct().Count());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A store holding two outlets' reports of one announcement that differ in one figure.</summary>
    private SqliteArticleStore TwoReports()
    {
        var store = SqliteArticleStore.Open(Path.Combine(folder, "mizan.db"));
        store.Add(
        [
            Article("a", Wire, "Arabi21", "2021-12-09"),
            Article("b", Wire.Replace("2500", "3000", StringComparison.Ordinal), "Al Bayan", "2021-12-09"),
        ], _ => []);
        return store;
    }

    private static List<JsonElement> Rows(IArticleStore store, ExportKind kind)
    {
        using var output = new StringWriter();
        Exporter.Export(store, kind, new JsonLinesWriter(output));
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static StoredArticle Article(string id, string text, string outlet, string published) =>
        new(id, "hash-" + id, null, outlet, null, published, false, id + ".txt", "text", "utf-8", text, text, [], null, null, null);
}
