namespace Mizan.Cli;

/// <summary>The streams a command reads and writes: the process's own, or a test's.</summary>
/// <param name="ErrorIsTerminal">Standard error is a terminal, so a progress bar may be drawn there.</param>
/// <param name="OutBytes">Standard output as bytes, for output of hundreds of megabytes (<see cref="Console.Out"/>
/// flushes at every write); null when output goes only through <paramref name="Out"/> (a test's).</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool ErrorIsTerminal = false, Stream? OutBytes = null)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected, Console.OpenStandardOutput());

    /// <summary>Writes UTF-8 to standard output: straight to its bytes when there are any, else through <see cref="Out"/>.</summary>
    public void WriteOut(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Out.Flush();
        if (OutBytes is not null)
        {
            write(OutBytes);
            OutBytes.Flush();
            return;
        }

        using var bytes = new MemoryStream();
        write(bytes);
        Out.Write(global::System.Text.Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length));
    }
}
