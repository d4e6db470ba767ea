using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Core.Json;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan ingest PATH... [--db PATH]</c>: reads files and folders in every format Mizan knows, cleans them and
/// stores the new articles, marking near-duplicates. Ends with counts: read, new, duplicate, near-duplicate, skipped.
/// </summary>
internal sealed class IngestCommand : Command
{
    /// <summary>Characters of the progress bar drawn on a terminal.</summary>
    private const int BarWidth = 30;

    private readonly CliConsole console;
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files and folders: .txt (with NAME.meta.json), .html, news-please .json/.jsonl, JSON arrays, RSS/Atom, .warc(.gz), and .zip/.gz of these.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> database = DatabaseOption.Create();
    private readonly Option<bool> json = new("--json") { Description = "Print the final counts as one JSON object on standard output." };
    private readonly Option<bool> noGroup = new("--no-group") { Description = "Only store the articles: do not analyse and group them now (`mizan brief --db` does it later)." };
    private readonly Option<bool> enqueue = new("--enqueue") { Description = "Only queue the files for `mizan work` processes (on this or other machines) to ingest." };
    private readonly Option<int> batch = new Option<int>("--batch") { Description = $"Articles per transaction and per boilerplate-learning batch (default {Ingestor.DefaultBatchSize:N0}).", DefaultValueFactory = _ => Ingestor.DefaultBatchSize }.Positive();

    public IngestCommand(CliConsole console)
        : base("ingest", "Read a collection into the store: clean, identify, and mark duplicates and near-duplicates.")
    {
        this.console = console;
        Arguments.Add(paths);
        Options.Add(database);
        Options.Add(json);
        Options.Add(batch);
        Options.Add(enqueue);
        Options.Add(noGroup);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var inputs = parse.GetValue(paths) ?? [];
        var batchSize = parse.GetValue(batch);
        if (ArticleBatch.NoneExists(console, "ingest", inputs) is { } missing)
        {
            return missing;
        }

        var location = DatabaseOption.Resolve(parse.GetValue(database));
        if (parse.GetValue(enqueue))
        {
            return Enqueue(inputs, location);
        }

        // Nothing to read creates no store: an empty folder is said so, as every verb says it.
        var files = inputs.SelectMany(ArticleSources.Files).ToList();
        if (files.Count == 0)
        {
            return ArticleBatch.NothingFound(console, "ingest", inputs);
        }

        var created = StoreLocation.IsNew(location);
        if (DatabaseOption.Open(console, "ingest", location) is not { } opened)
        {
            return ExitCodes.Failed;
        }

        // A store this run made and left without an article (every input skipped) is removed: a failing command leaves nothing.
        var empty = false;
        try
        {
            using (opened)
            {
                return Ingest(opened, out empty);
            }
        }
        finally
        {
            if (created && empty)
            {
                StoreLocation.Discard(location);
            }
        }

        int Ingest(IArticleStore store, out bool storedNothing)
        {
            var done = 0;
            var items = files.SelectMany(f =>
            {
                done++;
                return ArticleSources.Read(f);
            }).Select(item =>
            {
                if (item.Article?.Warning is { } warning)
                {
                    console.Error.WriteLine($"mizan ingest: warning: {warning}");
                }

                return item;
            });
            var progress = console.ErrorIsTerminal ? (Action<IngestCounts>)(c => DrawBar(c, done, files.Count)) : null;
            var counts = new Ingestor(store, batchSize).Run(items, reason => Skipped(reason), progress);
            if (console.ErrorIsTerminal)
            {
                console.Error.Write('\r' + new string(' ', BarWidth + 90) + '\r');
            }

            var totals = store.Counts();
            storedNothing = totals.Articles == 0;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            console.Error.WriteLine(
                $"mizan ingest: read {counts.Read:N0}, new {counts.New:N0}, duplicate {counts.Duplicate:N0}, near-duplicate {counts.NearDuplicate:N0}, " +
                $"skipped {counts.Skipped:N0}; {counts.ArticlesPerSecond:N0} articles/s over {counts.Elapsed.TotalSeconds:N1} s; peak memory {peak / 1e6:N0} MB");
            console.Error.WriteLine(
                $"mizan ingest: the store {store.Location} holds {totals.Articles:N0} articles, {totals.NearDuplicates:N0} of them near-duplicates in {totals.NearDuplicateGroups:N0} groups; " +
                $"{counts.WithoutDate:N0} new articles state no publication date.");
            // Group on arrival: the new articles are analysed and assigned to the stored stories, and only the stories
            // they join or start are briefed again.
            GroupingReport? grouping = null;
            if (!parse.GetValue(noGroup) && totals.Articles > 0)
            {
                grouping = StoreBriefs.Update(store);
                var rate = grouping.Grouped / Math.Max(0.001, grouping.Elapsed.TotalSeconds);
                console.Error.WriteLine(
                    $"mizan ingest: grouped {grouping.Grouped:N0} new articles ({grouping.Analysed:N0} analysed, {grouping.Reused:N0} analyses reused){(grouping.FromScratch ? " from scratch" : string.Empty)}: " +
                    $"{grouping.NewStories:N0} new stories, {grouping.Briefed:N0} stories briefed; analysis {grouping.Analysis.TotalSeconds:N1} s, grouping {grouping.Grouping.TotalSeconds:N1} s, briefs {grouping.Briefing.TotalSeconds:N1} s ({rate:N0} articles/s); " +
                    $"the store holds {grouping.Stories:N0} stories and {grouping.Storylines:N0} storylines.");
            }

            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new IngestReport(counts, totals, peak, grouping), MizanJson.Compact));
            }

            if (counts.Read == 0 && counts.Skipped == 0)
            {
                return ArticleBatch.NothingFound(console, "ingest", inputs);
            }

            return counts.Skipped == 0 ? ExitCodes.Success : counts.Read == 0 ? ExitCodes.Failed : ExitCodes.SomeInputsSkipped;
        }
    }

    /// <summary>Queues every file the paths name (absolute paths, so workers elsewhere can open them on a shared disk).</summary>
    private int Enqueue(string[] inputs, string location)
    {
        var missing = inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            console.Error.WriteLine($"mizan ingest: skipped {path}: {ArticleSources.Missing(path)}");
        }

        try
        {
            using var queue = StoreLocation.OpenQueue(location);
            var files = inputs.Except(missing).SelectMany(ArticleSources.Files).Select(Path.GetFullPath).ToList();
            var added = queue.Enqueue(files);
            var counts = queue.Counts();
            console.Error.WriteLine($"mizan ingest: queued {added:N0} new file(s) of {files.Count:N0}; the queue holds {counts.Pending:N0} pending, {counts.Running:N0} running, {counts.Done:N0} done. Start `mizan work` to ingest them.");
            return missing.Count == 0 ? ExitCodes.Success : ExitCodes.SomeInputsSkipped;
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"mizan ingest: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private void Skipped(string reason)
    {
        if (console.ErrorIsTerminal)
        {
            console.Error.Write('\r' + new string(' ', BarWidth + 90) + '\r');
        }

        console.Error.WriteLine($"mizan ingest: skipped {reason}");
    }

    private void DrawBar(IngestCounts counts, int filesStarted, int files)
    {
        var share = files == 0 ? 1 : (double)filesStarted / files;
        var filled = (int)Math.Round(share * BarWidth);
        console.Error.Write(
            $"\r[{new string('#', filled)}{new string('-', BarWidth - filled)}] file {filesStarted:N0}/{files:N0}  " +
            $"{counts.Read:N0} articles, {counts.ArticlesPerSecond:N0}/s, {counts.NearDuplicate:N0} near-duplicates, {counts.Skipped:N0} skipped");
    }

    private sealed record IngestReport(IngestCounts Counts, StoreCounts Store, long PeakWorkingSetBytes, GroupingReport? Grouping);
}
