namespace Mizan.Storage;

/// <summary>
/// The storage contract every store implements and the contract tests check. Writes are batched: a batch is stored
/// entirely or not at all, and an article counts as stored only once <see cref="Add"/> has returned.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Where the store lives, for messages (a file path or a server address without credentials).</summary>
    string Location { get; }

    /// <summary>The ids among <paramref name="ids"/> that are already stored.</summary>
    IReadOnlySet<string> Existing(IReadOnlyCollection<string> ids);

    /// <summary>The id of a stored article with this content hash, if any.</summary>
    string? FindByContentHash(string contentHash);

    /// <summary>Stored articles whose sketch shares at least one band key with the given ones.</summary>
    IReadOnlyList<SketchCandidate> Candidates(IReadOnlyList<long> bandKeys);

    /// <summary>Stores a batch in one transaction; articles whose id is already stored are left as they are.
    /// Returns how many were new.</summary>
    int Add(IReadOnlyList<StoredArticle> batch, Func<uint[], long[]> bandKeys);

    /// <summary>One stored article, or null.</summary>
    StoredArticle? Find(string id);

    /// <summary>Every stored article, in the order stored, read lazily.</summary>
    IEnumerable<StoredArticle> Articles();

    StoreCounts Counts();

    /// <summary>The bytes the store takes on disk (a SQLite file with its write-ahead log; a PostgreSQL database's size).</summary>
    long SizeBytes();

    /// <summary>
    /// The articles matching <paramref name="query"/> (over <see cref="Search.SearchTerms"/> of their cleaned text)
    /// and the filter, best first, at most <paramref name="limit"/>. Every store returns the same articles.
    /// </summary>
    IReadOnlyList<Search.SearchHit> Search(Search.SearchQuery query, Search.SearchFilter filter, int limit);
}
