using System.Text.Json;
using Mizan.Core.Analysis;
using Mizan.Core.Json;
using Mizan.Storage;

namespace Mizan.Briefs;

/// <summary>
/// The brief's inputs and outputs: articles analysed on every core, stored articles as brief articles, and a
/// store briefed whole (as <c>mizan brief --db</c> and the web upload do): every stored article is analysed from its
/// stored cleaned text (with the removed list ingest kept), the collection is grouped into stories and storylines,
/// and the stored grouping is replaced in one transaction, each story with its brief's JSON.
/// </summary>
public static class StoreBriefs
{
    /// <summary>
    /// The version a stored brief is built by: the analysis's model version and the first 12 hex digits of SHA-256
    /// over the grouping and brief assemblies, which change whenever a brief can.
    /// </summary>
    public static string Version { get; } = ComputeVersion();

    /// <summary>
    /// The store's brief as stored, when it is current: every stored article is in a stored story and every story's
    /// brief was built by this <see cref="Version"/>. Then nothing is analysed or grouped again. Null when anything
    /// is new, changed or built by another version. The articles (with their texts) are read only when asked for.
    /// </summary>
    public static BriefDocument? Current(IArticleStore store, bool withArticles)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stored = store.Stories();
        if (stored.Count == 0 || stored.Any(s => s.BriefJson is null))
        {
            return null;
        }

        var covered = stored.Sum(s => (long)s.ArticleIds.Count);
        if (covered != store.Counts().Articles)
        {
            return null;
        }

        // Read back on every core: each stored brief is its own JSON document.
        var briefs = new StoryBrief?[stored.Count];
        Parallel.For(0, stored.Count, i => briefs[i] = JsonSerializer.Deserialize<StoryBrief>(stored[i].BriefJson!, MizanJson.Compact));
        if (briefs.Any(b => b is null || b.BuiltBy != Version))
        {
            return null;
        }

        var stories = briefs.OfType<StoryBrief>().ToList();

        var articles = withArticles ? store.Articles().Select(FromStored).OrderBy(a => a.Id, StringComparer.Ordinal).ToList() : [];
        var storylines = store.Storylines().OrderBy(l => StoryNumber(l.Id)).Select(l => new StorylineView(l.Id, l.StoryIds)).ToList();
        return new BriefDocument(BriefDocument.CurrentVersion, articles, storylines, [.. stories.OrderByDescending(s => s.ArticleIds.Count).ThenBy(s => StoryNumber(s.Id))]);
    }

    /// <summary>The new brief of the store, already saved there; null when the store holds no article.</summary>
    public static BriefDocument? Rebuild(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var analysed = Analyse(store.Articles().Select(FromStored).ToList());
        if (analysed.Count == 0)
        {
            return null;
        }

        var brief = BriefBuilder.Build(analysed);
        Save(store, brief);
        return brief;
    }

    /// <summary>
    /// The store's stories as the brief grouped them: the briefs <c>mizan brief --db</c> saved, or, when none are
    /// saved, the brief of the whole store built now (not saved). Exports read these, so they never disagree with the brief.
    /// </summary>
    public static IReadOnlyList<StoryBrief> Stories(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stored = store.Stories();
        if (stored.Count > 0 && stored.All(s => s.BriefJson is not null))
        {
            return stored.Select(s => JsonSerializer.Deserialize<StoryBrief>(s.BriefJson!, MizanJson.Compact)!).ToList();
        }

        var analysed = Analyse(store.Articles().Select(FromStored).ToList());
        return analysed.Count == 0 ? [] : BriefBuilder.Build(analysed).Stories;
    }

    /// <summary>Replaces the store's stories and storylines with those of <paramref name="brief"/>.</summary>
    public static void Save(IArticleStore store, BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(brief);
        store.SaveStories(brief.Stories.Select(ToStored).ToList(), brief.Storylines.Select(l => new StoredStoryline(l.Id, l.StoryIds)).ToList());
    }

    /// <summary>A story as the store keeps it: its columns, and the brief as the compact JSON of the contract.</summary>
    public static StoredStory ToStored(StoryBrief story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new StoredStory(story.Id, story.Headline, story.ArticleIds, story.Outlets, story.Start, story.End, JsonSerializer.Serialize(story with { BuiltBy = Version }, MizanJson.Compact));
    }

    /// <summary>A stored article as the brief sees it: its cleaned text, removed list and near-duplicate link.</summary>
    public static BriefArticle FromStored(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new BriefArticle(article.Id, article.Source, article.Outlet, article.Title, article.Published, article.PublishedInferred, article.Text, article.Removed, article.NearDuplicateOf);
    }

    /// <summary>
    /// Analyses each article's text (against its publication date) on every core, in their order: the analysis of
    /// one article is independent of the others.
    /// </summary>
    public static List<AnalyzedArticle> Analyse(IReadOnlyList<BriefArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var analysed = new AnalyzedArticle[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            analysed[i] = new AnalyzedArticle(article, TextAnalyzer.Default.Analyze(article.Text, TextAnalyzer.ReferenceDate(article.Published)));
        });
        return [.. analysed];
    }

    /// <summary>The number in a story or storyline id ("s12" is 12): the brief writes stories largest first, then by
    /// this number, and storylines by it, and the stored ones come back in that order.</summary>
    private static int StoryNumber(string id) =>
        id.Length > 1 && int.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    private static string ComputeVersion() =>
        $"{TextAnalyzer.ModelVersion}/brief-{TextAnalyzer.CodeHash(typeof(BriefBuilder), typeof(Mizan.Stories.StoryClusterer))}";
}
