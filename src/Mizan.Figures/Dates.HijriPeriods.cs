using System.Globalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

public static partial class Dates
{
    /// <summary>A word that names a year after it, in a token's bare form (<see cref="TokenView.Bare"/>): عام, سنة (with or
    /// without the article, and with ل or ب glued to it: «بالنسبة لعام 2015 ككل», «للعام 2016», «لسنة 2015 بتهمة», which were
    /// left without a date and made the next word a counted thing; docs/figures.md, "A year after its year word"). The
    /// figure reader asks it too: a year after such a word counts nothing.</summary>
    internal static bool IsYearWord(string bare) =>
        bare is "عام" or "العام" or "سنه" or "السنه" or "لعام" or "للعام" or "بعام" or "بالعام" or "لسنه" or "للسنه" or "بسنه" or "بالسنه";

    /// <summary>
    /// The words that pick ten days (or a third) of a month, after العشر/العشرة/الثلث, in the matching normalization:
    /// the first (الأوائل, الأولى), the middle (الأواسط, الوسطى) and the last (الأواخر, الأخيرة) ten.
    /// </summary>
    private static readonly Dictionary<string, int> TenDayParts = new(StringComparer.Ordinal)
    {
        ["الاوائل"] = 0, ["الاولي"] = 0, ["الاول"] = 0,
        ["الاواسط"] = 1, ["الوسطي"] = 1, ["الاوسط"] = 1,
        ["الاواخر"] = 2, ["الاخيره"] = 2, ["الاخير"] = 2,
    };

    /// <summary>The parts a vague word or a ten-day phrase names, as <see cref="DateMention.Part"/> spells them.</summary>
    private static readonly string[] TenDayPartNames = ["early", "mid", "late"];

    /// <summary>The first day of a Hijri month and the first day of the month after it (Umm al-Qura).</summary>
    private static (DateOnly First, DateOnly Next) HijriMonthDays(int hijriYear, int month)
    {
        var first = UmmAlQura.ToDateTime(hijriYear, month, 1, 0, 0, 0, 0);
        return (DateOnly.FromDateTime(first), DateOnly.FromDateTime(UmmAlQura.AddMonths(first, 1)));
    }

    /// <summary>True when the Umm al-Qura tables hold the whole Hijri year (they run from 1318 to 1500 AH).</summary>
    private static bool InHijriTables(int hijriYear) => hijriYear is >= 1319 and <= 1499;

    private sealed partial class Reader
    {
        /// <summary>
        /// Rule: a Hijri month named without a year needs a cue, for رمضان, شعبان and رجب are also given names: شهر
        /// before it (شهر رمضان), a word after it that makes it the last, next or current one (ذي الحجة المقبل), or
        /// a vague part or ten-day phrase before it (أواخر رمضان, العشر الأواخر من رمضان). It is the occurrence that
        /// holds the publication date, else the nearest one (leaning to the future, the current or the next one);
        /// with الماضي the last one already over, with المقبل the next one to begin, with الجاري this Hijri year's.
        /// Its value is the Gregorian month its first day falls in, and From/Until are its days; unresolved
        /// without a publication date. A month followed by a year is left to the rules that read the year.
        /// </summary>
        private (DateMention Mention, int Last)? HijriMonthWithoutYear(int i, bool cued)
        {
            var first = i;
            var month = i;
            if (view.Bare(i) is "شهر")
            {
                cued = true;
                month++;
            }

            if (Month(month, Lexicon.Default.HijriMonths) is not { } found || view.Is(found.Last + 1, TokenKind.Number))
            {
                return null;
            }

            var direction = Modifier(found.Last + 1);
            var last = direction is null ? found.Last : found.Last + 1;

            // Rule: من العام (الهجري) الحالي/الماضي/المقبل after the month names its Hijri year (صفر من العام الهجري الحالي).
            int? yearStep = null;
            if (direction is null && view.Norm(found.Last + 1) is "من" && view.Norm(found.Last + 2) is "العام" or "السنه")
            {
                var modifierAt = found.Last + 3 + (view.Norm(found.Last + 3) is "الهجري" or "الهجريه" ? 1 : 0);
                if (Modifier(modifierAt) is { } step)
                {
                    yearStep = step;
                    last = modifierAt;
                }
            }

            if (!cued && direction is null && yearStep is null)
            {
                return null;
            }

            if (reference is not { } r || r.Year is < 1902 or > 2075)
            {
                return (Mention(first, last, null, DateGranularity.Month) with { Relative = true }, last);
            }

            var chosen = HijriMonthOccurrence(found.Month, r, direction, yearStep);
            if (chosen.HijriYear == 0)
            {
                return (Mention(first, last, null, DateGranularity.Month) with { Relative = true }, last);
            }

            return (HijriMonthMention(first, last, chosen.HijriYear, found.Month) with { Relative = true }, last);
        }

        /// <summary>
        /// The occurrence of Hijri month <paramref name="month"/> that <see cref="HijriMonthWithoutYear"/> names, among the
        /// Hijri years around the reference's: in the year <paramref name="yearStep"/> away, else the last, next or
        /// current one by <paramref name="direction"/>, else the one the reading leans to; HijriYear 0 when none.
        /// (Apart from its caller so that the caller, tried at every token, allocates nothing for its lambdas.)
        /// </summary>
        private (int HijriYear, (DateOnly First, DateOnly Next) Days) HijriMonthOccurrence(int month, DateOnly r, int? direction, int? yearStep)
        {
            var current = HijriYearOf(r);
            var occurrences = Enumerable.Range(current - 1, 3)
                .Where(InHijriTables)
                .Select(hy => (HijriYear: hy, Days: HijriMonthDays(hy, month)))
                .ToList();
            return yearStep is { } inYear ? occurrences.FirstOrDefault(o => o.HijriYear == current + inYear) : direction switch
            {
                -1 => occurrences.Where(o => o.Days.Next <= r).OrderByDescending(o => o.Days.First).FirstOrDefault(),
                1 => occurrences.Where(o => o.Days.First > r).OrderBy(o => o.Days.First).FirstOrDefault(),
                0 => occurrences.FirstOrDefault(o => o.HijriYear == current),
                _ when Future => occurrences.Where(o => o.Days.Next > r).OrderBy(o => o.Days.First).FirstOrDefault(),
                _ => occurrences.OrderBy(o => DaysApart(r, o.Days.First, o.Days.Next)).FirstOrDefault(),
            };
        }

        /// <summary>
        /// Rule: the first, middle or last ten days (or third) of a Hijri month (العشر الأواخر من رمضان, الأيام العشرة
        /// الأولى من شوال, الثلث الأخير من شهر رمضان الماضي, العشر الأوائل من ذي الحجة 1436هـ): days 1 to 10, 11 to
        /// 20, or the 21st to the month's end. The month is read as <see cref="HijriMonthWithoutYear"/> reads it, or
        /// with its Hijri year; the mention keeps the month's value and names the days in From/Until and Part.
        /// </summary>
        private (DateMention, int)? HijriTenDays(int i)
        {
            var first = i;
            if (view.Bare(i) is "الايام" && view.Norm(i + 1) is "العشر" or "العشره")
            {
                i++;
            }

            if (view.Bare(i) is not ("العشر" or "العشره" or "الثلث") || !TenDayParts.TryGetValue(view.Norm(i + 1), out var part)
                || view.Norm(i + 2) is not "من")
            {
                return null;
            }

            var monthAt = i + 3;
            if ((HijriMonthWithYear(monthAt) ?? HijriMonthWithoutYear(monthAt, cued: true)) is not { } month)
            {
                return null;
            }

            var mention = month.Mention with { Start = view.Tokens[first].Start, Text = view.Surface(first, month.Last) };
            return (TenDays(mention, part), month.Last);
        }

        /// <summary>A Hijri month with its Hijri year (رمضان 1436هـ, شهر شوال عام 1436 هـ), as a month mention.</summary>
        private (DateMention Mention, int Last)? HijriMonthWithYear(int i)
        {
            var month = view.Bare(i) is "شهر" ? i + 1 : i;
            if (Month(month, Lexicon.Default.HijriMonths) is not { } found)
            {
                return null;
            }

            var yearAt = YearAfterMonth(found.Last);
            if (YearAt(yearAt, hijri: true) is not { } year || !InHijriTables(year))
            {
                return null;
            }

            var last = EraLetterEnd(yearAt);
            return (HijriMonthMention(i, last, year, found.Month), last);
        }

        /// <summary>
        /// Rule: a Hijri year, four digits with the era letter هـ after them (1436هـ, عام 1436 هـ), or after عام/سنة
        /// without it when the year lies within five of the publication date's Hijri year (Saudi news writes عام 1436
        /// for this year; a year of history such as عام 1492 is far from it). Its value is the
        /// Gregorian year that holds most of its days, and From/Until are its days; unresolved outside the calendar's
        /// tables. After في the mention starts at the year, as for Gregorian years.
        /// </summary>
        private (DateMention, int)? HijriYear(int i)
        {
            var cued = IsYearCue(view.Bare(i)) || view.Bare(i) is "في";
            var yearAt = cued ? i + 1 : i;
            if (YearAt(yearAt, hijri: true) is not { } year)
            {
                return null;
            }

            // Without the era letter only عام/سنة say a year: after في or خلال a number near the Hijri year is as
            // likely a count (في 1437 منزلا).
            var era = EraLetterEnd(yearAt) > yearAt;
            if (!era && !(IsYearWord(view.Bare(i)) && view.Norm(yearAt + 1) is not "م" && reference is { Year: >= 1902 and <= 2075 } r
                && Math.Abs(year - HijriYearOf(r)) <= 5))
            {
                return null;
            }

            var first = view.Bare(i) is "في" ? yearAt : i;
            var last = era ? yearAt + 1 : yearAt;
            var hijri = year.ToString(CultureInfo.InvariantCulture);
            if (!InHijriTables(year))
            {
                return (Mention(first, last, null, DateGranularity.Year) with { Hijri = hijri }, last);
            }

            var start = DateOnly.FromDateTime(UmmAlQura.ToDateTime(year, 1, 1, 0, 0, 0, 0));
            var next = DateOnly.FromDateTime(UmmAlQura.ToDateTime(year + 1, 1, 1, 0, 0, 0, 0));
            var middle = start.AddDays((next.DayNumber - start.DayNumber) / 2);
            return (Mention(first, last, middle.Year.ToString(CultureInfo.InvariantCulture), DateGranularity.Year) with
            {
                Hijri = hijri,
                From = Iso(start),
                Until = Iso(next),
            }, last);
        }

        /// <summary>A Hijri month as a month mention: the Gregorian month of its first day, its days in From/Until.</summary>
        private DateMention HijriMonthMention(int first, int last, int hijriYear, int month)
        {
            var days = HijriMonthDays(hijriYear, month);
            return Mention(first, last, IsoMonth(days.First), DateGranularity.Month) with
            {
                Hijri = string.Create(CultureInfo.InvariantCulture, $"{hijriYear:D4}-{month:D2}"),
                From = Iso(days.First),
                Until = Iso(days.Next),
            };
        }

        /// <summary>The first (0), middle (1) or last (2) ten days of a resolved Hijri month mention.</summary>
        private static DateMention TenDays(DateMention month, int part)
        {
            if (month.From is not { } from || month.Until is not { } until)
            {
                return month with { Part = TenDayPartNames[part] };
            }

            var (start, end) = TenDaysOf(
                DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                part);
            return month with { Part = TenDayPartNames[part], From = Iso(start), Until = Iso(end) };
        }

        /// <summary>
        /// Rule: the first (0), middle (1) or last (2) ten days of a month whose days are [first, next): days 1 to 10,
        /// 11 to 20, or the 21st to its end, for Hijri and Gregorian months alike (أوائل and أواخر a month too).
        /// </summary>
        private static (DateOnly From, DateOnly Until) TenDaysOf(DateOnly first, DateOnly next, int part) =>
            (first.AddDays(10 * part), part == 2 ? next : first.AddDays(10 * (part + 1)));

        /// <summary>The token where a year after a month stands: right after it, or after عام/سنة (16 رمضان عام 1395هـ).</summary>
        private int YearAfterMonth(int monthLast) =>
            monthLast + 1 + (view.Bare(monthLast + 1) is "عام" or "سنه" && view.Is(monthLast + 2, TokenKind.Number) ? 1 : 0);

        /// <summary>The last token of a year at <paramref name="yearAt"/>: the era letter هـ after it, glued or after a space, or the year itself.</summary>
        private int EraLetterEnd(int yearAt) => yearAt + (view.Norm(yearAt + 1) is "ه" && view.Is(yearAt + 1, TokenKind.ArabicWord) ? 1 : 0);

        /// <summary>A word a year may follow: a year word, or منذ, حتى, بحلول, خلال.</summary>
        private static bool IsYearCue(string bare) => IsYearWord(bare) || bare is "منذ" or "حتي" or "بحلول" or "خلال";

        /// <summary>How many days lie between a day and a span of days [first, next): 0 inside it.</summary>
        private static int DaysApart(DateOnly day, DateOnly first, DateOnly next) =>
            day < first ? first.DayNumber - day.DayNumber : day >= next ? day.DayNumber - next.DayNumber + 1 : 0;
    }
}
