using System.CommandLine;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan eval ...</c>: quality measured against outside data, printed with the figures the README reports.</summary>
internal sealed class EvalCommand : Command
{
    public EvalCommand(CliConsole console)
        : base("eval", "Measure quality against reference data (stems, dates and numbers, entities, main-text extraction).")
    {
        Subcommands.Add(new EvalStemsCommand(console));
        Subcommands.Add(new EvalNerCommand(console));
        Subcommands.Add(new EvalStoriesCommand(console));
        Subcommands.Add(new EvalExtractionCommand(console));
        Subcommands.Add(new EvalDucklingCommand(console));
        Subcommands.Add(new EvalFiguresCommand(console));
        Subcommands.Add(new EvalQuotesCommand(console));
        Subcommands.Add(new EvalDatesCommand(console));
        Subcommands.Add(new EvalBriefCommand(console));
    }
}
