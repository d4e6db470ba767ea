using System.Globalization;
using Mizan.Testing;

namespace Mizan.Cli.Tests;

/// <summary><c>mizan eval dates</c>: the date mentions judged by reading (docs/dates-judged.tsv), recounted from ../shared.</summary>
public sealed class EvalDatesTests
{
    private static string Judged => Path.Combine(Repository.Root, "docs", "dates-judged.tsv");

    private static string Corpus => Path.Combine(Repository.Shared ?? string.Empty, "data", "saudinewsnet", "dataset");

    [SharedDataFact]
    public void The_judged_sample_is_recounted_part_by_part()
    {
        var (exit, output, error) = CliRunner.Run(string.Empty, "eval", "dates", "--gold", Judged, "--corpus", Corpus);
        Assert.True(exit == 0, error);
        var rows = output.Split('\n').Where(l => l.StartsWith("| tune", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("60", Cell(r, 2)));

        // The last sample, read once as held out (54 of 60), then tuned on (57), as docs/figures.md reports it; guarded
        // against regressions.
        var last = rows.Single(r => r.StartsWith("| tune4 |", StringComparison.Ordinal));
        Assert.True(int.Parse(Cell(last, 3), CultureInfo.InvariantCulture) >= 57, output);

        // The two fresh samples of the thirty-fourth session, read once as held out (51 and 50 of 60), then tuned on (54
        // and 53), as docs/figures.md reports them.
        foreach (var (part, floor) in new[] { ("held-out9", 54), ("held-out10", 53) })
        {
            var row = output.Split('\n').Single(l => l.StartsWith($"| {part} |", StringComparison.Ordinal));
            Assert.True(int.Parse(Cell(row, 3), CultureInfo.InvariantCulture) >= floor, output);
        }
    }

    [Fact]
    public void A_bad_judged_line_is_named()
    {
        var bad = Path.Combine(Path.GetTempPath(), "mizan-dates-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(bad, "held-out\tx.zip!x.json#1\tnot-a-number\tاليوم\t2015-07-25 day\t2015-07-25 day\n");
        try
        {
            var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "dates", "--gold", bad, "--corpus", Path.GetTempPath());
            Assert.Equal(3, exit);
            Assert.Contains($"{bad}:1: expected part, article, start (a number), text, read and gold (not empty), tab-separated.", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void A_draw_without_days_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "dates", "--draw", "10", "--corpus", Path.GetTempPath());
        Assert.Equal(2, exit);
        Assert.Contains("--draw needs either --days or --files", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_draw_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "dates", "--draw", "-3", "--days", "2015-07-25");
        Assert.Equal(2, exit);
        Assert.Contains("--draw", error, StringComparison.Ordinal);
    }

    private static string Cell(string row, int index) => row.Split('|', StringSplitOptions.TrimEntries)[index];
}
