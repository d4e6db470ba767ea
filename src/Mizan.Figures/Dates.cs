using System.Globalization;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

/// <summary>How precise a date is.</summary>
public enum DateGranularity
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A date in a text: its ISO value (2021-12-31, 2021-12, 2021; a week is its Monday) or null when it cannot be
/// resolved (a relative date without a publication date), how precise it is, and its span.
/// </summary>
/// <param name="Part">For vague dates, which part of the period: early, mid, late, end, start, spring, summer, autumn, winter.</param>
/// <param name="Relative">True when the value was worked out from the publication date.</param>
/// <param name="Hijri">The Hijri date as written (1443-09), for Hijri dates.</param>
public sealed record DateMention(
    string? Value,
    DateGranularity Granularity,
    int Start,
    int End,
    string Text,
    bool Relative = false,
    string? Part = null,
    string? Hijri = null);

/// <summary>
/// Finds dates and resolves them against the publication date (<c>reference</c>). Rules, each tested by name in
/// Golden/dates.spec: a day and a month name of any regional series with an optional year, and a second name of the
/// same month after a slash or in parentheses (كانون الأول/ديسمبر, 26 تموز (يوليو)); a month without a year is the
/// nearest such month to the reference, or the last/next/current one with الماضي/المقبل/الجاري; English dates
/// (December 9, 2021); Hijri months and years (رمضان 1443هـ, Umm al-Qura); numeric dates (9/12/2021, 2021-12-09);
/// years after عام/سنة/منذ/في or with م/هـ; vague parts (أواخر 2017, مطلع, منتصف, صيف 2014); relative days (اليوم,
/// أمس, أول من أمس, غدا), weeks, months and years (الأسبوع الماضي, الشهر المقبل, العام الجاري, نهاية العام الحالي);
/// weekdays (الخميس: the last one on or before the reference, المقبل: the next). Time zones never shift a date.
/// </summary>
public static class Dates
{
    private static readonly string[] Weekdays = ["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"];

    private static readonly Dictionary<string, string> VagueParts = new(StringComparer.Ordinal)
    {
        ["اواخر"] = "late", ["اوائل"] = "early", ["مطلع"] = "early", ["بدايه"] = "start", ["منتصف"] = "mid",
        ["اواسط"] = "mid", ["نهايه"] = "end", ["صيف"] = "summer", ["شتاء"] = "winter", ["ربيع"] = "spring", ["خريف"] = "autumn",
    };

    public static IReadOnlyList<DateMention> Extract(string text, IReadOnlyList<Token> tokens, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var view = new TokenView(text, tokens);
        var found = new List<DateMention>();
        for (var i = 0; i < view.Count; i++)
        {
            if (At(view, i, reference) is { } match)
            {
                found.Add(match.Mention);
                i = match.Last;
            }
        }

        return found;
    }

    private static (DateMention Mention, int Last)? At(TokenView view, int i, DateOnly? reference) =>
        Numeric(view, i)
        ?? English(view, i)
        ?? Hijri(view, i)
        ?? Holiday(view, i, reference)
        ?? DayMonthYear(view, i, reference)
        ?? Vague(view, i, reference)
        ?? Year(view, i)
        ?? RelativeDay(view, i, reference)
        ?? RelativePeriod(view, i, reference)
        ?? Weekday(view, i, reference);

    /// <summary>9/12/2021 (day/month/year, as Arabic text writes it) and 2021-12-09.</summary>
    private static (DateMention, int)? Numeric(TokenView view, int i)
    {
        if (!view.Is(i, TokenKind.Number) || !Adjacent(view, i, i + 4))
        {
            return null;
        }

        foreach (var separator in "/-.")
        {
            if (view.IsPunctuation(i + 1, separator) && view.Is(i + 2, TokenKind.Number) && view.IsPunctuation(i + 3, separator) && view.Is(i + 4, TokenKind.Number))
            {
                var (a, b, c) = (Int(view.Norm(i)), Int(view.Norm(i + 2)), Int(view.Norm(i + 4)));
                var date = a > 1000 ? Make(a, b, c) : Make(c, b, a);
                return date is { } d ? (Mention(view, i, i + 4, Iso(d), DateGranularity.Day), i + 4) : null;
            }
        }

        return null;
    }

    /// <summary>December 9, 2021 and 9 December 2021 in Latin script.</summary>
    private static (DateMention, int)? English(TokenView view, int i)
    {
        if (!view.Is(i, TokenKind.LatinWord) || GregorianMonth(view, i) is not { } month)
        {
            return null;
        }

        var k = month.Last;
        if (view.Is(k + 1, TokenKind.Number) && Int(view.Norm(k + 1)) is >= 1 and <= 31 and var day)
        {
            var last = k + 1;
            var year = 0;
            if (view.IsPunctuation(last + 1, ',') && YearAt(view, last + 2) is { } y)
            {
                year = y;
                last += 2;
            }
            else if (YearAt(view, last + 1) is { } y2)
            {
                year = y2;
                last++;
            }

            return year > 0 && Make(year, month.Month, day) is { } d ? (Mention(view, i, last, Iso(d), DateGranularity.Day), last) : null;
        }

        return null;
    }

    /// <summary>A Hijri month with a year (رمضان 1443هـ), with or without its day.</summary>
    private static (DateMention, int)? Hijri(TokenView view, int i)
    {
        var first = i;
        var day = 0;
        if (view.Is(i, TokenKind.Number) && Int(view.Norm(i)) is >= 1 and <= 30 and var d)
        {
            day = d;
            i++;
        }

        if (Month(view, i, Lexicon.Default.HijriMonths) is not { } month || YearAt(view, month.Last + 1, hijri: true) is not { } year)
        {
            return null;
        }

        // The era letter هـ follows the year, glued or after a space.
        var last = month.Last + 1 + (view.Norm(month.Last + 2) is "ه" && view.Is(month.Last + 2, TokenKind.ArabicWord) ? 1 : 0);
        if (year < 1300 || year > 1600)
        {
            return null;
        }

        var calendar = new UmAlQuraCalendar();
        var start = DateOnly.FromDateTime(calendar.ToDateTime(year, month.Month, day == 0 ? 1 : day, 0, 0, 0, 0));
        var value = day == 0 ? start.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Iso(start);
        var mention = Mention(view, day == 0 ? i : first, last, value, day == 0 ? DateGranularity.Month : DateGranularity.Day)
            with { Hijri = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month.Month:D2}") + (day == 0 ? string.Empty : $"-{day:D2}") };
        return (mention, last);
    }

    /// <summary>
    /// عيد الفطر, عيد الأضحى 2013, رأس السنة الهجرية, عيد الفصح (Data/holidays.txt): the feast's day in the
    /// Gregorian year written after it, else its occurrence nearest the reference (the earlier when two are as near);
    /// unresolved without either.
    /// </summary>
    private static (DateMention, int)? Holiday(TokenView view, int i, DateOnly? reference)
    {
        foreach (var (words, calendar, month, day) in Lexicon.Default.Holidays)
        {
            if (!HolidayHead(view.Norm(i), words[0]) || (words.Length > 1 && view.MatchWords(i + 1, words[1..]) < 0))
            {
                continue;
            }

            var last = i + words.Length - 1;

            string? value = null;
            var relative = false;
            if (YearAt(view, last + 1) is { } year)
            {
                last++;
                value = Occurrences(calendar, month, day, year).Where(d => d.Year == year).Select(Iso).FirstOrDefault();
            }
            else if (reference is { } r)
            {
                relative = true;
                value = Occurrences(calendar, month, day, r.Year)
                    .OrderBy(d => Math.Abs(d.DayNumber - r.DayNumber)).ThenBy(d => d.DayNumber)
                    .Select(Iso).FirstOrDefault();
            }

            return (Mention(view, i, last, value, DateGranularity.Day) with { Relative = relative }, last);
        }

        return null;
    }

    /// <summary>
    /// A holiday's first word, bare or behind a preposition or conjunction glued to it (بعيد, لعيد, وبعيد, للمولد):
    /// news names a feast most often as "on the occasion of" or "for" it.
    /// </summary>
    private static bool HolidayHead(string token, string word)
    {
        if (token == word)
        {
            return true;
        }

        var rest = token.Length > 1 && token[0] is '\u0648' or '\u0641' ? token[1..] : token; // و waw, ف feh
        if (rest == word || (rest.Length > 1 && rest[0] is '\u0628' or '\u0644' && rest[1..] == word)) // ب beh, ل lam
        {
            return true;
        }

        // ل before the article merges with it: ل + المولد is written للمولد.
        return word.StartsWith("\u0627\u0644", StringComparison.Ordinal) && rest == "\u0644\u0644" + word[2..]; // ال alef-lam, لل
    }

    /// <summary>The holiday's days in the Gregorian years around <paramref name="year"/> (a Hijri feast falls about 11 days earlier each year).</summary>
    private static IEnumerable<DateOnly> Occurrences(string calendar, int month, int day, int year)
    {
        for (var y = year - 1; y <= year + 1; y++)
        {
            if (calendar == "gregorian" && Make(y, month, day) is { } fixedDay)
            {
                yield return fixedDay;
            }
            else if (calendar == "easter")
            {
                yield return Easter(y);
            }
        }

        // The Umm al-Qura tables run from 1318 to 1500 AH, Gregorian 1900 to 2077.
        if (calendar != "hijri" || year < 1902 || year > 2075)
        {
            yield break;
        }

        var umAlQura = new UmAlQuraCalendar();
        var first = umAlQura.GetYear(new DateTime(year - 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
        for (var hy = first; hy <= first + 3 && hy <= 1500; hy++)
        {
            yield return DateOnly.FromDateTime(umAlQura.ToDateTime(hy, month, day, 0, 0, 0, 0));
        }
    }

    /// <summary>Western Easter Sunday by the Gregorian computus (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>[day] month [/ or (second name)] [year | الماضي | المقبل | الجاري].</summary>
    private static (DateMention, int)? DayMonthYear(TokenView view, int i, DateOnly? reference)
    {
        var first = i;
        var day = 0;
        if (view.Is(i, TokenKind.Number) && Int(view.Norm(i)) is >= 1 and <= 31 and var d && !view.Norm(i).Contains('.', StringComparison.Ordinal))
        {
            day = d;
            i++;
        }
        else if (Month(view, i, Lexicon.Default.OrdinalDays) is { } ordinal && view.Norm(ordinal.Last + 1) == "من")
        {
            // Rule: an ordinal day before a month: الرابع من نيسان, الأول من شهر شباط.
            day = ordinal.Month;
            i = ordinal.Last + 2;
        }

        // Rule: شهر before a month name is part of the date (شهر شباط).
        if (view.Bare(i) == "شهر" && GregorianMonth(view, i + 1) is not null)
        {
            i++;
        }

        if (GregorianMonth(view, i) is not { } month || (day > 0 && first == i))
        {
            return null;
        }

        var last = month.Last;

        // Rule: the same month named twice: كانون الأول/ديسمبر, آب / أغسطس, 26 تموز (يوليو).
        if (view.IsPunctuation(last + 1, '/') && GregorianMonth(view, last + 2) is { } slashed && slashed.Month == month.Month)
        {
            last = slashed.Last;
        }
        else if (view.IsPunctuation(last + 1, '(') && GregorianMonth(view, last + 2) is { } inParens && inParens.Month == month.Month && view.IsPunctuation(inParens.Last + 1, ')'))
        {
            last = inParens.Last + 1;
        }

        // Rule: a bare month name that is also a common word or a transliteration (آب in ستاند آب, ماي, مارس) is a
        // date only with a day, a year, a second name, a relative word after it, or a preposition or شهر before it.
        if (day == 0 && last == month.Last && month.Words == 1 && view.Norm(i) is "اب" or "ماي" or "مارس"
            && YearAt(view, last + 1) is null
            && view.Norm(last + 1) is not ("الماضي" or "المنصرم" or "المقبل" or "القادم" or "الجاري" or "الحالي")
            && (i == 0 || view.Norm(i - 1) is not ("في" or "شهر" or "منذ" or "خلال" or "حتى" or "مطلع" or "منتصف" or "اواخر" or "اوائل" or "نهايه" or "بدايه")))
        {
            return null;
        }

        int? year = null;
        var relative = false;
        if (YearAt(view, last + 1) is { } y)
        {
            year = y;
            last++;
            if (view.Norm(last + 1) is "م" && Adjacent(view, last, last + 1))
            {
                last++;
            }
        }
        else if (reference is { } r)
        {
            relative = true;
            var modifier = view.Norm(last + 1);
            year = modifier switch
            {
                "الماضي" or "المنصرم" => month.Month < r.Month ? r.Year : r.Year - 1,
                "المقبل" or "القادم" => month.Month > r.Month ? r.Year : r.Year + 1,
                "الجاري" or "الحالي" => r.Year,
                _ => Nearest(r, month.Month),
            };
            if (modifier is "الماضي" or "المنصرم" or "المقبل" or "القادم" or "الجاري" or "الحالي")
            {
                last++;
            }
        }
        else if (view.Norm(last + 1) is "الماضي" or "المنصرم" or "المقبل" or "القادم" or "الجاري" or "الحالي")
        {
            // A relative month with no publication date to resolve it against: found, but unresolved.
            relative = true;
            last++;
        }

        if (year is not { } resolvedYear)
        {
            return (Mention(view, first, last, null, day == 0 ? DateGranularity.Month : DateGranularity.Day) with { Relative = relative }, last);
        }

        if (day == 0)
        {
            return (Mention(view, first, last, string.Create(CultureInfo.InvariantCulture, $"{resolvedYear:D4}-{month.Month:D2}"), DateGranularity.Month) with { Relative = relative }, last);
        }

        return Make(resolvedYear, month.Month, day) is { } date
            ? (Mention(view, first, last, Iso(date), DateGranularity.Day) with { Relative = relative }, last)
            : null;
    }

    /// <summary>أواخر 2017, مطلع العام المقبل, منتصف يوليو, صيف 2014, نهاية العام الجاري.</summary>
    private static (DateMention, int)? Vague(TokenView view, int i, DateOnly? reference)
    {
        if (!VagueParts.TryGetValue(view.Bare(i), out var part) && !VagueParts.TryGetValue(view.Norm(i), out part))
        {
            return null;
        }

        if (Year(view, i + 1) is { } year)
        {
            return (year.Item1 with { Start = view.Tokens[i].Start, Text = view.Surface(i, year.Item2), Part = part }, year.Item2);
        }

        if (view.Is(i + 1, TokenKind.Number) && YearAt(view, i + 1) is { } bare)
        {
            return (Mention(view, i, i + 1, bare.ToString(CultureInfo.InvariantCulture), DateGranularity.Year) with { Part = part }, i + 1);
        }

        if (RelativePeriod(view, i + 1, reference) is { } period && period.Item1.Granularity is DateGranularity.Year or DateGranularity.Month)
        {
            return (period.Item1 with { Start = view.Tokens[i].Start, Text = view.Surface(i, period.Item2), Part = part }, period.Item2);
        }

        return DayMonthYear(view, i + 1, reference) is { } month && month.Item1.Granularity == DateGranularity.Month
            ? (month.Item1 with { Start = view.Tokens[i].Start, Text = view.Surface(i, month.Item2), Part = part }, month.Item2)
            : null;
    }

    /// <summary>A year after عام/العام/سنة/منذ/في/حتى/بحلول, or glued to م/هـ (2021م).</summary>
    private static (DateMention, int)? Year(TokenView view, int i)
    {
        var cue = view.Bare(i);
        if (cue is "عام" or "العام" or "سنه" or "السنه" or "منذ" or "حتي" or "بحلول" or "خلال" && YearAt(view, i + 1) is { } year)
        {
            var last = i + 1 + (view.Norm(i + 2) is "م" && Adjacent(view, i + 1, i + 2) ? 1 : 0);
            return (Mention(view, i, last, year.ToString(CultureInfo.InvariantCulture), DateGranularity.Year), last);
        }

        if (YearAt(view, i) is { } glued && view.Norm(i + 1) is "م" && Adjacent(view, i, i + 1))
        {
            return (Mention(view, i, i + 1, glued.ToString(CultureInfo.InvariantCulture), DateGranularity.Year), i + 1);
        }

        if (cue is "في" && YearAt(view, i + 1) is { } inYear)
        {
            var last = i + 1 + (view.Norm(i + 2) is "م" && Adjacent(view, i + 1, i + 2) ? 1 : 0);
            return (Mention(view, i + 1, last, inYear.ToString(CultureInfo.InvariantCulture), DateGranularity.Year), last);
        }

        return null;
    }

    /// <summary>اليوم, أمس, أول من أمس, غدا, بعد غد.</summary>
    private static (DateMention, int)? RelativeDay(TokenView view, int i, DateOnly? reference)
    {
        var (offset, last) = view.Bare(i) switch
        {
            "اليوم" when view.Norm(i + 1) is not ("التالي" or "السابق" or "الماضي" or "المنصرم") => (0, i),
            "امس" or "الامس" or "البارحه" => (-1, i),
            "اليوم" when view.Norm(i + 1) is "السابق" or "الماضي" or "المنصرم" => (-1, i + 1),
            "يوم" when view.Norm(i + 1) is "غد" => (1, i + 1),
            "بكره" or "بكرا" => (1, i),
            "اول" when view.Norm(i + 1) == "امس" => (-2, i + 1),
            "اول" when view.Norm(i + 1) == "من" && view.Norm(i + 2) == "امس" => (-2, i + 2),
            "غدا" or "الغد" => (1, i),
            "بعد" when view.Norm(i + 1) == "غد" => (2, i + 1),
            _ => (int.MinValue, i),
        };
        if (offset == int.MinValue)
        {
            return null;
        }

        var value = reference is { } r ? Iso(r.AddDays(offset)) : null;
        return (Mention(view, i, last, value, DateGranularity.Day) with { Relative = true }, last);
    }

    /// <summary>الأسبوع/الشهر/العام/السنة + الماضي/المقبل/الجاري/الحالي.</summary>
    private static (DateMention, int)? RelativePeriod(TokenView view, int i, DateOnly? reference)
    {
        var unit = view.Bare(i);
        if (unit is not ("الاسبوع" or "الشهر" or "العام" or "السنه"))
        {
            return null;
        }

        var step = view.Norm(i + 1) switch
        {
            "الماضي" or "الماضيه" or "المنصرم" or "المنصرمه" or "السابق" => -1,
            "المقبل" or "المقبله" or "القادم" or "القادمه" => 1,
            "الجاري" or "الجاريه" or "الحالي" or "الحاليه" => 0,
            _ => int.MinValue,
        };
        if (step == int.MinValue)
        {
            return null;
        }

        string? value = null;
        var granularity = unit switch { "الاسبوع" => DateGranularity.Week, "الشهر" => DateGranularity.Month, _ => DateGranularity.Year };
        if (reference is { } r)
        {
            value = granularity switch
            {
                DateGranularity.Week => Iso(r.AddDays(-(((int)r.DayOfWeek + 6) % 7) + (7 * step))),
                DateGranularity.Month => r.AddMonths(step).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                _ => (r.Year + step).ToString(CultureInfo.InvariantCulture),
            };
        }

        return (Mention(view, i, i + 1, value, granularity) with { Relative = true }, i + 1);
    }

    /// <summary>The weekday a date mention names (السبت, يوم السبت), or null when it names none.</summary>
    public static DayOfWeek? WeekdayNamed(string mentionText)
    {
        ArgumentNullException.ThrowIfNull(mentionText);
        var normalized = ArabicNormalizer.Matching.NormalizeToString(mentionText);
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var day = Array.IndexOf(Weekdays, word.TrimStart('\u0648')); // و conjunction
            if (day >= 0)
            {
                return (DayOfWeek)day;
            }
        }

        return null;
    }

    /// <summary>الخميس, يوم الخميس: the last such day on or before the reference; with المقبل/القادم the next one.</summary>
    private static (DateMention, int)? Weekday(TokenView view, int i, DateOnly? reference)
    {
        var first = i;
        if (view.Bare(i) is "يوم" && Array.IndexOf(Weekdays, view.Norm(i + 1)) >= 0)
        {
            i++;
        }

        var day = Array.IndexOf(Weekdays, view.Bare(i) is var bare && Array.IndexOf(Weekdays, bare) >= 0 ? bare : view.Norm(i));
        if (day < 0)
        {
            return null;
        }

        // Rule: a weekday before a full date names that date (الخميس 9 ديسمبر, يوم الجمعة، 15 شباط).
        var dateAt = i + 1 + (view.IsPunctuation(i + 1, '\u060C') || view.IsPunctuation(i + 1, ',') || view.Norm(i + 1) is "الموافق" or "في" ? 1 : 0); // ، arabic comma
        if (DayMonthYear(view, dateAt, reference) is { } dated && dated.Item1.Granularity == DateGranularity.Day)
        {
            return (dated.Item1 with { Start = view.Tokens[first].Start, Text = view.Surface(first, dated.Item2) }, dated.Item2);
        }

        var last = i;
        var next = view.Norm(i + 1) is "المقبل" or "القادم";
        var previous = view.Norm(i + 1) is "الماضي" or "المنصرم";
        if (next || previous)
        {
            last++;
        }

        string? value = null;
        if (reference is { } r)
        {
            var back = ((int)r.DayOfWeek - day + 7) % 7;
            var date = next ? r.AddDays(((day - (int)r.DayOfWeek + 6) % 7) + 1) : r.AddDays(-(previous && back == 0 ? 7 : back));
            value = Iso(date);
        }

        return (Mention(view, first, last, value, DateGranularity.Day) with { Relative = true }, last);
    }

    private static (int Month, int Last, int Words)? GregorianMonth(TokenView view, int i) => Month(view, i, Lexicon.Default.GregorianMonths);

    private static (int Month, int Last, int Words)? Month(TokenView view, int i, List<(string[] Words, int Month)> months)
    {
        foreach (var (words, month) in months)
        {
            if (view.MatchWords(i, words) is >= 0 and var last)
            {
                return (month, last, words.Length);
            }
        }

        return null;
    }

    /// <summary>A plausible year at token i: four digits, 1900..2100 (Gregorian) or 1300..1600 (Hijri).</summary>
    private static int? YearAt(TokenView view, int i, bool hijri = false)
    {
        if (!view.Is(i, TokenKind.Number) || view.Norm(i).Length != 4)
        {
            return null;
        }

        var year = Int(view.Norm(i));
        return hijri ? year is >= 1300 and <= 1600 ? year : null : year is >= 1900 and <= 2100 ? year : null;
    }

    /// <summary>The year that puts the month nearest the reference (within six months either side).</summary>
    private static int Nearest(DateOnly reference, int month)
    {
        var distance = month - reference.Month;
        return distance > 6 ? reference.Year - 1 : distance < -6 ? reference.Year + 1 : reference.Year;
    }

    private static bool Adjacent(TokenView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (k + 1 >= view.Count || view.Tokens[k].End != view.Tokens[k + 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private static int Int(string norm) => int.TryParse(norm, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateMention Mention(TokenView view, int first, int last, string? value, DateGranularity granularity) =>
        new(value, granularity, view.Tokens[first].Start, view.Tokens[last].End, view.Surface(first, last));
}
