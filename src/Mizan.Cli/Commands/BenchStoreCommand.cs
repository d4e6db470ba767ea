using System.CommandLine;
using System.Diagnostics;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;
using Mizan.Storage.Search;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan bench store [--corpus DIR] [--db FILE|URL] [--queries FILE]</c>: ingests a corpus into a fresh store
/// (when one is named) and prints articles/s, the store's size and search latency p50/p99 over a fixed list of
/// queries, each run three times after one warm-up pass.
/// </summary>
internal sealed class BenchStoreCommand : Command
{
    /// <summary>Timed runs of every query: three give 600 samples for the 200 queries, enough for a p99.</summary>
    private const int Runs = 3;

    /// <summary>Hits asked per query: a first page of results.</summary>
    private const int Limit = 20;

    private readonly CliConsole console;
    private readonly Option<string?> corpus = new("--corpus") { Description = "A collection to ingest first (any format mizan ingest reads)." };
    private readonly Option<string?> database = DatabaseOption.Create();
    private readonly Option<string> queries = new("--queries") { Description = "The queries, one per line (# starts a comment).", DefaultValueFactory = _ => Path.Combine("bench", "search-queries.txt") };

    public BenchStoreCommand(CliConsole console)
        : base("store", "Measure ingest speed, store size and search latency (p50, p99).")
    {
        this.console = console;
        Options.Add(corpus);
        Options.Add(database);
        Options.Add(queries);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var queryFile = parse.GetValue(queries)!;
        if (!File.Exists(queryFile))
        {
            console.Error.WriteLine($"mizan bench store: {queryFile}: no such file.");
            return ExitCodes.UsageError;
        }

        var lines = File.ReadAllLines(queryFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var parsed = lines.Select(l => SearchQuery.Parse(l, out _)).OfType<SearchQuery>().ToList();
        try
        {
            using var store = StoreLocation.Open(DatabaseOption.Resolve(parse.GetValue(database)));
            var output = console.Out;
            output.WriteLine($"store: {store.Location}");
            if (parse.GetValue(corpus) is { } folder)
            {
                var counts = new Ingestor(store).Run(ArticleSources.Read(folder), _ => { });
                output.WriteLine($"ingest: {counts.New:N0} new of {counts.Read:N0} articles in {counts.Elapsed.TotalSeconds:N1} s: {counts.ArticlesPerSecond:N0} articles/s");
            }

            var totals = store.Counts();
            output.WriteLine($"articles: {totals.Articles:N0}; size on disk: {store.SizeBytes() / 1e6:N1} MB");

            long hits = 0;
            foreach (var query in parsed)
            {
                hits += store.Search(query, SearchFilter.None, Limit).Count;
            }

            var timings = new List<double>(parsed.Count * Runs);
            var clock = new Stopwatch();
            for (var run = 0; run < Runs; run++)
            {
                foreach (var query in parsed)
                {
                    clock.Restart();
                    store.Search(query, SearchFilter.None, Limit);
                    timings.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            timings.Sort();
            output.WriteLine($"search: {parsed.Count} queries x {Runs} runs, top {Limit}; {(double)hits / Math.Max(1, parsed.Count):N1} hits per query on average");
            output.WriteLine($"latency: p50 {Percentile(timings, 0.50):N2} ms, p99 {Percentile(timings, 0.99):N2} ms, max {timings[^1]:N2} ms");
            output.WriteLine($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB working set");
            return ExitCodes.Success;
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"mizan bench store: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
