using System.Text.Json;
using Mizan.Briefs;
using Mizan.Core.Analysis;
using Mizan.Core.Json;
using Mizan.Storage;

namespace Mizan.Web;

/// <summary>
/// Briefs a whole store and keeps its grouping, as <c>mizan brief --db</c> does: every stored article is analysed
/// from its stored cleaned text (with the removed list ingest kept), the collection is grouped into stories and
/// storylines, and the stored grouping is replaced in one transaction, each story with its brief's JSON.
/// </summary>
public static class StoreBriefs
{
    /// <summary>The new brief of the store, already saved there; null when the store holds no article.</summary>
    public static BriefDocument? Rebuild(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var analysed = Analyse(store.Articles().ToList());
        if (analysed.Count == 0)
        {
            return null;
        }

        var brief = BriefBuilder.Build(analysed);
        store.SaveStories(
            brief.Stories.Select(ToStored).ToList(),
            brief.Storylines.Select(l => new StoredStoryline(l.Id, l.StoryIds)).ToList());
        return brief;
    }

    /// <summary>A story as the store keeps it: its columns, and the brief as the compact JSON of the contract.</summary>
    public static StoredStory ToStored(StoryBrief story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new StoredStory(story.Id, story.Headline, story.ArticleIds, story.Outlets, story.Start, story.End, JsonSerializer.Serialize(story, MizanJson.Compact));
    }

    /// <summary>Analyses the articles on every core (the analysis of one article is independent of the others), in their order.</summary>
    private static List<AnalyzedArticle> Analyse(List<StoredArticle> articles)
    {
        var analysed = new AnalyzedArticle[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            var analysis = TextAnalyzer.Default.Analyze(article.Text, TextAnalyzer.ReferenceDate(article.Published));
            analysed[i] = new AnalyzedArticle(
                new BriefArticle(article.Id, article.Source, article.Outlet, article.Title, article.Published, article.PublishedInferred, analysis.Text, article.Removed, article.NearDuplicateOf),
                analysis);
        });
        return [.. analysed];
    }
}
