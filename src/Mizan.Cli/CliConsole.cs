namespace Mizan.Cli;

/// <summary>The streams a command reads and writes: the process's own, or a test's.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error);
}
