using System.Text.Json;
using Mizan.Briefs;
using Mizan.Briefs.Rendering;
using Mizan.Analysis;
using Mizan.Core.Json;
using Mizan.Storage;

namespace Mizan.Application;

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

    /// <summary>
    /// Groups the whole store again from nothing (<c>mizan brief --db --rebuild</c>, or a store whose grouping another
    /// version wrote): <see cref="Update"/> from an empty grouping.
    /// </summary>
    public static GroupingReport Rebuild(IArticleStore store) => Update(store, fromScratch: true);

    /// <summary>
    /// Brings the store's stories up to date with its articles: the articles no story holds yet are analysed (or their
    /// stored analysis of this model version read back), assigned in publication order from the stored state of the
    /// grouping, and only the stories they joined or started are briefed again, each from the stored analyses of its
    /// own articles. Storylines are linked again over the stories' stored sums. Nothing new: nothing is done. Memory
    /// holds one chunk of new articles and one batch of stories at a time, besides the grouping's state.
    /// </summary>
    /// <param name="session">A long-running host's grouping kept in memory between its updates of this store (the web
    /// host, <c>mizan watch</c>): used instead of reading the stored state when no other process wrote one since.</param>
    /// <param name="briefed">Called, with the ids of the stories briefed again and of those removed, as soon as their briefs are
    /// stored and before the storylines are linked again (which may take seconds on a large store): a host can show
    /// the new briefs then. Not called when grouping from scratch or when nothing was new.</param>
    public static GroupingReport Update(IArticleStore store, bool fromScratch = false, GroupingSession? session = null, Action<StoryChanges>? briefed = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new GroupingUpdate(store).Run(fromScratch, session, briefed);
    }

    /// <summary>
    /// Reads the store's grouping into <paramref name="session"/> and loads the analyzer ahead of the first update (the
    /// web host, at start-up, in the background): about a second each on a collection of 30,000 articles.
    /// </summary>
    public static void Prepare(IArticleStore store, GroupingSession session)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(session);
        new GroupingUpdate(store).Prepare(session);
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

    /// <summary>A story as the store keeps it: its columns, the brief as the compact JSON of the contract, and the
    /// story's Markdown when given (a story stored without it is not <see cref="Current"/>).</summary>
    public static StoredStory ToStored(StoryBrief story, string? markdown = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var json = JsonSerializer.Serialize(story with { BuiltBy = Version }, MizanJson.Compact);
        return new StoredStory(story.Id, story.Headline, story.ArticleIds, story.Outlets, story.Start, story.End, json, Version, markdown, StoryNumber(story.Id));
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
    internal static int StoryNumber(string id) =>
        id.Length > 1 && int.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    private static string ComputeVersion() =>
        $"{TextAnalyzer.ModelVersion}/brief-{TextAnalyzer.CodeHash(typeof(BriefBuilder), typeof(Mizan.Stories.StoryClusterer))}";
}
