using Microsoft.Data.Sqlite;
using Mizan.Storage.Sqlite;

namespace Mizan.Storage.Tests;

/// <summary>The contract suite against a SQLite file, and what is particular to SQLite.</summary>
public sealed class SqliteStoreTests : ArticleStoreContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-store-" + Guid.NewGuid().ToString("N"));

    public SqliteStoreTests() => Directory.CreateDirectory(folder);

    private string File => Path.Combine(folder, "mizan.db");

    [Fact]
    public void A_new_file_gets_the_latest_schema_in_wal_mode()
    {
        using var store = SqliteArticleStore.Open(File);
        Assert.Equal(SqliteMigrations.All.Max(m => m.Version), store.SchemaVersion);
        using var connection = new SqliteConnection($"Data Source={File}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void A_store_of_schema_8_keeps_its_analyses_and_brief_articles_in_tables_by_row()
    {
        using (var old = new SqliteConnection($"Data Source={File};Pooling=False"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText =
                "CREATE TABLE schema_versions (version INTEGER PRIMARY KEY, applied TEXT NOT NULL);" +
                string.Concat(SqliteMigrations.All.Where(m => m.Version <= 8).Select(m => m.Sql + $"INSERT INTO schema_versions VALUES ({m.Version}, 'then');")) +
                """
                INSERT INTO articles (id, content_hash, published_inferred, format, raw_text, text, removed, ingested)
                    VALUES ('a1', 'h1', 0, 'text', 'نص الخبر', 'نص الخبر', '[]', 'then');
                INSERT INTO analyses VALUES ('a1', 'model-1', '{"id":"a1"}', 'then');
                INSERT INTO brief_articles VALUES ('a1', '{"id":"a1","title":"خبر"}');
                """;
            command.ExecuteNonQuery();
        }

        using (var store = SqliteArticleStore.Open(File))
        {
            Assert.Equal("{\"id\":\"a1\"}", store.FindAnalysis("a1", "model-1")?.Json);
            Assert.Equal("{\"id\":\"a1\",\"title\":\"خبر\"}", System.Text.Encoding.UTF8.GetString(Assert.Single(store.BriefTexts(BriefText.Article))));
        }

        // Rows of kilobytes are stored by row id: kept in a table without one, they made writing the analyses and the
        // briefs' articles slower (README, `mizan bench pipeline` and `mizan brief --db --rebuild`).
        using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        connection.Open();
        using var schema = connection.CreateCommand();
        schema.CommandText = "SELECT sql FROM sqlite_schema WHERE name IN ('analyses', 'brief_articles') ORDER BY name;";
        using var reader = schema.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        Assert.Equal(2, tables.Count);
        Assert.All(tables, sql => Assert.DoesNotContain("WITHOUT ROWID", sql, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_name()
    {
        System.IO.File.WriteAllText(File, "this is not a database, only text that is long enough to be a header.");
        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(File));
        Assert.StartsWith(File, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_location_is_mizan_db_unless_an_option_or_the_variable_says_otherwise()
    {
        Assert.Equal("mizan.db", StoreLocation.Resolve(null, null));
        Assert.Equal("env.db", StoreLocation.Resolve(null, "env.db"));
        Assert.Equal("opt.db", StoreLocation.Resolve("opt.db", "env.db"));
    }

    [Fact]
    public void A_server_address_is_shown_without_its_password()
    {
        Assert.Equal("postgres://mizan:***@db.example:5432/news", StoreLocation.Redacted("postgres://mizan:s3cret@db.example:5432/news"));
    }

    protected override IArticleStore CreateStore() => SqliteArticleStore.Open(File);

    protected override IArticleStore Reopen() => SqliteArticleStore.Open(File);

    protected override void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
