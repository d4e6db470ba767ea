using System.Globalization;
using Mizan.Text;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

/// <summary>A number read from tokens [First, Last] (inclusive).</summary>
public readonly record struct NumberPhrase(int First, int Last, decimal Value, bool Percent, bool FromDigits)
{
    /// <summary>The value without trailing zeros of its decimal scale (2.5 × 1,000,000 is 2500000, not 2500000.0).</summary>
    public decimal Value { get; init; } = Value / 1.0000000000000000000000000000m;
}

/// <summary>
/// Reads numbers written in digits (any digit script, with separators) or in words, and their scale words.
/// Rules, each tested by name: digits with thousands and decimal separators; a percent sign before or after;
/// number words add up (خمسة وعشرون), مئة multiplies the units before it (ثلاث مئة), a scale word multiplies what
/// comes before it and starts a new group (ثلاثة آلاف وخمسمئة); digits take a scale word too (2.5 مليون, 5 ملايين);
/// أحد عشر and اثنا عشر are eleven and twelve; a fraction word alone is its fraction (ثلث).
/// </summary>
public static class Numbers
{
    public static NumberPhrase? ReadAt(string text, IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return ReadAt(new TokenView(text, tokens), index);
    }

    /// <summary>Every number of a text, in order.</summary>
    public static IReadOnlyList<NumberPhrase> All(string text, IReadOnlyList<Token> tokens)
    {
        var view = new TokenView(text, tokens);
        var found = new List<NumberPhrase>();
        for (var i = 0; i < view.Count; i++)
        {
            if (ReadAt(view, i) is { } number)
            {
                found.Add(number);
                i = number.Last;
            }
        }

        return found;
    }

    internal static NumberPhrase? ReadAt(TokenView view, int i)
    {
        if (view.Is(i, TokenKind.Number))
        {
            if (!TryDigits(view.Norm(i), out var value, out var percent))
            {
                return null;
            }

            var last = i;
            if (Scale(view, i + 1) is { } scale)
            {
                value *= scale;
                last = i + 1;
            }

            return new NumberPhrase(i, last, value, percent, FromDigits: true);
        }

        return view.Is(i, TokenKind.ArabicWord) ? Words(view, i) : null;
    }

    /// <summary>Digits in the matching form (ASCII after normalization): 12,500 / 2.5 / 60% / %60.</summary>
    public static bool TryDigits(string norm, out decimal value, out bool percent)
    {
        ArgumentNullException.ThrowIfNull(norm);
        percent = norm.Contains('%', StringComparison.Ordinal);
        var digits = norm.Replace("%", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static decimal? Scale(TokenView view, int i)
    {
        var word = view.Norm(i);
        return Lexicon.Default.NumberWords.TryGetValue(word, out var entry) && entry.Kind == "scale" ? entry.Value : null;
    }

    private static NumberPhrase? Words(TokenView view, int start)
    {
        var words = Lexicon.Default.NumberWords;
        decimal total = 0;
        decimal group = 0;
        var last = -1;
        var k = start;

        // Rule: أحد عشر / إحدى عشرة (11) and اثنا عشر / اثنتا عشرة (12) begin with words that are no number alone.
        if (view.Norm(k) is "احد" or "احدي" or "اثنا" or "اثني" or "اثنتا" && view.Norm(k + 1) is "عشر" or "عشره")
        {
            group = view.Norm(k) is "احد" or "احدي" ? 11 : 12;
            last = k + 1;
            k += 2;
        }

        for (; k < view.Count && view.Is(k, TokenKind.ArabicWord); k++)
        {
            if (!words.TryGetValue(view.Norm(k), out var entry) && !(k > start && words.TryGetValue(view.Bare(k), out entry)))
            {
                break;
            }

            switch (entry.Kind)
            {
                case "unit" when group % 100 is > 0 and < 10 && entry.Value == 10:
                    group += 10;
                    break;
                case "unit":
                case "ten":
                    group += entry.Value;
                    break;
                case "hundred" when entry.Value == 100 && group is > 0 and < 10:
                    group *= 100;
                    break;
                case "hundred":
                    group += entry.Value;
                    break;
                case "scale" when entry.Value is 2000 or 2000000 or 2000000000:
                    total += group == 0 ? entry.Value : group * (entry.Value / 2);
                    group = 0;
                    break;
                case "scale":
                    total += (group == 0 ? 1 : group) * entry.Value;
                    group = 0;
                    break;
                case "fraction" when Scale(view, k + 1) is not null:
                    group += entry.Value;
                    break;
                case "fraction" when k == start:
                    return new NumberPhrase(start, k, entry.Value, false, FromDigits: false);
                default:
                    k = view.Count;
                    continue;
            }

            last = k;
        }

        return last < 0 ? null : new NumberPhrase(start, last, total + group, false, FromDigits: false);
    }
}
