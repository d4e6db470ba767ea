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

    /// <summary>
    /// The near-duplicate group of the earliest stored article with this content hash (the article it copies, or its
    /// own id when it leads a group), if any: the group a new article with the same text joins.
    /// </summary>
    string? FindByContentHash(string contentHash);

    /// <summary>Stored articles whose sketch shares at least one band key with the given ones.</summary>
    IReadOnlyList<SketchCandidate> Candidates(IReadOnlyList<long> bandKeys);

    /// <summary>Stores a batch in one transaction; articles whose id is already stored are left as they are.
    /// Returns how many were new.</summary>
    int Add(IReadOnlyList<StoredArticle> batch, Func<uint[], long[]> bandKeys);

    /// <summary>One stored article, or null.</summary>
    StoredArticle? Find(string id);

    /// <summary>The stored articles with these ids, in the order given (an id not stored is left out), read in one go;
    /// <paramref name="withRawText"/> false leaves out the raw text and the sketch, as <see cref="Articles"/> does.</summary>
    IReadOnlyList<StoredArticle> FindMany(IReadOnlyList<string> ids, bool withRawText = true);

    /// <summary>Every stored article, in the order stored, read lazily; <paramref name="withRawText"/> false leaves out
    /// the raw text and the sketch (an empty raw text, no sketch), which a brief never reads.</summary>
    IEnumerable<StoredArticle> Articles(bool withRawText = true);

    StoreCounts Counts();

    /// <summary>Stores analyses in one transaction; an analysis of the same article and model version replaces the old one.</summary>
    void SaveAnalyses(IReadOnlyList<StoredAnalysis> analyses);

    /// <summary>Up to <paramref name="limit"/> ids of stored articles without an analysis of <paramref name="modelVersion"/>, in the order stored.</summary>
    IReadOnlyList<string> Unanalysed(string modelVersion, int limit);

    /// <summary>The analysis of an article by a model version, or null.</summary>
    StoredAnalysis? FindAnalysis(string articleId, string modelVersion);

    /// <summary>The analyses of these articles by a model version, those there are, in no set order.</summary>
    IReadOnlyList<StoredAnalysis> FindAnalyses(IReadOnlyCollection<string> articleIds, string modelVersion);

    /// <summary>Every stored article's id and publication date, in the order stored, read lazily.</summary>
    IEnumerable<StoredArticleKey> ArticleKeys();

    /// <summary>Writes a change to the stored grouping in one transaction: a reader sees the grouping before it or
    /// after it, never a mixture. Each story written gets the time of writing as its <see cref="StoredStory.Updated"/>.</summary>
    void SaveGrouping(GroupingChange change);

    /// <summary>
    /// Waits until this process alone may update the stored grouping, across processes (several <c>mizan work</c>
    /// on one store), and holds it until disposed. A process that dies holding it lets it go.
    /// </summary>
    /// <exception cref="StoreException">It could not be had within <paramref name="timeout"/>.</exception>
    IDisposable LockGrouping(TimeSpan timeout);

    /// <summary>The grouping's stored state (the shared part and every story's part), or null when none is stored.</summary>
    StoredGroupingState? GroupingState();

    /// <summary>The stored state's <see cref="StoredGroupingState.Stamp"/> (0 when none is stored): a cheap check that
    /// the state a process holds in memory is still the stored one.</summary>
    long GroupingStamp();

    /// <summary>The stored stories, largest first, then by number.</summary>
    IReadOnlyList<StoredStory> Stories();

    /// <summary>The stored stories with these ids, those there are, in no set order.</summary>
    IReadOnlyList<StoredStory> Stories(IReadOnlyCollection<string> ids);

    /// <summary>How many stories are stored, how many articles they and the store hold, and how many of the stories
    /// lack a brief and Markdown built by <paramref name="builtBy"/>.</summary>
    StoredStoryCounts CountStories(string builtBy);

    /// <summary>One printed form of every stored story as UTF-8 (largest first, then by number), or every article's
    /// JSON (by id), read lazily, one at a time; an empty array for a story without it.</summary>
    IEnumerable<byte[]> BriefTexts(BriefText text);

    /// <summary>The stored storylines.</summary>
    IReadOnlyList<StoredStoryline> Storylines();

    /// <summary>The bytes the store takes on disk (a SQLite file with its write-ahead log; a PostgreSQL database's size).</summary>
    long SizeBytes();

    /// <summary>
    /// The articles matching <paramref name="query"/> (over <see cref="Search.SearchTerms"/> of their cleaned text)
    /// and the filter, best first, at most <paramref name="limit"/>. Every store returns the same articles.
    /// </summary>
    IReadOnlyList<Search.SearchHit> Search(Search.SearchQuery query, Search.SearchFilter filter, int limit);

    /// <summary>What is remembered of the last fetch of each of <paramref name="urls"/>, by url; a url never fetched
    /// is absent.</summary>
    IReadOnlyDictionary<string, FetchRecord> FetchRecords(IReadOnlyCollection<string> urls);

    /// <summary>Remembers the fetches in one transaction, each replacing what was remembered of its url.</summary>
    void SaveFetchRecords(IReadOnlyList<FetchRecord> records);
}
