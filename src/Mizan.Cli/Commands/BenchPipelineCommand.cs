using System.CommandLine;
using System.Diagnostics;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan bench pipeline [--corpus DIR] [--daily]</c>: the production path into a fresh store, as <c>mizan ingest</c>
/// runs it: every file ingested (read, cleaned, near-duplicates found, stored), then every new article analysed, grouped
/// from the stored grouping and its stories briefed and stored. At once, or with <c>--daily</c> one file (one day) at a
/// time, as a newsroom's store grows; then the daily stories are compared with one grouping of the same store from
/// scratch, pair of articles by pair.
/// </summary>
internal sealed class BenchPipelineCommand : Command
{
    private const string DefaultCorpus = "../shared/data/saudinewsnet/dataset";

    private readonly CliConsole console;
    private readonly Option<string> corpus = new("--corpus")
    {
        Description = "A folder of .zip/.json article files (SaudiNewsNet's layout: one file per day).",
        DefaultValueFactory = _ => DefaultCorpus,
    };

    private readonly Option<bool> daily = new("--daily")
    {
        Description = "Ingest and group one file at a time, report each increment's rate, check that the first file's stories were not briefed again, and compare with a grouping from scratch.",
    };

    private readonly Option<string?> keep = new("--db") { Description = "Build the store here (a SQLite file that must not exist yet) and keep it; default: a temporary file, removed after." };

    public BenchPipelineCommand(CliConsole console)
        : base("pipeline", "Ingest, analyse, group and brief a corpus into a fresh store; print each stage's time, articles/s and peak memory.")
    {
        this.console = console;
        Options.Add(corpus);
        Options.Add(daily);
        Options.Add(keep);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(corpus) ?? DefaultCorpus;
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"mizan bench pipeline: corpus folder '{folder}' not found.");
            return ExitCodes.Failed;
        }

        var files = ArticleSources.Files(folder).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return ArticleBatch.NothingFound(console, "bench pipeline", [folder]);
        }

        var path = parse.GetValue(keep);
        if (path is not null && (File.Exists(path) || path.Contains("://", StringComparison.Ordinal)))
        {
            console.Error.WriteLine($"mizan bench pipeline: --db '{path}' must be a SQLite file that does not exist yet.");
            return ExitCodes.UsageError;
        }

        var temporary = path is null;
        path ??= Path.Combine(Path.GetTempPath(), $"mizan-bench-pipeline-{Guid.NewGuid():N}.db");
        try
        {
            using var store = StoreLocation.Open(path);
            var output = console.Out;
            output.WriteLine($"corpus: {folder}: {files.Count} files on {Environment.ProcessorCount} cores, into {(temporary ? "a fresh temporary store" : path)}");
            var steps = parse.GetValue(daily) ? files.Select(f => (IReadOnlyList<string>)[f]).ToList() : [files];
            var clock = Stopwatch.StartNew();
            var rates = new List<double>();
            Dictionary<string, string?>? firstStories = null;
            Dictionary<string, string?>? beforeLast = null;
            foreach (var (index, step) in steps.Index())
            {
                if (index == steps.Count - 1 && firstStories is not null)
                {
                    beforeLast = store.Stories(firstStories.Keys).ToDictionary(s => s.Id, s => s.Updated, StringComparer.Ordinal);
                }

                var ingest = Stopwatch.StartNew();
                var counts = new Ingestor(store).Run(step.SelectMany(f => ArticleSources.Read(f)), _ => { });
                ingest.Stop();
                var report = StoreBriefs.Update(store);
                var seconds = ingest.Elapsed + report.Elapsed;
                var rate = counts.New / seconds.TotalSeconds;
                rates.Add(rate);
                var name = steps.Count == 1 ? "all files" : Path.GetFileName(step[0]);
                output.WriteLine(
                    $"{name}: {counts.New:N0} new articles; ingest {ingest.Elapsed.TotalSeconds:N1} s ({counts.New / ingest.Elapsed.TotalSeconds:N0}/s); " +
                    $"analysis {report.Analysis.TotalSeconds:N1} s ({report.Analysed / Math.Max(0.001, report.Analysis.TotalSeconds):N0}/s); grouping {report.Grouping.TotalSeconds:N1} s (while the next chunk is analysed); " +
                    $"briefs {report.Briefing.TotalSeconds:N1} s ({report.Briefed:N0} stories briefed, {report.NewStories:N0} new); " +
                    $"in all {seconds.TotalSeconds:N1} s, {rate:N0} articles/s; the store holds {report.Stories:N0} stories");
                if (index == 0 && steps.Count > 1)
                {
                    firstStories = store.Stories().ToDictionary(s => s.Id, s => s.Updated, StringComparer.Ordinal);
                }
            }

            var total = clock.Elapsed;
            var articles = store.Counts().Articles;
            output.WriteLine($"total: {total.TotalSeconds:N1} s for {articles:N0} articles, {articles / total.TotalSeconds:N0} articles/s");
            using (var process = Process.GetCurrentProcess())
            {
                output.WriteLine($"peak memory: {process.PeakWorkingSet64 / 1e6:N0} MB working set");
            }

            if (firstStories is not null)
            {
                var now = store.Stories(firstStories.Keys);
                var rebriefed = now.Count(s => s.Updated != firstStories[s.Id]);
                var byLast = now.Count(s => s.Updated != beforeLast![s.Id]);
                output.WriteLine($"increments: the first file at {rates[0]:N0} articles/s, the last at {rates[^1]:N0} articles/s ({rates[^1] / rates[0]:N2} of the first), median {Median(rates):N0} articles/s");
                output.WriteLine($"the first file's {firstStories.Count:N0} stories: {rebriefed:N0} briefed again since (an article of a later file joined them), {byLast:N0} of them by the last file");
                Compare(store, output);
            }

            return ExitCodes.Success;
        }
        finally
        {
            if (temporary)
            {
                StoreLocation.Discard(path);
            }
        }
    }

    /// <summary>The daily stories against one grouping of the same articles from scratch, pair of articles by pair.</summary>
    private static void Compare(IArticleStore store, TextWriter output)
    {
        var daily = store.Stories().Select(s => s.ArticleIds).ToList();
        var clock = Stopwatch.StartNew();
        var report = StoreBriefs.Rebuild(store);
        var batch = store.Stories().Select(s => s.ArticleIds).ToList();
        var difference = PairDifference.Between(daily, batch);
        output.WriteLine(
            $"from scratch over the same articles: {report.Stories:N0} stories in {clock.Elapsed.TotalSeconds:N1} s; daily against from scratch: " +
            $"{difference.Differing:N0} of {difference.Pairs:N0} article pairs decided differently ({difference.OfAll:P4} of all pairs, " +
            $"{difference.OfTogether:P2} of the {difference.Together:N0} pairs either puts in one story)");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>How two groupings of the same articles differ, over every pair of articles: together in one, apart in the other.</summary>
internal sealed record PairDifference(long Pairs, long Together, long Differing)
{
    public double OfAll => Pairs == 0 ? 0 : (double)Differing / Pairs;

    public double OfTogether => Together == 0 ? 0 : (double)Differing / Together;

    public static PairDifference Between(IReadOnlyList<IReadOnlyList<string>> first, IReadOnlyList<IReadOnlyList<string>> second)
    {
        static long Pairs(long n) => n * (n - 1) / 2;
        var storyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, story) in first.Index())
        {
            foreach (var id in story)
            {
                storyOf[id] = index;
            }
        }

        var inFirst = first.Sum(s => Pairs(s.Count));
        var inSecond = second.Sum(s => Pairs(s.Count));
        var inBoth = second.Sum(s => s.Where(storyOf.ContainsKey).GroupBy(id => storyOf[id]).Sum(g => Pairs(g.Count())));
        return new PairDifference(Pairs(storyOf.Count), inFirst + inSecond - inBoth, inFirst + inSecond - (2 * inBoth));
    }
}
