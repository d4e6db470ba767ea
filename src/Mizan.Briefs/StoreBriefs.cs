using System.Text.Json;
using Mizan.Briefs.Rendering;
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
    /// brief and Markdown were built by this <see cref="Version"/>. Then nothing is analysed or grouped again, and
    /// the brief is printed from what is stored. Null when anything is new, changed or built by another version.
    /// Only counts are read here.
    /// </summary>
    public static StoredBrief? Current(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var counts = store.CountStories(Version);
        if (counts.Stories == 0 || counts.Outdated > 0 || counts.Grouped != counts.Articles || counts.Printed != counts.Articles)
        {
            return null;
        }

        var storylines = store.Storylines().OrderBy(l => StoryNumber(l.Id)).Select(l => new StorylineView(l.Id, l.StoryIds)).ToList();
        return new StoredBrief(store, counts, storylines);
    }

    /// <summary>The new brief of the store, already saved there; null when the store holds no article.</summary>
    public static BriefDocument? Rebuild(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var analysed = Analyse(store.Articles(withRawText: false).Select(FromStored).ToList());
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

        var analysed = Analyse(store.Articles(withRawText: false).Select(FromStored).ToList());
        return analysed.Count == 0 ? [] : BriefBuilder.Build(analysed).Stories;
    }

    /// <summary>
    /// Replaces the store's stories and storylines with those of <paramref name="brief"/>, in its order, each story
    /// with its brief and its part of the Markdown brief, and with them the JSON of the stored articles as
    /// <see cref="StoredBrief.WriteJson"/> prints them (serialized on every core).
    /// </summary>
    public static void Save(IArticleStore store, BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(brief);
        var markdown = MarkdownBriefWriter.Stories(brief);
        var articles = StoredArticles(store).AsParallel().AsOrdered().Select(a => JsonSerializer.Serialize(a, MizanJson.Compact)).ToList();
        store.SaveStories(brief.Stories.Select((s, i) => ToStored(s, markdown[i])).ToList(), brief.Storylines.Select(l => new StoredStoryline(l.Id, l.StoryIds)).ToList(), articles);
    }

    /// <summary>The stored articles as the brief of a store shows them, by id.</summary>
    internal static List<BriefArticle> StoredArticles(IArticleStore store) =>
        store.Articles(withRawText: false).Select(FromStored).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();

    /// <summary>A story as the store keeps it: its columns, the brief as the compact JSON of the contract, and the
    /// story's Markdown when given (a story stored without it is not <see cref="Current"/>).</summary>
    public static StoredStory ToStored(StoryBrief story, string? markdown = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var json = JsonSerializer.Serialize(story with { BuiltBy = Version }, MizanJson.Compact);
        return new StoredStory(story.Id, story.Headline, story.ArticleIds, story.Outlets, story.Start, story.End, json, Version, markdown);
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
