using Mizan.Entities;
using Mizan.Entities.Data;
using Mizan.Figures;
using Mizan.Quotes;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Core.Analysis;

/// <summary>
/// Runs the text core and the extractors over one text: tokens, sentences, normalized forms, stems, entities, quotes, quantities and dates.
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

    /// <summary>
    /// Names this analysis, so stored analyses of an older one are told apart and redone: the analysis format's
    /// number, then the first 12 hex digits of SHA-256 over the entity model and over the Mizan.Core assembly (its
    /// rules and word lists), which change whenever the analysis can.
    /// </summary>
    public static string ModelVersion { get; } = ComputeModelVersion();

    /// <param name="reference">The publication date, against which relative dates (أمس, يوليو الماضي) resolve.</param>
    public TextAnalysis Analyze(string text, DateOnly? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var analysed = new TokenAnalysis[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            analysed[i] = Describe(text, tokens[i]);
        }

        var entities = EntityRecognizer.Default.Recognize(text, tokens);

        // The quote extractor prefers recognized people and organizations as speaker names.
        var names = entities.Where(e => e.Type is EntityType.Person or EntityType.Organization).Select(e => new NameSpan(e.Start, e.End)).ToList();
        var quotes = QuoteExtractor.Default.Extract(text, tokens, names);
        var dates = Dates.Extract(text, tokens, reference);
        var quantities = Quantities.Extract(text, tokens, dates);
        return new TextAnalysis(text, sentences, analysed, entities, quotes, quantities, dates);
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

    private static string ComputeModelVersion()
    {
        using var model = EntityData.OpenModel();
        var modelHash = model is null ? "none" : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(model))[..12];
        return $"analysis-1/ner-{modelHash}/code-{CodeHash(typeof(TextAnalyzer), typeof(EntityRecognizer), typeof(EntityData), typeof(QuoteExtractor), typeof(Dates), typeof(LightStemmer))}";
    }

    /// <summary>
    /// The first 12 hex digits of SHA-256 over the files of the assemblies that hold <paramref name="types"/>: it
    /// changes whenever their code or embedded word lists do, so a stored result names the code that made it.
    /// </summary>
    public static string CodeHash(params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var assemblies = types.Select(t => t.Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Where(File.Exists)
            .Select(File.ReadAllBytes);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(assemblies.SelectMany(b => b).ToArray()))[..12];
    }

    /// <summary>The calendar date of an ISO publication date or time as given ("2021-12-09", "2015-07-21 10:02:00"), or null.</summary>
    public static DateOnly? ReferenceDate(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;

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
