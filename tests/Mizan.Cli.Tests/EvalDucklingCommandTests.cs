namespace Mizan.Cli.Tests;

/// <summary><c>mizan eval duckling</c> on small corpora of its own: the numbered list, each corpus scored, the news labels, bad labels.</summary>
public sealed class EvalDucklingCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mizan-duckling-").FullName;

    public EvalDucklingCommandTests()
    {
        var time = Path.Combine(folder, "Duckling", "Time", "AR");
        var numeral = Path.Combine(folder, "Duckling", "Numeral", "AR");
        var egyptian = Path.Combine(numeral, "EG");
        var ordinal = Path.Combine(folder, "Duckling", "Ordinal", "AR");
        var money = Path.Combine(folder, "Duckling", "AmountOfMoney", "AR");
        foreach (var dir in new[] { time, egyptian, ordinal, money })
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(Path.Combine(numeral, "Corpus.hs"), "allExamples = concat\n  [ examples (NumeralValue 3)\n    [ \"ثلاثة\" ]\n  ]\n");
        File.WriteAllText(Path.Combine(egyptian, "Corpus.hs"), "allExamples = concat\n  [ examples (NumeralValue 16)\n    [ \"ستاشر\" ]\n  ]\n");
        File.WriteAllText(Path.Combine(ordinal, "Corpus.hs"), "allExamples = concat\n  [ examples (OrdinalData 21)\n    [ \"الحادي والعشرون\" ]\n  ]\n");
        File.WriteAllText(Path.Combine(money, "Corpus.hs"), "allExamples = concat\n  [ examples (simple KWD 42)\n    [ \"42 دينار كويتي\", \"42 دينار\" ]\n  ]\n");
        File.WriteAllText(Path.Combine(time, "Corpus.hs"), "allExamples = concat\n  [ examples (datetime (2013, 2, 14, 0, 0, 0) Day)\n    [ \"الخميس\" ]\n  , examples (datetime (2013, 2, 11, 0, 0, 0) Day)\n    [ \"امس\" ]\n  ]\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Labels(string text)
    {
        var path = Path.Combine(folder, "news.tsv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_list_numbers_the_time_examples_and_the_news_labels_score_the_news_reading()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "eval", "duckling", "--corpus", folder, "--list");
        Assert.Equal(0, exit);
        Assert.Equal(["1\tday\t2013-02-14\tالخميس", "2\tday\t2013-02-11\tامس"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));

        // Thursday read as the last one passes against the news label (the 7th), not against Duckling's 14th.
        (exit, output, _) = CliRunner.Run(string.Empty, "eval", "duckling", "--corpus", folder, "--news", Labels("1\tN2\t2013-02-07\tlast Thursday\n2\tN1\t2013-02-11\tkept\n"));
        Assert.Equal(0, exit);
        Assert.Contains("Numeral AR/EG (Egyptian and Levantine forms): 1 of 1", output, StringComparison.Ordinal);
        Assert.Contains("Ordinal: 1 of 1", output, StringComparison.Ordinal);
        Assert.Contains("AmountOfMoney: 1 of 2", output, StringComparison.Ordinal);
        Assert.Contains("leaning to the past, against Duckling's values: 1 of 2", output, StringComparison.Ordinal);
        Assert.Contains("(1 values not Duckling's): 2 of 2", output, StringComparison.Ordinal);
        Assert.Contains("rule N2: 1 of 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_or_bad_labels_given_by_name_fail_and_say_why()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "duckling", "--corpus", folder, "--news", Path.Combine(folder, "none.tsv"));
        Assert.NotEqual(0, exit);
        Assert.Contains("none.tsv not found", error, StringComparison.Ordinal);

        (exit, _, error) = CliRunner.Run(string.Empty, "eval", "duckling", "--corpus", folder, "--news", Labels("1\tN2\t2013-02-07\n"));
        Assert.NotEqual(0, exit);
        Assert.Contains("example 2 («امس») has no label", error, StringComparison.Ordinal);
    }
}
