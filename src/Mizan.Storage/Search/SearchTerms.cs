using System.Text;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Storage.Search;

/// <summary>One searchable term of a text and the span of the word it comes from.</summary>
public readonly record struct IndexedTerm(int Start, int End, string Term);

/// <summary>
/// The terms every store indexes and every query is turned into, so that each store finds the same articles: one
/// term per word, in order (phrases match on positions). An Arabic word becomes its light stem under the matching
/// normalization, so الأعرجي and الاعرجي meet, and التحالف, للتحالف and بالتحالف all become تحالف; Latin and
/// other words become their normalized lower-case form; a number its digits (the decimal point written as the
/// letter p, so 2.5 stays one term). Punctuation, symbols, urls and e-mail addresses are not indexed. Every term
/// holds letters and digits only, so no store's query syntax can be reached through it.
/// </summary>
public static class SearchTerms
{
    private static readonly ArabicNormalizer Matching = ArabicNormalizer.Matching;

    /// <summary>The terms of a text with the spans they come from.</summary>
    public static List<IndexedTerm> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<IndexedTerm>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (Term(text.AsSpan(token.Start, token.Length), token.Kind) is { Length: > 0 } term)
            {
                terms.Add(new IndexedTerm(token.Start, token.End, term));
            }
        }

        return terms;
    }

    /// <summary>The terms of a text joined by spaces: what the stores index.</summary>
    public static string IndexText(string text) => string.Join(' ', Terms(text).Select(t => t.Term));

    /// <summary>The term of one token, or null when the token is not indexed.</summary>
    public static string? Term(ReadOnlySpan<char> surface, TokenKind kind)
    {
        var text = kind switch
        {
            TokenKind.ArabicWord => Matching.NormalizeToString(LightStemmer.Default.Stem(surface).Stem),
            TokenKind.LatinWord or TokenKind.OtherWord or TokenKind.Hashtag or TokenKind.Mention or TokenKind.Number => Matching.NormalizeToString(surface),
            _ => null,
        };
        return text is null ? null : LettersAndDigits(text, kind == TokenKind.Number);
    }

    private static string? LettersAndDigits(string text, bool number)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (number && c is '.' or '\u066B' && builder.Length > 0) // U+066B arabic decimal separator
            {
                builder.Append('p');
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
