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
