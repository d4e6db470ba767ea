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
}
