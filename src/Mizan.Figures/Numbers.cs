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
/// أحد عشر and اثنا عشر are eleven and twelve; a fraction word alone is its fraction (ثلث); و may stand apart
/// (واحدة و عشرون); فاصلة is a decimal point (1 فاصلة 5, واحد فاصلة خمسة); a minus sign or a decimal point glued
/// before digits and after a space (-1200000, .77, ٫٧٧) belongs to the number; و and a smaller number, or ونصف, after
/// a scale word add to it (31 ألفا و300, مليون ونصف); ر between digit groups is the Saudi Press Agency's separator
/// (5ر2: 2.5; 432ر690ر29: 29,690,432); so is the Arabic comma between groups of three digits, twice or more
/// (13،809،879); digits in brackets take the scale word after them ((36) ألف: 36,000); the first number word may carry
/// a glued ل or ب (لخمسة ملايين); عشر after an ordinal is part of it (الرابعة عشرة). Digits with a slash (11/10) are a
/// fraction only when asked (<c>slashFractions</c>): in news a slash between two small numbers is mostly a date.
/// </summary>
public static class Numbers
{
    public static NumberPhrase? ReadAt(string text, IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return ReadAt(new TokenView(text, tokens), index);
    }

    /// <summary>Every number of a text, in order; with <paramref name="slashFractions"/>, 11/10 is the fraction 1.1.</summary>
    public static IReadOnlyList<NumberPhrase> All(string text, IReadOnlyList<Token> tokens, bool slashFractions = false)
    {
        var view = new TokenView(text, tokens);
        var found = new List<NumberPhrase>();
        for (var i = 0; i < view.Count; i++)
        {
            if ((slashFractions ? SlashFraction(view, i) : null) is { } fraction)
            {
                found.Add(fraction);
                i = fraction.Last;
            }
            else if (ReadAt(view, i) is { } number)
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

            var first = i;

            // Rule: a decimal point glued before digits, after a space or at the start, opens a fraction: .77, ٫٧٧.
            if (Glued(view, i, '.', '\u066B')) // ٫ arabic decimal separator
            {
                value = TryDigits("0." + view.Norm(i), out var fraction, out _) ? fraction : value;
                first = i - 1;
            }

            // Rule: a minus sign glued before digits, after a space or at the start, makes them negative: -1200000.
            if (Glued(view, first, '-', '\u2212')) // − minus sign
            {
                value = -value;
                first--;
            }

            var last = i;
            if (first == i && MarkReversed(view, i) is { } reversed)
            {
                (value, last) = reversed;
            }
            else if (Decimal(view, i, value) is { } withDecimals)
            {
                (value, last) = withDecimals;
            }
            else if (first == i && RaSeparated(view, i) is { } separated)
            {
                (value, last, percent) = (separated.Value, separated.Last, percent || separated.Percent);
            }
            else if (first == i && CommaGrouped(view, i) is { } grouped)
            {
                (value, last) = grouped;
            }

            if (Scale(view, last + 1) is { } scale)
            {
                value *= scale;
                last++;
            }
            else if (first == i && view.IsPunctuation(i - 1, '(') && view.IsPunctuation(last + 1, ')') && Scale(view, last + 2) is { } bracketed)
            {
                // Rule: digits in brackets before a scale word take it, the brackets marking the digits only: (36) ألف
                // منزل is 36,000 homes (read on the conflicts of 2015-08-10's brief, where it was 1,000).
                value *= bracketed;
                first--;
                last += 2;
            }

            return Continued(view, new NumberPhrase(first, last, value, percent, FromDigits: true));
        }

        if (!view.Is(i, TokenKind.ArabicWord) || TenOfAnOrdinal(view, i) || Words(view, i) is not { } words)
        {
            return null;
        }

        return Continued(view, Decimal(view, words.Last, words.Value) is { } decimals ? words with { Last = decimals.Last, Value = decimals.Value } : words);
    }

    /// <summary>
    /// Rule: after a scale word, و and a smaller number add to it (31 ألفا و300: 31,300; 23 مليونا و296 ألفا; مليون
    /// و763296), and ونصف adds half the scale (مليون ونصف: 1,500,000; ثلاثة ملايين ونصف المليون: 3,500,000).
    /// </summary>
    private static NumberPhrase Continued(TokenView view, NumberPhrase number)
    {
        if (number.Percent || Scale(view, number.Last) is not { } scale)
        {
            return number;
        }

        if (view.Bare(number.Last + 1) == "نصف" && view.Norm(number.Last + 1) != "نصف")
        {
            // The scale word may follow again with the article: ونصف المليون.
            var again = view.Norm(number.Last + 2);
            var last = again.StartsWith("ال", StringComparison.Ordinal) && ScaleOf(again[2..]) == scale ? number.Last + 2 : number.Last + 1;
            return number with { Last = last, Value = number.Value + (scale / 2) };
        }

        return view.Norm(number.Last + 1) == "و" && ReadAt(view, number.Last + 2) is { Percent: false } more && more.Value > 0 && more.Value < scale
            ? number with { Last = more.Last, Value = number.Value + more.Value }
            : number;
    }

    /// <summary>
    /// Rule: the letter ر between groups of digits is the separator of the Saudi Press Agency's style, written with the
    /// groups in reverse order: one ر is a decimal point (5ر2 %: 2.5 percent; 89ر80 مليون: 80.89 million; 500 ر 8
    /// كلم: 8.5), more than one with groups of three digits separate thousands (432ر690ر29: 29,690,432). Not after
    /// الساعة, where the groups are a clock (الساعة 55ر09).
    /// </summary>
    private static (decimal Value, int Last, bool Percent)? RaSeparated(TokenView view, int i)
    {
        if (view.Norm(i + 1) != "ر" || !view.Is(i + 2, TokenKind.Number) || view.Norm(i - 1) == "الساعه")
        {
            return null;
        }

        var groups = new List<string> { view.Norm(i) };
        var last = i;
        while (view.Norm(last + 1) == "ر" && view.Is(last + 2, TokenKind.Number))
        {
            last += 2;
            groups.Add(view.Norm(last));
        }

        var percent = groups.Any(g => g.Contains('%', StringComparison.Ordinal));
        var bare = groups.Select(g => g.Replace("%", string.Empty, StringComparison.Ordinal)).ToList();
        if (bare.Any(g => g.Length == 0 || g.Any(c => c is < '0' or > '9')))
        {
            return null;
        }

        if (bare.Count == 2)
        {
            return TryDigits(bare[1] + "." + bare[0], out var value, out _) ? (value, last, percent) : null;
        }

        if (bare.Take(bare.Count - 1).Any(g => g.Length != 3))
        {
            return null;
        }

        bare.Reverse();
        return TryDigits(string.Concat(bare), out var whole, out _) ? (whole, last, percent) : null;
    }

    /// <summary>
    /// Rule decimal-reversed-by-a-mark: digits, a dot, a right-to-left mark (U+200F) and digits are a decimal written in
    /// reverse order, the fraction first, as the Saudi Press Agency writes it with ر (95.‏56 دولار: 56.95 dollars; 5.‏7
    /// درجة: 7.5): Asharq Al-Awsat's copy, 323 times in SaudiNewsNet, read as two figures before (the conflicts of
    /// 2015-07-25's brief, 67.‏70 بنس).
    /// </summary>
    private static (decimal Value, int Last)? MarkReversed(TokenView view, int i)
    {
        if (!view.IsPunctuation(i + 1, '.') || !view.Is(i + 2, TokenKind.Number)
            || view.Tokens[i].End != view.Tokens[i + 1].Start
            || view.Text.AsSpan(view.Tokens[i + 1].End, view.Tokens[i + 2].Start - view.Tokens[i + 1].End) is not ['\u200F'] // right-to-left mark
            || view.Norm(i) is not { Length: > 0 } fraction || view.Norm(i + 2) is not { Length: > 0 } whole
            || !fraction.All(char.IsAsciiDigit) || !whole.All(char.IsAsciiDigit))
        {
            return null;
        }

        return TryDigits(whole + "." + fraction, out var value, out _) ? (value, i + 2) : null;
    }

    /// <summary>
    /// Rule: the Arabic comma glued between groups of digits separates thousands when it does so twice or more and every
    /// group after the first has three digits (13،809،879: 13,809,879 shares, read on 2015-08-06's brief as 13, 809 and
    /// 879). Once (5،250) it may be a decimal comma, and it is left alone.
    /// </summary>
    private static (decimal Value, int Last)? CommaGrouped(TokenView view, int i)
    {
        var digits = view.Norm(i);
        var last = i;
        while (view.IsPunctuation(last + 1, '\u060C') && view.Is(last + 2, TokenKind.Number) // ، arabic comma
            && view.Tokens[last].End == view.Tokens[last + 1].Start && view.Tokens[last + 1].End == view.Tokens[last + 2].Start
            && view.Norm(last + 2) is { Length: 3 } group && group.All(char.IsAsciiDigit))
        {
            digits += group;
            last += 2;
        }

        return last - i >= 4 && view.Norm(i) is { Length: >= 1 and <= 3 } head && head.All(char.IsAsciiDigit)
            && TryDigits(digits, out var value, out _) ? (value, last) : null;
    }

    /// <summary>
    /// Rule: عشر or عشرة that ends an ordinal of the date reader's list (Data/ordinal-days.txt: الرابعة عشرة, الحادي عشر,
    /// بالمرتبة الخامسة عشرة) is the second word of that ordinal (fourteenth), not the number ten.
    /// </summary>
    private static bool TenOfAnOrdinal(TokenView view, int i) =>
        view.Norm(i) is "عشر" or "عشره" && Lexicon.Default.OrdinalDays.Match(view, i - 1) is { Last: var last, Words: 2 } && last == i;

    /// <summary>
    /// A number word behind a glued preposition (لخمسة ملايين لاجئ, بثلاثة عشر طنا, بمليون): the word after ل or ب when
    /// four letters or more are left (لست is "I am not", not six) and it is no plural scale word alone (لآلاف السنين, بملايين:
    /// "thousands of", no figure), else null.
    /// </summary>
    private static string? BehindAPreposition(string norm) =>
        norm.Length >= 5 && norm[0] is '\u0644' or '\u0628' && norm[1..] is not ("الاف" or "ملايين" or "مليارات") ? norm[1..] : null; // ل lam, ب beh

    /// <summary>True when token i - 1 is one of the marks, glued to token i, and stands after a space or at the start.</summary>
    private static bool Glued(TokenView view, int i, char mark, char other) =>
        (view.IsPunctuation(i - 1, mark) || view.IsPunctuation(i - 1, other))
        && view.Tokens[i - 1].End == view.Tokens[i].Start
        && (i - 1 == 0 || view.Tokens[i - 2].End < view.Tokens[i - 1].Start);

    /// <summary>Rule: فاصلة is a decimal point between two numbers: 1 فاصلة 1, واحد فاصلة واحد (1.1).</summary>
    private static (decimal Value, int Last)? Decimal(TokenView view, int last, decimal whole)
    {
        var digits = view.Is(last + 2, TokenKind.Number);
        if (view.Norm(last + 1) != "فاصله" || (!digits && !view.Is(last + 2, TokenKind.ArabicWord)))
        {
            return null;
        }

        int places;
        decimal part;
        int end;
        if (digits)
        {
            var norm = view.Norm(last + 2);
            if (norm.Any(c => c is < '0' or > '9') || !TryDigits(norm, out part, out _))
            {
                return null;
            }

            (places, end) = (norm.Length, last + 2);
        }
        else if (Words(view, last + 2) is { } words && words.Value == decimal.Truncate(words.Value))
        {
            (part, places, end) = (words.Value, words.Value.ToString(CultureInfo.InvariantCulture).Length, words.Last);
        }
        else
        {
            return null;
        }

        var fraction = part;
        for (var p = 0; p < places; p++)
        {
            fraction /= 10;
        }

        return (whole < 0 ? whole - fraction : whole + fraction, end);
    }

    /// <summary>11/10, -12/10, ٧٧/١٠٠ as a fraction (only when asked: in news these are mostly dates).</summary>
    private static NumberPhrase? SlashFraction(TokenView view, int i)
    {
        var first = Glued(view, i + 1, '-', '\u2212') && view.Is(i + 1, TokenKind.Number) ? i + 1 : i; // − minus sign
        if (!view.Is(first, TokenKind.Number) || !view.IsPunctuation(first + 1, '/') || !view.Is(first + 2, TokenKind.Number)
            || view.Tokens[first].End != view.Tokens[first + 1].Start || view.Tokens[first + 1].End != view.Tokens[first + 2].Start
            || view.IsPunctuation(first + 3, '/')
            || !TryDigits(view.Norm(first), out var numerator, out _) || !TryDigits(view.Norm(first + 2), out var denominator, out _) || denominator == 0)
        {
            return null;
        }

        return new NumberPhrase(i, first + 2, (first > i ? -1 : 1) * numerator / denominator, false, FromDigits: true);
    }

    /// <summary>Digits in the matching form (ASCII after normalization): 12,500 / 2.5 / 60% / %60.</summary>
    public static bool TryDigits(string norm, out decimal value, out bool percent)
    {
        ArgumentNullException.ThrowIfNull(norm);
        percent = norm.Contains('%', StringComparison.Ordinal);
        var digits = norm.Replace("%", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static decimal? Scale(TokenView view, int i) => ScaleOf(view.Norm(i));

    /// <summary>The value of a scale word in the matching form (ألف, مليون, ملايين), or null.</summary>
    private static decimal? ScaleOf(string norm) =>
        Lexicon.Default.NumberWords.TryGetValue(norm, out var entry) && entry.Kind == "scale" ? entry.Value : null;

    private static NumberPhrase? Words(TokenView view, int start)
    {
        var words = Lexicon.Default.NumberWords;
        decimal total = 0;
        decimal group = 0;
        var last = -1;
        var k = start;

        // Rule: أحد عشر / إحدى عشرة (11) and اثنا عشر / اثنتا عشرة (12) begin with words that are no number alone.
        if (view.Norm(k) is "احد" or "احدي" or "اثنا" or "اثني" or "اثنتا" or "اثنتي" && view.Norm(k + 1) is "عشر" or "عشره")
        {
            group = view.Norm(k) is "احد" or "احدي" ? 11 : 12;
            last = k + 1;
            k += 2;
        }

        for (; k < view.Count && view.Is(k, TokenKind.ArabicWord); k++)
        {
            // Rule: و written apart from the number word after it (واحدة و عشرون).
            if (k > start && view.Norm(k) == "و" && last == k - 1 && words.TryGetValue(view.Norm(k + 1), out var following) && following.Kind is "unit" or "ten" or "hundred")
            {
                continue;
            }

            // Rule number-word-behind-a-preposition: the first word may carry a glued ل or ب (لخمسة ملايين).
            if (!words.TryGetValue(view.Norm(k), out var entry) && !(k > start && words.TryGetValue(view.Bare(k), out entry))
                && !(k == start && BehindAPreposition(view.Norm(k)) is { } rest && words.TryGetValue(rest, out entry) && entry.Kind != "fraction"))
            {
                break;
            }

            switch (entry.Kind)
            {
                case "unit" when group % 100 is > 0 and < 10 && entry.Value == 10:
                    group += 10;
                    break;

                // Rule: a ten joins only units below ten (خمسة وعشرون, مئة وعشرون); after ten or a teen it begins another
                // number (ما بين عشرة وعشرين: 10, then 20).
                case "ten" when group % 100 >= 10:
                    k = view.Count;
                    continue;
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
