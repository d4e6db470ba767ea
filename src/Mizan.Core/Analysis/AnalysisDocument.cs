using Mizan.Core.Articles;
using Mizan.Entities;
using Mizan.Figures;
using Mizan.Quotes;
using Mizan.Text.Sentences;

namespace Mizan.Core.Analysis;

/// <summary>
/// What <c>mizan analyze</c> prints for one article: its metadata, the text all offsets point into,
/// and the analysis. Field names keep their meaning once shipped; new ones may be added.
/// </summary>
public sealed record AnalysisDocument(
    string Id,
    string? Source,
    string? Outlet,
    string? Published,
    string? Url,
    string? Title,
    bool PublishedInferred,
    string Text,
    IReadOnlyList<RemovedText> Removed,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TokenAnalysis> Tokens,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<DateMention> Dates)
{
    /// <summary>The document for an article whose cleaned text was analysed; <paramref name="removed"/> is what
    /// cleaning took out of the raw text (offsets into the raw text), empty when nothing was.</summary>
    public static AnalysisDocument From(ArticleInput article, TextAnalysis analysis, IReadOnlyList<RemovedText>? removed = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        return new AnalysisDocument(
            article.Id, article.Source, article.Outlet, article.Published, article.Url, article.Title, article.PublishedInferred,
            analysis.Text, removed ?? [], analysis.Sentences, analysis.Tokens, analysis.Entities, analysis.Quotes, analysis.Quantities, analysis.Dates);
    }
}

/// <summary>A line of <c>mizan analyze --jsonl</c> output for an input line that could not be analysed.</summary>
public sealed record AnalysisError(string? Id, int Line, string Error);
