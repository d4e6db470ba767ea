using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Mizan.Briefs;
using Mizan.Core.Json;
using Mizan.Storage;
using Mizan.Storage.Search;

namespace Mizan.Web;

/// <summary>An entity of a stored brief as the entity pages need it (its mentions stay in the brief).</summary>
public sealed record EntityDigest(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles);

/// <summary>The parts of a stored brief that pages across stories need: its entities and quotes.</summary>
public sealed record BriefDigest(IReadOnlyList<EntityDigest> Entities, IReadOnlyList<QuoteRow> Quotes)
{
    public static BriefDigest Empty { get; } = new([], []);
}

/// <summary>A stored story with what the filters and entity pages look up.</summary>
/// <param name="Story">The stored story, without its brief's JSON (kept as <paramref name="Brief"/>).</param>
/// <param name="Brief">The brief's JSON as UTF-8, as the response sends it: a large story's brief is a megabyte,
/// and encoding it on every request would cost more than the rest of the request.</param>
/// <param name="EntityKeys">The search terms of its entities' names and aliases (<see cref="StoryCatalog.EntityKey"/>).</param>
public sealed record StoryEntry(StoredStory Story, string? StorylineId, BriefDigest Digest, FrozenSet<string> EntityKeys, ReadOnlyMemory<byte>? Brief);

/// <summary>
/// The stored stories held in memory, as one immutable snapshot: the list and story pages are the hot path and the
/// store has no per-story look-up, so the grouping is read once at start-up and again after each ingest; a reader
/// keeps the snapshot it started with.
/// </summary>
public sealed class StoryCatalog
{
    private readonly StorePool pool;
    private volatile CatalogSnapshot current;

    public StoryCatalog(StorePool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        this.pool = pool;
        current = pool.Use(Load);
    }

    public CatalogSnapshot Current => current;

    /// <summary>Reads the stored grouping again (after it was replaced).</summary>
    public void Reload(IArticleStore store) => current = Load(store);

    /// <summary>
    /// Reads again only the stories an update briefed (and the storylines): the others are kept from the snapshot
    /// before, so an upload into a large store shows in its story at once rather than after reading every brief again.
    /// </summary>
    public void Reload(IArticleStore store, IReadOnlyCollection<string> changed)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(changed);
        var storylines = store.Storylines();
        var storylineOf = StorylineOf(storylines);
        var entries = current.Stories.ToDictionary(e => e.Story.Id, e => e with { StorylineId = storylineOf.GetValueOrDefault(e.Story.Id) }, StringComparer.Ordinal);
        foreach (var story in store.Stories(changed))
        {
            entries[story.Id] = Entry(story, storylineOf);
        }

        // The store's order: largest first, then by number.
        var ordered = entries.Values.OrderByDescending(e => e.Story.ArticleIds.Count).ThenBy(e => e.Story.Number).ThenBy(e => e.Story.Id, StringComparer.Ordinal).ToList();
        current = new CatalogSnapshot(ordered, storylines, () => pool.Use(ArticleList));
    }

    /// <summary>The key two spellings of a name share: its search terms (الاعرجي and الأعرجي, للعراق and العراق meet).</summary>
    public static string EntityKey(string name) => SearchTerms.IndexText(name ?? string.Empty);

    /// <summary>
    /// Whether a name's key answers a looked-up key: the same key, or the key as whole words of it (a surname
    /// alone, الاعرجي, answers for قاسم الأعرجي).
    /// </summary>
    public static bool Answers(string nameKey, string key)
    {
        ArgumentNullException.ThrowIfNull(nameKey);
        ArgumentNullException.ThrowIfNull(key);
        return key.Length > 0
            && (nameKey == key || (nameKey.Length > key.Length && (" " + nameKey + " ").Contains(" " + key + " ", StringComparison.Ordinal)));
    }

    private CatalogSnapshot Load(IArticleStore store)
    {
        var storylines = store.Storylines();
        var storylineOf = StorylineOf(storylines);
        var entries = store.Stories().Select(story => Entry(story, storylineOf)).ToList();
        return new CatalogSnapshot(entries, storylines, () => pool.Use(ArticleList));
    }

    private static Dictionary<string, string> StorylineOf(IReadOnlyList<StoredStoryline> storylines)
    {
        var storylineOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in storylines)
        {
            foreach (var id in line.StoryIds)
            {
                storylineOf.TryAdd(id, line.Id);
            }
        }

        return storylineOf;
    }

    private static StoryEntry Entry(StoredStory story, Dictionary<string, string> storylineOf)
    {
        var digest = story.BriefJson is null ? BriefDigest.Empty : JsonSerializer.Deserialize<BriefDigest>(story.BriefJson, MizanJson.Compact) ?? BriefDigest.Empty;
        var keys = digest.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Select(EntityKey).Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        var brief = story.BriefJson is null ? (ReadOnlyMemory<byte>?)null : Encoding.UTF8.GetBytes(story.BriefJson);
        return new StoryEntry(story with { BriefJson = null }, storylineOf.GetValueOrDefault(story.Id), digest, keys, brief);
    }

    private static List<ArticleSummary> ArticleList(IArticleStore store) =>
        store.Articles().Select(a => new ArticleSummary(a.Id, a.Outlet, a.Title, a.Published, a.NearDuplicateOf, a.Text.Length, null, a.Source)).ToList();
}

/// <summary>One reading of the stored grouping, with its look-ups.</summary>
public sealed class CatalogSnapshot
{
    private readonly Lazy<IReadOnlyList<ArticleSummary>> articles;
    private readonly Lazy<IReadOnlyList<EntitySummary>> entities;

    internal CatalogSnapshot(IReadOnlyList<StoryEntry> stories, IReadOnlyList<StoredStoryline> storylines, Func<List<ArticleSummary>> readArticles)
    {
        Stories = stories;
        Summaries = stories.Select(Summary).ToList();
        Storylines = storylines;
        ById = stories.ToFrozenDictionary(s => s.Story.Id, StringComparer.Ordinal);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var byEntity = new Dictionary<string, List<(StoryEntry, EntityDigest)>>(StringComparer.Ordinal);
        foreach (var entry in stories)
        {
            foreach (var id in entry.Story.ArticleIds)
            {
                storyOf.TryAdd(id, entry.Story.Id);
            }

            foreach (var entity in entry.Digest.Entities)
            {
                foreach (var key in entity.Aliases.Prepend(entity.Name).Select(StoryCatalog.EntityKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
                {
                    if (!byEntity.TryGetValue(key, out var list))
                    {
                        byEntity[key] = list = [];
                    }

                    list.Add((entry, entity));
                }
            }
        }

        StoryOfArticle = storyOf.ToFrozenDictionary(StringComparer.Ordinal);
        EntityIndex = byEntity.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<(StoryEntry Story, EntityDigest Entity)>)p.Value, StringComparer.Ordinal);
        articles = new Lazy<IReadOnlyList<ArticleSummary>>(() => readArticles().Select(a => a with { StoryId = StoryOfArticle.GetValueOrDefault(a.Id) }).ToList());
        entities = new Lazy<IReadOnlyList<EntitySummary>>(AllEntities);
    }

    /// <summary>The stories, largest first (the store's order).</summary>
    public IReadOnlyList<StoryEntry> Stories { get; }

    /// <summary>The stories as the unfiltered list shows them, made once: the list is the page's busiest request.</summary>
    public IReadOnlyList<StorySummary> Summaries { get; }

    public IReadOnlyList<StoredStoryline> Storylines { get; }

    public FrozenDictionary<string, StoryEntry> ById { get; }

    public FrozenDictionary<string, string> StoryOfArticle { get; }

    /// <summary>The entities of every story under each key of their names and aliases.</summary>
    public FrozenDictionary<string, IReadOnlyList<(StoryEntry Story, EntityDigest Entity)>> EntityIndex { get; }

    /// <summary>Every stored article without its text, in the order stored; read from the store on first use.</summary>
    public IReadOnlyList<ArticleSummary> Articles => articles.Value;

    /// <summary>The entities across stories, one per name key, those in the most stories first.</summary>
    public IReadOnlyList<EntitySummary> Entities => entities.Value;

    private List<EntitySummary> AllEntities() =>
        Stories.SelectMany(s => s.Digest.Entities.Select(e => (Story: s, Entity: e)))
            .GroupBy(x => StoryCatalog.EntityKey(x.Entity.Name), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .Select(g => Summarize(null, g.Select(x => x.Entity).ToList(), g.Select(x => x.Story.Story.Id).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(e => e.Stories)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();

    internal static StorySummary Summary(StoryEntry entry) =>
        new(entry.Story.Id, entry.Story.Headline, entry.Story.Outlets, entry.Story.ArticleIds.Count, entry.Story.Start, entry.Story.End, entry.StorylineId);

    /// <summary>One entity from its occurrences: the name most of them use, every alias and role they give.</summary>
    internal static EntitySummary Summarize(string? id, IReadOnlyList<EntityDigest> occurrences, int stories) =>
        new(
            id,
            occurrences.GroupBy(e => e.Name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key,
            occurrences.GroupBy(e => e.Type, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key,
            occurrences.SelectMany(e => e.Aliases).Distinct(StringComparer.Ordinal).ToList(),
            occurrences.SelectMany(e => e.Roles).Distinct(StringComparer.Ordinal).ToList(),
            stories);
}
