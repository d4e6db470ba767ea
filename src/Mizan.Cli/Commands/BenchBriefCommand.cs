using System.CommandLine;
using System.Diagnostics;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Ingest.Sources;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan bench brief [--corpus DIR] [--limit N]</c>: the whole path from article bodies to briefs (analysis on every
/// core, then grouping and the briefs), timed phase by phase, with articles/s and peak memory.
/// </summary>
internal sealed class BenchBriefCommand : Command
{
    private const string DefaultCorpus = "../shared/data/saudinewsnet/dataset";

    private readonly CliConsole console;
    private readonly Option<string> corpus = new("--corpus")
    {
        Description = "A folder of .zip/.json article arrays (SaudiNewsNet's layout).",
        DefaultValueFactory = _ => DefaultCorpus,
    };

    private readonly Option<int> limit = new Option<int>("--limit") { Description = "Use only the first N articles (0: all)." }.NotNegative();

    public BenchBriefCommand(CliConsole console)
        : base("brief", "Analyse a corpus and brief it; print the time of each phase, articles/s and peak memory.")
    {
        this.console = console;
        Options.Add(corpus);
        Options.Add(limit);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(corpus) ?? DefaultCorpus;
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"mizan bench brief: corpus folder '{folder}' not found.");
            return ExitCodes.Failed;
        }

        var clock = Stopwatch.StartNew();
        var all = ArticleSources.Articles(folder).DistinctBy(a => a.Id);
        var inputs = (parse.GetValue(limit) is > 0 and var n ? all.Take(n) : all).ToList();
        var read = clock.Elapsed;

        var analysed = StoreBriefs.Analyse(inputs.Select(a => new BriefArticle(a.Id, a.Source, a.Outlet, a.Title, a.Published, a.PublishedInferred, a.Text, [])).ToList());
        var analysedAt = clock.Elapsed;

        var brief = BriefBuilder.Build(analysed);
        var total = clock.Elapsed;

        var output = console.Out;
        output.WriteLine($"corpus: {folder}: {inputs.Count:N0} articles on {Environment.ProcessorCount} cores");
        output.WriteLine($"read: {read.TotalSeconds:N1} s; analyse (tokens, sentences, stems, entities, quotes, figures, dates): {(analysedAt - read).TotalSeconds:N1} s, {inputs.Count / (analysedAt - read).TotalSeconds:N0} articles/s");
        output.WriteLine($"group and brief: {(total - analysedAt).TotalSeconds:N1} s; stories: {brief.Stories.Count:N0}, storylines: {brief.Storylines.Count:N0}");
        output.WriteLine($"total: {total.TotalSeconds:N1} s, {inputs.Count / total.TotalSeconds:N0} articles/s");
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"peak memory: {process.PeakWorkingSet64 / 1e6:N0} MB working set");
        return ExitCodes.Success;
    }
}
