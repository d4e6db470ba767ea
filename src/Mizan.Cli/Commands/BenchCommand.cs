using System.CommandLine;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan bench ...</c>: throughput and memory over a real corpus.</summary>
internal sealed class BenchCommand : Command
{
    public BenchCommand(CliConsole console)
        : base("bench", "Measure throughput and peak memory over a real corpus.")
    {
        Subcommands.Add(new BenchTextCommand(console));
        Subcommands.Add(new BenchStoriesCommand(console));
        Subcommands.Add(new BenchBriefCommand(console));
        Subcommands.Add(new BenchStoreCommand(console));
        Subcommands.Add(new BenchServeCommand(console));
        Subcommands.Add(new BenchPipelineCommand(console));
    }
}
