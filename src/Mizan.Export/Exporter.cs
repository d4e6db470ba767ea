using System.Globalization;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Analysis;
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
/// of one article at a time); stories and claims are the brief's own (the stories <c>mizan brief --db</c> stored, or
/// the brief of the store built once when none are stored), so an export never disagrees with the brief.
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

    /// <summary>
    /// The story of every article, as the brief grouped them: the stored stories carry their members and headline, so
    /// no stored brief is read back for them; with none stored, the brief built once (<see cref="StoreBriefs.Stories"/>).
    /// </summary>
    private static IEnumerable<Row> StoryRows(IArticleStore store)
    {
        var stored = store.Stories();
        var stories = stored.Count > 0
            ? stored.Select(s => (s.Id, s.Headline, s.ArticleIds))
            : StoreBriefs.Stories(store).Select(s => (s.Id, (string?)s.Headline, s.ArticleIds));
        foreach (var (storyId, headline, articleIds) in stories)
        {
            foreach (var id in articleIds)
            {
                var article = store.Find(id);
                yield return new Row()
                    .Add("storyId", storyId).Add("articleId", id).Add("headline", headline)
                    .Add("outlet", article?.Outlet).Add("published", article?.Published);
            }
        }
    }

    /// <summary>Claims story by story, from the briefs of the brief's own stories.</summary>
    private static IEnumerable<Row> ClaimRows(IArticleStore store)
    {
        foreach (var story in StoreBriefs.Stories(store))
        {
            foreach (var claim in story.Claims)
            {
                foreach (var value in claim.Values)
                {
                    yield return new Row()
                        .Add("storyId", story.Id).Add("about", claim.About).Add("status", claim.Status)
                        .Add("value", value.Value).Add("articleIds", value.ArticleIds).Add("evidence", value.Evidence.Select(e => e.Text).ToList());
                }
            }
        }
    }
}
