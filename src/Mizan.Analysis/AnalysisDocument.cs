using System.Text.Json;
using Mizan.Core.Articles;
using Mizan.Core.Json;
using Mizan.Entities;
using Mizan.Figures;
using Mizan.Quotes;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Analysis;

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

    /// <summary>A document as <see cref="MizanJson.Compact"/> wrote it (a stored analysis), read back.</summary>
    /// <exception cref="JsonException">The text is not such a document.</exception>
    public static AnalysisDocument Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AnalysisDocument>(json, MizanJson.Compact) ?? throw new JsonException("an analysis that is null");
        }
        catch (ArgumentException e)
        {
            // A token that contradicts itself (its end against its text, an unknown kind) is refused by its constructor.
            throw new JsonException($"an analysis with a token that cannot be: {e.Message}", e);
        }
    }

    /// <summary>
    /// The document as a store keeps it, as compact JSON: without its tokens and sentences, which are five sixths of
    /// the document (73 of 83 KB for sample 000) and which the text core makes again from the text faster than the JSON
    /// is read (<c>mizan bench text</c>); <see cref="ToAnalysis"/> makes them again.
    /// </summary>
    public string ToStoredJson() => JsonSerializer.Serialize(this with { Sentences = [], Tokens = [] }, MizanJson.Compact);

    /// <summary>The analysis the document holds, as the analyzer returned it: a stored document's tokens and sentences (<see cref="ToStoredJson"/>) are made again from its text.</summary>
    public TextAnalysis ToAnalysis()
    {
        if (Tokens.Count == 0 && Text.Length > 0)
        {
            var (_, sentences, tokens) = TextAnalyzer.Default.AnalyzeTokens(Text);
            return new TextAnalysis(Text, sentences, tokens, Entities, Quotes, Quantities, Dates);
        }

        return new TextAnalysis(
            Text,
            Sentences,
            Tokens,
            Entities,
            Quotes,
            Quantities,
            Dates);
    }
}

/// <summary>A line of <c>mizan analyze --jsonl</c> output for an input line that could not be analysed.</summary>
public sealed record AnalysisError(string? Id, int Line, string Error);
