using System.CommandLine;
using Mizan.Cli.Commands;

namespace Mizan.Cli;

/// <summary>Builds the mizan command tree and runs it.</summary>
internal static class MizanCli
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("Mizan weighs how Arabic news outlets tell the same story.");
        root.Subcommands.Add(new AnalyzeCommand(console));
        root.Subcommands.Add(new IngestCommand(console));
        root.Subcommands.Add(new WorkCommand(console));
        root.Subcommands.Add(new SearchCommand(console));
        root.Subcommands.Add(new ExportCommand(console));
        root.Subcommands.Add(new BriefCommand(console));
        root.Subcommands.Add(new BenchCommand(console));
        root.Subcommands.Add(new EvalCommand(console));
        root.Subcommands.Add(new NerCommand(console));
        root.Subcommands.Add(new ServeCommand(console));
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        var parse = Build(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"mizan: {error.Message}");
            }

            console.Error.WriteLine("Run 'mizan --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
