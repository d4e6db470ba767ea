using System.CommandLine;
using Mizan.Ingest.Fetch;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan fetch URL... [--db X]</c>: downloads pages, politely, and ingests them as saved pages are ingested
/// (main text, title, date and outlet from the page). A url fetched before is asked for conditionally.
/// </summary>
internal sealed class FetchCommand : Command
{
    private readonly CliConsole console;
    private readonly FetchSettings settings = new();
    private readonly Argument<string[]> urls = new("urls")
    {
        Description = "Page urls (http or https only).",
        Arity = ArgumentArity.OneOrMore,
    };

    public FetchCommand(CliConsole console)
        : base("fetch", "Download pages (obeying robots.txt, at a polite pace) and ingest them into the store.")
    {
        this.console = console;
        Arguments.Add(urls);
        settings.AddTo(this);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var options = settings.Read(parse, console, Name);
        var pages = FetchSettings.Urls(parse.GetValue(urls) ?? [], console, Name);
        if (options is null || pages is null)
        {
            return ExitCodes.UsageError;
        }

        return settings.Run(parse, console, Name, options, (store, fetcher, events, endProgress, stop) =>
        {
            var counts = new PageFetcher(store, fetcher, options.MaxConcurrency, options.ChunkSize)
                .FetchAsync(pages, skipSeen: false, events, stop).GetAwaiter().GetResult();
            endProgress();
            console.Error.WriteLine($"mizan fetch: {counts.Summary()}; {counts.PerSecond:N1} urls/s over {counts.Elapsed.TotalSeconds:N1} s; the store {store.Location} holds {store.Counts().Articles:N0} articles.");
            return FetchSettings.ExitCode(counts);
        });
    }
}
