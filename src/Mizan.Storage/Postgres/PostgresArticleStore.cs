using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mizan.Core.Articles;
using Mizan.Storage.Search;
using Npgsql;
using NpgsqlTypes;

namespace Mizan.Storage.Postgres;

/// <summary>
/// A store on a PostgreSQL server, for a collection several processes ingest into at once. It behaves as the SQLite
/// store does: each batch is one transaction, an id is stored once, articles come back in the order stored.
/// Articles are partitioned by the month they were published (else the month they were ingested), one table per
/// month, each created the first time a batch needs it; <c>article_ids</c> keeps each id unique across them.
/// Creating a month's table waits for every open read of <c>articles</c> in other sessions, such as an unfinished
/// <see cref="Articles"/>, to end.
/// </summary>
public sealed class PostgresArticleStore : IArticleStore
{
    /// <summary>
    /// One statement per article: its id is claimed in <c>article_ids</c> first, and only a claimed id goes on to
    /// <c>articles</c> and its band keys to <c>sketch_bands</c>; an id already stored returns no row.
    /// </summary>
    private const string InsertSql = """
        WITH claimed AS (
            INSERT INTO article_ids (id, published_month) VALUES ($1, $2)
            ON CONFLICT (id) DO NOTHING
            RETURNING seq, published_month),
        stored AS (
            INSERT INTO articles (seq, published_month, id, content_hash, url, outlet, title, published, published_inferred,
                source, format, encoding, raw_text, text, removed, near_duplicate_of, similarity, sketch, ingested, terms)
            SELECT seq, published_month, $1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, now(),
                to_tsvector('simple', $19)
            FROM claimed
            RETURNING seq),
        bands AS (
            INSERT INTO sketch_bands (band_key, article_seq)
            SELECT DISTINCT key, seq FROM stored, unnest($18::bigint[]) AS key
            ON CONFLICT DO NOTHING)
        SELECT seq FROM stored;
        """;

    private readonly NpgsqlDataSource dataSource;

    /// <summary>Months whose partition this store has seen exist, so a batch asks the server only about new ones.</summary>
    private readonly ConcurrentDictionary<DateOnly, bool> partitions = new();

    private PostgresArticleStore(NpgsqlDataSource dataSource, string location)
    {
        this.dataSource = dataSource;
        Location = location;
    }

    /// <summary>The server address, without its password.</summary>
    public string Location { get; }

    /// <summary>Connects to the database a <c>postgres://</c> URL or an Npgsql connection string names, and brings its
    /// schema up to date.</summary>
    /// <exception cref="StoreException">The location is not a PostgreSQL address, the server cannot be reached or
    /// refuses the login, or the schema cannot be migrated.</exception>
    public static PostgresArticleStore Open(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var store = new PostgresArticleStore(PostgresConnection.OpenMigrated(location), PostgresConnection.Redacted(location));
        store.IndexUnindexed();
        return store;
    }

    /// <summary>The schema version of the database.</summary>
    public int SchemaVersion
    {
        get
        {
            using var connection = dataSource.OpenConnection();
            return PostgresMigrations.Version(connection);
        }
    }

    /// <summary>The month an article is filed under: its publication month when its date reads as yyyy-MM-dd, else
    /// the month of <paramref name="ingested"/>.</summary>
    public static DateOnly PublishedMonth(string? published, DateTime ingested)
    {
        var date = published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : DateOnly.FromDateTime(ingested);
        return new DateOnly(date.Year, date.Month, 1);
    }

    /// <summary>The name of a month's partition of <c>articles</c>, such as <c>articles_y2021m12</c>.</summary>
    public static string PartitionName(DateOnly month) => string.Create(CultureInfo.InvariantCulture, $"articles_y{month.Year:D4}m{month.Month:D2}");

    public IReadOnlySet<string> Existing(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        using var command = dataSource.CreateCommand("SELECT id FROM article_ids WHERE id = ANY($1);");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = ids.ToArray() });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    public string? FindByContentHash(string contentHash)
    {
        using var command = dataSource.CreateCommand("SELECT COALESCE(near_duplicate_of, id) FROM articles WHERE content_hash = $1 ORDER BY seq LIMIT 1;");
        command.Parameters.Add(Text(contentHash));
        return command.ExecuteScalar() as string;
    }

    public IReadOnlyList<SketchCandidate> Candidates(IReadOnlyList<long> bandKeys)
    {
        ArgumentNullException.ThrowIfNull(bandKeys);
        var candidates = new List<SketchCandidate>();
        if (bandKeys.Count == 0)
        {
            return candidates;
        }

        // The join through article_ids gives each candidate's month, so only that month's partition is searched.
        using var command = dataSource.CreateCommand("""
            SELECT a.id, COALESCE(a.near_duplicate_of, a.id), a.sketch
            FROM (SELECT DISTINCT article_seq FROM sketch_bands WHERE band_key = ANY($1)) b
            JOIN article_ids i ON i.seq = b.article_seq
            JOIN articles a ON a.seq = i.seq AND a.published_month = i.published_month
            WHERE a.sketch IS NOT NULL
            ORDER BY a.seq;
            """);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = bandKeys.ToArray() });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            candidates.Add(new SketchCandidate(reader.GetString(0), reader.GetString(1), StoreRows.BytesToSketch((byte[])reader[2])));
        }

        return candidates;
    }

    /// <exception cref="StoreException">An article holds a NUL character, which PostgreSQL text cannot; nothing of
    /// the batch is stored.</exception>
    public int Add(IReadOnlyList<StoredArticle> batch, Func<uint[], long[]> bandKeys)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(bandKeys);
        if (batch.Count == 0)
        {
            return 0;
        }

        var ingested = DateTime.UtcNow;
        var months = new DateOnly[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            RefuseNul(batch[i]);
            months[i] = PublishedMonth(batch[i].Published, ingested);
        }

        using var connection = dataSource.OpenConnection();
        foreach (var month in months.Distinct())
        {
            EnsurePartition(connection, month);
        }

        using var transaction = connection.BeginTransaction();
        using var insert = new NpgsqlBatch(connection, transaction);
        for (var i = 0; i < batch.Count; i++)
        {
            var article = batch[i];
            var command = new NpgsqlBatchCommand(InsertSql);
            command.Parameters.Add(Text(article.Id));
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = months[i] });
            command.Parameters.Add(Text(article.ContentHash));
            command.Parameters.Add(Text(article.Url));
            command.Parameters.Add(Text(article.Outlet));
            command.Parameters.Add(Text(article.Title));
            command.Parameters.Add(Text(article.Published));
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Boolean, Value = article.PublishedInferred });
            command.Parameters.Add(Text(article.Source));
            command.Parameters.Add(Text(article.Format));
            command.Parameters.Add(Text(article.Encoding));
            command.Parameters.Add(Text(article.RawText));
            command.Parameters.Add(Text(article.Text));
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = JsonSerializer.Serialize(article.Removed, StoreRows.RemovedJson) });
            command.Parameters.Add(Text(article.NearDuplicateOf));
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double, Value = article.Similarity is { } similarity ? similarity : DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = article.Sketch is null ? DBNull.Value : StoreRows.SketchToBytes(article.Sketch) });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = article.Sketch is null ? Array.Empty<long>() : bandKeys(article.Sketch) });
            command.Parameters.Add(Text(SearchTerms.IndexText(article.Text)));
            insert.BatchCommands.Add(command);
        }

        var added = 0;
        using (var reader = insert.ExecuteReader())
        {
            do
            {
                while (reader.Read())
                {
                    added++;
                }
            }
            while (reader.NextResult());
        }

        transaction.Commit();
        return added;
    }

    public StoredArticle? Find(string id)
    {
        // The month and seq come from article_ids first, so the server searches one partition by its key.
        using var command = dataSource.CreateCommand($"""
            SELECT {StoreRows.ArticleColumns} FROM articles
            WHERE published_month = (SELECT published_month FROM article_ids WHERE id = $1)
                AND seq = (SELECT seq FROM article_ids WHERE id = $1);
            """);
        command.Parameters.Add(Text(id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? StoreRows.ReadArticle(reader) : null;
    }

    public IReadOnlyList<StoredArticle> FindMany(IReadOnlyList<string> ids, bool withRawText = true)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        // One query for all, each article found by its partition's key, then put in the order asked for.
        using var command = dataSource.CreateCommand($"""
            SELECT {(withRawText ? StoreRows.ArticleColumns : StoreRows.ArticleColumnsWithoutRawText)} FROM articles
            WHERE (published_month, seq) IN (SELECT published_month, seq FROM article_ids WHERE id = ANY($1));
            """);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = ids.Distinct(StringComparer.Ordinal).ToArray() });
        var byId = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var article = StoreRows.ReadArticle(reader);
                byId[article.Id] = article;
            }
        }

        return ids.Select(id => byId.GetValueOrDefault(id)).OfType<StoredArticle>().ToList();
    }

    public IEnumerable<StoredArticle> Articles(bool withRawText = true)
    {
        using var command = dataSource.CreateCommand($"SELECT {(withRawText ? StoreRows.ArticleColumns : StoreRows.ArticleColumnsWithoutRawText)} FROM articles ORDER BY seq;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return StoreRows.ReadArticle(reader);
        }
    }

    public StoreCounts Counts()
    {
        using var command = dataSource.CreateCommand("""
            SELECT COUNT(*), COUNT(near_duplicate_of), COUNT(DISTINCT near_duplicate_of) FROM articles;
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query, SearchFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        var where = new List<string> { "terms @@ q" };
        using var command = dataSource.CreateCommand();
        command.Parameters.Add(Text(query.ToTsQuery()));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
        if (filter.Outlet is not null)
        {
            command.Parameters.Add(Text(filter.Outlet));
            where.Add($"outlet = ${command.Parameters.Count}");
        }

        if (filter.From is { } from)
        {
            command.Parameters.Add(Text(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            where.Add($"substr(published, 1, 10) >= ${command.Parameters.Count}");
        }

        if (filter.To is { } to)
        {
            command.Parameters.Add(Text(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            where.Add($"substr(published, 1, 10) <= ${command.Parameters.Count}");
        }

        // ts_rank counts how often and how densely the terms occur, as bm25 does in SQLite: the same articles, ranked alike.
        command.CommandText = $"""
            SELECT id, outlet, title, published, url, near_duplicate_of, ts_rank(terms, q), text
            FROM articles, to_tsquery('simple', $1) AS q
            WHERE {string.Join(" AND ", where)}
            ORDER BY 7 DESC, seq
            LIMIT $2;
            """;
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), NullableText(reader, 1), NullableText(reader, 2), NullableText(reader, 3), NullableText(reader, 4), NullableText(reader, 5), reader.GetFloat(6), reader.GetString(7)));
        }

        return hits;
    }

    public void SaveAnalyses(IReadOnlyList<StoredAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        if (analyses.Count == 0)
        {
            return;
        }

        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var analysis in analyses)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO analyses (article_id, model_version, analysis, analysed) VALUES ($1, $2, $3, now())
                ON CONFLICT (article_id, model_version) DO UPDATE SET analysis = excluded.analysis, analysed = excluded.analysed;
                """);
            command.Parameters.Add(Text(analysis.ArticleId));
            command.Parameters.Add(Text(analysis.ModelVersion));
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Json, Value = analysis.Json });
            batch.BatchCommands.Add(command);
        }

        batch.ExecuteNonQuery();
        transaction.Commit();
    }

    public IReadOnlyList<string> Unanalysed(string modelVersion, int limit)
    {
        using var command = dataSource.CreateCommand("""
            SELECT i.id FROM article_ids i
            WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = i.id AND n.model_version = $1)
            ORDER BY i.seq LIMIT $2;
            """);
        command.Parameters.Add(Text(modelVersion));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public StoredAnalysis? FindAnalysis(string articleId, string modelVersion)
    {
        using var command = dataSource.CreateCommand("SELECT analysis::text FROM analyses WHERE article_id = $1 AND model_version = $2;");
        command.Parameters.Add(Text(articleId));
        command.Parameters.Add(Text(modelVersion));
        return command.ExecuteScalar() is string json ? new StoredAnalysis(articleId, modelVersion, json) : null;
    }

    public IReadOnlyList<StoredAnalysis> FindAnalyses(IReadOnlyCollection<string> articleIds, string modelVersion)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        using var command = dataSource.CreateCommand("SELECT article_id, analysis::text FROM analyses WHERE model_version = $1 AND article_id = ANY($2);");
        command.Parameters.Add(Text(modelVersion));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = articleIds.ToArray() });
        var found = new List<StoredAnalysis>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(new StoredAnalysis(reader.GetString(0), modelVersion, reader.GetString(1)));
        }

        return found;
    }

    public IEnumerable<StoredArticleKey> ArticleKeys()
    {
        using var command = dataSource.CreateCommand("SELECT id, published FROM articles ORDER BY seq;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredArticleKey(reader.GetString(0), NullableText(reader, 1));
        }
    }

    public void SaveGrouping(GroupingChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var batch = new NpgsqlBatch(connection, transaction);
        void Add(string sql, params NpgsqlParameter[] parameters)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddRange(parameters);
            batch.BatchCommands.Add(command);
        }

        NpgsqlParameter Integer(int value) => new() { NpgsqlDbType = NpgsqlDbType.Integer, Value = value };
        NpgsqlParameter Jsonb(object value) => new() { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = JsonSerializer.Serialize(value) };

        if (change.Replace)
        {
            Add("DELETE FROM stories;");
            Add("DELETE FROM storylines;");
            Add("DELETE FROM brief_articles;");
            Add("DELETE FROM grouping_state;");
            Add("DELETE FROM grouping_stories;");
        }

        if (change.StoryCount is { } count)
        {
            Add("DELETE FROM stories WHERE position >= $1;", Integer(count));
            Add("DELETE FROM grouping_stories WHERE number >= $1;", Integer(count));
        }

        foreach (var number in change.Removed ?? [])
        {
            Add("DELETE FROM stories WHERE position = $1;", Integer(number));
        }

        foreach (var article in change.Articles)
        {
            Add("INSERT INTO brief_articles (id, json) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET json = excluded.json;", Text(article.Id), Text(article.Json));
        }

        var now = StoreRows.Now();
        foreach (var story in change.Stories)
        {
            Add(
                """
                INSERT INTO stories (id, headline, article_ids, outlets, start, "end", size, brief, position, built_by, markdown, updated)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, article_ids = excluded.article_ids, outlets = excluded.outlets,
                    start = excluded.start, "end" = excluded."end", size = excluded.size, brief = excluded.brief, position = excluded.position,
                    built_by = excluded.built_by, markdown = excluded.markdown, updated = excluded.updated;
                """,
                Text(story.Id),
                Text(story.Headline),
                Jsonb(story.ArticleIds),
                Jsonb(story.Outlets),
                Text(story.Start),
                Text(story.End),
                Integer(story.ArticleIds.Count),
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Json, Value = story.BriefJson is null ? DBNull.Value : story.BriefJson },
                Integer(story.Number),
                Text(story.BuiltBy),
                Text(story.Markdown),
                Text(now));
        }

        if (change.Storylines is { } storylines)
        {
            Add("DELETE FROM storylines;");
            foreach (var storyline in storylines)
            {
                Add("INSERT INTO storylines (id, story_ids) VALUES ($1, $2);", Text(storyline.Id), Jsonb(storyline.StoryIds));
            }
        }

        if (change.State is { } state)
        {
            Add(
                """
                INSERT INTO grouping_state (id, version, state, stamp) VALUES (1, $1, $2, $3)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state, stamp = excluded.stamp;
                """,
                Text(state.Version),
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = state.State },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = StoreRows.NewStamp() });
            foreach (var story in state.Stories ?? [])
            {
                Add(
                    "INSERT INTO grouping_stories (number, state) VALUES ($1, $2) ON CONFLICT (number) DO UPDATE SET state = excluded.state;",
                    Integer(story.Number),
                    new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = story.State });
            }
        }

        if (batch.BatchCommands.Count > 0)
        {
            batch.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public IDisposable LockGrouping(TimeSpan timeout)
    {
        var connection = dataSource.OpenConnection();
        try
        {
            using var command = new NpgsqlCommand($"SET lock_timeout = {(long)timeout.TotalMilliseconds}; SELECT pg_advisory_lock({PostgresMigrations.GroupingLock});", connection);
            command.CommandTimeout = (int)Math.Ceiling(timeout.TotalSeconds) + 5;
            command.ExecuteNonQuery();
            return new GroupingLockHold(connection);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            connection.Dispose();
            throw new StoreException($"{Location}: another process has been updating the stories for longer than {timeout.TotalSeconds:N0} s ({e.Message}).", e);
        }
    }

    public StoredGroupingState? GroupingState()
    {
        // One snapshot, so that the shared part and the stories' parts are of the same write.
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        StoredGroupingState? shared;
        using (var command = new NpgsqlCommand(StoreRows.GroupingStateQuery, connection, transaction))
        using (var reader = command.ExecuteReader())
        {
            shared = StoreRows.ReadGroupingState(reader);
        }

        if (shared is null)
        {
            return null;
        }

        using (var command = new NpgsqlCommand(StoreRows.StoryStatesQuery, connection, transaction))
        using (var reader = command.ExecuteReader())
        {
            shared = shared with { Stories = StoreRows.ReadStoryStates(reader) };
        }

        transaction.Commit();
        return shared;
    }

    public long GroupingStamp()
    {
        using var command = dataSource.CreateCommand("SELECT stamp FROM grouping_state WHERE id = 1;");
        return command.ExecuteScalar() is long stamp ? stamp : 0;
    }

    public IReadOnlyList<StoredStory> Stories()
    {
        using var command = dataSource.CreateCommand($"SELECT {StoreRows.StoryColumns} FROM stories ORDER BY {StoreRows.StoryOrder};");
        var stories = new List<StoredStory>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            stories.Add(StoreRows.ReadStory(reader));
        }

        return stories;
    }

    public IReadOnlyList<StoredStory> Stories(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var command = dataSource.CreateCommand($"SELECT {StoreRows.StoryColumns} FROM stories WHERE id = ANY($1);");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = ids.ToArray() });
        var stories = new List<StoredStory>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            stories.Add(StoreRows.ReadStory(reader));
        }

        return stories;
    }

    public StoredStoryCounts CountStories(string builtBy)
    {
        using var command = dataSource.CreateCommand($"SELECT {StoreRows.StoryCounts("$1")};");
        command.Parameters.Add(Text(builtBy));
        using var reader = command.ExecuteReader();
        reader.Read();
        return StoreRows.ReadStoryCounts(reader);
    }

    public IEnumerable<byte[]> BriefTexts(BriefText text)
    {
        using var command = dataSource.CreateCommand(StoreRows.BriefTextQuery(text));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader.IsDBNull(0) ? [] : Encoding.UTF8.GetBytes(reader.GetString(0));
        }
    }

    public IReadOnlyList<StoredStoryline> Storylines()
    {
        using var command = dataSource.CreateCommand("SELECT id, story_ids::text FROM storylines ORDER BY id;");
        var storylines = new List<StoredStoryline>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            storylines.Add(new StoredStoryline(reader.GetString(0), StoreRows.Strings(reader.GetString(1))));
        }

        return storylines;
    }

    public long SizeBytes()
    {
        using var command = dataSource.CreateCommand("SELECT pg_database_size(current_database());");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyDictionary<string, FetchRecord> FetchRecords(IReadOnlyCollection<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var found = new Dictionary<string, FetchRecord>(StringComparer.Ordinal);
        if (urls.Count == 0)
        {
            return found;
        }

        using var command = dataSource.CreateCommand("SELECT url, outcome, article_id, etag, last_modified, fetched FROM fetched WHERE url = ANY($1);");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = urls.ToArray() });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found[reader.GetString(0)] = new FetchRecord(reader.GetString(0), reader.GetString(1), NullableText(reader, 2), NullableText(reader, 3), NullableText(reader, 4), reader.GetString(5));
        }

        return found;
    }

    public void SaveFetchRecords(IReadOnlyList<FetchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var record in records)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO fetched (url, outcome, article_id, etag, last_modified, fetched) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, article_id = excluded.article_id, etag = excluded.etag,
                    last_modified = excluded.last_modified, fetched = excluded.fetched;
                """);
            foreach (var value in new[] { record.Url, record.Outcome, record.ArticleId, record.ETag, record.LastModified, record.Fetched })
            {
                command.Parameters.Add(Text(value));
            }

            batch.BatchCommands.Add(command);
        }

        batch.ExecuteNonQuery();
        transaction.Commit();
    }

    public void Dispose() => dataSource.Dispose();

    /// <summary>
    /// Gives search terms to articles stored before the search index existed (a store from an earlier schema), a
    /// thousand at a time so a large store is not read into memory at once.
    /// </summary>
    private void IndexUnindexed()
    {
        while (true)
        {
            var pending = new List<(long Seq, DateOnly Month, string Text)>();
            using (var select = dataSource.CreateCommand("SELECT seq, published_month, text FROM articles WHERE terms IS NULL ORDER BY seq LIMIT 1000;"))
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    pending.Add((reader.GetInt64(0), DateOnly.FromDateTime(reader.GetDateTime(1)), reader.GetString(2)));
                }
            }

            if (pending.Count == 0)
            {
                return;
            }

            using var connection = dataSource.OpenConnection();
            using var transaction = connection.BeginTransaction();
            using var update = new NpgsqlBatch(connection, transaction);
            foreach (var (seq, month, text) in pending)
            {
                var command = new NpgsqlBatchCommand("UPDATE articles SET terms = to_tsvector('simple', $1) WHERE seq = $2 AND published_month = $3;");
                command.Parameters.Add(Text(SearchTerms.IndexText(text)));
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = seq });
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = month });
                update.BatchCommands.Add(command);
            }

            update.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>
    /// Creates the month's partition unless it exists, in a transaction of its own that holds
    /// <see cref="PostgresMigrations.PartitionLock"/>, so processes that need the same month at once create it once.
    /// A month whose rows already sit in the default partition keeps them there.
    /// </summary>
    private void EnsurePartition(NpgsqlConnection connection, DateOnly month)
    {
        if (partitions.ContainsKey(month))
        {
            return;
        }

        var name = PartitionName(month);
        using (var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL;", connection))
        {
            exists.Parameters.Add(Text(name));
            if (exists.ExecuteScalar() is true)
            {
                partitions.TryAdd(month, true);
                return;
            }
        }

        // The last month a date can name, December 9999, has no next month to end at: its partition runs to the end.
        var upper = month.Year == 9999 && month.Month == 12 ? "MAXVALUE" : $"'{month.AddMonths(1):yyyy-MM-dd}'";
        using var transaction = connection.BeginTransaction();
        using var command = new NpgsqlCommand(
            string.Create(CultureInfo.InvariantCulture, $"""
                SELECT pg_advisory_xact_lock({PostgresMigrations.PartitionLock});
                CREATE TABLE IF NOT EXISTS {name} PARTITION OF articles FOR VALUES FROM ('{month:yyyy-MM-dd}') TO ({upper});
                """),
            connection,
            transaction);
        try
        {
            command.ExecuteNonQuery();
            transaction.Commit();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.CheckViolation)
        {
            transaction.Rollback();
        }

        partitions.TryAdd(month, true);
    }

    private static void RefuseNul(StoredArticle article)
    {
        string?[] texts = [article.Id, article.ContentHash, article.Url, article.Outlet, article.Title, article.Published, article.Source, article.Format, article.Encoding, article.RawText, article.Text, article.NearDuplicateOf];
        if (texts.Any(t => t is not null && t.Contains('\0', StringComparison.Ordinal)) || article.Removed.Any(r => r.Text.Contains('\0', StringComparison.Ordinal)))
        {
            throw new StoreException($"article {article.Id.Replace("\0", "\\0", StringComparison.Ordinal)} holds a NUL character, which a PostgreSQL store cannot keep.");
        }
    }

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = value is null ? DBNull.Value : value };

    private static string? NullableText(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);


    /// <summary>The session that holds the grouping's advisory lock: closing it lets the lock go, as a dead process's does.</summary>
    private sealed class GroupingLockHold(NpgsqlConnection connection) : IDisposable
    {
        public void Dispose()
        {
            using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgresMigrations.GroupingLock});", connection))
            {
                command.ExecuteNonQuery();
            }

            connection.Dispose();
        }
    }
}
