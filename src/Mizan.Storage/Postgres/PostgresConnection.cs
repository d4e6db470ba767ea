using Npgsql;

namespace Mizan.Storage.Postgres;

/// <summary>
/// Turns a store location into an Npgsql data source: a <c>postgres://</c> or <c>postgresql://</c> URL
/// (<c>postgres://user:password@host:port/database?sslmode=require</c>), or a plain Npgsql
/// <c>Host=...;Database=...</c> connection string.
/// </summary>
internal static class PostgresConnection
{
    /// <summary>libpq's URL query parameters that Npgsql names differently; any other is passed to Npgsql as it is.</summary>
    private static readonly Dictionary<string, string> QueryKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["user"] = "Username",
        ["dbname"] = "Database",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["target_session_attrs"] = "Target Session Attributes",
        ["sslmode"] = "SSL Mode",
    };

    public static bool IsUrl(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The location as it may be shown: a URL without its password, a connection string without its password.</summary>
    public static string Redacted(string location)
    {
        if (IsUrl(location))
        {
            return StoreLocation.Redacted(location);
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(location);
            builder.Remove("Password");
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(an unreadable PostgreSQL connection string)";
        }
    }

    /// <summary>The Npgsql connection string for a location.</summary>
    /// <exception cref="StoreException">The location is neither a PostgreSQL URL nor an Npgsql connection string.</exception>
    public static string ConnectionString(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        try
        {
            return IsUrl(location) ? FromUrl(location) : new NpgsqlConnectionStringBuilder(location).ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new StoreException($"{Redacted(location)}: not a PostgreSQL address ({e.Message}).", e);
        }
    }

    /// <summary>A data source for the location, its schema brought up to date.</summary>
    /// <exception cref="StoreException">The server cannot be reached or refuses the login, or the schema cannot be migrated.</exception>
    public static NpgsqlDataSource OpenMigrated(string location)
    {
        var shown = Redacted(location);
        var settings = new NpgsqlConnectionStringBuilder(ConnectionString(location));

        // Ingest runs the same few lookups once per article, and planning them (about a millisecond each over the
        // partitions) costs more than running them: the server keeps each one prepared, unless the location sets
        // its own limit. The store and the queue issue about a dozen distinct statements; 20 holds them all.
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 20;
        }

        // Every call takes a pooled connection and changes no session setting, so a connection needs no reset
        // (one more statement on the server) each time it goes back to the pool.
        settings.NoResetOnClose = true;
        var dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        try
        {
            using var connection = dataSource.OpenConnection();
            PostgresMigrations.Migrate(connection, shown);
            return dataSource;
        }
        catch (NpgsqlException e)
        {
            dataSource.Dispose();
            throw new StoreException($"{shown}: cannot be used as a Mizan store ({e.Message}).", e);
        }
        catch (StoreException)
        {
            dataSource.Dispose();
            throw;
        }
    }

    private static string FromUrl(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri))
        {
            throw new FormatException("expected postgres://user:password@host:port/database");
        }

        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.DnsSafeHost.Length > 0)
        {
            builder.Host = uri.DnsSafeHost;
        }

        // A URL without a port has Port -1 here, as the scheme has no default port that Uri knows.
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = Uri.UnescapeDataString(equals < 0 ? string.Empty : pair[(equals + 1)..].Replace('+', ' '));
            var name = QueryKeys.GetValueOrDefault(key, key);

            // libpq spells SSL modes with a hyphen (verify-full); Npgsql reads its names (VerifyFull) in any case.
            builder[name] = name == "SSL Mode" ? value.Replace("-", string.Empty, StringComparison.Ordinal) : value;
        }

        return builder.ConnectionString;
    }
}
