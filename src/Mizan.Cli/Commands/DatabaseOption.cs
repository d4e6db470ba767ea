using System.CommandLine;
using Mizan.Storage;

namespace Mizan.Cli.Commands;

/// <summary>The <c>--db</c> option every verb that touches the store takes.</summary>
internal static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"The store: a SQLite file path, or a postgres://user:password@host:port/database URL (default {StoreLocation.DefaultFile}, or ${StoreLocation.EnvironmentVariable} when set).",
    };

    public static string Resolve(string? option) =>
        StoreLocation.Resolve(option, Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable));

    /// <summary>
    /// Opens the store a verb works on (with <paramref name="existing"/>, only one that is there:
    /// <see cref="StoreLocation.OpenExisting"/>); when it cannot be opened, says why as "mizan VERB: …" and returns null,
    /// for the verb to exit with <see cref="ExitCodes.Failed"/>.
    /// </summary>
    public static IArticleStore? Open(CliConsole console, string verb, string location, bool existing = false)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            return existing ? StoreLocation.OpenExisting(location) : StoreLocation.Open(location);
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"mizan {verb}: {e.Message}");
            return null;
        }
    }
}
