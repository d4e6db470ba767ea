using System.Text.Json.Serialization;
using Mizan.Entities;
using Mizan.Figures;
using Mizan.Quotes;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Analysis;

/// <summary>
/// One token of an analysed text; offsets are UTF-16 code units into <see cref="TextAnalysis.Text"/>. A token is its
/// start and the description of its word, which every token of the same word in the text shares: an analysis of
/// SaudiNewsNet holds about 320 tokens an article (9.8 million over 30,676), so a token is kept as 16 bytes in its
/// array, not as an object of its own (<c>mizan bench text</c>: 48 KB an article allocated before, with one record a
/// token; 18 KB now).
/// </summary>
public readonly struct TokenAnalysis : IEquatable<TokenAnalysis>
{
    private readonly WordForms? forms;

    internal TokenAnalysis(int start, WordForms forms)
    {
        Start = start;
        this.forms = forms;
    }

    /// <summary>A token as the JSON of an analysis gives it.</summary>
    /// <param name="kind">The token kind in camel case: arabicWord, latinWord, number, punctuation, url, ...</param>
    /// <param name="norm">The text under the matching normalization.</param>
    /// <param name="stem">The light stem for Arabic words; the normalized form for everything else.</param>
    /// <param name="clitics">Proclitics and enclitics in reading order ("و+", "ال+", "+ها").</param>
    /// <param name="suffix">The suffix the stemmer removed ("ات", "ية"), if any.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not <paramref name="start"/> plus the length of <paramref name="text"/>, or <paramref name="kind"/> names no token kind.</exception>
    [JsonConstructor]
    public TokenAnalysis(int start, int end, string text, string kind, string norm, string stem, IReadOnlyList<string> clitics, string? suffix)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(norm);
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(clitics);
        if (end - start != text.Length)
        {
            throw new ArgumentException($"a token from {start} to {end} cannot be \"{text}\" ({text.Length} characters)", nameof(end));
        }

        if (!Enum.TryParse<TokenKind>(kind, ignoreCase: true, out var tokenKind) || !Enum.IsDefined(tokenKind))
        {
            throw new ArgumentException($"\"{kind}\" is no token kind", nameof(kind));
        }

        Start = start;
        forms = new WordForms(tokenKind, text, norm, stem, clitics, suffix);
    }

    public int Start { get; }

    public int End => Start + Forms.Text.Length;

    public string Text => Forms.Text;

    /// <summary>The token kind in camel case: arabicWord, latinWord, number, punctuation, url, ...</summary>
    public string Kind => WordForms.KindName(Forms.Kind);

    /// <summary>The text under the matching normalization.</summary>
    public string Norm => Forms.Norm;

    /// <summary>The light stem for Arabic words; the normalized form for everything else.</summary>
    public string Stem => Forms.Stem;

    /// <summary>Proclitics and enclitics in reading order ("و+", "ال+", "+ها").</summary>
    public IReadOnlyList<string> Clitics => Forms.Clitics;

    /// <summary>The suffix the stemmer removed ("ات", "ية"), if any.</summary>
    public string? Suffix => Forms.Suffix;

    /// <summary>The token kind as the text core names it (the JSON carries <see cref="Kind"/>).</summary>
    [JsonIgnore]
    public TokenKind TokenKind => Forms.Kind;

    private WordForms Forms => forms ?? WordForms.None;

    public static bool operator ==(TokenAnalysis left, TokenAnalysis right) => left.Equals(right);

    public static bool operator !=(TokenAnalysis left, TokenAnalysis right) => !left.Equals(right);

    public bool Equals(TokenAnalysis other) => Start == other.Start && Forms.Equals(other.Forms);

    public override bool Equals(object? obj) => obj is TokenAnalysis other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, Forms);

    public override string ToString() => $"{Text} ({Kind}, {Start}-{End})";
}

/// <summary>What every token of one word shares; a form equal to the one before it is the same string.</summary>
internal sealed record WordForms(TokenKind Kind, string Text, string Norm, string Stem, IReadOnlyList<string> Clitics, string? Suffix)
{
    /// <summary>The description a default token reads: no text.</summary>
    public static WordForms None { get; } = new(TokenKind.Punctuation, "", "", "", [], null);

    /// <summary>Equal when every form is, the clitics compared item by item (a list read from JSON is no shared one).</summary>
    public bool Equals(WordForms? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && Norm == other.Norm && Stem == other.Stem
        && Suffix == other.Suffix && Clitics.SequenceEqual(other.Clitics);

    public override int GetHashCode() => HashCode.Combine(Kind, Text, Stem, Clitics.Count);

    public static string KindName(TokenKind kind) => kind switch
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

/// <summary>The analysis of one text: sentences, tokens, entities, quotes, quantities and dates, all pointing into <see cref="Text"/>.</summary>
public sealed record TextAnalysis(
    string Text,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TokenAnalysis> Tokens,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<DateMention> Dates);

/// <summary>The text core's analysis of one text: its tokens, its sentences, and each token described (same order as <see cref="Tokens"/>).</summary>
public sealed record TokenizedText(IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences, IReadOnlyList<TokenAnalysis> Analysed);
