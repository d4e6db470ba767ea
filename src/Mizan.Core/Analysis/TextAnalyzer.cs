using Mizan.Quotes;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Core.Analysis;

/// <summary>
/// Runs the text core and the extractors over one text: tokens, sentences, normalized forms, stems and quotes.
/// Immutable and thread-safe: one instance serves every thread.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly LightStemmer stemmer;
    private readonly ArabicNormalizer matching = ArabicNormalizer.Matching;

    public TextAnalyzer(LightStemmer stemmer)
    {
        this.stemmer = stemmer;
    }

    public static TextAnalyzer Default { get; } = new(LightStemmer.Default);

    public TextAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var analysed = new TokenAnalysis[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            analysed[i] = Describe(text, tokens[i]);
        }

        var quotes = QuoteExtractor.Default.Extract(text, tokens);
        return new TextAnalysis(text, sentences, analysed, quotes);
    }

    private TokenAnalysis Describe(string text, Token token)
    {
        var surface = text.Substring(token.Start, token.Length);
        var norm = matching.NormalizeToString(surface);
        var stem = norm;
        IReadOnlyList<string> clitics = [];
        string? suffix = null;
        if (token.Kind == TokenKind.ArabicWord)
        {
            var result = stemmer.Stem(surface);
            stem = result.Stem;
            clitics = result.Clitics;
            suffix = result.Parts.SuffixText;
        }

        return new TokenAnalysis(token.Start, token.End, surface, KindName(token.Kind), norm, stem, clitics, suffix) { TokenKind = token.Kind };
    }

    private static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.ArabicWord => "arabicWord",
        TokenKind.LatinWord => "latinWord",
        TokenKind.OtherWord => "otherWord",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Mention => "mention",
        TokenKind.Hashtag => "hashtag",
        _ => "other",
    };
}
