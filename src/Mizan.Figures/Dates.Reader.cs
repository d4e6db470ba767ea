using System.Globalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

public static partial class Dates
{
    /// <summary>Reads the dates of one text against one reference: the rules of <see cref="Dates"/>, in order.</summary>
    private sealed partial class Reader
    {
        private readonly TokenView view;
        private readonly DateOnly? reference;
        private readonly DateReading reading;

        /// <summary>Where the clock times that name no day of their own start.</summary>
        private readonly HashSet<int> floating = [];

        /// <summary>Starts of the mentions that name the day told before them (اليوم نفسه, في نفس اليوم, ذات اليوم).</summary>
        private readonly HashSet<int> sameDay = [];

        public Reader(TokenView view, DateOnly? reference, DateReading reading)
        {
            this.view = view;
            this.reference = reference;
            this.reading = reading;
        }

        public int Count => view.Count;

        private bool Future => reading.Lean == DateLean.Future;

        /// <summary>The date starting at token i, with a clock time after a day joined to it (الخميس الساعة 8); a null
        /// mention with its last token when the words there are a name and not a date (<see cref="NamesAPlace"/>), so the
        /// reading goes on after them.</summary>
        public (DateMention? Mention, int Last)? At(int i) =>
            Core(i) is not { } found ? null
            : NamesAPlace(i, found) ? (null, found.Last)
            : WithItsYear(ForADuration(i, WithClock(found)));

        /// <summary>
        /// Rule: a day and a month without a year right after the noun of a place (مدينة السادس من أكتوبر, مدينة العاشر من
        /// رمضان, جسر 6 أكتوبر, شارع 26 يوليو) are that place's name, no date. Read on web-o and web-p, where three such city
        /// names were read as the coming 6 October or the last 10 Ramadan.
        /// </summary>
        private bool NamesAPlace(int i, (DateMention Mention, int Last) found) =>
            found.Mention is { Granularity: DateGranularity.Day, Relative: true, Until: null }
            && PlaceNouns.Contains(view.Bare(i - 1))
            && Enumerable.Range(i, found.Last - i + 1).Any(k => GregorianMonth(k) is not null || Month(k, Lexicon.Default.HijriMonths) is not null);

        /// <summary>Nouns of places that are named after a date, in the matching form, bare and with ب or ل glued.</summary>
        private static readonly HashSet<string> PlaceNouns = new(
            new[] { "مدينه", "ميناء", "شارع", "جسر", "كوبري", "ميدان", "حي", "محور", "نفق", "جامعه", "مطار", "ضاحيه", "مستشفي" }
                .SelectMany(noun => new[] { noun, "ب" + noun, "ل" + noun }),
            StringComparer.Ordinal);

        /// <summary>
        /// Rule: a year counted from the publication (العام الحالي, العام الماضي, and a quarter or half of it) followed by
        /// that year in digits (الربع الثاني من العام الحالي 2015م) is one mention that runs over the year: the digits restate
        /// it. Read on held-out7, where the digits were read alone as the whole year.
        /// </summary>
        private (DateMention Mention, int Last) WithItsYear((DateMention Mention, int Last) found)
        {
            var (mention, last) = found;
            if (mention.Value is not { Length: >= 4 } value || Modifier(last) is null || view.Bare(last - 1) is not ("العام" or "السنه")
                || YearAt(last + 1) is not { } year || year.ToString(CultureInfo.InvariantCulture) != value[..4])
            {
                return found;
            }

            var end = last + 1 + (view.Norm(last + 2) is "م" && Adjacent(last + 1, last + 2) ? 1 : 0);
            return (mention with { End = view.Tokens[end].End, Text = view.Text[mention.Start..view.Tokens[end].End] }, end);
        }

        /// <summary>
        /// Rule: a day that a period starts from, followed by how long it lasts (اعتبارا من يوم الخميس الموافق 14/ 10/ 1436 هـ ولمدة
        /// 15 يوما; ابتداء من يوم الأحد القادم لمدة ثلاثة أيام; read on held-out5, where the day was read alone) is that span:
        /// the day until the day the period ends after (exclusive), the mention running over the duration.
        /// </summary>
        private (DateMention Mention, int Last) ForADuration(int i, (DateMention Mention, int Last) found)
        {
            var (mention, last) = found;
            if (mention is not { Granularity: DateGranularity.Day, Until: null, Value: { } value } || i < 2 || view.Norm(i - 1) != "من"
                || view.Bare(i - 2) is not ("اعتبارا" or "ابتداء" or "بدءا") || view.Bare(last + 1) != "لمده" || Duration(last + 2) is not { } span)
            {
                return found;
            }

            var end = After(IsoDay(value), span.Unit, span.Count);
            return (Mention(i, span.Last, value, DateGranularity.Day) with { Relative = mention.Relative, Hijri = mention.Hijri, Until = Iso(end) }, span.Last);
        }

        /// <summary>
        /// The rules, in the order they are tried at a token: the first that reads a date there wins. A new kind of date
        /// is a new method and a new row here (with its golden block in dates.spec), placed before the rules whose
        /// shorter readings it must win over (a weekday before its date before the bare weekday; an ordinal weekday of
        /// a month before the date of that day). Each row is named as its method is, so a reader of a stack trace or a
        /// profile finds it.
        /// </summary>
        private static readonly (string Name, Func<Reader, int, (DateMention Mention, int Last)?> Read)[] Rules =
        [
            ("EdgeDayOfAMonth", (r, i) => r.EdgeDayOfAMonth(i)),
            ("Numeric", (r, i) => r.Numeric(i)),
            ("English", (r, i) => r.English(i)),
            ("Hijri", (r, i) => r.Hijri(i)),
            ("HijriTenDays", (r, i) => r.HijriTenDays(i)),
            ("HijriMonthWithoutYear", (r, i) => r.HijriMonthWithoutYear(i, cued: false)),
            ("HolidayDay", (r, i) => r.HolidayDay(i)),
            ("Holiday", (r, i) => r.Holiday(i)),
            ("DayRange", (r, i) => r.DayRange(i)),
            ("InMonth", (r, i) => r.InMonth(i)),
            ("MonthDayCommaYear", (r, i) => r.MonthDayCommaYear(i)),
            ("DayMonthYear", (r, i) => r.DayMonthYear(i)),
            ("PartOfYear", (r, i) => r.PartOfYear(i)),
            ("MonthsOfYear", (r, i) => r.MonthsOfYear(i)),
            ("Decade", (r, i) => r.Decade(i)),
            ("Vague", (r, i) => r.Vague(i)),
            ("Year", (r, i) => r.Year(i)),
            ("CountedSpan", (r, i) => r.CountedSpan(i)),
            ("Ago", (r, i) => r.Ago(i)),
            ("Within", (r, i) => r.Within(i)),
            ("RelativeDay", (r, i) => r.RelativeDay(i)),
            ("WeekThenWeekday", (r, i) => r.WeekThenWeekday(i)),
            ("RelativePeriod", (r, i) => r.RelativePeriod(i)),
            ("WeekdayOfWeek", (r, i) => r.WeekdayOfWeek(i)),
            ("Weekday", (r, i) => r.Weekday(i)),
            ("Night", (r, i) => r.Night(i)),
            ("ClockRange", (r, i) => r.ClockRange(i, null)),
            ("UntilClock", (r, i) => r.UntilClock(i)),
            ("Clock", (r, i) => r.Clock(i, null)),
            ("Now", (r, i) => r.Now(i)),
        ];

        private (DateMention Mention, int Last)? Core(int i)
        {
            foreach (var (_, read) in Rules)
            {
                if (read(this, i) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>
        /// The first or the last day of a month (في اليوم الأخير من شهر رمضان, read on held-out6, where the whole month was read;
        /// آخر يوم من يوليو, أول يوم في شهر شوال): اليوم الأول/الأخير من, or أول/آخر يوم من/في, then a month as another rule reads it.
        /// </summary>
        private (DateMention, int)? EdgeDayOfAMonth(int i)
        {
            var (first, k) = view.Norm(i) == "اليوم" && view.Norm(i + 1) is "الاخير" or "الاول" && view.Norm(i + 2) == "من" ? (view.Norm(i + 1) == "الاول", i + 3)
                : view.Bare(i) is "اخر" or "اول" && view.Norm(i + 1) == "يوم" && view.Norm(i + 2) is "من" or "في" ? (view.Bare(i) == "اول", i + 3)
                : (false, -1);
            if (k < 0 || Core(k) is not ({ Granularity: DateGranularity.Month, Value: { } value } month, var last))
            {
                return null;
            }

            var from = IsoDay(month.From ?? value + "-01");
            var end = month.Until is { } until ? IsoDay(until) : from.AddMonths(1);
            var day = first ? from : end.AddDays(-1);
            return (Mention(i, last, Iso(day), DateGranularity.Day) with { Relative = month.Relative }, last);
        }

        /// <summary>A day mention only (a day of a month, a weekday, a relative day), for a clock time to stand on.</summary>
        private (DateMention Mention, int Last)? DayAt(int i) =>
            Core(i) is { } found && found.Mention is { Granularity: DateGranularity.Day, Until: null } ? found : null;

        /// <summary>9/12/2021 (day/month/year, as Arabic text writes it), 2021-12-09, and Hijri 23/8/1436هـ.</summary>
        private (DateMention, int)? Numeric(int i)
        {
            // Spaces around the slashes are allowed when the date ends in a four-digit year (16 / 09 / 1414هـ).
            if (!view.Is(i, TokenKind.Number))
            {
                return null;
            }

            if (!(Adjacent(i, i + 4) || (view.IsPunctuation(i + 1, '/') && view.Norm(i + 4).Length == 4)))
            {
                return MonthAndYear(i);
            }

            foreach (var separator in "/-.")
            {
                if (view.IsPunctuation(i + 1, separator) && view.Is(i + 2, TokenKind.Number) && view.IsPunctuation(i + 3, separator) && view.Is(i + 4, TokenKind.Number))
                {
                    var (a, b, c) = (Int(view.Norm(i)), Int(view.Norm(i + 2)), Int(view.Norm(i + 4)));
                    var (year, month, day) = a > 1000 ? (a, b, c) : (c, b, a);

                    // Rule: a numeric date with a year of 1300..1600 is Hijri (23/8/1436هـ), converted with Umm al-Qura.
                    if (year is >= 1318 and <= 1500 && month is >= 1 and <= 12 && day is >= 1 and <= 30)
                    {
                        var last = EraLetterEnd(i + 4);
                        if (day > UmmAlQura.GetDaysInMonth(year, month))
                        {
                            return null;
                        }

                        var gregorian = DateOnly.FromDateTime(UmmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0));
                        return (Mention(i, last, Iso(gregorian), DateGranularity.Day) with { Hijri = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}") }, last);
                    }

                    // Rule: a two-digit year after a day and a month (18-9-15, 3/7/16) is the year of that century
                    // nearest the publication date (of the 2000s without one); not after dots, which write versions.
                    if (a <= 31 && c < 100 && view.Norm(i + 4).Length == 2 && separator != '.')
                    {
                        year = TwoDigitYear(c);
                    }

                    var date = year >= 1900 ? Make(year, month, day) : null;
                    return date is { } d ? (Mention(i, i + 4, Iso(d), DateGranularity.Day), i + 4) : null;
                }
            }

            return MonthAndYear(i);
        }

        /// <summary>
        /// Rule: a month and a year in digits, either way round (2015/3, 3/2015, 03-2016): the month. Not after رقم
        /// (a number of a law or a decision: القرار رقم 2015/3), nor when a third number follows (a full date).
        /// </summary>
        private (DateMention, int)? MonthAndYear(int i)
        {
            if (!Adjacent(i, i + 2) || !view.Is(i + 2, TokenKind.Number) || (view.IsPunctuation(i + 3, '/') && view.Is(i + 4, TokenKind.Number))
                || (i > 0 && view.Bare(i - 1) is "رقم" or "برقم"))
            {
                return null;
            }

            foreach (var separator in "/-")
            {
                if (!view.IsPunctuation(i + 1, separator))
                {
                    continue;
                }

                var (month, year) = YearAt(i) is { } y ? (Int(view.Norm(i + 2)), y) : YearAt(i + 2) is { } y2 ? (Int(view.Norm(i)), y2) : (-1, 0);
                if (month is >= 1 and <= 12 && view.Norm(YearAt(i) is null ? i : i + 2).Length <= 2)
                {
                    return (Mention(i, i + 2, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), DateGranularity.Month), i + 2);
                }
            }

            return null;
        }

        /// <summary>The full year of a two-digit one: the year of that century nearest the publication date (the 2000s without one).</summary>
        private int TwoDigitYear(int twoDigits)
        {
            var year = 2000 + twoDigits;
            return reference is { } r && year - r.Year > 50 ? year - 100 : year;
        }

        /// <summary>December 9, 2021 and 9 December 2021 in Latin script.</summary>
        private (DateMention, int)? English(int i)
        {
            if (EnglishOrdinalDay(i) is { } ordinal)
            {
                return ordinal;
            }

            if (!view.Is(i, TokenKind.LatinWord) || GregorianMonth(i) is not { } month)
            {
                return null;
            }

            var k = month.Last;
            if (view.Is(k + 1, TokenKind.Number) && Int(view.Norm(k + 1)) is >= 1 and <= 31 and var day)
            {
                var last = k + 1;
                var year = 0;
                if (view.IsPunctuation(last + 1, ',') && YearAt(last + 2) is { } y)
                {
                    year = y;
                    last += 2;
                }
                else if (YearAt(last + 1) is { } y2)
                {
                    year = y2;
                    last++;
                }

                return year > 0 && Make(year, month.Month, day) is { } d ? (Mention(i, last, Iso(d), DateGranularity.Day), last) : null;
            }

            return null;
        }

        private static readonly string[] EnglishOrdinalSuffixes = ["st", "nd", "rd", "th"];

        /// <summary>
        /// Rule: an English ordinal day before a month and its year (تاريخ النشر: 29th, November 2024; 1st March, 2016):
        /// that day. The suffix is written on the digits; a comma may follow it and the month.
        /// </summary>
        private (DateMention, int)? EnglishOrdinalDay(int i)
        {
            if (!view.Is(i, TokenKind.Number) || Int(view.Norm(i)) is not (>= 1 and <= 31 and var day) || !view.Is(i + 1, TokenKind.LatinWord) || !Adjacent(i, i + 1)
                || !EnglishOrdinalSuffixes.Contains(view.Norm(i + 1), StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }

            var k = view.IsPunctuation(i + 2, ',') ? i + 3 : i + 2;
            if (!view.Is(k, TokenKind.LatinWord) || GregorianMonth(k) is not { } month)
            {
                return null;
            }

            var at = view.IsPunctuation(month.Last + 1, ',') ? month.Last + 2 : month.Last + 1;
            return YearAt(at) is { } year && Make(year, month.Month, day) is { } d ? (Mention(i, at, Iso(d), DateGranularity.Day), at) : null;
        }

        /// <summary>
        /// Rule: a Hijri day and month without a year (9 رمضان, التاسع من رمضان الماضي, السابع من ذي القعدة المقبل):
        /// the occurrence nearest the publication date, the last/next one with الماضي/المقبل (leaning to the future,
        /// the next one), this Hijri year's with الجاري/الحالي; unresolved without a publication date.
        /// </summary>
        private (DateMention, int)? HijriDayWithoutYear(int first, int day, int month, int last)
        {
            var direction = Modifier(last + 1);
            var end = direction is null ? last : last + 1;
            string? value = null;
            string? hijri = null;
            if (reference is { } r)
            {
                var candidates = HijriOccurrences(r, month, day)
                    .Where(c => direction != -1 || c.Date <= r)
                    .Where(c => !(direction == 1 || (Future && direction != -1)) || c.Date >= r)
                    .Where(c => direction != 0 || c.HijriYear == HijriYearOf(r))
                    .OrderBy(c => Math.Abs(c.Date.DayNumber - r.DayNumber))
                    .ToList();
                if (candidates.Count > 0)
                {
                    value = Iso(candidates[0].Date);
                    hijri = string.Create(CultureInfo.InvariantCulture, $"{candidates[0].HijriYear:D4}-{month:D2}-{day:D2}");
                }
            }

            return (Mention(first, end, value, DateGranularity.Day) with { Relative = true, Hijri = hijri }, end);
        }

        /// <summary>
        /// A Hijri month with a year (رمضان 1443هـ, 16 رمضان عام 1395هـ), with or without its day; a Hijri month with a
        /// Gregorian year (رمضان 2019) is that month as it falls in that year. A month is also the span of its days
        /// (From, Until).
        /// </summary>
        private (DateMention, int)? Hijri(int i)
        {
            var first = i;
            var day = 0;
            if (view.Is(i, TokenKind.Number) && Int(view.Norm(i)) is >= 1 and <= 30 and var d)
            {
                day = d;
                i++;
                if (view.Norm(i) == "من" && view.Bare(i + 1) is "شهر")
                {
                    i += 2; // 7 من شهر ذي القعدة
                }
            }
            else if (view.Norm(i).StartsWith("\u0627\u0644", StringComparison.Ordinal) && Month(i, Lexicon.Default.OrdinalDays) is { Month: <= 30 } ordinal
                && view.Norm(ordinal.Last + 1) == "من") // ال, then من: التاسع من رمضان
            {
                day = ordinal.Month;
                i = ordinal.Last + 2 + (view.Bare(ordinal.Last + 2) is "شهر" ? 1 : 0); // الرابع من شهر ذي القعدة
            }

            if (Month(i, Lexicon.Default.HijriMonths) is not { } month)
            {
                return null;
            }

            // A number after the month, or after عام/سنة, is a year of some kind (11 صفر 309هـ, 16 رمضان عام 1395هـ),
            // even out of the range read here; the day and month are then not read as this year's.
            if (day > 0 && !view.Is(month.Last + 1, TokenKind.Number)
                && !(view.Bare(month.Last + 1) is "عام" or "سنه" or "لعام" or "لسنه" && view.Is(month.Last + 2, TokenKind.Number)))
            {
                return HijriDayWithoutYear(first, day, month.Month, month.Last);
            }

            var yearAt = YearAfterMonth(month.Last);
            if (YearAt(yearAt, hijri: true) is not { } year)
            {
                // Rule: a Hijri month with a Gregorian year: the one that begins in that year.
                if (day == 0 && YearAt(month.Last + 1) is { } gregorian && gregorian is >= 1902 and <= 2075)
                {
                    var firstHijriYear = UmmAlQura.GetYear(new DateTime(gregorian, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
                    // A loop, not a lambda: one capturing the month would be allocated at every token this rule is tried at.
                    for (var hy = firstHijriYear; hy < firstHijriYear + 2; hy++)
                    {
                        if (HijriMonthDays(hy, month.Month).First.Year == gregorian)
                        {
                            return hy > 0 ? (HijriMonthMention(i, month.Last + 1, hy, month.Month), month.Last + 1) : null;
                        }
                    }
                }

                return null;
            }

            var last = EraLetterEnd(yearAt);
            var written = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month.Month:D2}") + (day == 0 ? string.Empty : $"-{day:D2}");
            var granularity = day == 0 ? DateGranularity.Month : DateGranularity.Day;
            var from = day == 0 ? i : first;

            // Rule: a Hijri date outside the calendar's tables (رمضان 1550هـ), or a 30th in a month of 29 days that
            // year, is read but left unresolved.
            if (!InHijriTables(year) || day > UmmAlQura.GetDaysInMonth(year, month.Month))
            {
                return (Mention(from, last, null, granularity) with { Hijri = written }, last);
            }

            if (day > 0)
            {
                var date = DateOnly.FromDateTime(UmmAlQura.ToDateTime(year, month.Month, day, 0, 0, 0, 0));
                return (Mention(from, last, Iso(date), granularity) with { Hijri = written }, last);
            }

            return (HijriMonthMention(from, last, year, month.Month), last);
        }

        /// <summary>Rule: the nth day of a feast (ثالث أيام عيد الفطر, أول أيام عيد الأضحى): the feast's first day, n-1 days on.</summary>
        private (DateMention, int)? HolidayDay(int i)
        {
            if (OrdinalWord(i, article: false) is not { Value: >= 1 and <= 10 } nth || view.Bare(nth.Last + 1) != "ايام" || Holiday(nth.Last + 2) is not { } feast)
            {
                return null;
            }

            var value = feast.Item1.Value is { } first ? Iso(DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(nth.Value - 1)) : null;
            return (feast.Item1 with { Value = value, Start = view.Tokens[i].Start, Text = view.Surface(i, feast.Item2) }, feast.Item2);
        }

        /// <summary>
        /// عيد الفطر, عيد الأضحى 2013, رأس السنة الهجرية, عيد الفصح (Data/holidays.txt): the feast's day in the
        /// Gregorian year written after it, else its occurrence nearest the reference (the earlier when two are as
        /// near), or leaning to the future the first on or after it; unresolved without either. A word that begins no
        /// feast's name is dismissed at once (<see cref="MayBeginHoliday"/>): this rule is tried at every token.
        /// </summary>
        private (DateMention, int)? Holiday(int i)
        {
            if (!MayBeginHoliday(view.Norm(i)))
            {
                return null;
            }

            foreach (var (words, calendar, month, day) in Lexicon.Default.Holidays)
            {
                if (!HolidayHead(view.Norm(i), words[0]) || (words.Length > 1 && view.MatchWords(i + 1, words[1..]) < 0))
                {
                    continue;
                }

                var last = i + words.Length - 1;
                var year = YearAt(last + 1);
                if (year is not null)
                {
                    last++;
                }

                return (Mention(i, last, HolidayValue(calendar, month, day, year), DateGranularity.Day) with { Relative = year is null && reference is not null }, last);
            }

            return null;
        }

        /// <summary>The feast's day in <paramref name="year"/>, else the one the reference leans to, else none.</summary>
        private string? HolidayValue(string calendar, int month, int day, int? year)
        {
            if (year is { } written)
            {
                return Occurrences(calendar, month, day, written).Where(d => d.Year == written).Select(Iso).FirstOrDefault();
            }

            if (reference is not { } r)
            {
                return null;
            }

            var occurrences = Occurrences(calendar, month, day, r.Year);
            return (Future
                    ? occurrences.Where(d => d >= r).OrderBy(d => d.DayNumber)
                    : occurrences.OrderBy(d => Math.Abs(d.DayNumber - r.DayNumber)).ThenBy(d => d.DayNumber))
                .Select(Iso).FirstOrDefault();
        }

        /// <summary>[day] month [/ or (second name)] [year | الماضي | المقبل | الجاري].</summary>
        /// <summary>
        /// Rule: a month's name, its day, a comma and the year, in the English order some sites print in Arabic (الإثنين,
        /// فبراير 2, 2026, read on web-n's page headers).
        /// </summary>
        private (DateMention, int)? MonthDayCommaYear(int i)
        {
            if (GregorianMonth(i) is not { } month || !view.Is(month.Last + 1, TokenKind.Number) || Int(view.Norm(month.Last + 1)) is not (>= 1 and <= 31 and var day)
                || !view.IsPunctuation(month.Last + 2, ',') || YearAt(month.Last + 3) is not { } year)
            {
                return null;
            }

            var last = month.Last + 3;
            return Make(year, month.Month, day) is { } date ? (Mention(i, last, Iso(date), DateGranularity.Day), last) : null;
        }

        /// <summary>
        /// Whether token i, right after a day's number, stands between it and a month's name. Rule: a dot after the day, as
        /// German-style dates write it (2. أكتوبر), or a slash or a hyphen, as some sites print their dates with the month's
        /// name, without spaces (الأربعاء 30/أغسطس/2017 read on web-l, اليوم-الاثنين-6-نوفمبر-2023 on web-k; a numbered list's
        /// "2- أغسطس قيصر" is no date). A slash may have a space after it ([08/ يوليو/2016], read on web-aa): no list is
        /// numbered with slashes. Rule: a dash with spaces around it when a year follows the month, as a dateline writes it
        /// (إسلام آباد 11 – مايو 2025م, read on web-ah); without the year a list's "1 – أغسطس" may be an item.
        /// </summary>
        private bool SeparatesDayFromMonth(int i)
        {
            if ((view.IsPunctuation(i, '.') || view.IsPunctuation(i, '/') || (view.IsPunctuation(i, '-') && Adjacent(i, i + 1))) && Adjacent(i - 1, i)
                && GregorianMonth(i + 1) is not null)
            {
                return true;
            }

            return IsDash(i) && !Adjacent(i - 1, i) && !Adjacent(i, i + 1) && GregorianMonth(i + 1) is { } named && YearAt(named.Last + 1) is not null;
        }

        private (DateMention, int)? DayMonthYear(int i)
        {
            var first = i;
            var day = 0;
            if (view.Is(i, TokenKind.Number) && Int(view.Norm(i)) is >= 1 and <= 31 and var d && !view.Norm(i).Contains('.', StringComparison.Ordinal))
            {
                day = d;
                i++;

                if (SeparatesDayFromMonth(i))
                {
                    i++;
                }

                // Rule: من between the day and the month (23 من يوليو, 5 من شهر مايو), as after an ordinal day.
                if (view.Norm(i) == "من" && (GregorianMonth(i + 1) is not null || (view.Bare(i + 1) == "شهر" && GregorianMonth(i + 2) is not null)))
                {
                    i++;
                }
            }
            else if (Month(i, Lexicon.Default.OrdinalDays) is { } ordinal && view.Norm(ordinal.Last + 1) == "من")
            {
                // Rule: an ordinal day before a month: الرابع من نيسان, الأول من شهر شباط.
                day = ordinal.Month;
                i = ordinal.Last + 2;
            }
            else if (view.Bare(i) is "اول" && (GregorianMonth(i + 1) is not null || (view.Bare(i + 1) == "شهر" && GregorianMonth(i + 2) is not null)))
            {
                // Rule: أول before a month is its first day: في أول شباط.
                day = 1;
                i++;
            }

            // Rule: شهر before a month name is part of the date (شهر شباط).
            if (view.Bare(i) == "شهر" && GregorianMonth(i + 1) is not null)
            {
                i++;
            }

            if (GregorianMonth(i) is not { } month || (day > 0 && first == i))
            {
                return null;
            }

            var last = month.Last;

            // Rule: the same month named twice: كانون الأول/ديسمبر, آب / أغسطس, 26 تموز (يوليو), with a dash between (31 كانون
            // الثاني - يناير 2016, read on held-out5, where the day was lost), or with a space only, as wire copy writes it (19
            // مارس آذار, 26 أكتوبر تشرين الأول القادم, read on held-out6).
            if ((view.IsPunctuation(last + 1, '/') || view.IsPunctuation(last + 1, '-') || view.IsPunctuation(last + 1, '–'))
                && GregorianMonth(last + 2) is { } slashed && slashed.Month == month.Month)
            {
                last = slashed.Last;
            }
            else if (GregorianMonth(last + 1) is { } spaced && spaced.Month == month.Month)
            {
                last = spaced.Last;
            }
            else if (view.IsPunctuation(last + 1, '(') && GregorianMonth(last + 2) is { } inParens && inParens.Month == month.Month && view.IsPunctuation(inParens.Last + 1, ')'))
            {
                last = inParens.Last + 1;
            }

            // Rule: a bare month name that is also a common word or a transliteration (آب in ستاند آب, ماي, مارس; يوليه,
            // also the verb "gives it": الذي يوليه الكثير من الاهتمام) is a
            // date only with a day, a year, a second name, a relative word after it, or a preposition or شهر before it.
            if (day == 0 && last == month.Last && month.Words == 1 && view.Norm(i) is "اب" or "ماي" or "مارس" or "يوليه"
                && YearAt(last + 1) is null
                && Modifier(last + 1) is null
                && (i == 0 || view.Norm(i - 1) is not ("في" or "شهر" or "منذ" or "خلال" or "حتى" or "مطلع" or "منتصف" or "اواخر" or "اوائل" or "نهايه" or "بدايه")))
            {
                return null;
            }

            // Rule: April after كذبة (كذبة أبريل, بكذبة نيسان) is the April fool, an idiom that names no date. Read on held-out8.
            if (day == 0 && month.Month == 4 && YearAt(last + 1) is null && view.Bare(i - 1) is "كذبه" or "بكذبه" or "ككذبه" or "لكذبه")
            {
                return null;
            }

            int? year = null;
            var relative = false;

            // Rule: عام or سنة between the month and its year (الرابع من يناير عام 2016, شهر فبراير سنة 2016; with a glued لـ,
            // الخامس والعشرين من أيار لعام ١٩٤٦, read on web-ac), or a slash or a hyphen after a day and a month's name
            // (30/أغسطس/2017, 6-نوفمبر-2023).
            // With the article too, and after في (شهر يوليو العام 2004, في شهر يوليو في العام 2034; read on held-out9).
            var yearWord = (view.Bare(last + 1) is "عام" or "سنه" or "لعام" or "لسنه" or "العام" or "السنه" || (day > 0 && (view.IsPunctuation(last + 1, '/') || view.IsPunctuation(last + 1, '-')) && Adjacent(last, last + 1)))
                && YearAt(last + 2) is not null ? 1
                : view.Bare(last + 1) is "في" && view.Bare(last + 2) is "عام" or "العام" or "سنه" or "السنه" && YearAt(last + 3) is not null ? 2
                : 0;
            if (YearAt(last + 1 + yearWord) is { } y)
            {
                year = y;
                last += 1 + yearWord;
                if (view.Norm(last + 1) is "م" && Adjacent(last, last + 1))
                {
                    last++;
                }
            }
            else if (view.Norm(last + 1) == "من" && view.Bare(last + 2) is "العام" or "السنه" && Modifier(last + 3) is { } whichYear && reference is { } thisYear)
            {
                // Rule: a month of the last, this or next year (أكتوبر من العام الماضي, مايو من السنة الحالية).
                year = thisYear.Year + whichYear;
                relative = true;
                last += 3;
            }
            else if (Modifier(last + 1) is null && YearOfNextMonth(last + 1) is { } shared)
            {
                // Rule: a month named before another month and its year shares that year (بين شهري أغسطس وأكتوبر 2014,
                // من يونيو إلى أغسطس 2014, بين 5 أغسطس و10 أكتوبر 2014).
                year = shared;
            }
            else if (reference is not null && Modifier(last + 1) is null && IsYearlyHabit(first, last))
            {
                // Rule: a month, or a day and a month, without a year in a clause about what happens every year (يبدأ عادة في
                // أكتوبر, من كل عام, اعتماد يوم 20 أيار يوما عالميا) is a season, no date.
                return null;
            }
            else if (reference is { } r)
            {
                relative = true;
                var modifier = Modifier(last + 1);
                year = modifier switch
                {
                    -1 => month.Month < r.Month ? r.Year : r.Year - 1,
                    1 => month.Month > r.Month ? r.Year : r.Year + 1,
                    0 => r.Year,
                    _ when HasBegun(i, last) => month.Month <= r.Month ? r.Year : r.Year - 1,
                    _ => YearOf(month.Month, r),
                };
                if (modifier is not null)
                {
                    last++;
                }
            }
            else if (Modifier(last + 1) is not null)
            {
                // A relative month with no publication date to resolve it against: found, but unresolved.
                relative = true;
                last++;
            }

            if (year is not { } resolvedYear)
            {
                return (Mention(first, last, null, day == 0 ? DateGranularity.Month : DateGranularity.Day) with { Relative = relative }, last);
            }

            if (day == 0)
            {
                return (Mention(first, last, IsoMonth(resolvedYear, month.Month), DateGranularity.Month) with { Relative = relative }, last);
            }

            return Make(resolvedYear, month.Month, day) is { } date
                ? (Mention(first, last, Iso(date), DateGranularity.Day) with { Relative = relative }, last)
                : null;
        }

        /// <summary>
        /// True when the clause around [first, last] says what happens every year: عادة, كل عام/سنة, or a day designated
        /// يوما عالميا/وطنيا, within <see cref="HabitReach"/> words either side and no end of sentence or clause between. Read
        /// on web-m (the olive harvest "usually starts in October") and web-k (World Bee Day, 20 May).
        /// </summary>
        private bool IsYearlyHabit(int first, int last)
        {
            for (var k = first - 1; k >= 0 && first - k <= HabitReach && !EndsClause(k); k--)
            {
                if (IsHabitWord(k))
                {
                    return true;
                }
            }

            for (var k = last + 1; k < view.Count && k - last <= HabitReach && !EndsClause(k); k++)
            {
                if (IsHabitWord(k))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// سنويا is not among the words: it is a rate after a quantity (خمسة مليارات دولار سنويا, read on tune2) and an
        /// adjective after a noun (نموا سنويا, read over 2015-07-21/22) as often as a habit.
        /// </summary>
        private bool IsHabitWord(int k) =>
            view.Norm(k) is "عاده" or "عادتا"
            || (view.Norm(k) == "كل" && view.Bare(k + 1) is "عام" or "سنه")
            || (view.Bare(k) == "يوما" && view.Norm(k + 1) is "عالميا" or "وطنيا");

        /// <summary>The end of a sentence or of a clause (a comma: وينظر إلى العملة عادة after "في يوليو،", read over 2015-08-03/04).</summary>
        private bool EndsClause(int k) =>
            view.Is(k, TokenKind.Punctuation) && view.Text[view.Tokens[k].Start] is '.' or '!' or '?' or '\u061F' or ',' or '\u060C' or ';' or '\u061B';

        /// <summary>How far a yearly habit's word may stand from its month: twelve words (يبدأ عادة في أكتوبر: two).</summary>
        private const int HabitReach = 12;

        /// <summary>The year of a month (with or without its day) that follows at token k after و, إلى or حتى, when it has one.</summary>
        private int? YearOfNextMonth(int k)
        {
            if (view.Norm(k) is "و" or "الي" or "حتي")
            {
                k++;
            }

            if (view.Is(k, TokenKind.Number) && Int(view.Norm(k)) is >= 1 and <= 31)
            {
                k++;
            }

            return GregorianMonth(k) is { } next ? YearAt(next.Last + 1) : null;
        }

        /// <summary>
        /// أواخر 2017, مطلع العام المقبل, منتصف يوليو, صيف 2014, نهاية العام الجاري. Rule: early and late in a month
        /// (أوائل آذار, أواخر شهر مارس) are also the spans of days 1–10 and 21 to the month's end (From, Until).
        /// </summary>
        private (DateMention, int)? Vague(int i)
        {
            if (!VagueParts.TryGetValue(view.Bare(i), out var part) && !VagueParts.TryGetValue(view.Norm(i), out part))
            {
                return null;
            }

            if (Year(i + 1) is { } year)
            {
                return (year.Item1 with { Start = view.Tokens[i].Start, Text = view.Surface(i, year.Item2), Part = part }, year.Item2);
            }

            if (view.Is(i + 1, TokenKind.Number) && YearAt(i + 1) is { } bare)
            {
                return (Mention(i, i + 1, bare.ToString(CultureInfo.InvariantCulture), DateGranularity.Year) with { Part = part }, i + 1);
            }

            if (RelativePeriod(i + 1) is { } period && period.Item1.Granularity is DateGranularity.Year or DateGranularity.Month)
            {
                return (period.Item1 with { Start = view.Tokens[i].Start, Text = view.Surface(i, period.Item2), Part = part }, period.Item2);
            }

            // A Hijri month after a vague part (أواخر رمضان, منتصف شهر شعبان المقبل): early, mid and late are its
            // first, middle and last ten days.
            if ((HijriMonthWithYear(i + 1) ?? HijriMonthWithoutYear(i + 1, cued: true)) is { } hijriMonth)
            {
                var vague = hijriMonth.Mention with { Start = view.Tokens[i].Start, Text = view.Surface(i, hijriMonth.Last) };
                var tens = Array.IndexOf(TenDayPartNames, part);
                return (tens >= 0 ? TenDays(vague, tens) : vague with { Part = part }, hijriMonth.Last);
            }

            if (DayMonthYear(i + 1) is not { } month || month.Item1.Granularity != DateGranularity.Month)
            {
                return null;
            }

            var mention = month.Item1 with { Start = view.Tokens[i].Start, Text = view.Surface(i, month.Item2), Part = part };
            if (mention.Value is { Length: 7 } value && part is "early" or "late")
            {
                var firstDay = DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var (from, until) = TenDaysOf(firstDay, firstDay.AddMonths(1), part == "early" ? 0 : 2);
                mention = mention with { From = Iso(from), Until = Iso(until) };
            }

            return (mention, month.Item2);
        }

        /// <summary>A year after عام/العام/سنة/منذ/في/حتى/بحلول, or glued to م/هـ (2021م).</summary>
        private (DateMention, int)? Year(int i)
        {
            if (HijriYear(i) is { } hijri)
            {
                return hijri;
            }

            // Rule: a year of history after عام or سنة (افتتحت القناة عام 1869, توفي عام 1677م): from 1600, where the word
            // says it is a year. Below 1600 a number after عام may be a Hijri year written without هـ (عام 1436), and after
            // منذ or خلال alone a number before 1900 may be a count (خلال 1700 ساعة): both are left alone. Read on
            // SaudiNewsNet's 2015-07-21, the 61 such numbers after عام, العام, لعام or سنة were all years.
            var cue = view.Bare(i);
            if (IsYearCue(cue) && YearAt(i + 1, earliest: IsYearWord(cue) ? EarliestNamedYear : EarliestYear) is { } year)
            {
                var last = i + 1 + (view.Norm(i + 2) is "م" && Adjacent(i + 1, i + 2) ? 1 : 0);
                return (Mention(i, last, year.ToString(CultureInfo.InvariantCulture), DateGranularity.Year), last);
            }

            // Rule: a year written out in words after عام or سنة (عام ألفين وثمانية عشر, سنة ألف وتسعمائة وتسعين).
            if (IsYearWord(cue) && !view.Is(i + 1, TokenKind.Number) && Numbers.ReadAt(view, i + 1) is { FromDigits: false, Percent: false } words
                && words.Value is >= 1900 and <= 2100 && decimal.Truncate(words.Value) == words.Value)
            {
                return (Mention(i, words.Last, ((int)words.Value).ToString(CultureInfo.InvariantCulture), DateGranularity.Year), words.Last);
            }

            if (YearAt(i) is { } glued && view.Norm(i + 1) is "م" && Adjacent(i, i + 1))
            {
                return (Mention(i, i + 1, glued.ToString(CultureInfo.InvariantCulture), DateGranularity.Year), i + 1);
            }

            if (cue is "في" && YearAt(i + 1) is { } inYear && MonthAndYear(i + 1) is null)
            {
                var last = i + 1 + (view.Norm(i + 2) is "م" && Adjacent(i + 1, i + 2) ? 1 : 0);
                return (Mention(i + 1, last, inYear.ToString(CultureInfo.InvariantCulture), DateGranularity.Year), last);
            }

            return null;
        }

        /// <summary>
        /// اليوم, أمس, أول من أمس, غدا, بعد الغد, قبل أمس; colloquial البارحة, امبارح, بكرة; and the same after
        /// (اليوم|يوم) [الذي]: يوم بعد غد, اليوم الذي بعد الغد, اليوم القبل البارحة.
        /// </summary>
        private (DateMention, int)? RelativeDay(int i)
        {
            var first = i;

            // Rule: اليوم or الغد that is part of a name, or اليوم in "all day long", is no relative day.
            if (view.Bare(i) is "اليوم" or "الغد" && (IsPartOfAName(i) || IsAllDay(i)))
            {
                return null;
            }

            // Rule: في اليوم after a quantity is a rate, "per day" (200 ألف متر مكعب في اليوم), not a date; في اليوم السابق after
            // a price is still the day before.
            if (view.Bare(i) == "اليوم" && view.Norm(i - 1) == "في" && QuantityBefore(i - 1) && view.Norm(i + 1) is not ("السابق" or "التالي" or "الماضي" or "المنصرم" or "نفسه" or "ذاته"))
            {
                return null;
            }

            // Rule: اليوم before a weekday that is not the publication's (اليوم الخميس in a text published on a Friday)
            // is that weekday, the nearest before the publication: the text names its own day, later than it was written.
            // The weekday may stand in parentheses: اليوم (الجمعة).
            // When the weekday is not the publication's, a full date after it says which day is meant (اليوم الثلاثاء 11 فبراير
            // 2026 on Wednesday the 11th; صبيحة اليوم الأحد 2-8-2015م in a page crawled on the 4th): اليوم is that date, and
            // the weekday is read with it. Read on web-ab; a weekday that is the publication's keeps اليوم on that day whatever
            // date follows (صباح اليوم الخميس22/10/2025م on Thursday the 23rd, web-m).
            if (view.Bare(i) == "اليوم" && WeekdayAfter(i) is { } named && reference is { } written && named.Day != written.DayOfWeek)
            {
                if (FullDateFrom(FullDateAt(named.End)) is { } full)
                {
                    return (Mention(first, i, full.Item1.Value, DateGranularity.Day) with { Relative = true }, i);
                }

                var back = ((int)written.DayOfWeek - (int)named.Day + 7) % 7;
                return (Mention(first, named.End, Iso(written.AddDays(-back)), DateGranularity.Day) with { Relative = true }, named.End);
            }

            if (view.Bare(i) is "اليوم" or "يوم" && RelativeDayWords(i + 1 + (view.Norm(i + 1) is "الذي" or "الي" or "اللي" ? 1 : 0)) is { } after)
            {
                // A weekday after it names the day, as after أمس or غدا alone (يوم أمس (السبت)).
                return (Mention(first, after.Last, RelativeDayValue(after.Offset, after.Last), DateGranularity.Day) with { Relative = true }, after.Last);
            }

            // Rule: اليوم before an ordinal counts the days of something told (اليوم الثالث من الإضراب): no date.
            if (view.Bare(i) == "اليوم" && OrdinalWord(i + 1, article: true) is not null)
            {
                return null;
            }

            // Rule: the same day (اليوم نفسه, اليوم ذاته, نفس اليوم, ذات اليوم) is the day told before it in the text
            // (Extract gives it that day's date), else the publication's.
            if ((view.Bare(i) == "اليوم" && view.Norm(i + 1) is "نفسه" or "ذاته") || (view.Bare(i) is "نفس" or "ذات" && view.Norm(i + 1) == "اليوم"))
            {
                var same = Mention(first, i + 1, reference is { } today ? Iso(today) : null, DateGranularity.Day) with { Relative = true };
                sameDay.Add(same.Start);
                return (same, i + 1);
            }

            var (offset, last) = view.Bare(i) switch
            {
                "اليوم" when view.Norm(i + 1) is not ("التالي" or "السابق" or "الماضي" or "المنصرم") => (0, i),
                "اليوم" when view.Norm(i + 1) is "السابق" or "الماضي" or "المنصرم" => (-1, i + 1),
                "يوم" when view.Norm(i + 1) is "غد" => (1, i + 1),
                "اول" when view.Norm(i + 1) == "امس" => (-2, i + 1),
                "اول" when view.Norm(i + 1) == "من" && view.Norm(i + 2) == "امس" => (-2, i + 2),
                _ => (int.MinValue, i),
            };
            if (offset == int.MinValue)
            {
                if (RelativeDayWords(i) is not { } words)
                {
                    return null;
                }

                (offset, last) = words;
            }

            return (Mention(first, last, RelativeDayValue(offset, last), DateGranularity.Day) with { Relative = true }, last);
        }

        /// <summary>
        /// Rule: اليوم or الغد as part of a name, not a day. Names of outlets and programmes were the largest class of misses
        /// over the thirteenth session's six fresh samples, eleven of 39:
        /// - the outlets عين اليوم, وطنا اليوم and عدن الغد, and a paper named with اليوم or الغد right after its noun (صحيفة الغد,
        ///   read on web-n; وفقًا لما أوردته صحيفة اليوم, read on web-aj: "today's paper" is صحف اليوم);
        /// - a day's name: اليوم العالمي للشباب, اليوم الوطني, a yearly observance (read on web-m), and an outlet's, اليوم
        ///   الإخباري (<see cref="IsDayName"/>);
        /// - the paper «اليوم» alone between quotation marks;
        /// - an outlet's dateline at a line's start (بغداد اليوم - بغداد);
        /// - a line that holds only the name (a credit: روسيا اليوم), or the name and its Latin letters (روسيا اليوم RT, read on
        ///   web-ae);
        /// - a two-word name between quotation marks (شاشة «الحدث اليوم», لـ«أموال الغد») or in parentheses after a bare word
        ///   (تلقت (بغداد اليوم) نسخة منه; not (الشائع اليوم), "common nowadays");
        /// - a name behind لـ after وفقا/حسب/عن (وفقا لروسيا اليوم);
        /// - a programme's or paper's name after its noun (ببرنامج بلدنا اليوم);
        /// - an outlet's name ending in a loanword (الغد برس, <see cref="IsOutletWord"/>).
        /// A place then اليوم in running text (زار بغداد اليوم) is still today.
        /// </summary>
        private bool IsPartOfAName(int i)
        {
            var today = view.Bare(i) == "اليوم";
            if (today
                ? view.Bare(i - 1) is "عين" or "صحيفه" or "جريده" || view.Norm(i - 1) == "وطنا" || (IsQuote(i - 1) && IsQuote(i + 1)) || IsDayName(view.Norm(i + 1))
                : view.Norm(i - 1) == "عدن" || view.Bare(i - 1) is "صحيفه" or "جريده" or "موقع")
            {
                return true;
            }

            if (IsOutletWord(view.Norm(i + 1)))
            {
                return true;
            }

            if (!view.Is(i - 1, TokenKind.ArabicWord))
            {
                return false;
            }

            var lineName = view.StartsLine(i - 1) && (view.EndsLine(i) || view.IsPunctuation(i + 1, '-') || view.IsPunctuation(i + 1, '|') || (view.Is(i + 1, TokenKind.LatinWord) && view.EndsLine(i + 1)));
            var enclosed = (IsQuote(i - 2) && IsQuote(i + 1))
                || (view.IsPunctuation(i - 2, '(') && view.IsPunctuation(i + 1, ')') && !view.Norm(i - 1).StartsWith("ال", StringComparison.Ordinal));
            var behindLam = view.Norm(i - 1).Length > 3 && view.Norm(i - 1)[0] == 'ل' && (IsAccordingTo(view.Norm(i - 2)) || IsAccordingTo(view.Bare(i - 2)));
            var afterNoun = MediaNouns.Contains(WithoutGluedPreposition(view.Bare(i - 2)));
            return lineName || enclosed || behindLam || afterNoun;
        }

        private static bool IsAccordingTo(string norm) => norm is "وفقا" or "وفق" or "حسب" or "بحسب" or "عن";

        /// <summary>
        /// A loanword that ends an outlet's name (الغد برس, twice on one page of web-an: "Alghad Press"; نيوز, بوست, ميديا, انفو):
        /// اليوم or الغد before it is the name's.
        /// </summary>
        private static bool IsOutletWord(string norm) => norm is "برس" or "نيوز" or "بوست" or "ميديا" or "انفو";

        /// <summary>
        /// A day's name (اليوم العالمي, اليوم الوطني: read on web-m) or an outlet's (قناة روسيا اليوم الإخباري: read on web-ae)
        /// after اليوم. Not any nisba: اليوم الانتخابي and اليوم الختامي are as often the publication day (the judges of web-r
        /// and web-m read them so) as another (اليوم الدراسي, a seminar weeks before, read on web-ae).
        /// </summary>
        private static bool IsDayName(string norm) => norm is "العالمي" or "الوطني" or "الاخباري" or "الاخباريه";

        /// <summary>
        /// طوال اليوم, طيلة اليوم, على مدار اليوم, على كامل اليوم: all day long, a duration, not the publication day (read on web-q;
        /// كامل from web-aj: عروض على كامل اليوم).
        /// </summary>
        private bool IsAllDay(int i) =>
            view.Bare(i) == "اليوم" && (view.Norm(i - 1) is "طوال" or "طيله" || (view.Norm(i - 1) is "مدار" or "كامل" && view.Norm(i - 2) == "علي"));

        /// <summary>
        /// Programmes and papers are named with اليوم (ببرنامج بلدنا اليوم, جريدة عالم اليوم); a site or a channel is not taken,
        /// as "X today" after it is as often a date (حجبوا الدخول لموقع تويتر اليوم, read over 2015-07-21/22).
        /// </summary>
        private static readonly HashSet<string> MediaNouns = new(["برنامج", "صحيفه", "جريده", "مجله"], StringComparer.Ordinal);

        private static string WithoutGluedPreposition(string norm) => norm.Length > 4 && norm[0] is 'ب' or 'ل' ? norm[1..] : norm;

        /// <summary>
        /// True when a number, in digits or in words, stands among the <see cref="MaxRateWords"/> words before token k, with no
        /// punctuation between (200 ألف متر مكعب في): the words after it are a rate's.
        /// </summary>
        private bool QuantityBefore(int k)
        {
            for (var j = k - 1; j >= 0 && k - j <= MaxRateWords; j--)
            {
                if (view.Is(j, TokenKind.Number) || Lexicon.Default.NumberWords.ContainsKey(view.Norm(j)) || Lexicon.Default.NumberWords.ContainsKey(view.Bare(j)))
                {
                    return true;
                }

                if (view.Is(j, TokenKind.Punctuation))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// A number, a multiplier and a unit of two words (200 ألف متر مكعب, مليون ونصف متر مكعب) before في اليوم: four words, as
        /// web-k's case.
        /// </summary>
        private const int MaxRateWords = 4;

        /// <summary>
        /// Where a full date after a weekday ending at token i would start: past a comma, a colon, a spaced dash, الموافق, في
        /// or an opening parenthesis (السبت (2 آذار 2024), read on web-an).
        /// </summary>
        private int FullDateAt(int i) =>
            i + 1 + (IsComma(i + 1) || view.IsPunctuation(i + 1, ':') || view.IsPunctuation(i + 1, '(') || (IsDash(i + 1) && !Adjacent(i, i + 1))
                || view.Norm(i + 1) is "الموافق" or "في" ? 1 : 0);

        /// <summary>The last token of a full date that starts at token at and ends at last: its closing parenthesis when one opened before it.</summary>
        private int ClosingParenthesis(int at, int last) => view.IsPunctuation(at - 1, '(') && view.IsPunctuation(last + 1, ')') ? last + 1 : last;

        /// <summary>The full date (a day) starting at token at (9 ديسمبر 2021, 12/01/2025, a Hijri date), or null.</summary>
        private (DateMention, int)? FullDateFrom(int at) =>
            (MonthDayCommaYear(at) ?? DayMonthYear(at) ?? Numeric(at) ?? Hijri(at)) is { } dated && dated.Item1.Granularity == DateGranularity.Day ? dated : null;

        /// <summary>
        /// The weekday written right after token k, or in parentheses after it (أمس الثلاثاء, اليوم (الجمعة)), with the last token
        /// it takes (its closing parenthesis), or null.
        /// </summary>
        private (DayOfWeek Day, int End)? WeekdayAfter(int k)
        {
            var parenthesized = view.IsPunctuation(k + 1, '(') && view.IsPunctuation(k + 3, ')');

            // Rule: the weekday may stand between commas after its relative day (مساء اليوم، السبت، ثلاثة ...). Read on web-z.
            var commaed = !parenthesized && IsComma(k + 1);
            return WeekdayAt(k + (parenthesized || commaed ? 2 : 1), bare: false) is { } named ? (named.Day, parenthesized ? named.Last + 1 : named.Last) : null;
        }

        /// <summary>
        /// Rule: a relative day followed by its weekday (أمس (الثلثاء), غدا الاثنين) is that weekday when the two disagree,
        /// the such day from six days before the relative day to one day after it, as <see cref="RelativeDayRightBefore"/>
        /// reads the weekday itself: the publication date is then a crawl date or a paper's next-day date, and the weekday
        /// the text writes names the day it means.
        /// </summary>
        /// <summary>The day <paramref name="offset"/> days from the reference, named again by a weekday written after token
        /// <paramref name="last"/> (not for today: اليوم before another weekday is read by its own rule); null without a
        /// reference.</summary>
        private string? RelativeDayValue(int offset, int last) =>
            reference is { } r ? Iso(NamedWeekdayNear(r.AddDays(offset), offset == 0 ? null : (int?)WeekdayAfter(last)?.Day)) : null;

        private static DateOnly NamedWeekdayNear(DateOnly day, int? weekday) =>
            weekday is not { } named ? day : day.AddDays((named - (int)day.DayOfWeek + 7) % 7 is var forward && forward <= 1 ? forward : forward - 7);

        /// <summary>أمس, البارحة, امبارح, غدا, الغد, بكرة; بعد/قبل before them (بعد الغد, قبل أمس, القبل البارحة); أمس الأول.</summary>
        private (int Offset, int Last)? RelativeDayWords(int i)
        {
            var step = view.Bare(i) is "بعد" ? 1 : view.Bare(i) is "قبل" or "القبل" ? -1 : 0;
            var k = step == 0 ? i : i + 1;
            var offset = view.Bare(k) switch
            {
                "امس" or "الامس" or "البارحه" or "امبارح" => -1,
                "بكره" or "بكرا" or "غدا" or "الغد" => 1,
                "غد" when step != 0 || WeekdayAfter(k) is not null => 1, // غد الأحد, غد (الأربعاء): tomorrow, that weekday
                _ => 0,
            };
            if (offset == 0 || (step != 0 && step != offset))
            {
                return null;
            }

            // Rule: بكرة before the name of a ball game (بكرة القدم, بكرة السلة) is "with the ball", and عن بكرة أبيهم is
            // "all of them", not the colloquial tomorrow. Read on held-out10; over 2015-07-21/22 and 08-03/04, 13 of the 32
            // بكرة read as tomorrow were بكرة القدم and 4 عن بكرة أبيهم.
            if (view.Bare(k) is "بكره" && (view.Norm(k + 1) is "القدم" or "السله" or "اليد" or "الطائره" or "الماء"
                || (view.Norm(k - 1) is "عن" && view.Norm(k + 1).StartsWith("ابي", StringComparison.Ordinal))))
            {
                return null;
            }

            // Rule: أمسّ with a shadda, and أمس before الحاجة, is the elative "most in need" (في أمسّ الحاجة), not yesterday.
            if (offset == -1 && k < view.Count && (view.Surface(k, k).Contains('\u0651', StringComparison.Ordinal) || view.Norm(k + 1) is "الحاجه" or "حاجه")) // ّ shadda
            {
                return null;
            }

            // Rule: أمس الأول and البارحة الأولى (Gulf and Levantine usage) are the day before yesterday, as أول من أمس is (the
            // second read on held-out10).
            if (step == 0 && offset == -1 && view.Norm(k + 1) is "الاول" or "الاولي")
            {
                return (-2, k + 1);
            }

            return (offset + step, k);
        }

        /// <summary>
        /// الأسبوع/الشهر/العام/السنة + الماضي/المقبل/الجاري/الحالي/السابق/الفائت; هذا الأسبوع, هذه السنة; التالي
        /// ("the following") only leaning to the future: in a news story the following week is counted from the
        /// event told, not from the publication.
        /// </summary>
        private (DateMention, int)? RelativePeriod(int i)
        {
            var first = i;
            var @this = view.Bare(i) is "هذا" or "هذه";
            if (@this)
            {
                i++;
            }

            var unit = view.Bare(i);
            if (unit is not ("الاسبوع" or "الشهر" or "العام" or "السنه"))
            {
                return null;
            }

            var step = @this ? 0 : view.Norm(i + 1) is "التالي" or "التاليه" && Future ? 1 : Modifier(i + 1) ?? int.MinValue;
            if (step == int.MinValue)
            {
                return null;
            }

            var last = @this ? i : i + 1;
            string? value = null;
            var granularity = unit switch { "الاسبوع" => DateGranularity.Week, "الشهر" => DateGranularity.Month, _ => DateGranularity.Year };
            if (reference is { } r)
            {
                value = granularity switch
                {
                    DateGranularity.Week => Iso(Monday(r).AddDays(7 * step)),
                    DateGranularity.Month => IsoMonth(r.AddMonths(step)),
                    _ => (r.Year + step).ToString(CultureInfo.InvariantCulture),
                };
            }

            return (Mention(first, last, value, granularity) with { Relative = true }, last);
        }

        /// <summary>
        /// The day <paramref name="dd"/>/<paramref name="mm"/> written after a weekday: the Gregorian or Hijri reading
        /// (Saudi news writes both as dd/mm) that falls on that weekday nearest the reference, with its Hijri date when
        /// it is the Hijri one; else the Gregorian day in the year nearest. (Apart from <see cref="Weekday"/>, which is
        /// tried at every token, so that its lambdas allocate only here.)
        /// </summary>
        private (string? Numeric, string? Hijri) DayMonthOnWeekday(DateOnly r0, int dd, int mm, int day)
        {
            var candidates = Enumerable.Range(r0.Year - 1, 3).Select(y => (Date: Make(y, mm, dd), Hijri: (string?)null))
                .Concat(HijriOccurrences(r0, mm, dd)
                    .Select(h => (Date: (DateOnly?)h.Date, Hijri: (string?)string.Create(CultureInfo.InvariantCulture, $"{h.HijriYear:D4}-{mm:D2}-{dd:D2}"))))
                .Where(x => x.Date is { } d && (int)d.DayOfWeek == day)
                .Select(x => (Date: x.Date!.Value, x.Hijri))
                .OrderBy(x => Future && x.Date < r0 ? 1 : 0).ThenBy(x => Math.Abs(x.Date.DayNumber - r0.DayNumber))
                .ToList();
            if (candidates.Count > 0)
            {
                return (Iso(candidates[0].Date), candidates[0].Hijri);
            }

            return (Make(YearOf(mm, r0), mm, dd) is { } guess ? Iso(guess) : null, null);
        }

        /// <summary>
        /// الخميس, يوم الخميس: the last such day on or before the reference (leaning to the future, the next one);
        /// with المقبل/القادم the next one, with الماضي/السابق/الفائت the last one before the reference. Before a
        /// full date, that date; before an ordinal day (السبت السادس عشر), the nearest such day of a month that falls
        /// on that weekday; before a day and a month in digits (السبت 21/09, الأربعاء 28/9), the nearest Gregorian or
        /// Hijri reading that falls on it.
        /// </summary>
        private (DateMention, int)? Weekday(int i)
        {
            var first = i;

            // Rule: a weekday after أيام or كل is a recurring day, not a date (البيع ممنوع أيام الأحد, كل يوم جمعة).
            if (view.Bare(i - 1) is "ايام" or "كل")
            {
                return null;
            }

            if (view.Bare(i) is "هذا" or "هذه" && WeekdayAt(i + 1, bare: false) is not null)
            {
                i++;
            }

            if (view.Bare(i) is "يوم" && WeekdayAt(i + 1, bare: false) is not null)
            {
                i++;
            }

            if (WeekdayAt(i, bare: false) is not { } weekday)
            {
                return null;
            }

            var day = (int)weekday.Day;
            i = weekday.Last;

            // Rule: a weekday name before an ordinal joined by و is a compound number, not a day: الاثنين is also
            // "the two" (دور الاثنين والثلاثين: the round of thirty-two).
            if (view.Norm(i + 1).StartsWith('\u0648') && Month(i + 1, Lexicon.Default.OrdinalDays) is not null) // و waw
            {
                return null;
            }

            // Rule: a weekday before a full date names that date (الخميس 9 ديسمبر, يوم الجمعة، 15 شباط, a page's header الأحد:
            // 12/01/2025, الأحد - 14 ديسمبر 2025; a dash glued to the weekday, الاثنين-6-نوفمبر-2023, is a date of its own).
            var dateAt = FullDateAt(i);
            if (FullDateFrom(dateAt) is { } dated)
            {
                var dateEnd = ClosingParenthesis(dateAt, dated.Item2);
                return (dated.Item1 with { Start = view.Tokens[first].Start, End = view.Tokens[dateEnd].End, Text = view.Surface(first, dateEnd) }, dateEnd);
            }

            // Rule: a weekday before a day and month in digits (السبت 21/09): the year in which that day is that weekday.
            if (view.Is(dateAt, TokenKind.Number) && view.IsPunctuation(dateAt + 1, '/') && view.Is(dateAt + 2, TokenKind.Number) && Adjacent(dateAt, dateAt + 2)
                && !view.IsPunctuation(dateAt + 3, '/') && Int(view.Norm(dateAt)) is >= 1 and <= 31 and var dd && Int(view.Norm(dateAt + 2)) is >= 1 and <= 12 and var mm)
            {
                var (numeric, hijri) = reference is { } r0 ? DayMonthOnWeekday(r0, dd, mm, day) : (null, null);
                return (Mention(first, dateAt + 2, numeric, DateGranularity.Day) with { Relative = true, Hijri = hijri }, dateAt + 2);
            }

            // Rule: a weekday before an ordinal day without a month (السبت السادس عشر, الثلاثاء التاسع عشر من هذا الشهر).
            if (Month(i + 1, Lexicon.Default.OrdinalDays) is { Month: >= 6 } ordinal)
            {
                var last = ordinal.Last;
                var thisMonth = view.Norm(last + 1) == "من" && view.Bare(last + 2) is "هذا" && view.Norm(last + 3) is "الشهر";
                var currentMonth = view.Norm(last + 1) == "من" && view.Norm(last + 2) is "الشهر" && view.Norm(last + 3) is "الجاري" or "الحالي";
                if (thisMonth || currentMonth)
                {
                    last += 3;
                }

                string? ordinalValue = null;
                if (reference is { } r1)
                {
                    ordinalValue = thisMonth || currentMonth
                        ? Make(r1.Year, r1.Month, ordinal.Month) is { } inMonth ? Iso(inMonth) : null
                        : MonthWithWeekday(r1, ordinal.Month, day);
                }

                return (Mention(first, last, ordinalValue, DateGranularity.Day) with { Relative = true }, last);
            }

            var end = i;
            var next = Modifier(i + 1) == 1;
            var previous = Modifier(i + 1) == -1;
            if (next || previous)
            {
                end++;
            }

            string? value = null;
            if (reference is not null && !next && !previous && CoordinatedWith(first) is { } before)
            {
                // Rule: a weekday joined by و to the weekday before it (السبت والأحد, الأحد والاثنين) is the next such day after
                // that one, whichever way that one was read.
                value = Iso(before.AddDays(((day - (int)before.DayOfWeek + 6) % 7) + 1));
            }
            else if (reference is { } r)
            {
                var back = ((int)r.DayOfWeek - day + 7) % 7;
                var ahead = ((day - (int)r.DayOfWeek + 6) % 7) + 1;
                var date = !next && !previous && RelativeDayRightBefore(first) is { } named
                    ? NamedWeekdayNear(named, day)
                    : !next && !previous && !Future && FutureVerbBefore(first)
                    ? r.AddDays((day - (int)r.DayOfWeek + 7) % 7) // a future verb and the same weekday: today
                    : next || (Future && !previous) ? r.AddDays(ahead) : r.AddDays(-(previous && back == 0 ? 7 : back));
                value = Iso(date);
            }

            return (Mention(first, end, value, DateGranularity.Day) with { Relative = true }, end);
        }

        /// <summary>The day of the weekday right before a weekday that opens with و (السبت in السبت والأحد), when it was read as one.</summary>
        private DateOnly? CoordinatedWith(int first)
        {
            if (!view.Norm(first).StartsWith('\u0648') || first == 0 || WeekdayAt(first - 1, bare: false) is null) // و waw
            {
                return null;
            }

            return Weekday(first - 1) is { } read && read.Item2 == first - 1 && read.Item1.Granularity == DateGranularity.Day && read.Item1.Value is { Length: 10 } iso
                ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
        }

        /// <summary>The nearest day numbered <paramref name="dayOfMonth"/> that falls on the weekday (leaning to the future, the next).</summary>
        private string? MonthWithWeekday(DateOnly r, int dayOfMonth, int weekday)
        {
            var candidates = Enumerable.Range(-12, 25)
                .Select(k => r.AddMonths(k))
                .Select(m => Make(m.Year, m.Month, dayOfMonth))
                .OfType<DateOnly>()
                .Where(d => (int)d.DayOfWeek == weekday);
            var chosen = Future
                ? candidates.Where(d => d >= r).OrderBy(d => d.DayNumber).FirstOrDefault()
                : candidates.OrderBy(d => Math.Abs(d.DayNumber - r.DayNumber)).ThenBy(d => d.DayNumber).FirstOrDefault();
            return chosen == default ? null : Iso(chosen);
        }

        /// <summary>
        /// A weekday of a named week (Monday to Sunday): أحد الأسبوع الماضي, اثنين الأسبوع الحالي, الاثنين من هذا
        /// الأسبوع, ثلاثاء الأسبوع الفائت.
        /// </summary>
        private (DateMention, int)? WeekdayOfWeek(int i)
        {
            if (WeekdayAt(i, bare: true) is not { } weekday)
            {
                return null;
            }

            var k = weekday.Last + 1;
            if (view.Norm(k) == "من")
            {
                k++;
            }

            if (RelativePeriod(k) is not { } week || week.Item1.Granularity != DateGranularity.Week)
            {
                return null;
            }

            return (Mention(i, week.Item2, WeekdayOf(week.Item1, weekday.Day), DateGranularity.Day) with { Relative = true }, week.Item2);
        }

        /// <summary>
        /// Rule: a quarter or a half of a year (الربع الثالث من عام 2016, النصف الأول من 2015, الربع الأخير من العام
        /// الجاري): its first month, spanning its days. The year must be named, in digits or as a relative year; a half of
        /// a named month is that month.
        /// </summary>
        private (DateMention, int)? PartOfYear(int i)
        {
            var parts = view.Bare(i) switch { "الربع" => 4, "النصف" => 2, _ => 0 };
            if (parts == 0)
            {
                return null;
            }

            var ordinal = view.Norm(i + 1) switch
            {
                "الاول" => 1,
                "الثاني" => 2,
                "الثالث" when parts == 4 => 3,
                "الرابع" when parts == 4 => 4,
                "الاخير" => parts,
                _ => 0,
            };
            var k = i + 2;
            if (ordinal == 0 || view.Norm(k) != "من")
            {
                return null;
            }

            k++;
            if (parts == 2 && ordinal is 1 or 2 && DayMonthYear(k) is { } named && named.Item1.Granularity == DateGranularity.Month)
            {
                // Rule: a half of a month (النصف الأول من شهر جويلية الجاري) is that month, at its granularity, as the
                // vague parts of a month are (منتصف يوليو).
                return (named.Item1 with { Start = view.Tokens[i].Start, Text = view.Surface(i, named.Item2), Part = ordinal == 1 ? "first half" : "second half" }, named.Item2);
            }

            var months = 12 / parts;
            return MonthsSpan(i, k, (ordinal - 1) * months, months);
        }

        /// <summary>
        /// Rule: the first or last months of a year counted out (الأشهر الستة الأولى من العام الجاري, الستة أشهر الأولى من 2020,
        /// الأشهر الثلاثة الأخيرة من العام الماضي; read on web-ao, where العام الجاري alone had been read): their first month,
        /// spanning their days, as a half or a quarter is (<see cref="PartOfYear"/>).
        /// </summary>
        private (DateMention, int)? MonthsOfYear(int i)
        {
            // الأشهر الستة الأولى or الستة أشهر الأولى.
            var (count, k) = view.Bare(i) is "الاشهر" or "الشهور" && MonthCount(view.Bare(i + 1)) is { } c1 ? (c1, i + 2)
                : MonthCount(view.Bare(i)) is { } c2 && view.Bare(i + 1) is "اشهر" or "شهور" ? (c2, i + 2)
                : (0, 0);
            if (count == 0 || view.Norm(k + 1) != "من")
            {
                return null;
            }

            var first = view.Norm(k) switch { "الاولي" => true, "الاخيره" => false, _ => (bool?)null };
            return first is { } fromStart ? MonthsSpan(i, k + 2, fromStart ? 0 : 12 - count, count) : null;
        }

        /// <summary>
        /// A count of months from three to ten written with the article and the feminine ة that a count of masculine nouns takes
        /// (الثلاثة, الستة, التسعة), read with the number words.
        /// </summary>
        private static int? MonthCount(string bare) =>
            bare.StartsWith("ال", StringComparison.Ordinal) && bare.EndsWith('ه') && Lexicon.Default.NumberWords.TryGetValue(bare[2..], out var number)
            && number is { Kind: "unit", Value: >= 3 and <= 10 } ? (int)number.Value : null;

        /// <summary>
        /// The months of the year named at token k (in digits, after عام, or a relative year: العام الجاري), from the month
        /// <paramref name="skip"/> months after January for <paramref name="months"/> months: their first month, spanning
        /// their days; the mention runs from token i. Null when no year is named at k.
        /// </summary>
        private (DateMention, int)? MonthsSpan(int i, int k, int skip, int months)
        {
            int? year = null;
            var last = k;
            var relative = false;
            if (YearAt(k) is { } digits)
            {
                year = digits;
            }
            else if (IsYearWord(view.Bare(k)) && YearAt(k + 1) is { } cued)
            {
                (year, last) = (cued, k + 1);
            }
            else if (RelativePeriod(k) is { } period && period.Item1.Granularity == DateGranularity.Year)
            {
                (year, last, relative) = (period.Item1.Value is { } value ? Int(value) : null, period.Item2, true);
            }
            else
            {
                return null;
            }

            string? from = null, until = null, month = null;
            if (year is { } y)
            {
                var start = new DateOnly(y, 1, 1).AddMonths(skip);
                (from, until, month) = (Iso(start), Iso(start.AddMonths(months)), IsoMonth(start));
            }

            return (Mention(i, last, month, DateGranularity.Month) with { Relative = relative, From = from, Until = until }, last);
        }

        /// <summary>
        /// Rule: the last, this or the next decade (العقد الماضي, العقد الحالي, العقد المقبل): the calendar decade before,
        /// holding or after the publication year (2010–2019 for العقد الماضي in 2021), as Duckling reads "last decade";
        /// unresolved without a publication date.
        /// </summary>
        private (DateMention, int)? Decade(int i)
        {
            if (view.Bare(i) != "العقد" || Modifier(i + 1) is not { } step)
            {
                return null;
            }

            string? value = null, from = null, until = null;
            if (reference is { } r)
            {
                var start = (r.Year / 10 * 10) + (10 * step);
                (value, from, until) = (start.ToString(CultureInfo.InvariantCulture), Iso(new DateOnly(start, 1, 1)), Iso(new DateOnly(start + 10, 1, 1)));
            }

            return (Mention(i, i + 1, value, DateGranularity.Year) with { Relative = true, From = from, Until = until }, i + 1);
        }

        /// <summary>
        /// Rule: a named week, then a weekday of it (الأسبوع المقبل يوم الجمعة, الأسبوع الماضي، الأحد): that weekday of
        /// that week (Monday to Sunday), read as one date; a comma or في may stand between them.
        /// </summary>
        private (DateMention, int)? WeekThenWeekday(int i)
        {
            if (RelativePeriod(i) is not { } week || week.Item1.Granularity != DateGranularity.Week)
            {
                return null;
            }

            var k = week.Item2 + 1;
            if (view.IsPunctuation(k, '،') || view.IsPunctuation(k, ',') || view.Norm(k) == "في")
            {
                k++;
            }

            if (view.Bare(k) is "يوم")
            {
                k++;
            }

            if (WeekdayAt(k, bare: false) is not { } weekday)
            {
                return null;
            }

            return (Mention(i, weekday.Last, WeekdayOf(week.Item1, weekday.Day), DateGranularity.Day) with { Relative = true }, weekday.Last);
        }

        /// <summary>The day of a week mention (its value is its Monday) that falls on <paramref name="day"/>; null when the week is unresolved.</summary>
        private static string? WeekdayOf(DateMention week, DayOfWeek day) =>
            week.Value is { } monday ? Iso(DateOnly.ParseExact(monday, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(((int)day + 6) % 7)) : null;

        /// <summary>A weekday at token i: with the article (الخميس), or, when <paramref name="bare"/>, also without it (خميس).</summary>
        private (DayOfWeek Day, int Last)? WeekdayAt(int i, bool bare)
        {
            // Every name begins with ال, so a form is at most one name or one name without its article.
            foreach (var form in (ReadOnlySpan<string>)[view.Norm(i), view.Bare(i)])
            {
                if (WeekdayByName.TryGetValue(form, out var day) || (bare && WeekdayByBareName.TryGetValue(form, out day)))
                {
                    return (day, i);
                }
            }

            return null;
        }

        private (int Month, int Last, int Words)? GregorianMonth(int i) => Month(i, Lexicon.Default.GregorianMonths);

        /// <summary>
        /// Rule: a verb in the future tense shortly before a bare weekday (سيعقد الخميس, وستبدأ الجولة يوم الأحد, سوف
        /// يصل الاثنين) names the next such day, not the last. A future verb is سوف, or سـ glued to an imperfect verb: س
        /// then one of the prefixes ي ت ن and at least three more letters; the nouns of that shape that can stand
        /// before a day (سنوات, سيارات, سياسة ...) are not verbs and leave the news reading as it is. The first person
        /// (سأزور) is left out: سا begins too many names and nouns (سارية, سانتا). Names that begin like a verb
        /// (ستافان) still mislead it; a sample of SaudiNewsNet is counted in docs/figures.md. With the same weekday as
        /// the publication date, a future verb means that very day (وسيقود الرئيس الخميس, published on a Thursday).
        /// </summary>
        private bool FutureVerbBefore(int first)
        {
            // يوم or يومي before the day (ستسجل درجات الحرارة يومي الأحد والاثنين; يومي، السبت والأحد) is the day's own word.
            if (view.IsPunctuation(first - 1, '\u060C') && view.Bare(first - 2) is "يوم" or "يومي")
            {
                first -= 2;
            }
            else if (view.Bare(first - 1) is "يوم" or "يومي")
            {
                first--;
            }

            // The verb may stand a few words back, its subject between (وستبدأ الجولة يوم الأحد), but not across
            // punctuation.
            for (var k = first - 1; k >= first - MaxWordsBackToVerb && k >= 0 && !view.Is(k, TokenKind.Punctuation); k--)
            {
                var word = view.Bare(k);
                if (RelativeDay(k) is not null)
                {
                    // A relative day between (أمس ... الثلاثاء) says which one, not the verb.
                    return false;
                }

                if (word == "سوف" || IsForecastWord(word) || (view.Is(k, TokenKind.ArabicWord) && word.Length >= 5 && word[0] == '\u0633' // س seen
                    && word[1] is '\u064A' or '\u062A' or '\u0646' // ي yeh, ت teh, ن noon
                    && !FutureLookalikes.Any(prefix => word.StartsWith(prefix, StringComparison.Ordinal))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A verb, its subject of one or two words, then the day: three words back at most.</summary>
        private const int MaxWordsBackToVerb = 3;

        /// <summary>
        /// Rule: a word of expecting or scheduling before a bare weekday, within the verb's reach (وتوقع سقوط الأمطار يومي
        /// الأربعاء والخميس, والمقرر إقامتها السبت) speaks of days to come, as a future verb does: the next such day. Read on
        /// web-u's weather forecast; من المرجح (likely) on held-out9.
        /// </summary>
        private static bool IsForecastWord(string bare) => ForecastWords.Contains(bare);

        private static readonly HashSet<string> ForecastWords = new(
            ["توقع", "توقعت", "يتوقع", "تتوقع", "نتوقع", "يتوقعون", "متوقع", "المتوقع", "يرتقب", "ترتقب", "مرتقب", "المرتقب", "المرتقبه",
             "المقرر", "مقرر", "يعتزم", "تعتزم", "المرجح", "مرجح", "يرجح"],
            StringComparer.Ordinal);

        /// <summary>
        /// Rule: a weekday right after a relative day names the same day (غدا الاثنين, أمس الثلاثاء, بعد غد الأحد): the
        /// day the relative day resolves to, or when the two disagree, the such weekday from six days before that day
        /// to one day after it. They disagree when the publication date is a crawl date: a day early across a time
        /// zone (أمس الثلاثاء crawled on the Tuesday), or some days late; the weekday written in the text then still
        /// names the day it means.
        /// </summary>
        private DateOnly? RelativeDayRightBefore(int first)
        {
            for (var k = first - 1; k >= first - 3 && k >= 0; k--)
            {
                if (RelativeDay(k) is { } relative && (relative.Item2 == first - 1 || (relative.Item2 == first - 2 && view.IsPunctuation(first - 1, '(')))
                    && relative.Item1.Value is { } value)
                {
                    return DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
            }

            return null;
        }

        /// <summary>
        /// Beginnings of words of five letters or more that look like a future verb (س + ي/ت/ن) and are not one, in the
        /// matching form: nouns (سنوات, سيارة, سياسة, سيطرة and the verb سيطر itself) and names that news writes before
        /// a weekday (ستاندرد اند بورز الاثنين, في سنغافورة الاثنين). Each is long enough not to begin a real future verb
        /// (سيطرة but not سيطرح, سنوات but not سنواصل).
        /// </summary>
        private static readonly string[] FutureLookalikes =
        [
            "سنوات", "سيار", "سياس", "سيطره", "سيطرت", "سيدات", "ستينات", "سنوي", "سياح", "سنتات", "سينار", "ستاند",
            "سنغافور", "سيناتور", "سينما", "ستوديو", "سيرغي", "سيرجي", "سيدني", "ستيف", "سينتاكتون",
        ];

        /// <summary>The first phrase of <paramref name="months"/> beginning at token i: its number, last token and length.</summary>
        private (int Month, int Last, int Words)? Month(int i, PhraseList months) => months.Match(view, i);

        /// <summary>The earliest year four digits alone may be (a number from 1600 to 1899 is mostly a count).</summary>
        private const int EarliestYear = 1900;

        /// <summary>The earliest year four digits after عام or سنة may be (rule year-of-history-after-aam; below it, a
        /// Hijri year without هـ).</summary>
        private const int EarliestNamedYear = 1600;

        /// <summary>A plausible year at token i: four digits, <paramref name="earliest"/> (1900 unless a word says it is a
        /// year) to 2100 (Gregorian), or 1300..1600 (Hijri).</summary>
        private int? YearAt(int i, bool hijri = false, int earliest = EarliestYear)
        {
            if (!view.Is(i, TokenKind.Number) || view.Norm(i).Length != 4)
            {
                return null;
            }

            var year = Int(view.Norm(i));
            return hijri ? year is >= 1300 and <= 1600 ? year : null : year >= earliest && year <= 2100 ? year : null;
        }

        /// <summary>
        /// The word after a date that makes it the last (-1), the next (+1) or the current (0) one: الماضي, المنصرم,
        /// السابق, الفائت; المقبل, القادم, الجاي; الجاري, الحالي (each also feminine); null for any other word.
        /// </summary>
        private int? Modifier(int i) => view.Norm(i) switch
        {
            "الماضي" or "الماضيه" or "الماض" or "المنصرم" or "المنصرمه" or "السابق" or "السابقه" or "الفائت" or "الفائته" => -1,
            "المقبل" or "المقبله" or "القادم" or "القادمه" or "الجاي" or "الجايه" => 1,
            "الجاري" or "الجاريه" or "الحالي" or "الحاليه" => 0,
            _ => null,
        };

        /// <summary>The year of a month named without one: the nearest (news), or the current or next (leaning to the future).</summary>
        private int YearOf(int month, DateOnly r) => Future ? (month >= r.Month ? r.Year : r.Year + 1) : Nearest(r, month);

        /// <summary>
        /// Rule: a month after منذ (since), or after من when حتى/إلى اليوم or الآن follows it (من يوليو حتى اليوم: from July until
        /// today), has already begun: the last such month up to the publication's, not the nearest (July read in a February
        /// paper is last July, not the coming one).
        /// </summary>
        private bool HasBegun(int first, int last)
        {
            var before = view.Bare(first - 1) == "شهر" ? first - 2 : first - 1;
            return view.Bare(before) == "منذ"
                || (view.Bare(before) == "من" && view.Bare(last + 1) is "حتي" or "الي" or "لغايه" && view.Bare(last + 2) is "اليوم" or "الان");
        }

        /// <summary>Whether token i is a quotation mark (« » " “ ” ').</summary>
        private bool IsQuote(int i) => view.Is(i, TokenKind.Punctuation) && view.Text[view.Tokens[i].Start] is '\u00AB' or '\u00BB' or '"' or '\u201C' or '\u201D' or '\'';

        private bool Adjacent(int from, int to)
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

        private DateMention Mention(int first, int last, string? value, DateGranularity granularity) =>
            new(value, granularity, view.Tokens[first].Start, view.Tokens[last].End, view.Surface(first, last));
    }
}
