using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Mizan.Application;
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
    /// Reads again only the stories an update briefed (and the storylines), and drops those it removed: the others are
    /// kept from the snapshot before, so an upload into a large store shows in its story at once rather than after
    /// reading every brief again.
    /// </summary>
    public void Reload(IArticleStore store, StoryChanges changes)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(changes);
        var storylines = store.Storylines();
        var storylineOf = StorylineOf(storylines);
        var replaced = store.Stories(changes.Briefed).Select(story => Entry(story, storylineOf)).ToList();
        current = current.With(replaced, changes.Removed.ToHashSet(StringComparer.Ordinal), storylines, storylineOf, () => pool.Use(ArticleList));
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

    internal static Dictionary<string, string> StorylineOf(IReadOnlyList<StoredStoryline> storylines)
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
        : this(stories, storylines, readArticles, new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, List<(StoryEntry, EntityDigest)>>(StringComparer.Ordinal), stories)
    {
    }

    /// <summary>
    /// A snapshot from its stories: the look-ups start as <paramref name="storyOf"/> and <paramref name="byEntity"/>
    /// (copies of an earlier snapshot's, or empty) and take in the <paramref name="added"/> entries.
    /// </summary>
    private CatalogSnapshot(
        IReadOnlyList<StoryEntry> stories,
        IReadOnlyList<StoredStoryline> storylines,
        Func<List<ArticleSummary>> readArticles,
        Dictionary<string, string> storyOf,
        Dictionary<string, List<(StoryEntry, EntityDigest)>> byEntity,
        IEnumerable<StoryEntry> added)
    {
        Stories = stories;
        Summaries = stories.Select(Summary).ToList();
        Storylines = storylines;
        var byId = new Dictionary<string, StoryEntry>(stories.Count, StringComparer.Ordinal);
        foreach (var entry in stories)
        {
            byId[entry.Story.Id] = entry;
        }

        ById = byId;
        foreach (var entry in added)
        {
            foreach (var id in entry.Story.ArticleIds)
            {
                storyOf.TryAdd(id, entry.Story.Id);
            }

            foreach (var (key, entity) in Keyed(entry))
            {
                if (!byEntity.TryGetValue(key, out var list))
                {
                    byEntity[key] = list = [];
                }

                list.Add((entry, entity));
            }
        }

        StoryOfArticle = storyOf;
        entityLists = byEntity;
        EntityIndex = byEntity.ToDictionary(p => p.Key, p => (IReadOnlyList<(StoryEntry Story, EntityDigest Entity)>)p.Value, StringComparer.Ordinal);
        articles = new Lazy<IReadOnlyList<ArticleSummary>>(() => readArticles().Select(a => a with { StoryId = StoryOfArticle.GetValueOrDefault(a.Id) }).ToList());
        entities = new Lazy<IReadOnlyList<EntitySummary>>(AllEntities);
    }

    private readonly Dictionary<string, List<(StoryEntry, EntityDigest)>> entityLists;

    /// <summary>
    /// This snapshot with some stories read again (an update's) and the storylines as they now are: what did not change
    /// is carried over rather than built again, so that an upload into a store of 15,000 stories shows in well under a
    /// second; the result is what a snapshot built from all the stories would hold, with the same order of stories and
    /// of each entity's stories.
    /// </summary>
    internal CatalogSnapshot With(IReadOnlyList<StoryEntry> replaced, IReadOnlySet<string> removed, IReadOnlyList<StoredStoryline> storylines, IReadOnlyDictionary<string, string> storylineOf, Func<List<ArticleSummary>> readArticles)
    {
        var touched = replaced.ToDictionary(e => e.Story.Id, StringComparer.Ordinal);
        foreach (var entry in Stories)
        {
            // A story whose storyline changed (joined, or renumbered) is carried over with its new storyline.
            if (!touched.ContainsKey(entry.Story.Id) && !removed.Contains(entry.Story.Id) && storylineOf.GetValueOrDefault(entry.Story.Id) != entry.StorylineId)
            {
                touched[entry.Story.Id] = entry with { StorylineId = storylineOf.GetValueOrDefault(entry.Story.Id) };
            }
        }

        // The entries of this snapshot that do not carry over: those read again and those removed.
        var leaving = touched.Keys.Concat(removed).ToHashSet(StringComparer.Ordinal);
        var stories = Stories.Where(e => !leaving.Contains(e.Story.Id)).Concat(touched.Values)
            .OrderByDescending(e => e.Story.ArticleIds.Count).ThenBy(e => e.Story.Number).ThenBy(e => e.Story.Id, StringComparer.Ordinal)
            .ToList();

        // The entity lists that held a leaving story are copied without it; the others are shared with this snapshot.
        var byEntity = new Dictionary<string, List<(StoryEntry, EntityDigest)>>(entityLists, StringComparer.Ordinal);
        var affected = leaving.SelectMany(id => ById.TryGetValue(id, out var old) ? Keyed(old) : [])
            .Concat(touched.Values.SelectMany(Keyed))
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var key in affected)
        {
            byEntity[key] = byEntity.TryGetValue(key, out var list) ? [.. list.Where(p => !leaving.Contains(p.Item1.Story.Id))] : [];
        }

        // The articles of a removed story moved to one of the touched stories, which maps them afresh.
        var storyOf = new Dictionary<string, string>((Dictionary<string, string>)StoryOfArticle, StringComparer.Ordinal);
        foreach (var article in removed.SelectMany(id => ById.TryGetValue(id, out var old) ? old.Story.ArticleIds : []))
        {
            storyOf.Remove(article);
        }

        var next = new CatalogSnapshot(stories, storylines, readArticles, storyOf, byEntity, touched.Values);

        // Each entity's stories in the order of the stories, as a snapshot built whole lists them.
        var position = stories.Index().ToDictionary(p => p.Item.Story.Id, p => p.Index, StringComparer.Ordinal);
        foreach (var key in affected)
        {
            if (byEntity.TryGetValue(key, out var list))
            {
                list.Sort((x, y) => position[x.Item1.Story.Id].CompareTo(position[y.Item1.Story.Id]));
            }
        }

        return next;
    }

    /// <summary>Each entity of a story under each key of its name and aliases, once per key.</summary>
    private static IEnumerable<(string Key, EntityDigest Entity)> Keyed(StoryEntry entry) =>
        entry.Digest.Entities.SelectMany(entity => entity.Aliases.Prepend(entity.Name).Select(StoryCatalog.EntityKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Select(key => (key, entity)));

    /// <summary>The stories, largest first (the store's order).</summary>
    public IReadOnlyList<StoryEntry> Stories { get; }

    /// <summary>The stories as the unfiltered list shows them, made once: the list is the page's busiest request.</summary>
    public IReadOnlyList<StorySummary> Summaries { get; }

    public IReadOnlyList<StoredStoryline> Storylines { get; }

    public IReadOnlyDictionary<string, StoryEntry> ById { get; }

    public IReadOnlyDictionary<string, string> StoryOfArticle { get; }

    /// <summary>The entities of every story under each key of their names and aliases.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(StoryEntry Story, EntityDigest Entity)>> EntityIndex { get; }

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
