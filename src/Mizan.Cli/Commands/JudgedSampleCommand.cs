using System.CommandLine;
using Mizan.Analysis;

namespace Mizan.Cli.Commands;

/// <summary>
/// What <c>mizan eval quotes</c> and <c>mizan eval dates</c> share: a sample of SaudiNewsNet items judged by reading,
/// kept as ids and labels (<c>--gold</c>), recounted from the corpus (<c>--corpus</c>, skipped with a message when it is
/// not there), with the misses listed (<c>--explain</c>); and a new sample drawn to judge (<c>--draw N --days D,...</c>
/// with <c>--part</c>, <c>--seed</c> and <c>--context</c>; <c>--files</c> draws from a folder of saved pages instead).
/// </summary>
/// <typeparam name="TRow">A judged row as the command's gold file holds it.</typeparam>
internal abstract class JudgedSampleCommand<TRow> : Command
{
    private const string DefaultCorpus = "../shared/data/saudinewsnet/dataset";

    /// <summary>
    /// Characters of context before a listed place (a quote's start): a drawn quote's context shows 600 before its cue, and 300
    /// more cover the cue and the subject between it and the quote.
    /// </summary>
    private const int ContextBefore = 900;

    /// <summary>Characters of context after a listed place: enough for the start of a quote and what follows it.</summary>
    private const int ContextAfter = 300;

    private readonly string items;
    private readonly Option<string> gold;
    private readonly Option<string> corpus = new("--corpus") { Description = "The SaudiNewsNet folder of day zips the judged articles come from.", DefaultValueFactory = _ => DefaultCorpus };
    private readonly Option<int> draw;
    private readonly Option<string?> days = new Option<string?>("--days") { Description = "With --draw: the days to draw from (comma-separated, e.g. 2015-08-08,2015-08-09)." }.Dates(list: true);
    private readonly Option<bool> files = new("--files") { Description = "With --draw: draw from every article file of --corpus, each read and cleaned on its own (a folder of saved pages, not SaudiNewsNet days)." };
    private readonly Option<string> part = new("--part") { Description = "With --draw: the part the rows belong to (tune, held-out).", DefaultValueFactory = _ => "held-out" };
    private readonly Option<int> seed;
    private readonly Option<string?> context;

    /// <param name="items">What is judged, plural, for messages and descriptions ("quotes", "date mentions").</param>
    /// <param name="goldFile">The judged sample's default path.</param>
    /// <param name="columns">The gold file's columns, for its description.</param>
    /// <param name="defaultSeed">The seed the command's samples were drawn with.</param>
    protected JudgedSampleCommand(CliConsole console, string name, string description, string items, string goldFile, string columns, int defaultSeed)
        : base(name, description)
    {
        Console = console;
        this.items = items;
        gold = new("--gold") { Description = $"The judged {items} (TSV: {columns}).", DefaultValueFactory = _ => goldFile };
        draw = new Option<int>("--draw") { Description = $"Draw this many {items} at random from --days and print them as rows to judge (the gold left empty; 0: draw none)." }.NotNegative();
        seed = new("--seed") { Description = "With --draw: the seed of the draw.", DefaultValueFactory = _ => defaultSeed };
        context = new("--context") { Description = $"With --draw: write the text around each drawn one to this file, to judge it by reading; with --explain: the text around each one not found as judged (keep the file out of the repository)." };
        Explain = new("--explain") { Description = $"List every judged one of the {items} not found as judged." };
        Options.Add(gold);
        Options.Add(corpus);
        Options.Add(Explain);
        Options.Add(draw);
        Options.Add(days);
        Options.Add(files);
        Options.Add(part);
        Options.Add(seed);
        Options.Add(context);
        SetAction(Run);
    }

    protected CliConsole Console { get; }

    protected Option<bool> Explain { get; }

    /// <summary>Loads the judged rows; a bad line is an <see cref="InvalidDataException"/> naming the file and line.</summary>
    protected abstract List<TRow> Load(string path);

    /// <summary>Recounts the judged rows from the corpus and prints the table (and the misses when explaining).</summary>
    /// <param name="contextPath">When explaining: write the text around each miss to this file, to read it.</param>
    protected abstract int Score(string folder, List<TRow> rows, bool explaining, string? contextPath);

    /// <summary>Draws <paramref name="count"/> items from the days (<see cref="DayCorpus.Draw"/>) and prints them as rows to judge.</summary>
    protected abstract int Draw(string folder, List<string> drawDays, int count, string partName, int drawSeed, string? contextPath);

    /// <summary>
    /// The judged articles, each day's zip cleaned as one batch and analysed (<see cref="DayCorpus.Analyse"/>), by id;
    /// null with <paramref name="code"/> set when a day is not in the corpus (skipped, said so) or an article is not
    /// in its day (a failure naming it).
    /// </summary>
    protected Dictionary<string, (string Text, TextAnalysis Analysis)>? Judged(string folder, IEnumerable<string> articleIds, out int code)
    {
        var wanted = articleIds.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, (string Text, TextAnalysis Analysis)>(StringComparer.Ordinal);
        foreach (var day in wanted.Select(DayCorpus.DayOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, day);
            if (!File.Exists(path))
            {
                Console.Out.WriteLine($"skipped: {path} not found.");
                code = ExitCodes.Success;
                return null;
            }

            foreach (var (id, text, analysis) in DayCorpus.Analyse(DayCorpus.Articles(path), wanted.Contains))
            {
                found[id] = (text, analysis);
            }
        }

        var missing = wanted.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"mizan eval {Name}: {missing.Count} judged article(s) not found in {folder}, e.g. {missing[0]}.");
            code = ExitCodes.Failed;
            return null;
        }

        code = ExitCodes.Success;
        return found;
    }

    /// <summary>
    /// Every article of the days to draw from, each day's zip cleaned as one batch and analysed, with its publication
    /// date; null (said as skipped) when a day is not in the corpus.
    /// </summary>
    protected List<(string Id, string Text, TextAnalysis Analysis, string? Published)>? DrawFrom(string folder, List<string> drawDays)
    {
        ArgumentNullException.ThrowIfNull(drawDays);
        var all = new List<(string, string, TextAnalysis, string?)>();
        foreach (var day in drawDays)
        {
            var path = Path.Combine(folder, Path.HasExtension(day) ? day : day + ".zip");
            if (!File.Exists(path))
            {
                Console.Out.WriteLine($"skipped: {path} not found.");
                return null;
            }

            Console.Error.WriteLine($"analysing {path} ...");
            var articles = DayCorpus.Articles(path);
            var published = articles.ToDictionary(a => a.Id, a => a.Input.Published, StringComparer.Ordinal);
            all.AddRange(DayCorpus.Analyse(articles, _ => true).Select(a => (a.Id, a.Text, a.Analysis, published[a.Id])));
        }

        return all;
    }

    /// <summary>
    /// Writes the text around each listed place to a file for reading: a header line, then the text from
    /// <see cref="ContextBefore"/> characters before the place to <see cref="ContextAfter"/> after it, the place marked ⟦⟧.
    /// </summary>
    protected static void WriteContexts(string path, IEnumerable<(string Header, string Text, int At)> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        using var writer = new StreamWriter(path);
        foreach (var (header, text, at) in places)
        {
            var place = Math.Clamp(at, 0, text.Length);
            var from = Math.Max(0, place - ContextBefore);
            var to = Math.Min(text.Length, place + ContextAfter);
            writer.WriteLine($"=== {header}");
            writer.WriteLine(text[from..place] + "⟦⟧" + text[place..to]);
            writer.WriteLine();
        }
    }

    /// <summary>A use of the command of its own (eval quotes --check), tried before the gold is scored; null when none is asked for.</summary>
    protected virtual int? Other(ParseResult parse, string folder) => null;

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(corpus) ?? DefaultCorpus;
        if (!Directory.Exists(folder))
        {
            Console.Out.WriteLine($"skipped: corpus folder '{folder}' not found (the judged {items} name articles of SaudiNewsNet; give its folder with --corpus).");
            return ExitCodes.Success;
        }

        if (parse.GetValue(draw) is > 0 and var count)
        {
            var drawDays = DayCorpus.Days(parse.GetValue(days));
            if (parse.GetValue(files) == (drawDays.Count > 0))
            {
                Console.Error.WriteLine($"mizan eval {Name}: --draw needs either --days or --files.");
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(files))
            {
                drawDays = DayCorpus.Files(folder);
            }

            return Draw(folder, drawDays, count, parse.GetValue(part)!, parse.GetValue(seed), parse.GetValue(context));
        }

        if (Other(parse, folder) is { } done)
        {
            return done;
        }

        var goldPath = parse.GetValue(gold)!;
        if (!File.Exists(goldPath))
        {
            Console.Error.WriteLine($"mizan eval {Name}: judged {items} '{goldPath}' not found.");
            return ExitCodes.Failed;
        }

        List<TRow> rows;
        try
        {
            rows = Load(goldPath);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"mizan eval {Name}: {e.Message}");
            return ExitCodes.Failed;
        }

        return Score(folder, rows, parse.GetValue(Explain), parse.GetValue(context));
    }
}
