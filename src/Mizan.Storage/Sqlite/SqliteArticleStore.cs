using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mizan.Core.Articles;
using Mizan.Storage.Search;

namespace Mizan.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file in write-ahead-log mode. Each batch is one transaction, so a process killed at
/// any moment leaves every batch it reported stored, and nothing of the batch it was writing.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    /// <summary>
    /// How long a writer waits for another process's lock before failing: long enough for a batch of a few
    /// thousand articles to commit.
    /// </summary>
    private const int BusyTimeoutMilliseconds = 30_000;

    private static readonly string[] InsertParameters =
        ["$id", "$hash", "$url", "$outlet", "$title", "$published", "$inferred", "$source", "$format", "$encoding", "$raw", "$text", "$removed", "$dup", "$similarity", "$sketch", "$ingested"];

    private static readonly string[] FetchParameters = ["$url", "$outcome", "$article", "$etag", "$modified", "$fetched"];

    private readonly SqliteConnection connection;

    private SqliteArticleStore(SqliteConnection connection, string location)
    {
        this.connection = connection;
        Location = location;
    }

    public string Location { get; }

    /// <summary>Opens or creates the database file and brings its schema up to date.</summary>
    /// <exception cref="StoreException">The file is not a SQLite database, or cannot be opened or migrated.</exception>
    public static SqliteArticleStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");
            Execute(connection, "PRAGMA journal_mode = WAL;");

            // In WAL mode, NORMAL loses no committed transaction when the process dies, only on power loss.
            Execute(connection, "PRAGMA synchronous = NORMAL;");
            Execute(connection, "PRAGMA foreign_keys = ON;");

            // A page cache of 16 MB (the default is 2 MB): ingesting SaudiNewsNet into a fresh store read its index pages
            // back from the file again and again: 5.3 s of system time with 2 MB, 3.0-3.2 s with 16 MB, 2.1 s with 32 MB
            // (`mizan ingest --no-group`, 2026-12-04). 16 MB keeps most of the gain for half the memory: the pipeline's
            // peak working set is near its 1 GB bound (README).
            Execute(connection, "PRAGMA cache_size = -16384;");
            Migrate(connection);
            IndexUnindexed(connection);
            return new SqliteArticleStore(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot be used as a Mizan store ({e.Message}).", e);
        }
    }

    /// <summary>The schema version of the open database.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_versions;"), CultureInfo.InvariantCulture);

    public IReadOnlySet<string> Existing(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM articles WHERE id = $id;";
        var parameter = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var id in ids)
        {
            parameter.Value = id;
            if (command.ExecuteScalar() is not null)
            {
                found.Add(id);
            }
        }

        return found;
    }

    public string? FindByContentHash(string contentHash)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(near_duplicate_of, id) FROM articles WHERE content_hash = $hash ORDER BY seq LIMIT 1;";
        command.Parameters.AddWithValue("$hash", contentHash);
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

        using var command = connection.CreateCommand();
        var names = new List<string>(bandKeys.Count);
        for (var i = 0; i < bandKeys.Count; i++)
        {
            var name = "$k" + i.ToString(CultureInfo.InvariantCulture);
            names.Add(name);
            command.Parameters.AddWithValue(name, bandKeys[i]);
        }

        command.CommandText = $"""
            SELECT a.id, COALESCE(a.near_duplicate_of, a.id), a.sketch FROM articles a
            WHERE a.seq IN (SELECT DISTINCT article_seq FROM sketch_bands WHERE band_key IN ({string.Join(", ", names)}))
            ORDER BY a.seq;
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!reader.IsDBNull(2))
            {
                candidates.Add(new SketchCandidate(reader.GetString(0), reader.GetString(1), StoreRows.BytesToSketch((byte[])reader[2])));
            }
        }

        return candidates;
    }

    public int Add(IReadOnlyList<StoredArticle> batch, Func<uint[], long[]> bandKeys)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(bandKeys);
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO articles (id, content_hash, url, outlet, title, published, published_inferred, source, format,
                encoding, raw_text, text, removed, near_duplicate_of, similarity, sketch, ingested, indexed)
            VALUES ($id, $hash, $url, $outlet, $title, $published, $inferred, $source, $format,
                $encoding, $raw, $text, $removed, $dup, $similarity, $sketch, $ingested, 1)
            ON CONFLICT (id) DO NOTHING
            RETURNING seq;
            """;
        var parameters = InsertParameters.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        using var band = connection.CreateCommand();
        band.Transaction = transaction;
        band.CommandText = "INSERT OR IGNORE INTO sketch_bands (band_key, article_seq) VALUES ($key, $seq);";
        var keyParameter = band.Parameters.Add("$key", SqliteType.Integer);
        var seqParameter = band.Parameters.Add("$seq", SqliteType.Integer);

        // An article is stored already marked as indexed, with its search row in the same transaction: marking it after
        // (an UPDATE) wrote the whole row, texts and all, a second time. Ingesting SaudiNewsNet (`mizan ingest --no-group`,
        // 2026-12-07, two runs each, one build after the other): 28.3 / 28.5 s against 31.3 / 32.5 s.
        using var search = connection.CreateCommand();
        search.Transaction = transaction;
        search.CommandText = SearchRowSql;
        var searchSeq = search.Parameters.Add("$seq", SqliteType.Integer);
        var searchTerms = search.Parameters.Add("$terms", SqliteType.Text);
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

        // The search terms (a stem per word) on every core before the transaction, which writes one row at a time.
        var terms = new string[batch.Count];
        Parallel.For(0, batch.Count, i => terms[i] = SearchTerms.IndexText(batch[i].Text));
        var added = 0;
        foreach (var (position, article) in batch.Index())
        {
            object?[] values =
            [
                article.Id, article.ContentHash, article.Url, article.Outlet, article.Title, article.Published,
                article.PublishedInferred ? 1 : 0, article.Source, article.Format, article.Encoding, article.RawText,
                article.Text, JsonSerializer.Serialize(article.Removed, StoreRows.RemovedJson), article.NearDuplicateOf,
                article.Similarity, article.Sketch is null ? null : StoreRows.SketchToBytes(article.Sketch), now,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            if (insert.ExecuteScalar() is not long seq)
            {
                continue;
            }

            added++;
            (searchSeq.Value, searchTerms.Value) = (seq, terms[position]);
            search.ExecuteNonQuery();
            if (article.Sketch is null)
            {
                continue;
            }

            seqParameter.Value = seq;
            foreach (var key in bandKeys(article.Sketch))
            {
                keyParameter.Value = key;
                band.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return added;
    }

    public StoredArticle? Find(string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoreRows.ArticleColumns} FROM articles WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? StoreRows.ReadArticle(reader) : null;
    }

    public IReadOnlyList<StoredArticle> FindMany(IReadOnlyList<string> ids, bool withRawText = true)
    {
        ArgumentNullException.ThrowIfNull(ids);

        return EachById($"SELECT {(withRawText ? StoreRows.ArticleColumns : StoreRows.ArticleColumnsWithoutRawText)} FROM articles WHERE id = $id;", ids, StoreRows.ReadArticle);
    }

    public IEnumerable<StoredArticle> Articles(bool withRawText = true)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {(withRawText ? StoreRows.ArticleColumns : StoreRows.ArticleColumnsWithoutRawText)} FROM articles ORDER BY seq;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return StoreRows.ReadArticle(reader);
        }
    }

    public StoreCounts Counts()
    {
        var articles = (long)Scalar(connection, "SELECT COUNT(*) FROM articles;")!;
        var copies = (long)Scalar(connection, "SELECT COUNT(*) FROM articles WHERE near_duplicate_of IS NOT NULL;")!;
        var groups = (long)Scalar(connection, "SELECT COUNT(DISTINCT near_duplicate_of) FROM articles WHERE near_duplicate_of IS NOT NULL;")!;
        return new StoreCounts(articles, copies, groups);
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query, SearchFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        using var command = connection.CreateCommand();
        var where = new List<string> { "article_search MATCH $query" };
        command.Parameters.AddWithValue("$query", query.ToFts5());
        if (filter.Outlet is not null)
        {
            where.Add("a.outlet = $outlet");
            command.Parameters.AddWithValue("$outlet", filter.Outlet);
        }

        if (filter.From is { } from)
        {
            where.Add("substr(a.published, 1, 10) >= $from");
            command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filter.To is { } to)
        {
            where.Add("substr(a.published, 1, 10) <= $to");
            command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        command.Parameters.AddWithValue("$limit", limit);

        // bm25() is lower for better matches; the score reported is its negation, so higher is better.
        command.CommandText = $"""
            SELECT a.id, a.outlet, a.title, a.published, a.url, a.near_duplicate_of, -bm25(article_search), a.text
            FROM article_search JOIN articles a ON a.seq = article_search.rowid
            WHERE {string.Join(" AND ", where)}
            ORDER BY bm25(article_search), a.seq
            LIMIT $limit;
            """;
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), reader.GetDouble(6), reader.GetString(7)));
        }

        return hits;
    }

    public void SaveAnalyses(IReadOnlyList<StoredAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO analyses (article_id, model_version, analysis, analysed) VALUES ($id, $version, $json, $now)
            ON CONFLICT (article_id, model_version) DO UPDATE SET analysis = excluded.analysis, analysed = excluded.analysed;
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var version = command.Parameters.Add("$version", SqliteType.Text);
        var json = command.Parameters.Add("$json", SqliteType.Text);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        foreach (var analysis in analyses)
        {
            (id.Value, version.Value, json.Value) = (analysis.ArticleId, analysis.ModelVersion, analysis.Json);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public IReadOnlyList<string> Unanalysed(string modelVersion, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.id FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id AND n.model_version = $version)
            ORDER BY a.seq LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$version", modelVersion);
        command.Parameters.AddWithValue("$limit", limit);
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
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT analysis FROM analyses WHERE article_id = $id AND model_version = $version;";
        command.Parameters.AddWithValue("$id", articleId);
        command.Parameters.AddWithValue("$version", modelVersion);
        return command.ExecuteScalar() is string json ? new StoredAnalysis(articleId, modelVersion, json) : null;
    }

    public IReadOnlyList<StoredAnalysis> FindAnalyses(IReadOnlyCollection<string> articleIds, string modelVersion)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var found = new List<StoredAnalysis>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT analysis FROM analyses WHERE article_id = $id AND model_version = $version;";
        command.Parameters.AddWithValue("$version", modelVersion);
        var parameter = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var id in articleIds)
        {
            parameter.Value = id;
            if (command.ExecuteScalar() is string json)
            {
                found.Add(new StoredAnalysis(id, modelVersion, json));
            }
        }

        return found;
    }

    public IEnumerable<StoredArticleKey> ArticleKeys()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, published FROM articles ORDER BY rowid;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredArticleKey(reader.GetString(0), StoreRows.Text(reader, 1));
        }
    }

    public void SaveGrouping(GroupingChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var transaction = connection.BeginTransaction();
        void Run(string sql, params (string Name, object? Value)[] values)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in values)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            command.ExecuteNonQuery();
        }

        if (change.Replace)
        {
            Run("DELETE FROM stories; DELETE FROM storylines; DELETE FROM brief_articles; DELETE FROM grouping_state; DELETE FROM grouping_stories;");
        }

        if (change.StoryCount is { } count)
        {
            Run("DELETE FROM stories WHERE position >= $count; DELETE FROM grouping_stories WHERE number >= $count;", ("$count", count));
        }

        foreach (var number in change.Removed ?? [])
        {
            Run("DELETE FROM stories WHERE position = $number;", ("$number", number));
        }

        using (var article = connection.CreateCommand())
        {
            article.Transaction = transaction;
            article.CommandText = "INSERT OR REPLACE INTO brief_articles (id, json) VALUES ($id, $json);";
            var id = article.Parameters.Add("$id", SqliteType.Text);
            var json = article.Parameters.Add("$json", SqliteType.Text);
            foreach (var item in change.Articles)
            {
                (id.Value, json.Value) = (item.Id, item.Json);
                article.ExecuteNonQuery();
            }
        }

        var now = StoreRows.Now();
        foreach (var story in change.Stories)
        {
            Run(
                """
                INSERT OR REPLACE INTO stories (id, headline, article_ids, outlets, start, "end", size, brief, position, built_by, markdown, updated)
                VALUES ($id, $headline, $articles, $outlets, $start, $end, $size, $brief, $position, $builtBy, $markdown, $updated);
                """,
                ("$id", story.Id),
                ("$headline", story.Headline),
                ("$articles", JsonSerializer.Serialize(story.ArticleIds)),
                ("$outlets", JsonSerializer.Serialize(story.Outlets)),
                ("$start", story.Start),
                ("$end", story.End),
                ("$size", story.ArticleIds.Count),
                ("$brief", story.BriefJson),
                ("$position", story.Number),
                ("$builtBy", story.BuiltBy),
                ("$markdown", story.Markdown),
                ("$updated", now));
        }

        if (change.Storylines is { } storylines)
        {
            Run("DELETE FROM storylines;");
            using var line = connection.CreateCommand();
            line.Transaction = transaction;
            line.CommandText = "INSERT INTO storylines (id, story_ids) VALUES ($id, $stories);";
            var id = line.Parameters.Add("$id", SqliteType.Text);
            var ids = line.Parameters.Add("$stories", SqliteType.Text);
            foreach (var storyline in storylines)
            {
                (id.Value, ids.Value) = (storyline.Id, JsonSerializer.Serialize(storyline.StoryIds));
                line.ExecuteNonQuery();
            }
        }

        if (change.State is { } state)
        {
            Run(
                """
                INSERT INTO grouping_state (id, version, state, stamp) VALUES (1, $version, $state, $stamp)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state, stamp = excluded.stamp;
                """,
                ("$version", state.Version),
                ("$state", state.State),
                ("$stamp", StoreRows.NewStamp()));
            using var part = connection.CreateCommand();
            part.Transaction = transaction;
            part.CommandText = "INSERT OR REPLACE INTO grouping_stories (number, state) VALUES ($number, $state);";
            var number = part.Parameters.Add("$number", SqliteType.Integer);
            var bytes = part.Parameters.Add("$state", SqliteType.Blob);
            foreach (var story in state.Stories ?? [])
            {
                (number.Value, bytes.Value) = (story.Number, story.State);
                part.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    /// <summary>The file beside the database that <see cref="LockGrouping"/> holds exclusively (an flock on Unix).</summary>
    public const string GroupingLockSuffix = "-grouping";

    public IDisposable LockGrouping(TimeSpan timeout)
    {
        var path = Location + GroupingLockSuffix;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                // Another process holds it: its update is running; try again shortly.
                Thread.Sleep(50);
            }
            catch (IOException e)
            {
                throw new StoreException($"{Location}: another process has been updating the stories for longer than {timeout.TotalSeconds:N0} s ({e.Message}).", e);
            }
        }
    }

    public StoredGroupingState? GroupingState()
    {
        // One transaction, so that the shared part and the stories' parts are of the same write.
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StoreRows.GroupingStateQuery;
        StoredGroupingState? shared;
        using (var reader = command.ExecuteReader())
        {
            shared = StoreRows.ReadGroupingState(reader);
        }

        if (shared is null)
        {
            return null;
        }

        command.CommandText = StoreRows.StoryStatesQuery;
        using (var reader = command.ExecuteReader())
        {
            shared = shared with { Stories = StoreRows.ReadStoryStates(reader) };
        }

        transaction.Commit();
        return shared;
    }

    public long GroupingStamp()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stamp FROM grouping_state WHERE id = 1;";
        return command.ExecuteScalar() is long stamp ? stamp : 0;
    }

    public IReadOnlyList<StoredStory> Stories()
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT {StoreRows.StoryColumns} FROM stories ORDER BY {StoreRows.StoryOrder};""";
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
        return EachById($"SELECT {StoreRows.StoryColumns} FROM stories WHERE id = $id;", ids, StoreRows.ReadStory);
    }

    /// <summary>The row each id finds with <paramref name="sql"/> (one parameter, <c>$id</c>), read, in the order of the ids;
    /// an id that finds none is left out. One command for all: its statement is prepared once, not once per id.</summary>
    private List<T> EachById<T>(string sql, IEnumerable<string> ids, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.Parameters.Add("$id", SqliteType.Text);
        var found = new List<T>();
        foreach (var id in ids)
        {
            parameter.Value = id;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                found.Add(read(reader));
            }
        }

        return found;
    }

    public StoredStoryCounts CountStories(string builtBy)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoreRows.StoryCounts("$version")};";
        command.Parameters.AddWithValue("$version", builtBy);
        using var reader = command.ExecuteReader();
        reader.Read();
        return StoreRows.ReadStoryCounts(reader);
    }

    public IEnumerable<byte[]> BriefTexts(BriefText text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = StoreRows.BriefTextQuery(text);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // The column's own UTF-8, without decoding it into a string.
            yield return reader.IsDBNull(0) ? [] : reader.GetFieldValue<byte[]>(0);
        }
    }

    public IReadOnlyList<StoredStoryline> Storylines()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, story_ids FROM storylines ORDER BY id;";
        var storylines = new List<StoredStoryline>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            storylines.Add(new StoredStoryline(reader.GetString(0), StoreRows.Strings(reader.GetString(1))));
        }

        return storylines;
    }

    public long SizeBytes() =>
        new[] { Location, Location + "-wal", Location + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    public IReadOnlyDictionary<string, FetchRecord> FetchRecords(IReadOnlyCollection<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var found = new Dictionary<string, FetchRecord>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT url, outcome, article_id, etag, last_modified, fetched FROM fetched WHERE url = $url;";
        var parameter = command.Parameters.Add("$url", SqliteType.Text);
        foreach (var url in urls.Distinct(StringComparer.Ordinal))
        {
            parameter.Value = url;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                found[url] = new FetchRecord(reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), reader.GetString(5));
            }
        }

        return found;
    }

    public void SaveFetchRecords(IReadOnlyList<FetchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO fetched (url, outcome, article_id, etag, last_modified, fetched) VALUES ($url, $outcome, $article, $etag, $modified, $fetched)
            ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, article_id = excluded.article_id, etag = excluded.etag,
                last_modified = excluded.last_modified, fetched = excluded.fetched;
            """;
        var parameters = FetchParameters.Select(n => command.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var record in records)
        {
            object?[] values = [record.Url, record.Outcome, record.ArticleId, record.ETag, record.LastModified, record.Fetched];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose() => connection.Dispose();

    /// <summary>The statement that adds an article's search terms (<see cref="SearchTerms.IndexText"/>) to the full-text
    /// index, with <c>$seq</c> and <c>$terms</c>.</summary>
    private const string SearchRowSql = "INSERT INTO article_search (rowid, terms) VALUES ($seq, $terms);";

    /// <summary>Indexes articles stored before the search index existed (a store from an earlier schema).</summary>
    private static void IndexUnindexed(SqliteConnection connection)
    {
        var pending = new List<(long Seq, string Text)>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT seq, text FROM articles WHERE indexed = 0 ORDER BY seq;";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                pending.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        if (pending.Count == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SearchRowSql + " UPDATE articles SET indexed = 1 WHERE seq = $seq;";
        var seqParameter = command.Parameters.Add("$seq", SqliteType.Integer);
        var termsParameter = command.Parameters.Add("$terms", SqliteType.Text);
        foreach (var (seq, text) in pending)
        {
            (seqParameter.Value, termsParameter.Value) = (seq, SearchTerms.IndexText(text));
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static void Migrate(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, applied TEXT NOT NULL);");
        var current = Convert.ToInt32(Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_versions;"), CultureInfo.InvariantCulture);
        var latest = SqliteMigrations.All.Max(m => m.Version);
        if (current > latest)
        {
            throw new StoreException($"{connection.DataSource}: the store's schema is version {current}, newer than this Mizan knows ({latest}); use a newer Mizan.");
        }

        foreach (var (version, sql) in SqliteMigrations.All.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql + $"\nINSERT INTO schema_versions (version, applied) VALUES ({version}, '{DateTimeOffset.UtcNow:O}');";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
