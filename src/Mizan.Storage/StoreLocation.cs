using Mizan.Storage.Sqlite;

namespace Mizan.Storage;

/// <summary>Opens the store a <c>--db</c> value or the <c>MIZAN_DB</c> variable names; <c>mizan.db</c> in the current folder by default.</summary>
public static class StoreLocation
{
    public const string DefaultFile = "mizan.db";
    public const string EnvironmentVariable = "MIZAN_DB";

    /// <summary>The location to use: the option when given, else the environment variable, else the default file.</summary>
    public static string Resolve(string? option, string? environment) =>
        !string.IsNullOrWhiteSpace(option) ? option : !string.IsNullOrWhiteSpace(environment) ? environment : DefaultFile;

    /// <summary>Opens (creating and migrating when needed) the store at <paramref name="location"/>.</summary>
    /// <exception cref="StoreException">The location cannot be opened as a store.</exception>
    public static IArticleStore Open(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return IsPostgres(location) ? Postgres.PostgresArticleStore.Open(location) : SqliteArticleStore.Open(location);
    }

    /// <summary>Opens the job queue of the store at <paramref name="location"/>, for several workers sharing it.</summary>
    /// <exception cref="StoreException">The location cannot be opened as a store.</exception>
    public static IJobQueue OpenQueue(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return IsPostgres(location) ? Postgres.PostgresJobQueue.Open(location) : SqliteJobQueue.Open(location);
    }

    private static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>A server address without its password, for messages.</summary>
    public static string Redacted(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        // Only a password is hidden: postgres://mizan@host has none to hide.
        return Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? location.Replace(uri.UserInfo + "@", uri.UserInfo.Split(':')[0] + ":***@", StringComparison.Ordinal)
            : location;
    }
}

/// <summary>A store that cannot be opened or used; the message names the store and the reason.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
