using System.Diagnostics;
using System.Globalization;

namespace Mizan.Ingest.Fetch;

/// <summary>How a fetch run (or one poll of a watch) went.</summary>
/// <param name="Done">Urls dealt with, whatever the outcome (seen-before ones not counted).</param>
/// <param name="Fetched">Answers read whole (2xx): pages and feeds.</param>
/// <param name="NotModified">Answers that said nothing changed since the last fetch (304).</param>
/// <param name="New">Articles stored by this run.</param>
/// <param name="Duplicate">Articles read that were stored already (the same id): not stored again.</param>
/// <param name="Skipped">Urls skipped on purpose, by reason (robots.txt, no article text, not an HTML page).</param>
/// <param name="Errors">Urls that failed (4xx, 5xx after retries, timeouts, too large, redirect loops), each named.</param>
/// <param name="Seen">Feed items passed over because an earlier run or poll fetched them.</param>
public sealed record FetchCounts(int Done, int Fetched, int NotModified, int New, int Duplicate, IReadOnlyDictionary<string, int> Skipped, int Errors, int Seen, TimeSpan Elapsed)
{
    public static FetchCounts Empty { get; } = new(0, 0, 0, 0, 0, new Dictionary<string, int>(), 0, 0, TimeSpan.Zero);

    public int SkippedTotal => Skipped.Values.Sum();

    /// <summary>Urls dealt with per second.</summary>
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>The counts as the summary line says them.</summary>
    public string Summary()
    {
        var reasons = SkippedTotal == 0 ? string.Empty : $" ({string.Join(", ", Skipped.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value:N0}"))})";
        var seen = Seen == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", seen before {Seen:N0}");
        return string.Create(CultureInfo.InvariantCulture,
            $"fetched {Fetched:N0}, not modified {NotModified:N0}, new articles {New:N0}, duplicate {Duplicate:N0}, skipped {SkippedTotal:N0}{reasons}, errors {Errors:N0}{seen}");
    }

    /// <summary>Two runs' counts together (a watch's polls).</summary>
    public FetchCounts Plus(FetchCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var skipped = new Dictionary<string, int>(Skipped, StringComparer.Ordinal);
        foreach (var (reason, count) in other.Skipped)
        {
            skipped[reason] = skipped.GetValueOrDefault(reason) + count;
        }

        return new FetchCounts(Done + other.Done, Fetched + other.Fetched, NotModified + other.NotModified, New + other.New, Duplicate + other.Duplicate, skipped, Errors + other.Errors, Seen + other.Seen, Elapsed + other.Elapsed);
    }
}

/// <summary>What a run tells as it goes: each url skipped or failed (one line naming it and why), each reading
/// warning, and the counts after every url.</summary>
public sealed record FetchEvents(Action<string>? Skipped = null, Action<string>? Failed = null, Action<string>? Warning = null, Action<FetchCounts>? Progress = null)
{
    public static FetchEvents None { get; } = new();
}

/// <summary>The counts of a run as they grow, from any thread.</summary>
internal sealed class FetchTally(FetchEvents events)
{
    private readonly Lock gate = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<string, int> skipped = new(StringComparer.Ordinal);
    private int done;
    private int fetched;
    private int notModified;
    private int fresh;
    private int duplicate;
    private int errors;
    private int seen;

    public FetchEvents Events => events;

    public FetchCounts Counts
    {
        get
        {
            lock (gate)
            {
                return new FetchCounts(done, fetched, notModified, fresh, duplicate, new Dictionary<string, int>(skipped, StringComparer.Ordinal), errors, seen, clock.Elapsed);
            }
        }
    }

    /// <summary>An answer read whole (a page or a feed).</summary>
    public void Fetched()
    {
        lock (gate)
        {
            fetched++;
        }
    }

    /// <summary>A url that answered 304: done, nothing new.</summary>
    public void NotModified()
    {
        lock (gate)
        {
            notModified++;
            done++;
        }

        Report();
    }

    /// <summary>A page read and ingested (its article new or stored before).</summary>
    public void Done()
    {
        lock (gate)
        {
            done++;
        }

        Report();
    }

    public void Seen(int count)
    {
        lock (gate)
        {
            seen += count;
        }
    }

    public void Stored(int added, int already)
    {
        lock (gate)
        {
            fresh += added;
            duplicate += already;
        }
    }

    /// <summary>A url passed over on purpose, counted under a short <paramref name="reason"/>, told with its full <paramref name="line"/>.</summary>
    public void Skip(string reason, string line)
    {
        lock (gate)
        {
            skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
            done++;
        }

        events.Skipped?.Invoke(line);
        Report();
    }

    public void Fail(string line)
    {
        lock (gate)
        {
            errors++;
            done++;
        }

        events.Failed?.Invoke(line);
        Report();
    }

    private void Report()
    {
        if (events.Progress is { } progress)
        {
            progress(Counts);
        }
    }
}
