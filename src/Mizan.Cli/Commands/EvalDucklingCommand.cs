using System.CommandLine;
using Mizan.Figures;
using Mizan.Figures.Evaluation;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval duckling [--corpus DIR] [--show N]</c>: Duckling's Arabic Numeral and Time example corpora as an
/// outside test suite: passed/total per dimension, and the misses grouped by the grain Duckling expects. Time runs
/// twice: leaning to the future (Duckling's convention: a bare weekday is the next one) and to the past (Mizan's
/// news default: the last one); the misses listed are those of the first.
/// </summary>
internal sealed class EvalDucklingCommand : Command
{
    private const string DefaultCorpus = "../shared/data/duckling-arabic";

    private readonly CliConsole console;
    private readonly Option<string> corpus = new("--corpus")
    {
        Description = "The duckling-arabic folder (Duckling/<Dimension>/AR/Corpus.hs).",
        DefaultValueFactory = _ => DefaultCorpus,
    };

    private readonly Option<int> show = new Option<int>("--show") { Description = "How many misses to list per dimension (0: none).", DefaultValueFactory = _ => 15 }.NotNegative();

    public EvalDucklingCommand(CliConsole console)
        : base("duckling", "Run Duckling's Arabic Numeral and Time examples through Mizan's number and date readers.")
    {
        this.console = console;
        Options.Add(corpus);
        Options.Add(show);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(corpus) ?? DefaultCorpus;
        var status = ExitCodes.Success;
        foreach (var dimension in new[] { "Numeral", "Time" })
        {
            var path = Path.Combine(folder, "Duckling", dimension, "AR", "Corpus.hs");
            if (!File.Exists(path))
            {
                console.Error.WriteLine($"mizan eval duckling: {path} not found.");
                status = ExitCodes.Failed;
                continue;
            }

            var examples = DucklingCorpus.Parse(dimension, File.ReadAllText(path));
            var results = examples.Select(e => DucklingEvaluation.Run(e, DateLean.Future)).ToList();
            var passed = results.Count(r => r.Passed);
            var label = dimension == "Time" ? " leaning to the future (Duckling's convention)" : string.Empty;
            console.Out.WriteLine($"{dimension}{label}: {passed} of {results.Count} examples ({100.0 * passed / Math.Max(1, results.Count):N1}%)");
            if (dimension == "Time")
            {
                var past = examples.Count(e => DucklingEvaluation.Run(e, DateLean.Past).Passed);
                console.Out.WriteLine($"{dimension} leaning to the past (Mizan's news default): {past} of {results.Count} examples ({100.0 * past / Math.Max(1, results.Count):N1}%)");
            }

            foreach (var group in results.Where(r => !r.Passed).GroupBy(r => r.Example.Interval ? $"{r.Example.Grain} span" : r.Example.Grain).OrderByDescending(g => g.Count()))
            {
                console.Out.WriteLine($"  missed, expected grain {group.Key}: {group.Count()}");
            }

            foreach (var miss in results.Where(r => !r.Passed).Take(parse.GetValue(show)))
            {
                console.Out.WriteLine($"    «{miss.Example.Phrase}» expected {miss.Example.Expected} ({miss.Example.Grain}), got {miss.Got ?? "nothing"}");
            }
        }

        return status;
    }
}
