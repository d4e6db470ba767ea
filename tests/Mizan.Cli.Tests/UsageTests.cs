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
}
