using System.Globalization;
using Mizan.Testing;

namespace Mizan.Cli.Tests;

/// <summary><c>mizan eval stories --gold</c> on the development set: the text comes from ../shared, the labels from docs/.</summary>
public sealed class EvalStoriesGoldTests
{
    private static string Gold => Path.Combine(Repository.Root, "docs", "stories-dev.tsv");

    private static string Corpus => Path.Combine(Repository.Shared ?? string.Empty, "data", "saudinewsnet", "dataset");

    [SharedDataFact]
    public void The_development_set_is_scored_for_both_halves_with_and_without_dates()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "eval", "stories", "--gold", Gold, "--corpus", Corpus, "--no-baseline");
        Assert.True(exit == 0, error);
        var rows = output.Split('\n').Where(l => l.StartsWith("| A |", StringComparison.Ordinal) || l.StartsWith("| B |", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.InRange(EventF1(r), 0.2, 1.0));

        // The tuned half with dates as given: the figure docs/stories.md reports (0.673), guarded against regressions.
        Assert.True(EventF1(rows.Single(r => r.StartsWith("| A |", StringComparison.Ordinal) && r.Contains("dates as given", StringComparison.Ordinal))) >= 0.65, output);
    }

    [Fact]
    public void A_missing_corpus_is_named()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "stories", "--gold", Gold, "--corpus", "/nonexistent/corpus");
        Assert.Equal(3, exit);
        Assert.Contains("corpus folder '/nonexistent/corpus' not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_gold_line_is_named()
    {
        var bad = Path.Combine(Path.GetTempPath(), "mizan-gold-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(bad, "A\tx.zip\tnot-a-number\te\tl\tevent\n");
        try
        {
            var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "stories", "--gold", bad, "--corpus", Path.GetTempPath());
            Assert.Equal(3, exit);
            Assert.Contains($"{bad}:1: the index 'not-a-number' is not a position", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    private static double EventF1(string row) => double.Parse(row.Split('|', StringSplitOptions.TrimEntries)[7], CultureInfo.InvariantCulture);
}
