namespace Mizan.Storage.Sqlite;

/// <summary>
/// The SQLite schema, as numbered migrations applied in order; the database records the versions it has. A
/// migration, once shipped, never changes: a later schema is a new migration.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<(int Version, string Sql)> All { get; } =
    [
        (1, """
            CREATE TABLE articles (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL,
                url TEXT,
                outlet TEXT,
                title TEXT,
                published TEXT,
                published_inferred INTEGER NOT NULL,
                source TEXT,
                format TEXT NOT NULL,
                encoding TEXT,
                raw_text TEXT NOT NULL,
                text TEXT NOT NULL,
                removed TEXT NOT NULL,
                near_duplicate_of TEXT,
                similarity REAL,
                sketch BLOB,
                ingested TEXT NOT NULL
            );
            CREATE INDEX articles_content_hash ON articles (content_hash);
            CREATE INDEX articles_near_duplicate_of ON articles (near_duplicate_of) WHERE near_duplicate_of IS NOT NULL;
            CREATE TABLE sketch_bands (
                band_key INTEGER NOT NULL,
                article_seq INTEGER NOT NULL REFERENCES articles (seq),
                PRIMARY KEY (band_key, article_seq)
            ) WITHOUT ROWID;
            """),
        (2, """
            CREATE TABLE jobs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                path TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                worker TEXT,
                lease_until INTEGER,
                last_error TEXT,
                enqueued TEXT NOT NULL,
                finished TEXT
            );
            CREATE INDEX jobs_open ON jobs (id) WHERE state IN ('pending', 'running');
            """),
        (3, """
            CREATE VIRTUAL TABLE article_search USING fts5 (terms, content = '', tokenize = 'unicode61 remove_diacritics 0');
            ALTER TABLE articles ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;
            """),
        (4, """
            CREATE TABLE analyses (
                article_id TEXT NOT NULL REFERENCES articles (id),
                model_version TEXT NOT NULL,
                analysis TEXT NOT NULL,
                analysed TEXT NOT NULL,
                PRIMARY KEY (article_id, model_version)
            ) WITHOUT ROWID;
            CREATE TABLE stories (
                id TEXT PRIMARY KEY,
                headline TEXT,
                article_ids TEXT NOT NULL,
                outlets TEXT NOT NULL,
                start TEXT,
                "end" TEXT,
                size INTEGER NOT NULL,
                brief TEXT
            );
            CREATE TABLE storylines (id TEXT PRIMARY KEY, story_ids TEXT NOT NULL);
            """),
        (5, """
            ALTER TABLE stories ADD COLUMN position INTEGER;
            ALTER TABLE stories ADD COLUMN built_by TEXT;
            ALTER TABLE stories ADD COLUMN markdown TEXT;
            CREATE TABLE brief_articles (position INTEGER PRIMARY KEY, json TEXT NOT NULL);
            """),
        (6, """
            CREATE TABLE fetched (
                url TEXT PRIMARY KEY,
                outcome TEXT NOT NULL,
                article_id TEXT,
                etag TEXT,
                last_modified TEXT,
                fetched TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        (7, """
            ALTER TABLE stories ADD COLUMN updated TEXT;
            DROP TABLE brief_articles;
            CREATE TABLE brief_articles (id TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE grouping_state (id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL, state BLOB NOT NULL);
            """),
        (8, """
            DELETE FROM grouping_state;
            ALTER TABLE grouping_state ADD COLUMN stamp INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE grouping_stories (number INTEGER PRIMARY KEY, state BLOB NOT NULL);
            """),
        (9, """
            CREATE TABLE analyses_by_row (
                article_id TEXT NOT NULL REFERENCES articles (id),
                model_version TEXT NOT NULL,
                analysis TEXT NOT NULL,
                analysed TEXT NOT NULL,
                PRIMARY KEY (article_id, model_version)
            );
            INSERT INTO analyses_by_row (article_id, model_version, analysis, analysed)
                SELECT article_id, model_version, analysis, analysed FROM analyses;
            DROP TABLE analyses;
            ALTER TABLE analyses_by_row RENAME TO analyses;
            CREATE TABLE brief_articles_by_row (id TEXT PRIMARY KEY, json TEXT NOT NULL);
            INSERT INTO brief_articles_by_row (id, json) SELECT id, json FROM brief_articles;
            DROP TABLE brief_articles;
            ALTER TABLE brief_articles_by_row RENAME TO brief_articles;
            """),
        // An update deletes the stories past its count and those merged away by position: without the index each delete
        // read every story's row, briefs and all (0.2 s on 15,220 stories, 0.5 s of an upload's answer under load).
        (10, """
            CREATE INDEX stories_position ON stories (position);
            """),
        // Every update lists the articles' ids and dates in the order stored, to find those not grouped yet: from the table
        // that read the pages of every article's texts (59 ms on the 29,000 articles of 17 SaudiNewsNet days, page cache
        // warm; 120-470 ms of an upload under 50 clients), from this index 10 ms.
        (11, """
            CREATE INDEX articles_keys ON articles (seq, id, published);
            """),
    ];
}
