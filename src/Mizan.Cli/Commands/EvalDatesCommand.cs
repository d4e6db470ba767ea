using System.CommandLine;
using System.Globalization;
using Mizan.Figures;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval dates</c>: the date reader against date mentions judged by reading (docs/dates-judged.tsv, protocol in
/// docs/figures.md). Each judged mention is read again from its article (the mention covering its offset) and counts as
/// right when its reading is the judged one; <c>--draw</c> draws a new sample to judge (fixed seed).
/// </summary>
internal sealed class EvalDatesCommand : Command
{
    private const string DefaultCorpus = "../shared/data/saudinewsnet/dataset";

    /// <summary>The judgement of a span that is not a date at all.</summary>
    private const string NotADate = "not-a-date";

    private const string Header = "part\tarticle\tstart\ttext\tread\tgold";

    private readonly CliConsole console;
    private readonly Option<string> gold = new("--gold") { Description = "The judged date mentions (TSV: part, article, start, text, read, gold).", DefaultValueFactory = _ => "docs/dates-judged.tsv" };
    private readonly Option<string> corpus = new("--corpus") { Description = "The SaudiNewsNet folder of day zips the judged articles come from.", DefaultValueFactory = _ => DefaultCorpus };
    private readonly Option<bool> explain = new("--explain") { Description = "List every judged mention not read as judged." };
    private readonly Option<int> draw = new Option<int>("--draw") { Description = "Draw this many date mentions at random from --days and print them as rows to judge (the gold left empty; 0: draw none)." }.NotNegative();
    private readonly Option<string?> days = new Option<string?>("--days") { Description = "With --draw: the days to draw from (comma-separated, e.g. 2015-08-08,2015-08-09)." }.Dates(list: true);
    private readonly Option<string> part = new("--part") { Description = "With --draw: the part the rows belong to (tune, held-out).", DefaultValueFactory = _ => "held-out" };
    private readonly Option<int> seed = new("--seed") { Description = "With --draw: the seed of the draw.", DefaultValueFactory = _ => 60 };
    private readonly Option<string?> context = new("--context") { Description = "With --draw: write each drawn mention's surrounding text and publication date to this file, to judge it by reading (keep it out of the repository)." };

    public EvalDatesCommand(CliConsole console)
        : base("dates", "Score the date reader against date mentions judged by reading (--gold), or draw a sample to judge (--draw).")
    {
        this.console = console;
        Options.Add(gold);
        Options.Add(corpus);
        Options.Add(explain);
        Options.Add(draw);
        Options.Add(days);
        Options.Add(part);
        Options.Add(seed);
        Options.Add(context);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(corpus) ?? DefaultCorpus;
        if (!Directory.Exists(folder))
        {
            console.Out.WriteLine($"skipped: corpus folder '{folder}' not found (the judged dates name articles of SaudiNewsNet; give its folder with --corpus).");
            return ExitCodes.Success;
        }

        if (parse.GetValue(draw) is > 0 and var count)
        {
            var drawDays = DayCorpus.Days(parse.GetValue(days));
            if (drawDays.Count == 0)
            {
                console.Error.WriteLine("mizan eval dates: --draw needs --days.");
                return ExitCodes.UsageError;
            }

            return Draw(folder, drawDays, count, parse.GetValue(part)!, parse.GetValue(seed), parse.GetValue(context));
        }

        var goldPath = parse.GetValue(gold)!;
        if (!File.Exists(goldPath))
        {
            console.Error.WriteLine($"mizan eval dates: judged dates '{goldPath}' not found.");
            return ExitCodes.Failed;
        }

        List<JudgedDate> rows;
        try
        {
            rows = Load(goldPath);
        }
        catch (InvalidDataException e)
        {
            console.Error.WriteLine($"mizan eval dates: {e.Message}");
            return ExitCodes.Failed;
        }

        return Score(folder, rows, parse.GetValue(explain));
    }

    private int Score(string folder, List<JudgedDate> rows, bool explaining)
    {
        var wanted = rows.Select(r => r.Article).ToHashSet(StringComparer.Ordinal);
        var datesOf = new Dictionary<string, IReadOnlyList<DateMention>>(StringComparer.Ordinal);
        foreach (var day in rows.Select(r => DayCorpus.DayOf(r.Article)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, day);
            if (!File.Exists(path))
            {
                console.Out.WriteLine($"skipped: {path} not found.");
                return ExitCodes.Success;
            }

            foreach (var (id, _, analysis) in DayCorpus.Analyse(DayCorpus.Articles(path), wanted.Contains))
            {
                datesOf[id] = analysis.Dates;
            }
        }

        var missing = wanted.Where(id => !datesOf.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            console.Error.WriteLine($"mizan eval dates: {missing.Count} judged article(s) not found in {folder}, e.g. {missing[0]}.");
            return ExitCodes.Failed;
        }

        console.Out.WriteLine("| part | judged | right | wrong reading | no longer read | right, of all |");
        console.Out.WriteLine("|---|---:|---:|---:|---:|---:|");
        var errors = new List<string>();
        foreach (var name in rows.Select(r => r.Part).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            int judged = 0, right = 0, wrong = 0, gone = 0;
            foreach (var row in rows.Where(r => r.Part == name))
            {
                judged++;
                // The mention that covers the judged offset: a rule that later widens a mention (23 من يوليو for يوليو) is
                // still weighed on the judged place.
                var found = datesOf[row.Article].FirstOrDefault(d => d.Start <= row.Start && row.Start < d.End);
                var reading = found?.Reading() ?? NotADate;
                if (reading == row.Gold)
                {
                    right++;
                    continue;
                }

                wrong += found is null ? 0 : 1;
                gone += found is null ? 1 : 0;
                errors.Add($"{name}\t{row.Article}\t{row.Start}\t{row.Text}\tgold: {row.Gold}\tgot: {(found is null ? "(not read)" : reading)}");
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {judged} | {right} | {wrong} | {gone} | {(judged == 0 ? 0 : 100.0 * right / judged):N1}% |"));
        }

        if (explaining)
        {
            console.Out.WriteLine();
            foreach (var line in errors)
            {
                console.Out.WriteLine(line);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Draws mentions uniformly from every date mention read in the days: all articles of each day are cleaned as one
    /// batch and analysed; the mentions, in day, article and offset order, are shuffled by <see cref="Random"/> with the
    /// seed (Fisher-Yates), and the first <paramref name="count"/> are printed in article order.
    /// </summary>
    private int Draw(string folder, List<string> drawDays, int count, string partName, int drawSeed, string? contextPath)
    {
        var all = new List<(string Id, string Text, DateMention Date, string? Published)>();
        foreach (var day in drawDays)
        {
            var path = Path.Combine(folder, day + ".zip");
            if (!File.Exists(path))
            {
                console.Out.WriteLine($"skipped: {path} not found.");
                return ExitCodes.Success;
            }

            console.Error.WriteLine($"analysing {path} ...");
            var articles = DayCorpus.Articles(path);
            var published = articles.ToDictionary(a => a.Id, a => a.Input.Published, StringComparer.Ordinal);
            foreach (var (id, text, analysis) in DayCorpus.Analyse(articles, _ => true))
            {
                all.AddRange(analysis.Dates.Select(d => (id, text, d, published[id])));
            }
        }

        var drawn = DayCorpus.Draw(all, count, drawSeed);
        console.Error.WriteLine($"drew {drawn.Count} of {all.Count:N0} date mentions (seed {drawSeed}).");
        console.Out.WriteLine(Header);
        foreach (var (id, _, date, _) in drawn)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{partName}\t{id}\t{date.Start}\t{OneLine(date.Text)}\t{date.Reading()}\t"));
        }

        if (contextPath is not null)
        {
            using var writer = new StreamWriter(contextPath);
            var number = 0;
            foreach (var (id, text, date, when) in drawn)
            {
                number++;
                var from = Math.Max(0, date.Start - 300);
                var to = Math.Min(text.Length, date.End + 150);
                writer.WriteLine($"=== {number} {id} {date.Start} published {when ?? "unknown"} read: {date.Reading()}");
                writer.WriteLine(text[from..date.Start] + "⟦" + text[date.Start..date.End] + "⟧" + text[date.End..to]);
                writer.WriteLine();
            }
        }

        return ExitCodes.Success;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    /// <summary>Reads the judged mentions: comment lines (#) and the header skipped; a bad line is named by number.</summary>
    internal static List<JudgedDate> Load(string path)
    {
        var rows = new List<JudgedDate>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line == Header)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 6 || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var start) || cells[5].Length == 0)
            {
                throw new InvalidDataException($"{path}:{number}: expected part, article, start (a number), text, read and gold (not empty), tab-separated.");
            }

            rows.Add(new JudgedDate(cells[0], cells[1], start, cells[3], cells[4], cells[5]));
        }

        return rows;
    }

    /// <summary>A date mention judged by reading: where it is, what Mizan read when it was drawn, and the right reading.</summary>
    internal sealed record JudgedDate(string Part, string Article, int Start, string Text, string Read, string Gold);
}
