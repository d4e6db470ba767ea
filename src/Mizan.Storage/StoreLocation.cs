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

    /// <summary>
    /// Opens the store at <paramref name="location"/> for a verb that only reads it (search, export): a store file
    /// that does not exist is an error naming it, never created empty (an empty store would answer "0 hits" as if
    /// the articles were not there). A server store is opened as it is.
    /// </summary>
    /// <exception cref="StoreException">No store file is there, or the location cannot be opened as a store.</exception>
    public static IArticleStore OpenExisting(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!IsPostgres(location) && !File.Exists(location))
        {
            throw new StoreException($"no store at {location}: nothing has been ingested there (mizan ingest FILES --db {location} makes one).");
        }

        return Open(location);
    }

    /// <summary>Whether opening <paramref name="location"/> would create its store (a store file not there yet).</summary>
    public static bool IsNew(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return !IsPostgres(location) && !File.Exists(location);
    }

    /// <summary>
    /// Removes a store file this run created and left empty (with SQLite's journal files), once it is closed: a
    /// command that failed leaves nothing behind. A server store is never removed.
    /// </summary>
    public static void Discard(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (IsPostgres(location))
        {
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { location, location + "-wal", location + "-shm", location + "-journal", location + Sqlite.SqliteArticleStore.GroupingLockSuffix })
        {
            File.Delete(file);
        }
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
