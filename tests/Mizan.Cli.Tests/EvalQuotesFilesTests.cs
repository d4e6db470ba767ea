namespace Mizan.Cli.Tests;

/// <summary>
/// <c>mizan eval quotes --draw N --files</c>: a judged sample drawn from a folder of saved pages rather than SaudiNewsNet days
/// (docs/quotes.md, fifth round), and recounted from that folder with <c>--corpus</c>.
/// </summary>
public sealed class EvalQuotesFilesTests
{
    [Fact]
    public void A_folder_of_pages_is_drawn_from_and_recounted()
    {
        var folder = Directory.CreateTempSubdirectory("mizan-quote-pages-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "p001.txt"), "قال وزير الخارجية المصري سامح شكري إن الأزمة تحتاج تدخلا دوليا لرفع الضغوط عن الاقتصاد.\n");
            File.WriteAllText(Path.Combine(folder, "p001.meta.json"), """{"outlet": "one", "published": null, "url": "https://example.org/1"}""");
            File.WriteAllText(Path.Combine(folder, "p002.txt"), "وأكد وزير الصحة الأردني سعد جابر أن الحالات الجديدة تعود إلى سائقين على الحدود الشمالية.\n");
            File.WriteAllText(Path.Combine(folder, "p002.meta.json"), """{"outlet": "two", "published": "2020-04-12", "url": "https://example.org/2"}""");
            // A tweet's text stands before the line that names its author: its quote comes before its cue.
            File.WriteAllText(Path.Combine(folder, "p003.txt"), "ارتفاع الأسعار في الأسواق قبل العيد.\nالغلاء يحرم سكان دمشق من كسوة العيد وحلوياته هذا العام\n— تلفزيون سوريا (@syr_television) April 13, 2023\n");
            var context = Path.Combine(folder, "context.txt");

            var (exit, output, error) = CliRunner.Run(string.Empty, "eval", "quotes", "--corpus", folder, "--draw", "5", "--files", "--part", "web", "--seed", "3", "--context", context);
            Assert.True(exit == 0, error);
            var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(l => l.Split('\t')).ToList();
            Assert.Equal(["p001.txt", "p002.txt", "p003.txt"], rows.Select(r => r[1]).Order(StringComparer.Ordinal));
            var contexts = File.ReadAllText(context);
            Assert.Contains("⟪الغلاء يحرم سكان دمشق", contexts, StringComparison.Ordinal);
            Assert.True(contexts.IndexOf("⟪الغلاء", StringComparison.Ordinal) < contexts.IndexOf("⟦@syr_television", StringComparison.Ordinal), contexts);
            rows = rows.Where(r => r[1] != "p003.txt").ToList();

            // The rows judged: the first speaker right, the second named wrongly on purpose.
            var gold = Path.Combine(folder, "gold.tsv");
            File.WriteAllLines(gold, [
                "part\tarticle\tanchor\tcue\tspeech\tgold",
                .. rows.Select(r => string.Join('\t', r[0], r[1], r[2], r[3], "yes", r[1] == "p001.txt" ? "سامح شكري" : "بشر الخصاونة")),
            ]);
            (exit, output, error) = CliRunner.Run(string.Empty, "eval", "quotes", "--gold", gold, "--corpus", folder);
            Assert.True(exit == 0, error);
            var line = output.Split('\n').Single(l => l.StartsWith("| web |", StringComparison.Ordinal));
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            Assert.Equal(("1", "1"), (cells[5], cells[6]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Days_and_files_together_are_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run(string.Empty, "eval", "quotes", "--draw", "3", "--files", "--days", "2015-07-25", "--corpus", Path.GetTempPath());
        Assert.Equal(2, exit);
        Assert.Contains("--draw needs either --days or --files", error, StringComparison.Ordinal);
    }
}
