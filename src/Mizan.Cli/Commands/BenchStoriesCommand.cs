using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mizan.Briefs;
using Mizan.Entities;
using Mizan.Ingest.Sources;
using Mizan.Stories;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan bench stories [--corpus DIR]</c>: groups a whole corpus into stories and storylines on one thread and
/// prints the counts, the largest stories, the time per article for the first and the last 5,000 articles,
/// articles/s and peak memory.
/// </summary>
internal sealed class BenchStoriesCommand : Command
{
    private const string DefaultCorpus = "../shared/data/saudinewsnet/dataset";

    /// <summary>Block of articles whose time per article is compared at the start and the end of the stream.</summary>
    private const int Block = 5000;

    private readonly CliConsole console;
    private readonly Option<string> corpus = new("--corpus")
    {
        Description = "A folder of .zip/.json article arrays (SaudiNewsNet's layout).",
        DefaultValueFactory = _ => DefaultCorpus,
    };

    private readonly Option<int> top = new Option<int>("--top") { Description = "How many of the largest stories to list.", DefaultValueFactory = _ => 10 }.Positive();
    private readonly Option<bool> entities = new("--entities") { Description = "Tag entities first (on every core, not timed) and give the grouping the people, organizations and places, as the brief does." };
    private readonly Option<int> titlesShown = new Option<int>("--titles") { Description = "Titles shown per story (distinct, in the story's order).", DefaultValueFactory = _ => 3 }.Positive();

    public BenchStoriesCommand(CliConsole console)
        : base("stories", "Group a corpus into stories and storylines; print counts, the largest stories, speed and memory.")
    {
        this.console = console;
        Options.Add(corpus);
        Options.Add(top);
        Options.Add(titlesShown);
        Options.Add(entities);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(corpus) ?? DefaultCorpus;
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"mizan bench stories: corpus folder '{folder}' not found.");
            return ExitCodes.Failed;
        }

        console.Error.WriteLine($"reading {folder} ...");
        var inputs = ArticleSources.Articles(folder).ToList();
        var titles = inputs.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First().Title ?? string.Empty, StringComparer.Ordinal);
        var people = new IReadOnlyList<string>?[inputs.Count];
        var places = new IReadOnlyList<string>?[inputs.Count];
        if (parse.GetValue(entities))
        {
            console.Error.WriteLine("tagging entities ...");
            Parallel.For(0, inputs.Count, i =>
            {
                var found = EntityRecognizer.Default.Recognize(inputs[i].Text);
                people[i] = [.. StoryGrouping.StoryEntityKeys(found, inputs[i].Text)];
                places[i] = [.. StoryGrouping.PlaceKeys(found, inputs[i].Text)];
            });
        }

        var articles = StoryClusterer.Order(inputs.Select((a, i) => new StoryArticle(a.Id, ParseDate(a.Published), a.Outlet, a.Text, a.Title, EntityKeys: people[i], PlaceKeys: places[i], CountryKeys: places[i] is { } named ? [.. StoryGrouping.CountryKeys(named)] : null))).ToList();

        var clusterer = new StoryClusterer();
        var perArticle = new List<double>(articles.Count);
        var gcPauses = new List<double>(articles.Count);
        var operations = new List<long>(articles.Count);
        var clock = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            var before = clock.Elapsed;
            var paused = GC.GetTotalPauseDuration();
            var done = clusterer.Operations;
            clusterer.Add(article);
            perArticle.Add((clock.Elapsed - before).TotalMilliseconds);
            operations.Add(clusterer.Operations - done);
            gcPauses.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
        }

        var storylines = Storylines.Link(clusterer);
        clock.Stop();
        var stories = clusterer.Stories();

        var output = console.Out;
        var first = perArticle.Take(Block).Average();
        var last = perArticle.Skip(Math.Max(0, perArticle.Count - Block)).Average();

        // The same without the collector's pauses (they fall where the heap, mostly the corpus this bench holds, fills
        // up, not where the grouping works harder: two runs of one build on a quiet machine gave ratios 0.96 and 1.46),
        // and the median article of each block, which no single pause moves.
        var work = perArticle.Zip(gcPauses, (t, g) => Math.Max(0, t - g)).ToList();
        var firstWork = work.Take(Block).Average();
        var lastWork = work.Skip(Math.Max(0, work.Count - Block)).Average();
        var firstMedian = Median(perArticle.Take(Block));
        var lastMedian = Median(perArticle.Skip(Math.Max(0, perArticle.Count - Block)));
        var firstOps = operations.Take(Block).Average();
        var lastOps = operations.Skip(Math.Max(0, operations.Count - Block)).Average();
        output.WriteLine($"corpus: {folder}: {articles.Count:N0} articles ({articles.Count(a => a.Published is null):N0} undated)");
        output.WriteLine($"stories: {stories.Count:N0} ({stories.Count(s => s.ArticleIds.Count > 1):N0} with two or more articles); storylines: {storylines.Count:N0} ({storylines.Count(l => l.StoryIds.Count > 1):N0} linking two or more stories)");
        output.WriteLine($"time per article: first {Math.Min(Block, perArticle.Count):N0}: {first:N3} ms; last {Math.Min(Block, perArticle.Count):N0}: {last:N3} ms (ratio {last / first:N2})");
        output.WriteLine($"  without garbage-collection pauses: {firstWork:N3} ms and {lastWork:N3} ms (ratio {lastWork / firstWork:N2}); median article: {firstMedian:N3} ms and {lastMedian:N3} ms (ratio {lastMedian / firstMedian:N2})");
        output.WriteLine($"  work per article, counted (postings visited, candidates weighed), the same on any machine: {firstOps:N0} and {lastOps:N0} (ratio {lastOps / firstOps:N2})");

        // The counted work of every block, in stream order with its days: bounded cost shows as no trend past the first
        // block, which starts from an empty index (nothing open to compare with).
        var blocks = Enumerable.Range(0, (operations.Count + Block - 1) / Block)
            .Select(b => string.Create(CultureInfo.InvariantCulture, $"{articles[b * Block].Published:MM-dd}..{articles[Math.Min(operations.Count, (b + 1) * Block) - 1].Published:MM-dd} {operations.Skip(b * Block).Take(Block).Average():N0}"));
        output.WriteLine($"  counted work per article by block of {Block:N0}: {string.Join("; ", blocks)}");
        output.WriteLine($"grouping and linking, one thread: {clock.Elapsed.TotalSeconds:N1} s, {articles.Count / clock.Elapsed.TotalSeconds:N0} articles/s");
        using (var process = Process.GetCurrentProcess())
        {
            output.WriteLine($"peak memory: {process.PeakWorkingSet64 / 1e6:N0} MB working set (the corpus itself is held in memory)");
        }

        output.WriteLine();
        foreach (var story in stories.Take(parse.GetValue(top)))
        {
            output.WriteLine($"story {story.Id}: {story.ArticleIds.Count} articles, {story.Outlets.Count} outlets ({string.Join(", ", story.Outlets)}), {story.Start:yyyy-MM-dd} to {story.End:yyyy-MM-dd}");
            output.WriteLine($"  terms: {string.Join(" ", story.TopTerms)}");
            foreach (var title in story.ArticleIds.Select(id => titles[id]).Where(t => t.Length > 0).Distinct().Take(parse.GetValue(titlesShown)))
            {
                output.WriteLine($"  - {title}");
            }
        }

        return ExitCodes.Success;
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
