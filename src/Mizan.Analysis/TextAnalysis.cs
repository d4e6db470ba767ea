using System.Text.Json.Serialization;
using Mizan.Entities;
using Mizan.Figures;
using Mizan.Quotes;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Analysis;

/// <summary>One token of an analysed text; offsets are UTF-16 code units into <see cref="TextAnalysis.Text"/>.</summary>
/// <param name="Kind">The token kind in camel case: arabicWord, latinWord, number, punctuation, url, ...</param>
/// <param name="Norm">The text under the matching normalization.</param>
/// <param name="Stem">The light stem for Arabic words; the normalized form for everything else.</param>
/// <param name="Clitics">Proclitics and enclitics in reading order ("و+", "ال+", "+ها").</param>
/// <param name="Suffix">The suffix the stemmer removed ("ات", "ية"), if any.</param>
public sealed record TokenAnalysis(
    int Start,
    int End,
    string Text,
    string Kind,
    string Norm,
    string Stem,
    IReadOnlyList<string> Clitics,
    string? Suffix)
{
    /// <summary>The token kind as the text core names it (the JSON carries <see cref="Kind"/>).</summary>
    [JsonIgnore]
    public TokenKind TokenKind { get; init; }
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
