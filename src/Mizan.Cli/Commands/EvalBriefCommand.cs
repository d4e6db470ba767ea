using System.CommandLine;
using System.Text.Json;
using Mizan.Briefs;
using Mizan.Core.Json;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval brief FILE [--explain]</c>: reads a brief written by <c>mizan brief … --json</c> and counts what a
/// brief must never show: summaries with two items sharing more than 60% of their content words, speakers that open
/// with a preposition or a pronoun, and claims about a period or rank word (سنوي, نهائي). Each target is 0.
/// </summary>
internal sealed class EvalBriefCommand : Command
{
    private readonly CliConsole console;
    private readonly Argument<string> file = new("file") { Description = "A brief as JSON (mizan brief … --json)." };
    private readonly Option<bool> explain = new("--explain") { Description = "List every case found (standard error)." };

    public EvalBriefCommand(CliConsole console)
        : base("brief", "Count what a brief must never show: a summary repeating itself, a speaker behind a preposition, a claim about سنوي/نهائي.")
    {
        this.console = console;
        Arguments.Add(file);
        Options.Add(explain);
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
}
