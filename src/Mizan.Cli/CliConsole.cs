namespace Mizan.Cli;

/// <summary>The streams a command reads and writes: the process's own, or a test's.</summary>
/// <param name="ErrorIsTerminal">Standard error is a terminal, so a progress bar may be drawn there.</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool ErrorIsTerminal = false)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected);
}
