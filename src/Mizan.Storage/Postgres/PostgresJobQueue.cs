using Npgsql;
using NpgsqlTypes;

namespace Mizan.Storage.Postgres;

/// <summary>
/// The job queue in a PostgreSQL store's <c>jobs</c> table, for workers in any number of processes. A claim is one
/// short transaction that locks the oldest claimable row with <c>FOR UPDATE SKIP LOCKED</c>, so workers claiming at
/// once each take a different job without waiting for one another. Leases run on the server's clock. Safe to use
/// from several threads: each call takes its own pooled connection.
/// </summary>
public sealed class PostgresJobQueue : IJobQueue, IDisposable
{
    private readonly NpgsqlDataSource dataSource;

    private PostgresJobQueue(NpgsqlDataSource dataSource, string location)
    {
        this.dataSource = dataSource;
        Location = location;
    }

    /// <summary>The server address, without its password.</summary>
    public string Location { get; }

    /// <summary>Connects to the store a <c>postgres://</c> URL or an Npgsql connection string names, and brings its
    /// schema up to date.</summary>
    /// <exception cref="StoreException">The location is not a PostgreSQL address, the server cannot be reached or
    /// refuses the login, or the schema cannot be migrated.</exception>
    public static PostgresJobQueue Open(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new PostgresJobQueue(PostgresConnection.OpenMigrated(location), PostgresConnection.Redacted(location));
    }

    public int Enqueue(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var distinct = paths.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return 0;
        }

        // WITH ORDINALITY keeps the given order, so ids (and with them claims) follow it.
        using var command = dataSource.CreateCommand("""
            INSERT INTO jobs (path)
            SELECT path FROM unnest($1::text[]) WITH ORDINALITY AS given (path, position) ORDER BY position
            ON CONFLICT (path) DO NOTHING;
            """);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = distinct });
        return command.ExecuteNonQuery();
    }

    public Job? Claim(string worker, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(worker);
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();

        // A job whose holders all let their lease run out has used its attempts: it fails instead of being claimed again.
        using (var expire = new NpgsqlCommand(
            """
            UPDATE jobs SET state = 'failed', worker = NULL, lease_until = NULL, finished = now(),
                last_error = 'the lease ran out on every attempt'
            WHERE state = 'running' AND lease_until < now() AND attempts >= $1;
            """,
            connection,
            transaction))
        {
            expire.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = JobLimits.MaxAttempts });
            expire.ExecuteNonQuery();
        }

        using var claim = new NpgsqlCommand(
            """
            WITH next AS (
                SELECT id FROM jobs
                WHERE state = 'pending' OR (state = 'running' AND lease_until < now())
                ORDER BY id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            UPDATE jobs SET state = 'running', worker = $1, lease_until = now() + $2, attempts = jobs.attempts + 1
            FROM next WHERE jobs.id = next.id
            RETURNING jobs.id, jobs.path, jobs.attempts;
            """,
            connection,
            transaction);
        claim.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = worker });
        claim.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Interval, Value = lease });
        Job? job = null;
        using (var reader = claim.ExecuteReader())
        {
            if (reader.Read())
            {
                job = new Job(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2));
            }
        }

        transaction.Commit();
        return job;
    }

    public bool Renew(long id, string worker, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(worker);
        using var command = dataSource.CreateCommand("UPDATE jobs SET lease_until = now() + $3 WHERE id = $1 AND worker = $2 AND state = 'running';");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = id });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = worker });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Interval, Value = lease });
        return command.ExecuteNonQuery() == 1;
    }

    public void Complete(long id, string worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        using var command = dataSource.CreateCommand("""
            UPDATE jobs SET state = 'done', lease_until = NULL, finished = now()
            WHERE id = $1 AND worker = $2 AND state = 'running';
            """);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = id });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = worker });
        if (command.ExecuteNonQuery() != 1)
        {
            throw NotHeld(id, worker);
        }
    }

    public void Fail(long id, string worker, string reason)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(reason);
        using var command = dataSource.CreateCommand("""
            UPDATE jobs SET
                state = CASE WHEN attempts >= $4 THEN 'failed' ELSE 'pending' END,
                worker = CASE WHEN attempts >= $4 THEN worker END,
                lease_until = NULL,
                last_error = $3,
                finished = CASE WHEN attempts >= $4 THEN now() END
            WHERE id = $1 AND worker = $2 AND state = 'running';
            """);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = id });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = worker });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = reason });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = JobLimits.MaxAttempts });
        if (command.ExecuteNonQuery() != 1)
        {
            throw NotHeld(id, worker);
        }
    }

    public JobCounts Counts()
    {
        using var command = dataSource.CreateCommand("""
            SELECT COUNT(*) FILTER (WHERE state = 'pending'), COUNT(*) FILTER (WHERE state = 'running'),
                COUNT(*) FILTER (WHERE state = 'done'), COUNT(*) FILTER (WHERE state = 'failed')
            FROM jobs;
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new JobCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    public void Dispose() => dataSource.Dispose();

    private StoreException NotHeld(long id, string worker) =>
        new($"{Location}: job {id} is not held by {worker}: it is finished, or its lease ran out and another worker claimed it.");
}
