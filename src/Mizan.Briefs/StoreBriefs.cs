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
        return new StoredStory(story.Id, story.Headline, story.ArticleIds, story.Outlets, story.Start, story.End, JsonSerializer.Serialize(story, MizanJson.Compact));
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
}
