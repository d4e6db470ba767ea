namespace Mizan.Cli.Tests;

/// <summary>Runs the mizan command tree in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(string input, params string[] args)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = MizanCli.Run(args, new CliConsole(stdin, stdout, stderr));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string Sample(string prefix) => Mizan.Testing.Repository.SamplePath(prefix);
}
