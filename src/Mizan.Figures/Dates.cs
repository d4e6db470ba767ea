using System.Globalization;
using System.Text.Json.Serialization;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

/// <summary>How precise a date is. New values are added at the end, so the old ones keep their numbers.</summary>
public enum DateGranularity
{
    Day,
    Week,
    Month,
    Year,
    Hour,
    Minute,
    Second,
}

/// <summary>Which way a date that does not say leans from the reference: a bare weekday, a month without a year.</summary>
public enum DateLean
{
    /// <summary>News reports what happened: the last such weekday on or before the reference, the nearest month.</summary>
    Past,

    /// <summary>Duckling's convention (and a calendar's): the next such weekday, the month on or after the reference.</summary>
    Future,
}

/// <summary>
/// How to read dates against the reference. <paramref name="Time"/> is the reference's time of day when it is known
/// (Duckling's corpus gives 04:30); without it "now" (الآن) and spans counted from now (حتى الساعة 2) are not read,
/// and a 12-hour clock time without a part of the day is kept as written.
/// </summary>
public sealed record DateReading(DateLean Lean = DateLean.Past, TimeOnly? Time = null)
{
    /// <summary>The news default: lean to the past, no time of day.</summary>
    public static DateReading News { get; } = new();
}

/// <summary>
/// A date in a text: its ISO value or null when it cannot be resolved (a relative date without a publication date),
/// how precise it is, and its span. Values: 2021-12-31 (day), a week's Monday (week), 2021-12 (month), 2021 (year),
/// 2021-12-31T15:00 (hour and minute), 2021-12-31T15:23:24 (second). A clock time alone is on the reference day.
/// </summary>
/// <param name="Relative">True when the value was worked out from the publication date.</param>
/// <param name="Part">For vague dates, which part of the period: early, mid, late, end, start, spring, summer, autumn, winter.</param>
/// <param name="Hijri">The Hijri date as written (1443-09), for Hijri dates.</param>
/// <param name="From">For a span of time, its first moment at its own precision (13 الى 15 تموز: 2013-07-13); the
/// value is then the same, except for a part of a month, where the value stays the month (أواخر آذار: 2013-03).</param>
/// <param name="Until">For a span of time, the first moment after it, at its own precision, as Duckling gives it (the
/// end is exclusive, like the offsets): 13 الى 15 تموز runs until 2013-07-16, من الساعة 3 الى 4 عصرا until T17:00.</param>
/// <param name="Zone">The time zone a clock time names (بتوقيت غرينتش: UTC, بتوقيت مكة: UTC+03:00); the value is
/// the time as written, never shifted.</param>
public sealed record DateMention(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Value,
    DateGranularity Granularity,
    int Start,
    int End,
    string Text,
    bool Relative = false,
    string? Part = null,
    string? Hijri = null,
    string? From = null,
    string? Until = null,
    string? Zone = null)
{
    /// <summary>
    /// The reading as the golden spec and the judged sample write it: "value granularity", then from= (when it is not
    /// the value), until= and zone= when set ("2013-02-09 day until=2013-02-12").
    /// </summary>
    public string Reading()
    {
        var line = $"{Value ?? "null"} {Granularity.ToString().ToLowerInvariant()}";
        if (From is not null && From != Value)
        {
            line += $" from={From}";
        }

        if (Until is not null)
        {
            line += $" until={Until}";
        }

        return Zone is null ? line : $"{line} zone={Zone}";
    }
}

/// <summary>
/// Finds dates and resolves them against the publication date (<c>reference</c>). Rules, each tested by name in
/// Golden/dates.spec: a day and a month name of any regional series with an optional year, and a second name of the
/// same month after a slash or in parentheses (كانون الأول/ديسمبر, 26 تموز (يوليو)); a month without a year is the
/// nearest such month to the reference (or, leaning to the future, the next), or the last/next/current one with
/// الماضي/المقبل/الجاري; English dates (December 9, 2021); Hijri months and years (رمضان 1443هـ, Umm al-Qura), and a
/// Hijri day and month without a year (التاسع من رمضان الماضي, الرابع من شهر ذي القعدة: the nearest, last or next);
/// a Hijri month without a year after شهر or before الماضي/المقبل/الجاري (Dates.HijriPeriods.cs), and its first,
/// middle or last ten days (العشر الأواخر من رمضان); Hijri years (1436هـ, عام 1436 near the reference); numeric dates
/// (9/12/2021, 2021-12-09); years after عام/سنة/منذ/في or with م/هـ; vague parts (أواخر 2017, مطلع, منتصف, صيف 2014;
/// أوائل and أواخر a month also as the span of days 1–10 and 21–end); relative days (اليوم, أمس, أول من أمس, أمس الأول,
/// غدا, بعد الغد), weeks, months and years (الأسبوع الماضي, هذا الشهر, العام الجاري, نهاية العام الحالي);
/// weekdays (الخميس: the last one on or before the reference, المقبل or a future verb before it: the next); spans counted from the reference
/// (قبل أسبوع, الأيام الثلاثة الماضية); ranges of days (من 13 الى 15 تموز); the nth weekday, day or week of a month
/// (ثالث ثلاثاء في أيلول, اليوم الأخير من شهر عشرة); clock times (Dates.Clock.cs). Time zones never shift a date.
/// </summary>
public static partial class Dates
{
    /// <summary>
    /// Weekday names in the matching form, Sunday first (DayOfWeek order), with the spellings without hamza and the older
    /// spelling of Tuesday without its alef (الثلثاء, as Bahraini and Levantine papers write it).
    /// </summary>
    private static readonly string[][] WeekdayNames =
    [
        ["الاحد"], ["الاثنين"], ["الثلاثاء", "الثلاثا", "الثلثاء", "الثلثا"], ["الاربعاء", "الاربعا"], ["الخميس"], ["الجمعه"], ["السبت"],
    ];

    /// <summary>The weekday of each name of <see cref="WeekdayNames"/>, and of each without its article (ال).</summary>
    private static readonly Dictionary<string, DayOfWeek> WeekdayByName = WeekdayNames
        .SelectMany((names, day) => names.Select(name => (name, (DayOfWeek)day))).ToDictionary(p => p.name, p => p.Item2, StringComparer.Ordinal);

    private static readonly Dictionary<string, DayOfWeek> WeekdayByBareName = WeekdayByName.ToDictionary(p => p.Key[2..], p => p.Value, StringComparer.Ordinal);

    private static readonly string[] Weekdays = ["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"];

    private static readonly Dictionary<string, string> VagueParts = new(StringComparer.Ordinal)
    {
        ["اواخر"] = "late", ["اوائل"] = "early", ["مطلع"] = "early", ["بدايه"] = "start", ["منتصف"] = "mid",
        ["اواسط"] = "mid", ["نهايه"] = "end", ["صيف"] = "summer", ["شتاء"] = "winter", ["ربيع"] = "spring", ["خريف"] = "autumn",
    };

    public static IReadOnlyList<DateMention> Extract(string text, IReadOnlyList<Token> tokens, DateOnly? reference) =>
        Extract(text, tokens, reference, DateReading.News);

    /// <param name="reading">Which way undated weekdays and months lean, and the reference's time of day if known.</param>
    public static IReadOnlyList<DateMention> Extract(string text, IReadOnlyList<Token> tokens, DateOnly? reference, DateReading reading)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(reading);
        var reader = new Reader(new TokenView(text, tokens), reference, reading);
        var found = new List<DateMention>();
        DateMention? lastDay = null;
        for (var i = 0; i < reader.Count; i++)
        {
            if (reader.At(i) is { } match)
            {
                if (match.Mention is null)
                {
                    i = match.Last;
                    continue;
                }

                var mention = reader.OnSameDay(reader.OnEarlierDay(match.Mention, lastDay), lastDay);
                found.Add(mention);
                if (mention.Granularity == DateGranularity.Day && mention.Until is null)
                {
                    lastDay = mention;
                }

                i = match.Last;
            }
        }

        return found;
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

    /// <summary>The calendar day a mention is on (its value's first ten characters for a day, an hour, a minute or a
    /// second), or null for a week, a month, a year, or an unresolved mention.</summary>
    public static string? DayOf(DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Value is { Length: >= 10 } value && mention.Granularity is DateGranularity.Day or DateGranularity.Hour or DateGranularity.Minute or DateGranularity.Second
            ? value[..10]
            : null;
    }

    /// <summary>True for an hour, a minute or a second: a clock time.</summary>
    public static bool IsClock(DateGranularity granularity) => granularity is DateGranularity.Hour or DateGranularity.Minute or DateGranularity.Second;

    private static int Int(string norm) => int.TryParse(norm, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day an ISO value of a day's mention, or a span's from/until, names (its first ten characters: 2015-07-30).</summary>
    private static DateOnly IsoDay(string iso) => DateOnly.ParseExact(iso.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string IsoMonth(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    private static string IsoMonth(DateOnly date) => IsoMonth(date.Year, date.Month);

    /// <summary>A moment at hour or minute precision (2013-02-12T15:00) or at second precision (2013-02-12T15:23:24).</summary>
    private static string IsoTime(DateTime moment, DateGranularity granularity) =>
        moment.ToString(granularity == DateGranularity.Second ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The year that puts the month nearest the reference (within six months either side).</summary>
    private static int Nearest(DateOnly reference, int month)
    {
        var distance = month - reference.Month;
        return distance > 6 ? reference.Year - 1 : distance < -6 ? reference.Year + 1 : reference.Year;
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

        var first = UmmAlQura.GetYear(new DateTime(year - 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
        for (var hy = first; hy <= first + 3 && hy <= 1500; hy++)
        {
            yield return DateOnly.FromDateTime(UmmAlQura.ToDateTime(hy, month, day, 0, 0, 0, 0));
        }
    }

    /// <summary>The Umm al-Qura calendar every Hijri date is converted with; its tables run from 1318 to 1500 AH
    /// (Gregorian 1900 to 2077). A calendar is only read here, so one instance serves every thread.</summary>
    private static readonly UmAlQuraCalendar UmmAlQura = new();

    /// <summary>
    /// A Hijri day and month in the Hijri year of <paramref name="reference"/>, the year before and the year after,
    /// with its Gregorian day (years whose month is too short for the day left out); none when the reference lies
    /// outside the calendar's tables.
    /// </summary>
    private static IEnumerable<(int HijriYear, DateOnly Date)> HijriOccurrences(DateOnly reference, int month, int day)
    {
        if (reference.Year is < 1902 or > 2075)
        {
            yield break;
        }

        var hijriYear = UmmAlQura.GetYear(reference.ToDateTime(TimeOnly.MinValue));
        for (var hy = hijriYear - 1; hy <= hijriYear + 1; hy++)
        {
            if (day <= UmmAlQura.GetDaysInMonth(hy, month))
            {
                yield return (hy, DateOnly.FromDateTime(UmmAlQura.ToDateTime(hy, month, day, 0, 0, 0, 0)));
            }
        }
    }

    /// <summary>The Hijri year of a Gregorian day (inside the calendar's tables).</summary>
    private static int HijriYearOf(DateOnly date) => UmmAlQura.GetYear(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>The first words of the feasts' names (Data/holidays.txt), for <see cref="MayBeginHoliday"/>.</summary>
    private static readonly HashSet<string> HolidayFirstWords = new(Lexicon.Default.Holidays.Select(h => h.Words[0]), StringComparer.Ordinal);

    /// <summary>The lookup of a span among <see cref="HolidayFirstWords"/>, made once (a delegate made at each token would allocate).</summary>
    private static readonly Func<ReadOnlySpan<char>, bool> IsHolidayFirstWord = HolidayFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains;

    /// <summary>
    /// Whether the token begins some feast's name as <see cref="HolidayHead"/> reads it, looked up as spans of the
    /// token in the feasts' first words: a word that begins no feast allocates nothing, and this rule is tried at every token.
    /// </summary>
    private static bool MayBeginHoliday(string token) => HeadForms(token, IsHolidayFirstWord);

    /// <summary>Whether the token is <paramref name="word"/>, a holiday's first word, as <see cref="HeadForms"/> reads it.</summary>
    private static bool HolidayHead(string token, string word) => HeadForms(token, form => form.SequenceEqual(word));

    /// <summary>
    /// Whether some form of a holiday's first word the token may be passes <paramref name="isHead"/>: the token, or it
    /// without a glued و/ف, then without a glued ب/ل (بعيد, لعيد, وبعيد), or with لل read as ل + ال (للمولد is ل +
    /// المولد): news names a feast most often as "on the occasion of" or "for" it.
    /// </summary>
    private static bool HeadForms(string token, Func<ReadOnlySpan<char>, bool> isHead)
    {
        var rest = token.Length > 1 && token[0] is '\u0648' or '\u0641' ? token.AsSpan(1) : token.AsSpan(); // و waw, ف feh
        if (isHead(token) || isHead(rest) || (rest.Length > 1 && rest[0] is '\u0628' or '\u0644' && isHead(rest[1..]))) // ب beh, ل lam
        {
            return true;
        }

        if (!rest.StartsWith("\u0644\u0644", StringComparison.Ordinal)) // لل lam-lam
        {
            return false;
        }

        Span<char> withArticle = rest.Length <= 64 ? stackalloc char[rest.Length] : new char[rest.Length];
        "\u0627\u0644".AsSpan().CopyTo(withArticle); // ال alef-lam
        rest[2..].CopyTo(withArticle[2..]);
        return isHead(withArticle);
    }
}
