using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Mizan.Ingest.Fetch;
using Mizan.Storage;

namespace Mizan.Cli.Commands;

/// <summary>
/// The options <c>mizan fetch</c> and <c>mizan watch</c> share (politeness, contact, store), how they are read, and
/// how a run is told on standard error: each skipped or failed url on its own line, a progress line on a terminal.
/// </summary>
internal sealed class FetchSettings
{
    private static readonly FetchOptions Defaults = new();

    private readonly Option<string?> contact = new("--user-agent-contact") { Description = "A web page or mail address (https://..., mailto:...) where site owners can reach you; sent in the User-Agent. Please give one." };
    private readonly Option<string?> perHostInterval = new("--per-host-interval") { Description = $"Least time between two requests to one host (default {Duration(Defaults.PerHostInterval)}; a longer robots.txt Crawl-delay wins), e.g. 500ms, 2s." };
    private readonly Option<int> concurrency = new("--concurrency") { Description = $"Requests in flight at once over all hosts, one per host (default {Defaults.MaxConcurrency}).", DefaultValueFactory = _ => Defaults.MaxConcurrency };
    private readonly Option<string?> timeout = new("--timeout") { Description = $"Longest time one request may take, body included (default {Duration(Defaults.Timeout)})." };
    private readonly Option<long> maxBytes = new("--max-page-bytes") { Description = $"A page or feed larger than this is refused (default {Defaults.MaxBodyBytes:N0}).", DefaultValueFactory = _ => Defaults.MaxBodyBytes };

    public Option<string?> Database { get; } = DatabaseOption.Create();

    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(contact);
        command.Options.Add(perHostInterval);
        command.Options.Add(concurrency);
        command.Options.Add(timeout);
        command.Options.Add(maxBytes);
    }

    /// <summary>The fetch options the command line asks for, or null with the usage error said.</summary>
    public FetchOptions? Read(ParseResult parse, CliConsole console, string verb)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var options = Defaults;
        if (parse.GetValue(contact) is { } address)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
            {
                return Usage(console, verb, $"--user-agent-contact: {address} is not an http, https or mailto address.");
            }

            options = options with { Contact = uri.AbsoluteUri };
        }

        if (parse.GetValue(perHostInterval) is { } interval)
        {
            if (ParseDuration(interval) is not { } value)
            {
                return Usage(console, verb, $"--per-host-interval: {interval} is not a duration (e.g. 500ms, 1s, 2m).");
            }

            options = options with { PerHostInterval = value };
        }

        if (parse.GetValue(timeout) is { } limit)
        {
            if (ParseDuration(limit) is not { } value || value <= TimeSpan.Zero)
            {
                return Usage(console, verb, $"--timeout: {limit} is not a positive duration (e.g. 10s).");
            }

            options = options with { Timeout = value };
        }

        if (parse.GetValue(concurrency) < 1 || parse.GetValue(maxBytes) < 1)
        {
            return Usage(console, verb, "--concurrency and --max-page-bytes must be positive numbers.");
        }

        return options with { MaxConcurrency = parse.GetValue(concurrency), MaxBodyBytes = parse.GetValue(maxBytes) };
    }

    /// <summary>The urls, each an absolute http or https address; null with each wrong one named (a usage error) otherwise.</summary>
    public static List<Uri>? Urls(IEnumerable<string> texts, CliConsole console, string verb)
    {
        ArgumentNullException.ThrowIfNull(console);
        var urls = new List<Uri>();
        var wrong = false;
        foreach (var text in texts)
        {
            if (FetchOptions.WebAddress(text, out var error) is { } url)
            {
                urls.Add(url);
            }
            else
            {
                console.Error.WriteLine($"mizan {verb}: {error}");
                wrong = true;
            }
        }

        return wrong ? null : urls;
    }

    /// <summary>A duration written as a number and a unit: ms, s, m or h (a bare number is seconds); null when it is not one or is negative.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().ToLowerInvariant();
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];
        var (number, scale) = units.Where(u => trimmed.EndsWith(u.Suffix, StringComparison.Ordinal)).Select(u => (trimmed[..^u.Suffix.Length], u.Seconds)).FirstOrDefault((trimmed, 1));
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value * scale < TimeSpan.MaxValue.TotalSeconds / 2
            ? TimeSpan.FromSeconds(value * scale)
            : null;
    }

    /// <summary>A duration as the options write it (1s, 10m, 500ms).</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 && span.TotalHours % 1 == 0 ? $"{span.TotalHours:0}h"
        : span.TotalMinutes >= 1 && span.TotalMinutes % 1 == 0 ? $"{span.TotalMinutes:0}m"
        : span.TotalSeconds >= 1 && span.TotalSeconds % 1 == 0 ? $"{span.TotalSeconds:0}s"
        : $"{span.TotalMilliseconds:0}ms";

    /// <summary>
    /// Runs <paramref name="work"/> over the store the command names, with a fetcher of <paramref name="options"/>,
    /// the run's events told on standard error and a token that Ctrl+C (or a termination signal) cancels; a store
    /// that cannot be opened or written is said, exit code 3.
    /// </summary>
    public int Run(ParseResult parse, CliConsole console, string verb, FetchOptions options, Func<IArticleStore, PoliteFetcher, FetchEvents, Action, CancellationToken, int> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (DatabaseOption.Open(console, verb, DatabaseOption.Resolve(parse.GetValue(Database))) is not { } store)
        {
            return ExitCodes.Failed;
        }

        using (store)
        using (var fetcher = new PoliteFetcher(options))
        using (var stop = new CancellationTokenSource())
        {
            var signals = StopOnSignal(stop, console, verb);
            try
            {
                var (events, endProgress) = Events(console, verb);
                return work(store, fetcher, events, endProgress, stop.Token);
            }
            catch (StoreException e)
            {
                console.Error.WriteLine($"mizan {verb}: {e.Message}");
                return ExitCodes.Failed;
            }
            finally
            {
                foreach (var signal in signals)
                {
                    signal.Dispose();
                }
            }
        }
    }

    /// <summary>
    /// Stops <paramref name="stop"/> on Ctrl+C or a termination signal instead of ending the process, so the run
    /// finishes the step it is in (a batch stored whole, a url recorded) and says what it did.
    /// </summary>
    private static IDisposable[] StopOnSignal(CancellationTokenSource stop, CliConsole console, string verb)
    {
        ArgumentNullException.ThrowIfNull(stop);
        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            if (!stop.IsCancellationRequested)
            {
                console.Error.WriteLine($"\nmizan {verb}: stopping: finishing the step in progress (nothing is left half-written).");
                stop.Cancel();
            }
        }

        return [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    /// <summary>The run's events told on standard error, prefixed with the verb, with a progress line on a terminal;
    /// the action clears the progress line before the summary.</summary>
    private static (FetchEvents Events, Action EndProgress) Events(CliConsole console, string verb)
    {
        ArgumentNullException.ThrowIfNull(console);
        var gate = new Lock();
        var drawn = false;
        // Called with the lock held.
        void Erase()
        {
            if (drawn)
            {
                console.Error.Write('\r' + new string(' ', ProgressWidth) + '\r');
                drawn = false;
            }
        }

        void Clear()
        {
            lock (gate)
            {
                Erase();
            }
        }

        void Line(string text)
        {
            lock (gate)
            {
                Erase();
                console.Error.WriteLine($"mizan {verb}: {text}");
            }
        }

        Action<FetchCounts>? progress = null;
        if (console.ErrorIsTerminal)
        {
            progress = counts =>
            {
                lock (gate)
                {
                    var line = $"{counts.Done:N0} urls, {counts.PerSecond:N1}/s, {counts.New:N0} new, {counts.Errors:N0} errors, {counts.SkippedTotal:N0} skipped";
                    console.Error.Write('\r' + line.PadRight(ProgressWidth)[..ProgressWidth]);
                    drawn = true;
                }
            };
        }

        return (new FetchEvents(s => Line($"skipped {s}"), f => Line($"error {f}"), w => Line($"warning: {w}"), progress), Clear);
    }

    /// <summary>Characters of the progress line (cleared before any other line is written).</summary>
    private const int ProgressWidth = 100;

    /// <summary>The exit code of a run: 0 when every url went well, 1 when some were skipped or failed (each named)
    /// but something was done, 3 when nothing was.</summary>
    public static int ExitCode(FetchCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Errors == 0 && counts.SkippedTotal == 0)
        {
            return ExitCodes.Success;
        }

        return counts.Fetched + counts.NotModified > 0 ? ExitCodes.SomeInputsSkipped : ExitCodes.Failed;
    }

    private static FetchOptions? Usage(CliConsole console, string verb, string message)
    {
        console.Error.WriteLine($"mizan {verb}: {message}");
        return null;
    }
}
