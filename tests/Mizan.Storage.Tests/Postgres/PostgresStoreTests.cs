using System.Globalization;
using Mizan.Storage.Postgres;
using Npgsql;

namespace Mizan.Storage.Tests.Postgres;

/// <summary>The contract suite against a PostgreSQL database of its own per test, and what is particular to PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : ArticleStoreContract
{
    private readonly string url = server.CreateDatabase();

    [Fact]
    public void Articles_of_two_months_land_in_two_partitions_and_an_undated_one_in_the_month_it_was_ingested()
    {
        using var store = PostgresArticleStore.Open(url);
        var december = Article("a", "2021-12-09");
        var january = Article("b", "2022-01-31T23:00:00+03:00");
        var undated = Article("c", null);
        Assert.Equal(3, store.Add([december, january, undated], _ => []));

        var ingestMonth = PostgresArticleStore.PartitionName(PostgresArticleStore.PublishedMonth(null, DateTime.UtcNow));
        var placed = Query("SELECT id, tableoid::regclass::text FROM articles ORDER BY id;");
        Assert.Equal([("a", "articles_y2021m12"), ("b", "articles_y2022m01"), ("c", ingestMonth)], placed);
        Assert.Equal("2022-01-31T23:00:00+03:00", store.Find("b")!.Published);
    }

    [Fact]
    public void A_month_is_read_from_the_first_ten_characters_else_from_the_ingest_time()
    {
        var ingested = new DateTime(2024, 3, 15, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2021, 12, 1), PostgresArticleStore.PublishedMonth("2021-12-09", ingested));
        Assert.Equal(new DateOnly(2021, 12, 1), PostgresArticleStore.PublishedMonth("2021-12-31T22:00:00Z", ingested));
        Assert.Equal(new DateOnly(2024, 3, 1), PostgresArticleStore.PublishedMonth("9 December 2021", ingested));
        Assert.Equal(new DateOnly(2024, 3, 1), PostgresArticleStore.PublishedMonth("2021-13-01", ingested));
        Assert.Equal(new DateOnly(2024, 3, 1), PostgresArticleStore.PublishedMonth(null, ingested));
        Assert.Equal("articles_y0987m04", PostgresArticleStore.PartitionName(new DateOnly(987, 4, 1)));
    }

    [Fact]
    public void Two_stores_opened_at_once_migrate_the_database_once()
    {
        var stores = new PostgresArticleStore[4];
        Concurrently.Run(stores.Length, i => stores[i] = PostgresArticleStore.Open(url));
        foreach (var store in stores)
        {
            Assert.Equal(PostgresMigrations.Latest, store.SchemaVersion);
            store.Dispose();
        }

        var once = PostgresMigrations.All.Select(m => (m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), "1")).ToList();
        Assert.Equal(once, Query("SELECT version, COUNT(*) FROM schema_versions GROUP BY version ORDER BY version;"));
        using var again = PostgresArticleStore.Open(url);
        Assert.Equal(PostgresMigrations.Latest, again.SchemaVersion);
    }

    [Fact]
    public void Stores_adding_the_same_new_month_at_once_create_its_partition_once()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => PostgresArticleStore.Open(url)).ToArray();
        try
        {
            Concurrently.Run(stores.Length, i => stores[i].Add([Article("x" + i, "2019-05-0" + (i + 1)), Article("shared", "2019-05-20")], _ => []));
            Assert.Equal(5, stores[0].Counts().Articles);
            Assert.Equal([("articles_y2019m05", "5")], Query("SELECT tableoid::regclass::text, COUNT(*) FROM articles GROUP BY 1;"));
        }
        finally
        {
            foreach (var store in stores)
            {
                store.Dispose();
            }
        }
    }

    [Fact]
    public void An_id_twice_in_one_batch_is_stored_once()
    {
        using var store = PostgresArticleStore.Open(url);
        Assert.Equal(1, store.Add([Article("a", "2021-12-09"), Article("a", "2022-01-01") with { RawText = "آخر" }], _ => []));
        Assert.Equal("2021-12-09", store.Find("a")!.Published);
    }

    [Fact]
    public void A_month_whose_rows_already_sit_in_the_default_partition_keeps_adding_there()
    {
        using (var store = PostgresArticleStore.Open(url))
        {
            Execute("""
                INSERT INTO article_ids (id, published_month) VALUES ('old', '2001-02-01');
                INSERT INTO articles (seq, published_month, id, content_hash, published_inferred, format, raw_text, text, removed, ingested)
                SELECT seq, published_month, id, 'h', false, 'text', 'نص', 'نص', '[]', now() FROM article_ids WHERE id = 'old';
                """);
        }

        using var again = PostgresArticleStore.Open(url);
        Assert.Equal(1, again.Add([Article("new", "2001-02-15")], _ => []));
        Assert.Equal([("new", "articles_default"), ("old", "articles_default")], Query("SELECT id, tableoid::regclass::text FROM articles ORDER BY id;"));
        Assert.Equal(["old", "new"], again.Articles().Select(a => a.Id));
    }

    [Fact]
    public void A_batch_with_a_nul_character_is_refused_whole()
    {
        using var store = PostgresArticleStore.Open(url);
        var error = Assert.Throws<StoreException>(() => store.Add([Article("a", "2021-12-09"), Article("b", "2021-12-09") with { RawText = "a\0b" }], _ => []));
        Assert.Contains("NUL", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.Counts().Articles);
    }

    [Fact]
    public void A_postgres_url_opens_a_postgres_store_shown_without_its_password()
    {
        var withPassword = url.Replace("postgres://mizan@", "postgresql://mizan:s%40cret@", StringComparison.Ordinal);
        using var store = StoreLocation.Open(withPassword);
        Assert.IsType<PostgresArticleStore>(store);
        Assert.Equal(withPassword.Replace("s%40cret", "***", StringComparison.Ordinal), store.Location);
    }

    [Fact]
    public void An_npgsql_connection_string_is_accepted_too_and_shown_without_its_password()
    {
        var database = new Uri(url).AbsolutePath.TrimStart('/');
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString(database)) { Password = "secret" };
        using var store = PostgresArticleStore.Open(builder.ConnectionString);
        Assert.Equal(0, store.Counts().Articles);
        Assert.DoesNotContain("secret", store.Location, StringComparison.Ordinal);
        Assert.Contains("Database=" + database, store.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_that_does_not_answer_is_refused_with_its_address_without_the_password()
    {
        var unreachable = url.Replace("postgres://mizan@127.0.0.1:" + server.Port, "postgres://mizan:pw@127.0.0.1:1", StringComparison.Ordinal);
        var error = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(unreachable));
        Assert.StartsWith("postgres://mizan:***@127.0.0.1:1/", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(":pw@", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_becomes_the_matching_npgsql_settings()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnection.ConnectionString("postgresql://us%3Aer:p%40ss@db.example:6543/news%20ar?sslmode=verify-full&application_name=mizan"));
        Assert.Equal(("db.example", 6543, "us:er", "p@ss", "news ar", SslMode.VerifyFull, "mizan"), (settings.Host, settings.Port, settings.Username, settings.Password, settings.Database, settings.SslMode, settings.ApplicationName));
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(PostgresConnection.ConnectionString("postgres://u@h/d")).Port);
        Assert.Throws<StoreException>(() => PostgresConnection.ConnectionString("postgres://u@h/d?no_such_setting=1"));
    }

    protected override IArticleStore CreateStore() => PostgresArticleStore.Open(url);

    protected override IArticleStore Reopen() => PostgresArticleStore.Open(url);

    private static StoredArticle Article(string id, string? published) => new(
        id, "hash-" + id, null, "outlet", null, published, false, "file.txt", "text", "utf-8", "نص " + id, "نص " + id, [], null, null, null);

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(server.ConnectionString(new Uri(url).AbsolutePath.TrimStart('/')));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The rows of a two-column query, each value as text.</summary>
    private List<(string, string)> Query(string sql)
    {
        var database = new Uri(url).AbsolutePath.TrimStart('/');
        using var connection = new NpgsqlConnection(server.ConnectionString(database));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!, Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!));
        }

        return rows;
    }
}
