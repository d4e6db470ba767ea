using Mizan.Entities;
using Mizan.Entities.Data;
using Mizan.Figures;
using Mizan.Quotes;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Analysis;

/// <summary>
/// Runs the text core and the extractors over one text: tokens, sentences, normalized forms, stems, entities, quotes, quantities and dates.
/// Thread-safe: one instance serves every thread. Its only state is a bounded cache of the words it has described
/// lately, which saves work and memory (tokens of one word share its strings) and never changes a result.
/// </summary>
public sealed class TextAnalyzer
{
    /// <summary>
    /// Slots of the cache of described words (a power of two). On SaudiNewsNet's 9.8 million tokens, 2^18 slots find
    /// 93% already described (2^12: 59%, 2^14: 74%, 2^16: 86%). With each token a value (2026-12-05, before the shared
    /// clitic lists), <c>bench text</c> allocated 780 MB a pass with 2^16 slots, 684 MB with 2^17 and 624 MB with 2^18,
    /// and ran at 2.45x, 2.46x-2.48x and 2.57x-2.68x Snowball's words/s. A full cache holds some 40-50 MB (about 150 to
    /// 200 bytes a word); <c>bench pipeline</c>'s peak working set with it ranged 941-1,105 MB over eleven runs that day
    /// (five above 1 GB), against 935-1,035 MB over ten runs with 2^16 slots (three above). With the shared clitic
    /// lists, alternated on 2026-12-05 (eighteenth session, load average 2-9): <c>bench text</c> 2.70x and 2.89x with
    /// 2^18 slots against 2.38x and 2.61x with 2^16 (allocated 566 against 660 MB); <c>bench pipeline</c> 120.5 / 117.1
    /// / 112.9 s and a peak of 999 / 1,017 / 952 MB against 126.0 / 114.0 / 112.2 s and 937 / 958 / 998 MB. 2^16 slots
    /// fall below the 2.5x aimed for and save about 25 MB of peak on average, within the runs' spread: 2^18 is kept.
    /// </summary>
    private const int RecentWords = 1 << 18;

    private readonly LightStemmer stemmer;
    private readonly ArabicNormalizer matching = ArabicNormalizer.Matching;

    // Slot = hash of the token's text; an entry is immutable, so a thread reads a whole one or another thread's.
    private readonly WordForms?[] recent = new WordForms?[RecentWords];

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
        var (tokens, sentences, analysed) = AnalyzeTokens(text);
        var entities = EntityRecognizer.Default.Recognize(text, tokens);

        // The quote extractor prefers recognized people and organizations as speaker names. Its rules read whole tokens,
        // so a name is given from the start of its first token, glued clitics and all (لحزب العمال الكردستاني); a speaker
        // read from such a name then begins where the name does (حزب العمال الكردستاني), as the entity mention does.
        var names = new List<NameSpan>();
        var nameStarts = new Dictionary<int, int>();
        foreach (var e in entities.Where(e => e.Type is EntityType.Person or EntityType.Organization))
        {
            var wordStart = EntityRecognizer.WordStart(text, e);
            names.Add(new NameSpan(wordStart, e.End, e.Type == EntityType.Organization, wordStart < e.Start));
            if (wordStart < e.Start)
            {
                nameStarts.TryAdd(wordStart, e.Start);
            }
        }

        var quotes = QuoteExtractor.Default.Extract(text, tokens, names, NameWordEvidenceOf)
            .Select(q => q is { SpeakerStart: { } from, SpeakerEnd: { } to } && nameStarts.TryGetValue(from, out var start) && start < to
                ? q with { SpeakerStart = start, Speaker = text[start..to] }
                : q)
            .ToList();
        var dates = Dates.Extract(text, tokens, reference);
        var quantities = Quantities.Extract(text, tokens, dates);
        return new TextAnalysis(text, sentences, analysed, entities, quotes, quantities, dates);
    }

    /// <summary>
    /// The text core's part of <see cref="Analyze"/>: tokens, sentences, and every token's matching form, stem,
    /// clitics and suffix. This is the path <c>mizan bench text</c> times.
    /// </summary>
    public TokenizedText AnalyzeTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var analysed = new TokenAnalysis[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            analysed[i] = Describe(text, tokens[i]);
        }

        return new TokenizedText(tokens, sentences, analysed);
    }

    private TokenAnalysis Describe(string text, Token token)
    {
        var surface = text.AsSpan(token.Start, token.Length);
        ref var slot = ref recent[string.GetHashCode(surface) & (RecentWords - 1)];
        var forms = Volatile.Read(ref slot);
        if (forms is null || forms.Kind != token.Kind || !surface.SequenceEqual(forms.Text))
        {
            forms = Forms(surface, token.Kind);
            Volatile.Write(ref slot, forms);
        }

        return new TokenAnalysis(token.Start, forms);
    }

    /// <summary>Describes a word; a form equal to the one before it is the same string.</summary>
    private WordForms Forms(ReadOnlySpan<char> surface, TokenKind kind)
    {
        var text = surface.ToString();
        var norm = matching.Changes(surface) ? matching.NormalizeToString(surface) : text;
        if (kind != TokenKind.ArabicWord)
        {
            return new WordForms(kind, text, norm, norm, [], null);
        }

        Span<char> buffer = stackalloc char[(LightStemmer.MaxWordLength * 2) + 2];
        var length = stemmer.Stem(surface, buffer, out var parts);
        if (length < 0)
        {
            // Too long to be a word: its stem is its normal form, and nothing was removed.
            return new WordForms(kind, text, norm, norm, [], null);
        }

        var stem = buffer[..length].SequenceEqual(norm) ? norm : new string(buffer[..length]);
        return new WordForms(kind, text, norm, stem, parts.Clitics(), parts.SuffixText);
    }

    /// <summary>
    /// What is known against a word being a name's the recognizer missed, for the quote extractor: a verb or particle of
    /// the general dictionary that is no name there and no given name of the tagger's list (ندد, ليس; نشأت, a verb too, is
    /// lost with them), or a country or city (بكين, تركيا).
    /// </summary>
    private static NameWordEvidence NameWordEvidenceOf(string norm)
    {
        var lexicon = Lexicon.Default;
        if (lexicon.Countries.ContainsExact(norm) || lexicon.Cities.ContainsExact(norm))
        {
            return NameWordEvidence.Place;
        }

        var classes = WordClasses.Default.Of(norm);
        return (classes & (WordClass.Verb | WordClass.Particle)) != 0 && (classes & WordClass.Name) == 0 && !lexicon.FirstNames.ContainsExact(norm)
            ? NameWordEvidence.VerbOrParticle
            : NameWordEvidence.None;
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
}
