using System.CommandLine;
using System.Globalization;
using Mizan.Figures;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval dates</c>: the date reader against date mentions judged by reading (docs/dates-judged.tsv, protocol in
/// docs/figures.md). Each judged mention is read again from its article (the mention covering its offset) and counts as
/// right when its reading is the judged one; <c>--draw</c> draws a new sample to judge (fixed seed).
/// </summary>
internal sealed class EvalDatesCommand(CliConsole console) : JudgedSampleCommand<EvalDatesCommand.JudgedDate>(
    console,
    "dates",
    "Score the date reader against date mentions judged by reading (--gold), or draw a sample to judge (--draw).",
    "date mentions",
    "docs/dates-judged.tsv",
    "part, article, start, text, read, gold",
    60)
{
    /// <summary>The judgement of a span that is not a date at all.</summary>
    private const string NotADate = "not-a-date";

    private const string Header = "part\tarticle\tstart\ttext\tread\tgold";

    protected override int Score(string folder, List<JudgedDate> rows, bool explaining, string? contextPath)
    {
        if (Judged(folder, rows.Select(r => r.Article), out var code) is not { } articles)
        {
            return code;
        }

        var datesOf = articles.ToDictionary(p => p.Key, p => p.Value.Analysis.Dates, StringComparer.Ordinal);
        var places = new List<(string Header, string Text, int At)>();
        Console.Out.WriteLine("| part | judged | right | wrong reading | no longer read | right, of all |");
        Console.Out.WriteLine("|---|---:|---:|---:|---:|---:|");
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
                places.Add(($"{name} {row.Article} {row.Start} {row.Text} gold: {row.Gold}", articles[row.Article].Text, row.Start));
                errors.Add($"{name}\t{row.Article}\t{row.Start}\t{row.Text}\tgold: {row.Gold}\tgot: {(found is null ? "(not read)" : reading)}");
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {judged} | {right} | {wrong} | {gone} | {(judged == 0 ? 0 : 100.0 * right / judged):N1}% |"));
        }

        if (explaining)
        {
            Console.Out.WriteLine();
            foreach (var line in errors)
            {
                Console.Out.WriteLine(line);
            }

            if (contextPath is not null)
            {
                WriteContexts(contextPath, places);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Draws mentions uniformly from every date mention read in the days: all articles of each day are cleaned as one
    /// batch and analysed; the mentions, in day, article and offset order, are shuffled by <see cref="Random"/> with the
    /// seed (Fisher-Yates), and the first <paramref name="count"/> are printed in article order.
    /// </summary>
    protected override int Draw(string folder, List<string> drawDays, int count, string partName, int drawSeed, string? contextPath)
    {
        if (DrawFrom(folder, drawDays) is not { } days)
        {
            return ExitCodes.Success;
        }

        var all = days.SelectMany(a => a.Analysis.Dates.Select(d => (a.Id, a.Text, Date: d, a.Published))).ToList();
        var drawn = DayCorpus.Draw(all, count, drawSeed);
        Console.Error.WriteLine($"drew {drawn.Count} of {all.Count:N0} date mentions (seed {drawSeed}).");
        Console.Out.WriteLine(Header);
        foreach (var (id, _, date, _) in drawn)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{partName}\t{id}\t{date.Start}\t{OneLine(date.Text)}\t{date.Reading()}\t"));
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
    protected override List<JudgedDate> Load(string path)
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
