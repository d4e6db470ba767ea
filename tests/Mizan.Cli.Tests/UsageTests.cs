namespace Mizan.Cli.Tests;

/// <summary>Command-line errors give exit code 2 and a message on standard error, never a stack trace.</summary>
public sealed class UsageTests
{
    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "bench", "text", "--no-such-option");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no-such-option", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_verb_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "weigh");
        Assert.Equal(2, exit);
        Assert.Contains("weigh", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_verbs()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("analyze", output, StringComparison.Ordinal);
        Assert.Contains("bench", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_text_names_a_missing_corpus()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "bench", "text", "--corpus", "/nonexistent/corpus");
        Assert.Equal(3, exit);
        Assert.Contains("/nonexistent/corpus", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--json", "brief", "samples-that-are-not-read", "--jsn")]
    [InlineData("--limit", "search", "الاعرجي", "--limt", "3")]
    [InlineData("--db", "ingest", "samples-that-are-not-read", "--dbb", "x.db")]
    public void A_mistyped_option_is_a_usage_error_naming_the_option_meant(string meant, params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, args);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"did you mean {meant}?", error, StringComparison.Ordinal);
        Assert.False(File.Exists("x.db"));
    }

    [Fact]
    public void A_word_far_from_every_option_is_named_without_a_guess()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "search", "الاعرجي", "--completely-else");
        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--completely-else'.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_double_dash_a_word_like_an_option_is_input()
    {
        Assert.Null(MizanCli.UnknownOption(MizanCli.Build(CliConsole.System).Parse(["search", "--", "--x"])));
        Assert.Null(MizanCli.UnknownOption(MizanCli.Build(CliConsole.System).Parse(["search", "-5"])));
    }

    [Theory]
    [InlineData("search", "الاعرجي")]
    [InlineData("export", "--what", "articles")]
    public void A_verb_that_only_reads_refuses_a_store_that_is_not_there_and_creates_none(params string[] args)
    {
        var missing = Path.Combine(Path.GetTempPath(), $"mizan-missing-{Guid.NewGuid():N}.db");
        var (exit, output, error) = CliRunner.Run(string.Empty, [.. args, "--db", missing]);
        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"no store at {missing}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("analyze")]
    [InlineData("brief")]
    public void An_empty_folder_is_said_the_same_way_by_every_verb_and_creates_no_store(string verb)
    {
        var empty = Directory.CreateTempSubdirectory("mizan-empty-").FullName;
        var store = Path.Combine(Path.GetTempPath(), $"mizan-empty-{Guid.NewGuid():N}.db");
        try
        {
            string[] args = verb == "analyze" ? [verb, empty] : [verb, empty, "--db", store];
            var (exit, _, error) = CliRunner.Run(string.Empty, args);
            Assert.Equal(1, exit);
            Assert.Contains($"mizan {verb}: no articles found in {empty}.", error, StringComparison.Ordinal);
            Assert.False(File.Exists(store));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Briefing_a_store_that_is_not_there_names_it_and_creates_none()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"mizan-missing-{Guid.NewGuid():N}.db");
        var (exit, _, error) = CliRunner.Run(string.Empty, "brief", "--db", missing);
        Assert.Equal(3, exit);
        Assert.Contains($"no store at {missing}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Version_names_the_program_and_the_analysis_version()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "--version");
        Assert.Equal(0, exit);
        Assert.StartsWith("mizan ", output, StringComparison.Ordinal);
        Assert.Contains($"analysis {Mizan.Analysis.TextAnalyzer.ModelVersion}", output, StringComparison.Ordinal);
    }
}
