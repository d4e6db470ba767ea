namespace Mizan.Cli.Tests;

/// <summary>Runs the mizan command tree in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(string input, params string[] args) => Run(input, errorIsTerminal: false, args);

    /// <summary>Runs with standard error taken for a terminal (or not), as progress bars care.</summary>
    public static (int Exit, string Out, string Error) Run(string input, bool errorIsTerminal, params string[] args)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = MizanCli.Run(args, new CliConsole(stdin, stdout, stderr, errorIsTerminal));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string Sample(string prefix) => Mizan.Testing.Repository.SamplePath(prefix);
}
