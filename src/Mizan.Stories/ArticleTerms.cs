using System.Globalization;
using Mizan.Figures;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Stories;

/// <summary>
/// What an article is about, as term counts: the light stems of its Arabic content words, its Latin words, its
/// numbers of two digits or more (figures and tolls tell events apart), and the entity keys it names. Title terms count twice:
/// a headline states the event.
/// </summary>
public static class ArticleTerms
{
    /// <summary>Stems shorter than this are too ambiguous to say what a text is about.</summary>
    private const int MinStemLength = 2;

    /// <summary>
    /// The lede is an article's first this many terms: about its first sentence or two, where news states the event.
    /// On half A of docs/stories-dev.tsv (weights fitted at 30), 20 and 50 give events F1 0.660 and 0.673 with dates
    /// (30: 0.673) and 0.626 and 0.641 without (30: 0.647), with the weights before the title's places and figures.
    /// </summary>
    public const int LedeTerms = 30;

    /// <summary>The term counts of the first <see cref="LedeTerms"/> terms of a text.</summary>
    public static Dictionary<string, int> Lede(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(counts, text, 1, LedeTerms);
        return counts;
    }

    public static Dictionary<string, int> Count(string text, string? title = null, IEnumerable<string>? entityKeys = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(counts, text, 1);
        if (!string.IsNullOrEmpty(title))
        {
            Add(counts, title, 2);
        }

        AddEntities(counts, entityKeys ?? []);
        return counts;
    }

    /// <summary>The key of an entity's name among the terms (before its "@"): the name in the matching normalization.</summary>
    public static string EntityKey(string name) => ArabicNormalizer.Matching.NormalizeToString(name);

    /// <summary>Counts the entity keys an article names, as "@key", twice each: an entity named in the article is strong evidence of what it is about.</summary>
    public static void AddEntities(Dictionary<string, int> counts, IEnumerable<string> entityKeys)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(entityKeys);
        foreach (var key in entityKeys)
        {
            counts["@" + key] = counts.GetValueOrDefault("@" + key) + 2;
        }
    }

    /// <summary>
    /// The term a token contributes, or null: the stem of an Arabic content word, a Latin word of three letters or more,
    /// a number of two digits or more (as "#" and its digits), a hashtag. <paramref name="stem"/> and <paramref name="norm"/> are the
    /// token's light stem and matching form when an analysis has them already.
    /// </summary>
    public static string? TermOf(TokenKind kind, ReadOnlySpan<char> surface, string? stem = null, string? norm = null)
    {
        var stemmer = LightStemmer.Default;
        string Norm(ReadOnlySpan<char> s) => norm ?? ArabicNormalizer.Matching.NormalizeToString(s);
        var term = kind switch
        {
            TokenKind.ArabicWord when !stemmer.IsFunctionWord(surface) => stem ?? stemmer.Stem(surface).Stem,
            TokenKind.LatinWord when surface.Length >= 3 => Norm(surface),
            TokenKind.Number when DigitCount(surface) >= 2 => "#" + Norm(surface),
            TokenKind.Hashtag => Norm(surface),
            _ => null,
        };
        return term is { Length: >= MinStemLength } ? term : null;
    }

    /// <summary>
    /// A headline's words and figures from one reading of it. The words are its terms as <see cref="Count"/> reads a
    /// text, less the numbers. The figures are every number it states, each as "#" and its value: in digits of any length
    /// or script or in words, with its scale (ثلاث إصابات, 4 وفيات, 1.3 مليار, ٤٢٥ ألف), one term per figure. Where the
    /// other channels keep numbers of two digits or more, a title's small counts are what tell one day's bulletin from
    /// the next ("الصحة: ثلاث إصابات بكورونا" against "إصابة وافد بكورونا"). Read so, with the titled models refitted on
    /// half A of docs/stories-dev.tsv, events F1 rose on both halves (docs/stories.md, "A title's figures").
    /// </summary>
    public static (Dictionary<string, int> Words, List<string> Figures) Headline(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        var tokens = Tokenizer.Tokenize(headline);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (TermOf(token.Kind, headline.AsSpan(token.Start, token.Length)) is { } term && !IsNumber(term))
            {
                words[term] = words.GetValueOrDefault(term) + 1;
            }
        }

        var figures = Numbers.All(headline, tokens).Select(n => "#" + n.Value.ToString(CultureInfo.InvariantCulture)).ToList();
        return (words, figures);
    }

    /// <summary>Whether a term is a number's ("#" and its digits, as <see cref="TermOf"/> makes it), not a hashtag's.</summary>
    public static bool IsNumber(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Length > 1 && term[0] == '#' && Mizan.Text.CodePoints.IsDigit(term[1]);
    }

    /// <summary>Counts the terms of <paramref name="text"/>, each <paramref name="weight"/> times, up to the first <paramref name="limit"/> terms.</summary>
    private static void Add(Dictionary<string, int> counts, string text, int weight, int limit = int.MaxValue)
    {
        var taken = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (TermOf(token.Kind, text.AsSpan(token.Start, token.Length)) is { } term)
            {
                counts[term] = counts.GetValueOrDefault(term) + weight;
                if (++taken == limit)
                {
                    return;
                }
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
