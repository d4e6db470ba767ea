using System.Globalization;
using System.CommandLine;
using System.Text.Json;
using Mizan.Briefs;
using Mizan.Core.Json;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval brief FILE [--explain]</c>: reads a brief written by <c>mizan brief … --json</c> and counts what a
/// brief must never show: summaries with two items sharing more than 60% of their content words, speakers that open
/// with a preposition or a pronoun, and claims about a period or rank word (سنوي, نهائي). Each target is 0. With
/// <c>--conflicts</c> it recounts the conflicts judged by reading (docs/conflicts-judged.tsv, protocol in
/// docs/figures.md) that the brief still shows; <c>--draw-conflicts N</c> draws pairs of conflicting values to judge.
/// </summary>
internal sealed class EvalBriefCommand : Command
{
    private readonly CliConsole console;
    private readonly Argument<string> file = new("file") { Description = "A brief as JSON (mizan brief … --json)." };
    private readonly Option<bool> explain = new("--explain") { Description = "List every case found (standard error)." };
    private readonly Option<string?> conflicts = new("--conflicts") { Description = "Judged conflict pairs (TSV: " + JudgedConflicts.Header.Replace('\t', ' ') + "): count, per part and label, those the brief still shows as a conflict." };
    private readonly Option<int> drawConflicts = new Option<int>("--draw-conflicts") { Description = "Draw this many conflict claims at random, two values of each, and print them as rows to judge (label empty)." }.NotNegative();
    private readonly Option<int> seed = new("--seed") { Description = "With --draw-conflicts: the seed of the draw.", DefaultValueFactory = _ => 1 };
    private readonly Option<string> part = new("--part") { Description = "With --draw-conflicts: the part the rows belong to (tune, held-out).", DefaultValueFactory = _ => "held-out" };
    private readonly Option<string?> context = new("--context") { Description = "With --draw-conflicts: write the text around both values of each drawn pair to this file, to judge them by reading (keep it out of the repository)." };

    public EvalBriefCommand(CliConsole console)
        : base("brief", "Count what a brief must never show: a summary repeating itself, a speaker behind a preposition, a claim about سنوي/نهائي.")
    {
        this.console = console;
        Arguments.Add(file);
        Options.Add(explain);
        Options.Add(conflicts);
        Options.Add(drawConflicts);
        Options.Add(seed);
        Options.Add(part);
        Options.Add(context);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var path = parse.GetValue(file)!;
        BriefDocument? brief;
        try
        {
            using var stream = File.OpenRead(path);
            brief = JsonSerializer.Deserialize<BriefDocument>(stream, MizanJson.Compact);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            console.Error.WriteLine($"mizan eval brief: {path}: cannot be read as a brief ({e.Message}).");
            return ExitCodes.Failed;
        }

        if (brief is null)
        {
            console.Error.WriteLine($"mizan eval brief: {path}: holds no brief.");
            return ExitCodes.Failed;
        }

        if (parse.GetValue(drawConflicts) is > 0 and var count)
        {
            return DrawConflicts(brief, count, parse.GetValue(seed), parse.GetValue(part)!, parse.GetValue(context));
        }

        if (parse.GetValue(conflicts) is { } judgedPath)
        {
            return CountConflicts(brief, judgedPath, parse.GetValue(explain));
        }

        var counts = BriefChecks.Count(brief);
        console.Out.WriteLine($"stories: {counts.Stories:N0} ({counts.Summaries:N0} with a summary of two items or more), quote rows: {counts.QuoteRows:N0}, claims: {counts.Claims:N0}");
        console.Out.WriteLine($"summaries with two items sharing more than 60% of their content words: {counts.RepeatingSummaries.Count:N0} (target 0)");
        console.Out.WriteLine($"speakers opening with a preposition or a pronoun: {counts.PrepositionSpeakers.Count:N0} (target 0)");
        console.Out.WriteLine($"claims about a period or rank word (سنوي, نهائي, …): {counts.PeriodClaims.Count:N0} (target 0)");
        if (parse.GetValue(explain))
        {
            foreach (var line in counts.RepeatingSummaries.Concat(counts.PrepositionSpeakers).Concat(counts.PeriodClaims))
            {
                console.Error.WriteLine(line);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>Characters of text shown on each side of a drawn value.</summary>
    private const int ContextWidth = 300;

    private int DrawConflicts(BriefDocument brief, int count, int drawSeed, string partName, string? contextPath)
    {
        var drawn = JudgedConflicts.Draw(brief, count, drawSeed, partName);
        var total = JudgedConflicts.Conflicts(brief).Count;
        console.Out.WriteLine(JudgedConflicts.Header);
        foreach (var (row, _, _, _) in drawn)
        {
            console.Out.WriteLine(JudgedConflicts.Format(row));
        }

        console.Error.WriteLine($"drew {drawn.Count} of {total:N0} conflict claims (seed {drawSeed}).");
        if (contextPath is not null)
        {
            var articles = brief.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
            using var writer = new StreamWriter(contextPath);
            var number = 0;
            foreach (var (row, story, first, second) in drawn)
            {
                writer.WriteLine($"=== {++number} story: {story.Headline}");
                foreach (var (name, evidence) in new[] { ("A", first), ("B", second) })
                {
                    var article = articles[evidence.ArticleId];
                    var text = article.Text ?? string.Empty;
                    var from = Math.Max(0, evidence.Start - ContextWidth);
                    var to = Math.Min(text.Length, evidence.End + ContextWidth);
                    writer.WriteLine($"--- {name}: {JudgedConflicts.NameOf(article)} | {article.Outlet ?? "-"} | {article.Published ?? "-"} | {article.Title}");
                    writer.WriteLine(text[from..evidence.Start] + "⟦" + text[evidence.Start..evidence.End] + "⟧" + text[evidence.End..to]);
                }

                writer.WriteLine();
            }
        }

        return ExitCodes.Success;
    }

    private int CountConflicts(BriefDocument brief, string judgedPath, bool explaining)
    {
        List<JudgedConflict> rows;
        try
        {
            rows = JudgedConflicts.Load(judgedPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.Error.WriteLine($"mizan eval brief: {e.Message}");
            return ExitCodes.Failed;
        }

        var total = JudgedConflicts.Conflicts(brief).Count;
        var shownIn = JudgedConflicts.ShownIn(brief);
        console.Out.WriteLine($"conflict claims in the brief: {total:N0}");
        console.Out.WriteLine("| part | judged pairs in this brief | " + string.Join(" | ", JudgedConflicts.Labels.Select(l => $"{l}: still shown / judged")) + " | real conflicts among those still shown |");
        console.Out.WriteLine("|---|---:|" + string.Concat(JudgedConflicts.Labels.Select(_ => "---:|")) + "---:|");
        foreach (var byPart in rows.GroupBy(r => r.Part, StringComparer.Ordinal))
        {
            var inBrief = byPart.Select(r => (Row: r, Shown: shownIn(r))).Where(x => x.Shown is not null).ToList();
            if (inBrief.Count == 0)
            {
                continue;
            }

            var cells = JudgedConflicts.Labels.Select(l => $"{inBrief.Count(x => x.Row.Label == l && x.Shown == true)} / {inBrief.Count(x => x.Row.Label == l)}");
            var shown = inBrief.Count(x => x.Shown == true);
            var real = inBrief.Count(x => x.Shown == true && x.Row.Label == JudgedConflicts.Labels[0]);
            console.Out.WriteLine($"| {byPart.Key} | {inBrief.Count} | {string.Join(" | ", cells)} | {real} of {shown} ({(shown == 0 ? "-" : (100.0 * real / shown).ToString("0.0", CultureInfo.InvariantCulture) + "%")}) |");
            if (explaining)
            {
                foreach (var (row, isShown) in inBrief)
                {
                    console.Error.WriteLine($"{(isShown == true ? "shown" : "gone")}\t{JudgedConflicts.Format(row)}");
                }
            }
        }

        return ExitCodes.Success;
    }
}
