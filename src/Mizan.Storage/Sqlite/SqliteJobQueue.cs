using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Mizan.Storage.Sqlite;

/// <summary>
/// The job queue in a SQLite store's <c>jobs</c> table, for workers in several processes on one machine: each queue
/// has its own connection to the file, and a claim takes SQLite's write lock first (<c>BEGIN IMMEDIATE</c>), so two
/// workers never read the same job as free. Leases are in milliseconds since 1970 on this machine's clock. Safe to
/// use from several threads: calls on one queue take turns on its connection.
/// </summary>
public sealed class SqliteJobQueue : IJobQueue, IDisposable
{
    /// <summary>How long a claim waits for another worker's write lock: as long as the article store waits.</summary>
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly SqliteConnection connection;
    private readonly Lock turn = new();

    private SqliteJobQueue(SqliteConnection connection, string location)
    {
        this.connection = connection;
        Location = location;
    }

    public string Location { get; }

    /// <summary>Opens the queue of the store file at <paramref name="path"/>, creating and migrating the store when needed.</summary>
    /// <exception cref="StoreException">The file is not a SQLite database, or cannot be opened or migrated.</exception>
    public static SqliteJobQueue Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using (SqliteArticleStore.Open(path))
        {
            // Opening the store applies its migrations, the jobs table among them; the queue then needs only its own connection.
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            command.ExecuteNonQuery();
            return new SqliteJobQueue(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot be used as a Mizan store ({e.Message}).", e);
        }
    }

    public int Enqueue(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        lock (turn)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO jobs (path, enqueued) VALUES ($path, $now) ON CONFLICT (path) DO NOTHING;";
            var path = command.Parameters.Add("$path", SqliteType.Text);
            command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            var added = 0;
            foreach (var value in paths)
            {
                path.Value = value;
                added += command.ExecuteNonQuery();
            }

            transaction.Commit();
            return added;
        }
    }

    public Job? Claim(string worker, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(worker);
        lock (turn)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var now = DateTimeOffset.UtcNow;

            // A job whose holders all let their lease run out has used its attempts: it fails instead of being claimed again.
            using (var expire = connection.CreateCommand())
            {
                expire.Transaction = transaction;
                expire.CommandText = """
                    UPDATE jobs SET state = 'failed', worker = NULL, lease_until = NULL, finished = $finished,
                        last_error = 'the lease ran out on every attempt'
                    WHERE state = 'running' AND lease_until < $now AND attempts >= $max;
                    """;
                expire.Parameters.AddWithValue("$finished", now.ToString("O", CultureInfo.InvariantCulture));
                expire.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                expire.Parameters.AddWithValue("$max", JobLimits.MaxAttempts);
                expire.ExecuteNonQuery();
            }

            using var claim = connection.CreateCommand();
            claim.Transaction = transaction;
            claim.CommandText = """
                UPDATE jobs SET state = 'running', worker = $worker, lease_until = $until, attempts = attempts + 1
                WHERE id = (
                    SELECT id FROM jobs
                    WHERE state = 'pending' OR (state = 'running' AND lease_until < $now)
                    ORDER BY id
                    LIMIT 1)
                RETURNING id, path, attempts;
                """;
            claim.Parameters.AddWithValue("$worker", worker);
            claim.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            claim.Parameters.AddWithValue("$until", (now + lease).ToUnixTimeMilliseconds());
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
    }

    public bool Renew(long id, string worker, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(worker);
        lock (turn)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE jobs SET lease_until = $until WHERE id = $id AND worker = $worker AND state = 'running';";
            command.Parameters.AddWithValue("$until", (DateTimeOffset.UtcNow + lease).ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$worker", worker);
            return command.ExecuteNonQuery() == 1;
        }
    }

    public void Complete(long id, string worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        lock (turn)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE jobs SET state = 'done', lease_until = NULL, finished = $finished
                WHERE id = $id AND worker = $worker AND state = 'running';
                """;
            command.Parameters.AddWithValue("$finished", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$worker", worker);
            if (command.ExecuteNonQuery() != 1)
            {
                throw NotHeld(id, worker);
            }
        }
    }

    public void Fail(long id, string worker, string reason)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(reason);
        lock (turn)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE jobs SET
                    state = CASE WHEN attempts >= $max THEN 'failed' ELSE 'pending' END,
                    worker = CASE WHEN attempts >= $max THEN worker END,
                    lease_until = NULL,
                    last_error = $reason,
                    finished = CASE WHEN attempts >= $max THEN $finished END
                WHERE id = $id AND worker = $worker AND state = 'running';
                """;
            command.Parameters.AddWithValue("$max", JobLimits.MaxAttempts);
            command.Parameters.AddWithValue("$reason", reason);
            command.Parameters.AddWithValue("$finished", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$worker", worker);
            if (command.ExecuteNonQuery() != 1)
            {
                throw NotHeld(id, worker);
            }
        }
    }

    public JobCounts Counts()
    {
        lock (turn)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT COUNT(*) FILTER (WHERE state = 'pending'), COUNT(*) FILTER (WHERE state = 'running'),
                    COUNT(*) FILTER (WHERE state = 'done'), COUNT(*) FILTER (WHERE state = 'failed')
                FROM jobs;
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            return new JobCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }
    }

    public void Dispose()
    {
        lock (turn)
        {
            connection.Dispose();
        }
    }

    private StoreException NotHeld(long id, string worker) =>
        new($"{Location}: job {id} is not held by {worker}: it is finished, or its lease ran out and another worker claimed it.");
}
