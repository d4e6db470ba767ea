using System.CommandLine;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Mizan.Ingest.Html;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval extraction</c>: main-text extraction on the article-extraction-benchmark pages (html/*.html.gz with
/// the expected articleBody in ground-truth.json), scored with that benchmark's shingle precision, recall and F1.
/// Figures are printed for the pages whose id starts with 0-7 (the part the extractor was tuned on), for the rest
/// (held out) and for all pages.
/// </summary>
internal sealed class EvalExtractionCommand : Command
{
    private readonly CliConsole console;
    private readonly Option<string> data = new("--data")
    {
        Description = "The benchmark folder (ground-truth.json and html/*.html.gz).",
        DefaultValueFactory = _ => "../shared/data/html-extraction",
    };

    private readonly Option<int> show = new Option<int>("--show") { Description = "How many of the worst pages of the tuning half (ids 0-7) to list (0: none); the other half is not listed, so it is not read while tuning.", DefaultValueFactory = _ => 10 }.NotNegative();
    private readonly Option<string?> output = new("--output") { Description = "Also write the extracted bodies as the benchmark's prediction JSON to this file." };

    public EvalExtractionCommand(CliConsole console)
        : base("extraction", "Measure main-text extraction from HTML on the article-extraction-benchmark pages.")
    {
        this.console = console;
        Options.Add(data);
        Options.Add(show);
        Options.Add(output);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(data)!;
        var truthPath = Path.Combine(folder, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            console.Error.WriteLine($"mizan eval extraction: '{truthPath}' not found.");
            return ExitCodes.Failed;
        }

        using var truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        var results = new List<(string Id, ShingleCounts Counts)>();
        var predictions = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var missing = 0;
        var clock = Stopwatch.StartNew();
        foreach (var page in truth.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var htmlPath = Path.Combine(folder, "html", page.Name + ".html.gz");
            if (!File.Exists(htmlPath))
            {
                console.Error.WriteLine($"mizan eval extraction: {htmlPath} is missing; page skipped.");
                missing++;
                continue;
            }

            var expected = page.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? string.Empty : string.Empty;
            var extracted = HtmlArticleReader.ReadMainText(ReadGzip(htmlPath)).Body;
            predictions[page.Name] = new Dictionary<string, string>(StringComparer.Ordinal) { ["articleBody"] = extracted };
            results.Add((page.Name, ExtractionScore.Compare(expected, extracted)));
        }

        clock.Stop();
        static bool Tuned(string id) => id[0] is >= '0' and <= '7';
        Print("tuned (ids 0-7)", results.Where(r => Tuned(r.Id)).Select(r => r.Counts).ToList());
        Print("other half (ids 8-f)", results.Where(r => !Tuned(r.Id)).Select(r => r.Counts).ToList());
        Print("all", results.Select(r => r.Counts).ToList());
        console.Out.WriteLine($"{results.Count} pages in {clock.Elapsed.TotalSeconds:N1} s ({results.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):N0} pages/s)");

        var limit = parse.GetValue(show);
        if (limit > 0)
        {
            var tuning = results.Where(r => Tuned(r.Id)).ToList();
            console.Out.WriteLine($"worst {Math.Min(limit, tuning.Count)} pages of the tuning half by F1:");
            foreach (var (id, counts) in tuning.OrderBy(r => F1(r.Counts)).Take(limit))
            {
                console.Out.WriteLine($"  {id[..16]}  P {counts.Precision:N3}  R {counts.Recall:N3}  F1 {F1(counts):N3}");
            }
        }

        var outputPath = parse.GetValue(output);
        if (outputPath is not null)
        {
            File.WriteAllText(outputPath, JsonSerializer.Serialize(predictions), new UTF8Encoding(false));
        }

        return missing > 0 ? ExitCodes.SomeInputsSkipped : ExitCodes.Success;
    }

    private void Print(string label, List<ShingleCounts> pages)
    {
        var figures = ExtractionScore.Summarize(pages);
        console.Out.WriteLine($"{label,-20} pages {figures.Pages,3}  precision {figures.Precision:N3}  recall {figures.Recall:N3}  F1 {figures.F1:N3}");
    }

    private static double F1(ShingleCounts counts) =>
        counts.Precision + counts.Recall == 0 ? 0 : 2 * counts.Precision * counts.Recall / (counts.Precision + counts.Recall);

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
