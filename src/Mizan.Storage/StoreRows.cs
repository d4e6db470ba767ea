using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Mizan.Core.Articles;

namespace Mizan.Storage;

/// <summary>The row shapes both stores share: an article's columns in one order, sketches as bytes, id lists as JSON.</summary>
internal static class StoreRows
{
    /// <summary>The article columns every store selects, in the order <see cref="ReadArticle"/> reads them.</summary>
    public const string ArticleColumns = "id, content_hash, url, outlet, title, published, published_inferred, source, format, encoding, raw_text, text, removed, near_duplicate_of, similarity, sketch";

    /// <summary><see cref="ArticleColumns"/> with an empty raw text and no sketch, read the same way.</summary>
    public const string ArticleColumnsWithoutRawText = "id, content_hash, url, outlet, title, published, published_inferred, source, format, encoding, '', text, removed, near_duplicate_of, similarity, NULL";

    public static readonly JsonSerializerOptions RemovedJson = new(JsonSerializerDefaults.Web);

    /// <summary>An article from a row of <see cref="ArticleColumns"/>; the flag may be stored as a boolean or an integer.</summary>
    public static StoredArticle ReadArticle(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Text(reader, 2),
        Text(reader, 3),
        Text(reader, 4),
        Text(reader, 5),
        Convert.ToBoolean(reader.GetValue(6), CultureInfo.InvariantCulture),
        Text(reader, 7),
        reader.GetString(8),
        Text(reader, 9),
        reader.GetString(10),
        reader.GetString(11),
        JsonSerializer.Deserialize<List<RemovedText>>(reader.GetString(12), RemovedJson) ?? [],
        Text(reader, 13),
        reader.IsDBNull(14) ? null : reader.GetDouble(14),
        reader.IsDBNull(15) ? null : BytesToSketch((byte[])reader[15]));

    /// <summary>The story columns every store selects, in the order <see cref="ReadStory"/> reads them: all but the Markdown,
    /// which only <see cref="IArticleStore.BriefTexts"/> reads.</summary>
    public const string StoryColumns = """id, headline, CAST(article_ids AS TEXT), CAST(outlets AS TEXT), start, "end", CAST(brief AS TEXT), built_by, position, updated""";

    /// <summary>The order stories are printed and listed in: largest first, then by number.</summary>
    public const string StoryOrder = "size DESC, position, id";

    public static StoredStory ReadStory(DbDataReader reader) => new(
        reader.GetString(0), Text(reader, 1), Strings(reader.GetString(2)), Strings(reader.GetString(3)), Text(reader, 4), Text(reader, 5), Text(reader, 6), Text(reader, 7), null,
        reader.IsDBNull(8) ? 0 : Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture), Text(reader, 9));

    /// <summary>A grouping state's stamp: drawn at random, so that a state written after another (even one that
    /// replaced the whole grouping) never carries the stamp a process remembers from before; never 0, which means none.</summary>
    public static long NewStamp()
    {
        Span<byte> bytes = stackalloc byte[8];
        long stamp;
        do
        {
            System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
            stamp = BitConverter.ToInt64(bytes);
        }
        while (stamp == 0);
        return stamp;
    }

    /// <summary>The time a row is written at, as stored: UTC, ISO 8601 to the microsecond (later writes sort later).</summary>
    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture);

    /// <summary>The query of the grouping state's shared part, as <see cref="ReadGroupingState"/> reads it.</summary>
    public const string GroupingStateQuery = "SELECT version, state, stamp FROM grouping_state WHERE id = 1;";

    /// <summary>The query of the stories' parts of the grouping state, as <see cref="ReadStoryStates"/> reads them.</summary>
    public const string StoryStatesQuery = "SELECT number, state FROM grouping_stories ORDER BY number;";

    /// <summary>The grouping state's shared part (without the stories' parts), or null when none is stored.</summary>
    public static StoredGroupingState? ReadGroupingState(DbDataReader reader) =>
        reader.Read() ? new StoredGroupingState(reader.GetString(0), reader.GetFieldValue<byte[]>(1), null, reader.GetInt64(2)) : null;

    /// <summary>Every story's part of the grouping state, by number.</summary>
    public static List<StoredStoryState> ReadStoryStates(DbDataReader reader)
    {
        var stories = new List<StoredStoryState>();
        while (reader.Read())
        {
            stories.Add(new StoredStoryState(reader.GetInt32(0), reader.GetFieldValue<byte[]>(1)));
        }

        return stories;
    }

    /// <summary>The columns of <see cref="StoredStoryCounts"/>, with the version as the named parameter.</summary>
    public static string StoryCounts(string version) => $"""
        (SELECT COUNT(*) FROM stories), (SELECT COALESCE(SUM(size), 0) FROM stories), (SELECT COUNT(*) FROM articles),
        (SELECT COUNT(*) FROM stories WHERE brief IS NULL OR markdown IS NULL OR built_by IS NULL OR built_by <> {version}),
        (SELECT COUNT(*) FROM brief_articles)
        """;

    public static StoredStoryCounts ReadStoryCounts(DbDataReader reader) => new(
        Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
        Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture),
        Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture),
        Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
        Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture));

    /// <summary>The query that reads one printed form back, in the order saved.</summary>
    /// <param name="articleOrder">The ordering of articles by id in ordinal (byte) order, in the store's SQL.</param>
    public static string BriefTextQuery(BriefText text, string articleOrder = "id") => text switch
    {
        BriefText.Brief => $"SELECT brief FROM stories ORDER BY {StoryOrder};",
        BriefText.Markdown => $"SELECT markdown FROM stories ORDER BY {StoryOrder};",
        BriefText.Article => $"SELECT json FROM brief_articles ORDER BY {articleOrder};",
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, null),
    };

    public static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public static List<string> Strings(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    public static byte[] SketchToBytes(uint[] sketch)
    {
        var bytes = new byte[sketch.Length * sizeof(uint)];
        Buffer.BlockCopy(sketch, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] BytesToSketch(byte[] bytes)
    {
        var sketch = new uint[bytes.Length / sizeof(uint)];
        Buffer.BlockCopy(bytes, 0, sketch, 0, sketch.Length * sizeof(uint));
        return sketch;
    }
}
