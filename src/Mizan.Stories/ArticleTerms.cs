using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Stories;

/// <summary>
/// What an article is about, as term counts: the light stems of its Arabic content words, its Latin words, its
/// numbers of three digits or more (figures tell events apart), and the entity keys it names. Title terms count twice:
/// a headline states the event.
/// </summary>
public static class ArticleTerms
{
    /// <summary>Stems shorter than this are too ambiguous to say what a text is about.</summary>
    private const int MinStemLength = 2;

    public static Dictionary<string, int> Count(string text, string? title = null, IEnumerable<string>? entityKeys = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(counts, text, 1);
        if (!string.IsNullOrEmpty(title))
        {
            Add(counts, title, 2);
        }

        foreach (var key in entityKeys ?? [])
        {
            // An entity named in the article is strong evidence of what it is about.
            counts["@" + key] = counts.GetValueOrDefault("@" + key) + 2;
        }

        return counts;
    }

    private static void Add(Dictionary<string, int> counts, string text, int weight)
    {
        var stemmer = LightStemmer.Default;
        var matching = ArabicNormalizer.Matching;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var surface = text.AsSpan(token.Start, token.Length);
            string? term = token.Kind switch
            {
                TokenKind.ArabicWord when !stemmer.IsFunctionWord(surface) => stemmer.Stem(surface).Stem,
                TokenKind.LatinWord when token.Length >= 3 => matching.NormalizeToString(surface),
                TokenKind.Number when DigitCount(surface) >= 3 => "#" + matching.NormalizeToString(surface),
                TokenKind.Hashtag => matching.NormalizeToString(surface),
                _ => null,
            };
            if (term is { Length: >= MinStemLength })
            {
                counts[term] = counts.GetValueOrDefault(term) + weight;
            }
        }
    }

    private static int DigitCount(ReadOnlySpan<char> number)
    {
        var digits = 0;
        foreach (var c in number)
        {
            digits += Mizan.Text.CodePoints.IsDigit(c) ? 1 : 0;
        }

        return digits;
    }
}
