using System.CommandLine;
using Mizan.Figures;
using Mizan.Figures.Evaluation;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval duckling [--corpus DIR] [--show N]</c>: Duckling's Arabic Numeral (with its Egyptian and Levantine
/// AR/EG corpus), Ordinal, AmountOfMoney and Time example corpora as an outside test suite: passed/total per dimension, and the misses grouped by the grain Duckling expects. Time runs
/// three times: leaning to the future against Duckling's values (its convention: a bare weekday is the next one), and
/// leaning to the past (Mizan's news default: the last one) against Duckling's values and against the values the
/// examples take read the way news means them (<c>--news</c>, docs/duckling-time-news.tsv); the misses of the first
/// and the last are listed.
/// </summary>
internal sealed class EvalDucklingCommand : Command
{
    private const string DefaultCorpus = "../shared/data/duckling-arabic";
    private const string DefaultNews = "docs/duckling-time-news.tsv";

    /// <summary>The corpora run, in order: the dimension, the path of its Corpus.hs under Duckling/, and how it is named.</summary>
    private static readonly (string Dimension, string[] Parts, string Name)[] Corpora =
    [
        ("Numeral", ["Numeral", "AR"], "Numeral"),
        ("Numeral", ["Numeral", "AR", "EG"], "Numeral AR/EG (Egyptian and Levantine forms)"),
        ("Ordinal", ["Ordinal", "AR"], "Ordinal"),
        ("AmountOfMoney", ["AmountOfMoney", "AR"], "AmountOfMoney"),
        ("Time", ["Time", "AR"], "Time"),
    ];

    private readonly CliConsole console;
    private readonly Option<string> corpus = new("--corpus")
    {
        Description = "The duckling-arabic folder (Duckling/<Dimension>/AR/Corpus.hs).",
        DefaultValueFactory = _ => DefaultCorpus,
    };

    private readonly Option<string> news = new("--news")
    {
        Description = "The Time examples' values read the way news means them (docs/figures.md has the protocol).",
        DefaultValueFactory = _ => DefaultNews,
    };

    private readonly Option<bool> list = new("--list") { Description = "Print the Time examples numbered (number, grain, Duckling's value, phrase) and stop: the numbers the news-convention labels use." };

    private readonly Option<int> show = new Option<int>("--show") { Description = "How many misses to list per dimension (0: none).", DefaultValueFactory = _ => 15 }.NotNegative();

    public EvalDucklingCommand(CliConsole console)
        : base("duckling", "Run Duckling's Arabic Numeral (AR and AR/EG), Ordinal, AmountOfMoney and Time examples through Mizan's number, ordinal, figure and date readers.")
    {
        this.console = console;
        Options.Add(corpus);
        Options.Add(show);
        Options.Add(list);
        Options.Add(news);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(corpus) ?? DefaultCorpus;
        var status = ExitCodes.Success;
        foreach (var (dimension, parts, name) in Corpora)
        {
            var path = Path.Combine([folder, "Duckling", .. parts, "Corpus.hs"]);
            if (!File.Exists(path))
            {
                console.Error.WriteLine($"mizan eval duckling: {path} not found.");
                status = ExitCodes.Failed;
                continue;
            }

            var examples = DucklingCorpus.Parse(dimension, File.ReadAllText(path));
            if (parse.GetValue(list))
            {
                if (dimension == "Time")
                {
                    for (var i = 0; i < examples.Count; i++)
                    {
                        console.Out.WriteLine($"{i + 1}\t{examples[i].Grain}{(examples[i].Interval ? " span" : string.Empty)}\t{examples[i].Expected}\t{examples[i].Phrase}");
                    }
                }

                continue;
            }

            var results = examples.Select(e => DucklingEvaluation.Run(e, DateLean.Future)).ToList();
            var passed = results.Count(r => r.Passed);
            var label = dimension == "Time" ? " leaning to the future (Duckling's convention)" : string.Empty;
            console.Out.WriteLine($"{name}{label}: {passed} of {results.Count} examples ({Percent(passed, results.Count)})");
            ListMisses(results, parse.GetValue(show));
            if (dimension == "Time")
            {
                var past = examples.Count(e => DucklingEvaluation.Run(e, DateLean.Past).Passed);
                console.Out.WriteLine($"{dimension} leaning to the past, against Duckling's values: {past} of {results.Count} examples ({Percent(past, results.Count)})");
                status = Math.Max(status, NewsReading(parse, examples));
            }
        }

        return status;
    }

    /// <summary>
    /// Scores the news reading against the labelled news values. Labels that are bad, or missing where --news named
    /// them, fail the command; the default file missing (run outside the repository's root) is only said.
    /// </summary>
    private int NewsReading(ParseResult parse, IReadOnlyList<DucklingExample> examples)
    {
        var path = parse.GetValue(news) ?? DefaultNews;
        if (!File.Exists(path))
        {
            var given = parse.GetResult(news) is { Implicit: false };
            console.Error.WriteLine($"mizan eval duckling: {path} not found: the news reading is not scored{(given ? string.Empty : " (run from the repository's root, or give --news)")}.");
            return given ? ExitCodes.Failed : ExitCodes.Success;
        }

        IReadOnlyList<(DucklingExample Example, string Rule)> labelled;
        try
        {
            labelled = DucklingNewsLabels.Parse(File.ReadAllText(path), path).Apply(examples, path);
        }
        catch (FormatException e)
        {
            console.Error.WriteLine($"mizan eval duckling: {e.Message}");
            return ExitCodes.Failed;
        }

        var results = labelled.Select(l => DucklingEvaluation.Run(l.Example, DateLean.Past)).ToList();
        var passed = results.Count(r => r.Passed);
        var moved = Enumerable.Range(0, examples.Count).Count(i => labelled[i].Example.Expected != examples[i].Expected);
        console.Out.WriteLine($"Time read the way news means it (Mizan's default, leaning to the past), against {path} ({moved} values not Duckling's): {passed} of {results.Count} examples ({Percent(passed, results.Count)})");
        foreach (var rule in labelled.Select((l, i) => (l.Rule, results[i].Passed)).GroupBy(x => x.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            console.Out.WriteLine($"  rule {rule.Key}: {rule.Count(x => x.Passed)} of {rule.Count()}");
        }

        ListMisses(results, parse.GetValue(show));
        return ExitCodes.Success;
    }

    private void ListMisses(IReadOnlyList<DucklingResult> results, int shown)
    {
        foreach (var group in results.Where(r => !r.Passed).GroupBy(r => r.Example.Interval ? $"{r.Example.Grain} span" : r.Example.Grain).OrderByDescending(g => g.Count()))
        {
            console.Out.WriteLine($"  missed, expected grain {group.Key}: {group.Count()}");
        }

        foreach (var miss in results.Where(r => !r.Passed).Take(shown))
        {
            console.Out.WriteLine($"    «{miss.Example.Phrase}» expected {miss.Example.Expected} ({miss.Example.Grain}), got {miss.Got ?? "nothing"}");
        }
    }

    private static string Percent(int part, int whole) => (100.0 * part / Math.Max(1, whole)).ToString("N1", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
