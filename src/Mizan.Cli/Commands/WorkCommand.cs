using System.CommandLine;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Ingest.Pipeline;
using Mizan.Storage;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan work [--db URL] [--lease SECONDS]</c>: one more worker on a shared store. It takes the files that
/// <c>mizan ingest --enqueue</c> queued, one at a time, until none is left; run it on as many machines as wanted.
/// </summary>
internal sealed class WorkCommand : Command
{
    /// <summary>
    /// Seconds a claimed file stays with its worker without a sign of life: a file of a few thousand articles is read
    /// well within a minute, and the lease is renewed at every progress report anyway.
    /// </summary>
    private const int DefaultLeaseSeconds = 60;

    private readonly CliConsole console;
    private readonly Option<string?> database = DatabaseOption.Create();
    private readonly Option<int> lease = new Option<int>("--lease") { Description = $"Seconds a claimed file stays with this worker between signs of life (default {DefaultLeaseSeconds}).", DefaultValueFactory = _ => DefaultLeaseSeconds }.Positive();
    private readonly Option<string?> name = new("--name") { Description = "This worker's name in the queue (default: host and process id)." };
    private readonly Option<bool> noGroup = new("--no-group") { Description = "Only store the articles: do not analyse and group them once the queue has drained (`mizan brief --db` does it later)." };
    private readonly Option<int> batch = new Option<int>("--batch") { Description = $"Articles per transaction (default {Ingestor.DefaultBatchSize:N0}).", DefaultValueFactory = _ => Ingestor.DefaultBatchSize }.Positive();

    public WorkCommand(CliConsole console)
        : base("work", "Work as one of several ingest workers on a shared store, taking queued files until none is left.")
    {
        this.console = console;
        Options.Add(database);
        Options.Add(lease);
        Options.Add(name);
        Options.Add(batch);
        Options.Add(noGroup);
        SetAction(Run);
    }

    /// <summary>
    /// Set to a number N, a worker stops for good after storing its Nth batch, inside the file and still holding its
    /// lease, and says so: where the test of a worker killed mid-file kills it, at a known point rather than by a race.
    /// </summary>
    internal const string HoldVariable = "MIZAN_WORK_HOLD_AFTER_BATCHES";

    private static int HoldAfterBatches() =>
        int.TryParse(Environment.GetEnvironmentVariable(HoldVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    private int Run(ParseResult parse)
    {
        var location = DatabaseOption.Resolve(parse.GetValue(database));
        var worker = parse.GetValue(name) ?? $"{Environment.MachineName}:{Environment.ProcessId}";
        try
        {
            // A worker serves a store that files were queued in: one that is not there is named, never created empty.
            using var store = StoreLocation.OpenExisting(location);
            using var queue = StoreLocation.OpenQueue(location);
            var hold = HoldAfterBatches();
            var group = !parse.GetValue(noGroup);
            var batches = 0;
            var counts = new Worker(store, queue, worker, TimeSpan.FromSeconds(parse.GetValue(lease)), parse.GetValue(batch))
                .Run(
                    reason => console.Error.WriteLine($"mizan work: skipped {reason}"),
                    job => console.Error.WriteLine($"mizan work: {worker} takes {job.Path}"),
                    (job, _) =>
                    {
                        if (++batches == hold)
                        {
                            // A known point to stop a worker at, for the test of a worker killed inside a file.
                            console.Error.WriteLine($"mizan work: {worker} holds {job.Path} after {batches} batch(es) ({HoldVariable}).");
                            Thread.Sleep(Timeout.Infinite);
                        }
                    },
                    job =>
                    {
                        // Grouped once the queue has drained, by the worker that finished the last file: the articles of
                        // every file then reach the grouping in publication order, as one `mizan ingest` of the same
                        // files would give them, whichever worker finished which file first (grouping after each file
                        // took the days in the order the workers finished them, and 48 % of the pairs a single run
                        // put together came out otherwise on SaudiNewsNet's first three days: docs/storage.md).
                        if (!group || queue.Counts() is not { Pending: 0, Running: 0 })
                        {
                            return;
                        }

                        var report = StoreBriefs.Update(store);
                        console.Error.WriteLine($"mizan work: {worker} grouped {report.Grouped:N0} new article(s) after {job.Path}, the last file of the queue ({report.Analysed:N0} analysed, {report.NewStories:N0} new stories, {report.Briefed:N0} stories briefed)");
                    });
            var left = queue.Counts();
            console.Error.WriteLine(
                $"mizan work: {worker} did {counts.Jobs:N0} file(s) ({counts.Failed:N0} failed): read {counts.Articles.Read:N0}, new {counts.Articles.New:N0}, " +
                $"duplicate {counts.Articles.Duplicate:N0}, near-duplicate {counts.Articles.NearDuplicate:N0}, skipped {counts.Articles.Skipped:N0}; " +
                $"queue: {left.Pending:N0} pending, {left.Running:N0} running, {left.Done:N0} done, {left.Failed:N0} failed.");
            return counts.Failed > 0 ? ExitCodes.Failed : counts.Articles.Skipped > 0 ? ExitCodes.SomeInputsSkipped : ExitCodes.Success;
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"mizan work: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
