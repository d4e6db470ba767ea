using System.Globalization;
using Npgsql;

namespace Mizan.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, as numbered migrations applied in order, numbered as the SQLite ones are; the database
/// records the versions it has. A migration, once shipped, never changes: a later schema is a new migration.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>
    /// The advisory lock held while migrating, so that stores opened at once in several processes apply each
    /// migration once. The key is "MIZAN" in ASCII followed by 1: any constant works that no other program sharing
    /// the database uses.
    /// </summary>
    public const long MigrationLock = 0x4D495A414E_01;

    /// <summary>The advisory lock the process updating the stored grouping holds (<see cref="PostgresArticleStore.LockGrouping"/>).</summary>
    public const long GroupingLock = 0x4D495A414E_02;

    /// <summary>The advisory lock held while creating a month's partition of <c>articles</c>: "MIZAN" then 2.</summary>
    public const long PartitionLock = 0x4D495A414E_02;

    public static IReadOnlyList<(int Version, string Sql)> All { get; } =
    [
        (1, """
            CREATE TABLE article_ids (
                id text PRIMARY KEY,
                seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
                published_month date NOT NULL
            );
            CREATE TABLE articles (
                seq bigint NOT NULL,
                published_month date NOT NULL,
                id text NOT NULL,
                content_hash text NOT NULL,
                url text,
                outlet text,
                title text,
                published text,
                published_inferred boolean NOT NULL,
                source text,
                format text NOT NULL,
                encoding text,
                raw_text text NOT NULL,
                text text NOT NULL,
                removed jsonb NOT NULL,
                near_duplicate_of text,
                similarity double precision,
                sketch bytea,
                ingested timestamptz NOT NULL,
                PRIMARY KEY (seq, published_month)
            ) PARTITION BY RANGE (published_month);
            CREATE TABLE articles_default PARTITION OF articles DEFAULT;
            CREATE INDEX articles_content_hash ON articles (content_hash, seq);
            CREATE INDEX articles_near_duplicate_of ON articles (near_duplicate_of) WHERE near_duplicate_of IS NOT NULL;
            CREATE TABLE sketch_bands (
                band_key bigint NOT NULL,
                article_seq bigint NOT NULL REFERENCES article_ids (seq),
                PRIMARY KEY (band_key, article_seq)
            );
            """),
        (2, """
            CREATE TABLE jobs (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                path text NOT NULL UNIQUE,
                state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                worker text,
                lease_until timestamptz,
                last_error text,
                enqueued timestamptz NOT NULL DEFAULT now(),
                finished timestamptz
            );
            CREATE INDEX jobs_open ON jobs (id) WHERE state IN ('pending', 'running');
            """),
        (3, """
            ALTER TABLE articles ADD COLUMN terms tsvector;
            CREATE INDEX articles_terms ON articles USING gin (terms);
            """),
        (4, """
            CREATE TABLE analyses (
                article_id text NOT NULL REFERENCES article_ids (id),
                model_version text NOT NULL,
                analysis json NOT NULL,
                analysed timestamptz NOT NULL,
                PRIMARY KEY (article_id, model_version)
            );
            CREATE TABLE stories (
                id text PRIMARY KEY,
                headline text,
                article_ids jsonb NOT NULL,
                outlets jsonb NOT NULL,
                start text,
                "end" text,
                size integer NOT NULL,
                brief json
            );
            CREATE TABLE storylines (id text PRIMARY KEY, story_ids jsonb NOT NULL);
            """),
        (5, """
            ALTER TABLE stories ADD COLUMN position integer;
            ALTER TABLE stories ADD COLUMN built_by text;
            ALTER TABLE stories ADD COLUMN markdown text;
            CREATE TABLE brief_articles (position integer PRIMARY KEY, json text NOT NULL);
            """),
        (6, """
            CREATE TABLE fetched (
                url text PRIMARY KEY,
                outcome text NOT NULL,
                article_id text,
                etag text,
                last_modified text,
                fetched text NOT NULL
            );
            """),
        (7, """
            ALTER TABLE stories ADD COLUMN updated text;
            DROP TABLE brief_articles;
            CREATE TABLE brief_articles (id text COLLATE "C" PRIMARY KEY, json text NOT NULL);
            CREATE TABLE grouping_state (id integer PRIMARY KEY CHECK (id = 1), version text NOT NULL, state bytea NOT NULL);
            """),
        (8, """
            DELETE FROM grouping_state;
            ALTER TABLE grouping_state ADD COLUMN stamp bigint NOT NULL DEFAULT 0;
            CREATE TABLE grouping_stories (number integer PRIMARY KEY, state bytea NOT NULL);
            """),
        // An update deletes the stories past its count and those merged away by position: without the index each delete
        // scans every story.
        (9, """
            CREATE INDEX stories_position ON stories (position);
            """),
    ];

    public static int Latest => All[^1].Version;

    /// <summary>
    /// Brings the schema up to date in one transaction that holds <see cref="MigrationLock"/>: a second process
    /// opening the store at the same moment waits, then finds every migration applied.
    /// </summary>
    /// <exception cref="StoreException">The database's schema is newer than this Mizan knows.</exception>
    public static void Migrate(NpgsqlConnection connection, string location)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock});");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_versions (version integer PRIMARY KEY, applied timestamptz NOT NULL);");
        var current = Version(connection, transaction);
        if (current > Latest)
        {
            throw new StoreException($"{location}: the store's schema is version {current}, newer than this Mizan knows ({Latest}); use a newer Mizan.");
        }

        foreach (var (version, sql) in All.Where(m => m.Version > current))
        {
            Execute(connection, transaction, sql);
            Execute(connection, transaction, $"INSERT INTO schema_versions (version, applied) VALUES ({version.ToString(CultureInfo.InvariantCulture)}, now());");
        }

        transaction.Commit();
    }

    public static int Version(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_versions;", connection, transaction);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
