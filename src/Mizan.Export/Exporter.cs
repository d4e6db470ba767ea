using System.Globalization;
using Mizan.Briefs;
using Mizan.Core.Analysis;
using Mizan.Storage;
using Mizan.Stories;

namespace Mizan.Export;

/// <summary>What an export holds.</summary>
public enum ExportKind
{
    Articles,
    Mentions,
    Quotes,
    Claims,
    Stories,
}

/// <summary>
/// Streams the store's content as rows. Articles, mentions and quotes are written article by article (the analysis
/// of one article at a time); stories as each article is assigned to one, in publication order; claims story by
/// story, from the analyses of that story's articles only. Memory does not grow with the store, save the story
/// grouping's index of open stories and one id list per story.
/// </summary>
public static class Exporter
{
    /// <summary>Writes every row of <paramref name="kind"/> and returns how many.</summary>
    public static long Export(IArticleStore store, ExportKind kind, TableWriter writer)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(writer);
        long rows = 0;
        foreach (var row in Rows(store, kind))
        {
            writer.Write(row);
            rows++;
        }

        return rows;
    }

    private static IEnumerable<Row> Rows(IArticleStore store, ExportKind kind) => kind switch
    {
        ExportKind.Articles => store.Articles().Select(ArticleRow),
        ExportKind.Mentions => store.Articles().SelectMany(MentionRows),
        ExportKind.Quotes => store.Articles().SelectMany(QuoteRows),
        ExportKind.Stories => StoryRows(store),
        _ => ClaimRows(store),
    };

    private static Row ArticleRow(StoredArticle a) => new Row()
        .Add("id", a.Id).Add("outlet", a.Outlet).Add("title", a.Title).Add("published", a.Published)
        .Add("publishedInferred", a.PublishedInferred).Add("url", a.Url).Add("source", a.Source).Add("format", a.Format)
        .Add("encoding", a.Encoding).Add("nearDuplicateOf", a.NearDuplicateOf).Add("similarity", a.Similarity)
        .Add("removed", a.Removed.Count).Add("text", a.Text);

    private static TextAnalysis Analyze(StoredArticle a) => TextAnalyzer.Default.Analyze(a.Text, TextAnalyzer.ReferenceDate(a.Published));

    private static IEnumerable<Row> MentionRows(StoredArticle a) => Analyze(a).Entities.Select(e => new Row()
        .Add("articleId", a.Id).Add("outlet", a.Outlet).Add("type", e.Type.ToString().ToLowerInvariant()).Add("text", e.Text)
        .Add("role", e.Role).Add("start", e.Start).Add("end", e.End));

    private static IEnumerable<Row> QuoteRows(StoredArticle a) => Analyze(a).Quotes.Select(q => new Row()
        .Add("articleId", a.Id).Add("outlet", a.Outlet).Add("speaker", q.Speaker).Add("role", q.Role).Add("direct", q.Direct)
        .Add("text", q.Text).Add("start", q.Start).Add("end", q.End));

    /// <summary>The story of every article, assigned as the articles arrive in publication order.</summary>
    private static IEnumerable<Row> StoryRows(IArticleStore store)
    {
        var clusterer = new StoryClusterer();
        foreach (var article in StoryClusterer.Order(store.Articles().Select(ToStoryArticle)))
        {
            var assignment = clusterer.Add(article);
            yield return new Row()
                .Add("storyId", "s" + assignment.StoryId.ToString(CultureInfo.InvariantCulture)).Add("articleId", article.Id)
                .Add("outlet", article.Outlet).Add("published", article.Published?.ToString("O", CultureInfo.InvariantCulture))
                .Add("newStory", assignment.NewStory).Add("score", Math.Round(assignment.Score, 4));
        }
    }

    /// <summary>Claims story by story: each story of two or more articles is briefed from its own articles' analyses.</summary>
    private static IEnumerable<Row> ClaimRows(IArticleStore store)
    {
        var stories = StoryClusterer.Cluster(store.Articles().Select(ToStoryArticle));
        foreach (var story in stories.Where(s => s.ArticleIds.Count >= 2))
        {
            var analysed = StoreBriefs.Analyse(story.ArticleIds.Select(store.Find).OfType<StoredArticle>().Select(StoreBriefs.FromStored).ToList());
            foreach (var brief in BriefBuilder.Build(analysed).Stories)
            {
                foreach (var claim in brief.Claims)
                {
                    foreach (var value in claim.Values)
                    {
                        yield return new Row()
                            .Add("storyId", "s" + story.Id.ToString(CultureInfo.InvariantCulture)).Add("about", claim.About).Add("status", claim.Status)
                            .Add("value", value.Value).Add("articleIds", value.ArticleIds).Add("evidence", value.Evidence.Select(e => e.Text).ToList());
                    }
                }
            }
        }
    }

    private static StoryArticle ToStoryArticle(StoredArticle a) =>
        new(a.Id, DateTimeOffset.TryParse(a.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null,
            a.Outlet, a.Text, a.Title, a.NearDuplicateOf);
}
