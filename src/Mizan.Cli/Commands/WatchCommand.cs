using System.CommandLine;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Ingest.Fetch;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan watch FEED... [--every 10m] [--db X]</c>: polls RSS/Atom feeds and news sitemaps, fetches each new
/// item's page, ingests it, and after every poll that stored something groups the store into stories as
/// <c>mizan brief --db X</c> does, until stopped (Ctrl+C ends it cleanly) or <c>--polls</c> polls are done.
/// </summary>
internal sealed class WatchCommand : Command
{
    /// <summary>
    /// Ten minutes between polls: news feeds change every few minutes at most outlets, publishers that state a
    /// polling rate ask for five to fifteen minutes, and a poll that finds nothing new costs one 304 per feed.
    /// </summary>
    private static readonly TimeSpan DefaultEvery = TimeSpan.FromMinutes(10);

    private readonly CliConsole console;
    private readonly FetchSettings settings = new();
    private readonly Argument<string[]> feeds = new("feeds")
    {
        Description = "Feed urls: RSS, Atom or (news) sitemaps, http or https only.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> every = new("--every") { Description = $"Time from the start of one poll to the next (default {FetchSettings.Duration(DefaultEvery)}), e.g. 30s, 10m, 1h." };
    private readonly Option<int?> polls = new("--polls") { Description = "Stop after this many polls (default: run until stopped)." };

    public WatchCommand(CliConsole console)
        : base("watch", "Follow feeds: fetch and ingest each new item's page and group the store into stories, until stopped.")
    {
        this.console = console;
        Arguments.Add(feeds);
        Options.Add(every);
        Options.Add(polls);
        settings.AddTo(this);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var options = settings.Read(parse, console, Name);
        var sources = FetchSettings.Urls(parse.GetValue(feeds) ?? [], console, Name);
        if (options is null || sources is null)
        {
            return ExitCodes.UsageError;
        }

        var interval = DefaultEvery;
        if (parse.GetValue(every) is { } text && (FetchSettings.ParseDuration(text) is not { } parsed || (interval = parsed) <= TimeSpan.Zero))
        {
            console.Error.WriteLine($"mizan watch: --every: {text} is not a positive duration (e.g. 30s, 10m).");
            return ExitCodes.UsageError;
        }

        if (parse.GetValue(polls) is < 1)
        {
            console.Error.WriteLine("mizan watch: --polls must be a positive number.");
            return ExitCodes.UsageError;
        }

        return settings.Run(parse, console, Name, options, (store, fetcher, events, endProgress, stop) =>
        {
            // The grouping stays in memory from one poll to the next (read again if another process wrote it meanwhile).
            var grouping = new GroupingSession();
            console.Error.WriteLine($"mizan watch: {sources.Count} feed(s) every {FetchSettings.Duration(interval)} into {store.Location}, as {fetcher.UserAgent} (Ctrl+C stops)");
            void AfterPoll(int poll, FetchCounts counts)
            {
                endProgress();
                console.Error.WriteLine($"mizan watch: poll {poll}: {counts.Summary()}");
                if (counts.New > 0)
                {
                    // The same path as `mizan brief --db`: the new articles analysed and grouped, the stories they touch briefed.
                    var report = StoreBriefs.Update(store, session: grouping);
                    console.Error.WriteLine($"mizan watch: poll {poll}: stored {report.Stories} stories and {report.Storylines} storylines in {store.Location} ({report.Grouped} new article(s) grouped, {report.Briefed} stories briefed)");
                }
            }

            var total = new FeedWatcher(store, fetcher, options).RunAsync(sources, interval, parse.GetValue(polls), events, AfterPoll, stop).GetAwaiter().GetResult();
            endProgress();
            console.Error.WriteLine($"mizan watch: in all: {total.Summary()}; the store {store.Location} holds {store.Counts().Articles:N0} articles.");
            return FetchSettings.ExitCode(total);
        });
    }
}
