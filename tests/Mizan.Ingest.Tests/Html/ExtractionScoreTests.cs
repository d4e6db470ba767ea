using System.IO.Compression;
using System.Text.Json;
using Mizan.Ingest.Html;
using Mizan.Ingest.Tests.Cleaning;
using Mizan.Testing;

namespace Mizan.Ingest.Tests.Html;

/// <summary>The benchmark's shingle measure, and the extractor's figure on the benchmark pages.</summary>
public sealed class ExtractionScoreTests
{
    [Fact]
    public void Identical_texts_score_one_and_disjoint_texts_zero()
    {
        const string text = "one two three four five six";
        Assert.Equal(1, ExtractionScore.Compare(text, "one, two; three four\nfive six").Precision);
        var disjoint = ExtractionScore.Compare(text, "seven eight nine ten eleven");
        Assert.Equal(0, disjoint.Precision);
        Assert.Equal(0, disjoint.Recall);
    }

    [Fact]
    public void Extra_text_lowers_precision_and_missing_text_lowers_recall()
    {
        const string truth = "a b c d e f g h";
        var extra = ExtractionScore.Compare(truth, truth + " x y z w");
        Assert.Equal(1, extra.Recall);
        Assert.True(extra.Precision < 1);
        var missing = ExtractionScore.Compare(truth, "a b c d e");
        Assert.Equal(1, missing.Precision);
        Assert.Equal(2.0 / 5, missing.Recall, 6);
    }

    [Fact]
    public void Tokens_are_runs_of_letters_digits_and_underscores_in_any_script()
    {
        Assert.Equal(["قال", "الوزير", "2500", "snake_case", "it", "s"], ExtractionScore.Tokens("قال الوزير: 2500 snake_case it's"));
    }

    [Fact]
    public void Figures_average_pages_and_skip_pages_without_prediction_for_precision()
    {
        var figures = ExtractionScore.Summarize([new ShingleCounts(1, 0, 0), new ShingleCounts(0, 0, 1)]);
        Assert.Equal(1, figures.Precision);
        Assert.Equal(0.5, figures.Recall);
        Assert.Equal(2 * 0.5 / 1.5, figures.F1, 6);
    }

    [SharedDataFact]
    public void The_extractor_reaches_F1_of_at_least_0_92_on_the_benchmark_pages()
    {
        var folder = SeedAndDataFiles.SharedPath("data", "html-extraction");
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<ShingleCounts>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            using var gzip = new GZipStream(File.OpenRead(Path.Combine(folder, "html", page.Name + ".html.gz")), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            var body = HtmlArticleReader.ReadMainText(reader.ReadToEnd()).Body;
            pages.Add(ExtractionScore.Compare(page.Value.GetProperty("articleBody").GetString() ?? string.Empty, body));
        }

        var figures = ExtractionScore.Summarize(pages);
        Assert.Equal(181, figures.Pages);
        Assert.True(figures.F1 >= 0.92, $"F1 {figures.F1:N3} (precision {figures.Precision:N3}, recall {figures.Recall:N3})");
    }
}
