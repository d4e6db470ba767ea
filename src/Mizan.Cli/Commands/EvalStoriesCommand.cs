using System.CommandLine;
using System.Globalization;
using Mizan.Briefs;
using Mizan.Entities;
using Mizan.Ingest.Sources;
using Mizan.Stories.Evaluation;
using Mizan.Stories;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval stories --gold FILE [--corpus DIR]</c> scores the grouping on a development set labelled by reading
/// (<see cref="EvalStoriesGold"/>). <c>mizan eval stories [--corpus DIR]</c> builds labelled pairs from the corpus
/// itself (wire copies must share a story; articles one to three days apart about disjoint places must not) and scores
/// the grouping on them, for the whole corpus and for each half of its days.
/// </summary>
internal sealed class EvalStoriesCommand : Command
{
    private const string DefaultCorpus = "../shared/data/saudinewsnet/dataset";

    private readonly CliConsole console;
    private readonly Option<string[]> corpus = new("--corpus")
    {
        Description = "A folder of .zip/.json article arrays (SaudiNewsNet's layout) or of saved pages. With several --gold files, one --corpus for each, in the same order.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<int> pairs = new Option<int>("--apart-pairs") { Description = "How many 'apart' pairs to sample.", DefaultValueFactory = _ => 5000 }.Positive();
    private readonly Option<int> seed = new("--seed") { Description = "Seed of the sampling.", DefaultValueFactory = _ => 1 };
    private readonly Option<string[]> gold = new("--gold")
    {
        Description = "A labelled development set (docs/stories-dev.tsv): score events and storylines, with and without dates, beside a tf-idf + average-link baseline. Repeatable (each file's halves are scored, and --fit tunes on every tuning half given).",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> explain = new("--explain") { Description = "With --gold: print each story that mixes events, each event split across stories and each storyline that mixes storylines (standard error)." };
    private readonly Option<bool> fit = new("--fit") { Description = "With --gold: fit the grouping's weights and thresholds on the tuning halves (A; with docs/stories-web-2.tsv given too, W2 for articles without a title) and print them." };
    private readonly Option<string?> baselineAt = new("--baseline-at") { Description = "With --gold: also cut the baseline at these cosine thresholds, EVENTS,STORYLINES (e.g. 0.29,0.18, half A's best), beside its best on each half." };
    private readonly Option<bool> sweep = new("--sweep") { Description = "With --gold: group each half again with every join threshold moved by the same amount (-4 to +1 log-odds) and print the F1 of each: how far a stream's best bar lies from the one chosen on half A (a diagnosis; nothing is chosen from it)." };
    private readonly Option<bool> noBaseline = new("--no-baseline") { Description = "With --gold: skip the baseline." };
    private readonly Option<string?> db = new("--db") { Description = "With --gold: score the stories this store holds (a SQLite file or a postgres:// URL, as `mizan ingest --db` or `mizan bench pipeline --db` left them, grouped among every article it holds) on the labelled articles it holds, instead of grouping the labelled articles alone." };
    private readonly Option<bool> entities = new("--entities") { Description = "Give the grouping the people and organizations each article names, as the brief does (runs the entity tagger first)." };

    public EvalStoriesCommand(CliConsole console)
        : base("stories", "Score story grouping: on a labelled development set (--gold: events and storylines, pairwise P/R/F1, beside a baseline), or on pairs built from a corpus by rule (wire copies together; different places and days apart).")
    {
        this.console = console;
        Options.Add(corpus);
        Options.Add(pairs);
        Options.Add(seed);
        Options.Add(entities);
        Options.Add(gold);
        Options.Add(noBaseline);
        Options.Add(baselineAt);
        Options.Add(explain);
        Options.Add(fit);
        Options.Add(sweep);
        Options.Add(db);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folders = parse.GetValue(corpus) is { Length: > 0 } given ? given : [DefaultCorpus];
        if (parse.GetValue(gold) is { Length: > 0 } goldPaths)
        {
            if (folders.Length != goldPaths.Length)
            {
                console.Error.WriteLine($"mizan eval stories: {goldPaths.Length} --gold files take {goldPaths.Length} --corpus folders, one for each in the same order; {(parse.GetValue(corpus) is { Length: > 0 } ? folders.Length.ToString(CultureInfo.InvariantCulture) : "none")} given.");
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(db) is { } location)
            {
                if (parse.GetValue(fit) || parse.GetValue(sweep) || parse.GetValue(explain) || parse.GetValue(baselineAt) is not null || parse.GetValue(corpus) is { Length: > 0 })
                {
                    console.Error.WriteLine("mizan eval stories: --db scores the stories a store holds, whose texts it holds too: --corpus, --fit, --sweep, --explain and --baseline-at group the labelled articles themselves and do not go with it.");
                    return ExitCodes.UsageError;
                }

                using var store = DatabaseOption.Open(console, "eval stories", DatabaseOption.Resolve(location), existing: true);
                return store is null ? ExitCodes.Failed : new EvalStoriesGold(console).RunStored(goldPaths, store, location);
            }

            (double, double)? cut = null;
            if (parse.GetValue(baselineAt) is { } text)
            {
                var parts = text.Split(',');
                if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var events) || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lines)
                    || events is <= 0 or >= 1 || lines is <= 0 or >= 1)
                {
                    console.Error.WriteLine($"mizan eval stories: --baseline-at takes two cosine thresholds between 0 and 1, EVENTS,STORYLINES (e.g. 0.29,0.18), not '{text}'.");
                    return ExitCodes.UsageError;
                }

                cut = (events, lines);
            }

            return new EvalStoriesGold(console).Run(goldPaths.Zip(folders).ToList(), !parse.GetValue(noBaseline), parse.GetValue(explain), parse.GetValue(fit), cut, parse.GetValue(sweep));
        }

        if (folders.Length > 1)
        {
            console.Error.WriteLine("mizan eval stories: without --gold, one --corpus folder.");
            return ExitCodes.UsageError;
        }

        var folder = folders[0];
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"mizan eval stories: corpus folder '{folder}' not found.");
            return ExitCodes.Failed;
        }

        console.Error.WriteLine($"reading {folder} ...");
        var inputs = ArticleSources.Articles(folder).DistinctBy(a => a.Id).ToList();
        var keys = new IReadOnlyList<string>?[inputs.Count];
        if (parse.GetValue(entities))
        {
            console.Error.WriteLine("tagging entities ...");
            Parallel.For(0, inputs.Count, i => keys[i] = [.. StoryGrouping.StoryEntityKeys(EntityRecognizer.Default.Recognize(inputs[i].Text), inputs[i].Text)]);
        }

        var articles = inputs.Select((a, i) => new StoryArticle(a.Id, ParseDate(a.Published), a.Outlet, a.Text, a.Title, EntityKeys: keys[i])).ToList();
        var labelled = articles.Select(a => new LabelledArticle(a.Id, a.Outlet, a.Published, a.Text)).ToList();

        console.Error.WriteLine("labelling and grouping ...");
        var labels = GroupingLabeller.Build(labelled, parse.GetValue(pairs), parse.GetValue(seed));
        var clusterer = new StoryClusterer();
        foreach (var article in StoryClusterer.Order(articles))
        {
            clusterer.Add(article);
        }

        var storyOf = clusterer.Stories().SelectMany(s => s.ArticleIds.Select(id => (id, s.Id))).ToDictionary(x => x.id, x => x.Id, StringComparer.Ordinal);
        var days = articles.Where(a => a.Published is not null).Select(a => a.Published!.Value.Date).Distinct().Order().ToList();
        var middle = days[days.Count / 2];
        var published = articles.ToDictionary(a => a.Id, a => a.Published, StringComparer.Ordinal);

        Report("all days", labels, storyOf);
        Report($"days before {middle:yyyy-MM-dd}", Subset(labels, id => published[id] is { } p && p.Date < middle), storyOf);
        Report($"days from {middle:yyyy-MM-dd}", Subset(labels, id => published[id] is { } p && p.Date >= middle), storyOf);
        return ExitCodes.Success;
    }

    private void Report(string name, GroupingLabels labels, IReadOnlyDictionary<string, int> storyOf)
    {
        var score = GroupingScore.Of(labels, storyOf);
        console.Out.WriteLine($"{name}: wire copies together {score.TogetherRecall:P1} of {score.Together:N0} pairs; different places and days apart {score.ApartPrecision:P1} of {score.Apart:N0} pairs");
    }

    private static GroupingLabels Subset(GroupingLabels labels, Func<string, bool> keep) =>
        new(labels.Together.Where(p => keep(p.First) && keep(p.Second)).ToList(), labels.Apart.Where(p => keep(p.First) && keep(p.Second)).ToList());

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
