using System.Text.Json;
using Mizan.Testing;

namespace Mizan.Cli.Tests;

/// <summary>`mizan ingest` stores a collection, says what it did, and skips bad input with a reason and exit code 1.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-cli-" + Guid.NewGuid().ToString("N"));

    public IngestCommandTests() => Directory.CreateDirectory(folder);

    private string Database => Path.Combine(folder, "mizan.db");

    [Fact]
    public void The_samples_are_stored_and_a_second_run_finds_them_all_stored()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "ingest", Repository.Samples, "--db", Database, "--json");
        Assert.Equal(0, exit);
        Assert.Contains("read 5, new 5, duplicate 0", error, StringComparison.Ordinal);
        using (var report = JsonDocument.Parse(output))
        {
            Assert.Equal(5, report.RootElement.GetProperty("store").GetProperty("articles").GetInt64());
        }

        var again = CliRunner.Run(string.Empty, "ingest", Repository.Samples, "--db", Database);
        Assert.Equal(0, again.Exit);
        Assert.Contains("read 5, new 0, duplicate 5", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_is_named_and_the_exit_code_says_something_was_skipped()
    {
        var bad = Path.Combine(folder, "bad.json");
        File.WriteAllText(bad, "{ not json");
        var (exit, _, error) = CliRunner.Run(string.Empty, "ingest", bad, CliRunner.Sample("003"), "--db", Database);
        Assert.Equal(1, exit);
        Assert.Contains($"mizan ingest: skipped {bad}: malformed JSON", error, StringComparison.Ordinal);
        Assert.Contains("read 1, new 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_terminal_sees_a_progress_bar_with_articles_per_second_and_a_pipe_does_not()
    {
        var terminal = CliRunner.Run(string.Empty, errorIsTerminal: true, "ingest", Repository.Samples, "--db", Database);
        Assert.Contains("\r[##############################] file 5/5  5 articles, ", terminal.Error, StringComparison.Ordinal);
        Assert.Contains("/s, 0 near-duplicates", terminal.Error, StringComparison.Ordinal);
        var pipe = CliRunner.Run(string.Empty, "ingest", Repository.Samples, "--db", Database);
        Assert.DoesNotContain("\r", pipe.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_by_story_groups_hits_by_the_stories_the_brief_stored()
    {
        Assert.Equal(0, CliRunner.Run(string.Empty, "ingest", Repository.Samples, "--db", Database).Exit);
        var brief = CliRunner.Run(string.Empty, "brief", "--db", Database, "--json");
        Assert.Equal(0, brief.Exit);
        using var document = JsonDocument.Parse(brief.Out);
        var storyOf = document.RootElement.GetProperty("stories").EnumerateArray()
            .SelectMany(s => s.GetProperty("articleIds").EnumerateArray().Select(id => (Id: id.GetString()!, Story: s.GetProperty("id").GetString()!)))
            .ToDictionary(x => x.Id, x => x.Story);

        var search = CliRunner.Run(string.Empty, "search", "التحالف", "--db", Database, "--by-story", "--json");
        Assert.Equal(0, search.Exit);
        using var hits = JsonDocument.Parse(search.Out);
        var groups = hits.RootElement.GetProperty("stories").EnumerateArray()
            .Select(g => g.GetProperty("articleIds").EnumerateArray().Select(id => storyOf[id.GetString()!]).Distinct().ToList())
            .ToList();
        Assert.True(groups.Count >= 2, search.Out);
        Assert.All(groups, g => Assert.Single(g));
        Assert.Equal(groups.Count, groups.Select(g => g[0]).Distinct().Count());
    }

    [Fact]
    public void Stored_articles_are_analysed_once_per_model_version_and_briefed_into_stored_stories()
    {
        var ingest = CliRunner.Run(string.Empty, "ingest", Repository.Samples, "--db", Database, "--no-group");
        Assert.Equal(0, ingest.Exit);
        Assert.DoesNotContain("grouped", ingest.Error, StringComparison.Ordinal);
        var first = CliRunner.Run(string.Empty, "analyze", "--db", Database);
        Assert.Equal(0, first.Exit);
        Assert.Contains("analysed and stored 5 article(s)", first.Error, StringComparison.Ordinal);
        Assert.Contains("analysed and stored 0 article(s)", CliRunner.Run(string.Empty, "analyze", "--db", Database).Error, StringComparison.Ordinal);

        // The brief reads the stored analyses back: it groups the five articles and analyses none.
        var brief = CliRunner.Run(string.Empty, "brief", "--db", Database, "--json");
        Assert.Equal(0, brief.Exit);
        Assert.Contains("(0 analysed, 5 grouped); 2 stories briefed", brief.Error, StringComparison.Ordinal);
        using var store = Mizan.Storage.StoreLocation.Open(Database);
        var stories = store.Stories();
        Assert.Equal(2, stories.Count);
        Assert.Equal(4, stories[0].ArticleIds.Count);
        Assert.Single(store.Storylines());
        using var stored = JsonDocument.Parse(stories[0].BriefJson!);
        Assert.Equal(stories[0].Id, stored.RootElement.GetProperty("id").GetString());
        var analysis = store.FindAnalysis(stories[0].ArticleIds[0], Mizan.Analysis.TextAnalyzer.ModelVersion);
        // Stored without its tokens, which are made again from the text on reading.
        using var parsed = JsonDocument.Parse(analysis!.Json);
        Assert.Equal(0, parsed.RootElement.GetProperty("tokens").GetArrayLength());
        Assert.True(Mizan.Analysis.AnalysisDocument.Read(analysis.Json).ToAnalysis().Tokens.Count > 100);
    }

    [Fact]
    public void Brief_of_files_ingests_them_into_the_store_once_and_briefs_exactly_them()
    {
        var first = CliRunner.Run(string.Empty, "brief", Repository.Samples, "--db", Database, "--json");
        Assert.Equal(0, first.Exit);
        Assert.Contains("5 new and 0 already stored", first.Error, StringComparison.Ordinal);
        var again = CliRunner.Run(string.Empty, "brief", CliRunner.Sample("003"), "--db", Database, "--json");
        Assert.Contains("0 new and 1 already stored", again.Error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(again.Out);
        Assert.Equal(1, document.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void A_second_brief_of_an_unchanged_store_analyses_and_groups_nothing_and_a_new_article_redoes_it()
    {
        // Ingest groups on arrival: the articles are analysed, grouped and their stories briefed and stored.
        var ingest = CliRunner.Run(string.Empty, "ingest", Repository.Samples, "--db", Database);
        Assert.Equal(0, ingest.Exit);
        Assert.Contains("grouped 5 new articles (5 analysed, 0 analyses reused) from scratch: 2 new stories, 2 stories briefed", ingest.Error, StringComparison.Ordinal);
        var first = CliRunner.Run(string.Empty, "brief", "--db", Database);
        Assert.Equal(0, first.Exit);
        Assert.Contains("(0 analysed, 0 grouped): the stored briefs are current", first.Error, StringComparison.Ordinal);

        var second = CliRunner.Run(string.Empty, "brief", "--db", Database);
        Assert.Equal(0, second.Exit);
        Assert.Contains("mizan brief: 5 articles, 2 stories, 1 storylines (0 analysed, 0 grouped): the stored briefs are current", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Out, second.Out);

        var json = CliRunner.Run(string.Empty, "brief", "--db", Database, "--json");
        var againJson = CliRunner.Run(string.Empty, "brief", "--db", Database, "--json");
        Assert.Contains("(0 analysed, 0 grouped)", againJson.Error, StringComparison.Ordinal);
        Assert.Equal(json.Out, againJson.Out);
        using (var document = JsonDocument.Parse(json.Out))
        {
            Assert.Equal(5, document.RootElement.GetProperty("articles").GetArrayLength());
        }

        // A rebuild groups everything again from the stored analyses.
        var forced = CliRunner.Run(string.Empty, "brief", "--db", Database, "--rebuild");
        Assert.Contains("(0 analysed, 5 grouped); 2 stories briefed, grouped from scratch", forced.Error, StringComparison.Ordinal);
        Assert.Equal(first.Out, forced.Out);

        // A new article stored without grouping: the next brief analyses and groups it alone, and briefs its story alone.
        var extra = Path.Combine(folder, "extra.txt");
        File.WriteAllText(extra, "خبر جديد\n\nأعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة يضم مئتي سرير وقسما للطوارئ.");
        Assert.Equal(0, CliRunner.Run(string.Empty, "ingest", extra, "--db", Database, "--no-group").Exit);
        var third = CliRunner.Run(string.Empty, "brief", "--db", Database);
        Assert.Contains("mizan brief: 6 articles, 3 stories, 2 storylines (1 analysed, 1 grouped); 1 stories briefed.", third.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_without_a_store_touches_no_database()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "brief", CliRunner.Sample("003"), "--no-store", "--db", Database, "--json");
        Assert.Equal(0, exit);
        Assert.Contains("\"articles\"", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void A_file_that_is_not_a_store_fails_with_its_name()
    {
        var notStore = Path.Combine(folder, "text.db");
        File.WriteAllText(notStore, "plain text, not a SQLite database, but long enough to have a header.");
        var (exit, _, error) = CliRunner.Run(string.Empty, "ingest", CliRunner.Sample("003"), "--db", notStore);
        Assert.Equal(3, exit);
        Assert.Contains(notStore, error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
