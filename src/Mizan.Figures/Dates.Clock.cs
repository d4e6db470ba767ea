using System.Globalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

/// <summary>
/// Clock times. Rules, each tested by name in Golden/dates.spec: an hour after الساعة in digits (الساعة 3), in words
/// (الساعة ثلاثة) or as a feminine ordinal (الساعة الثالثة, الحادية عشرة); H:MM and H:MM:SS anywhere; minutes after
/// و (و18 دقيقة, وخمس وأربعون دقيقة, وربع, وثلث, ونصف) or taken away after إلا (إلا ربعا, إلا ثلث); a part of the
/// day after it (Data/dayparts.txt: صباحا, الصبح, فجرا keep the hour; ظهرا, عصرا, بعد الظهر, مساء, بعد المغرب, العشاء
/// move 3 to 15); an ordinal or digits without الساعة are a time only before a part of the day (الثالثة فجرا, 3
/// صباحا); a zone after بتوقيت (Data/time-zones.txt) is kept as a field and never shifts the time or the date; a day
/// before it (الخميس الساعة 8) or after it (الساعة 3 من فجر اليوم, الثامنة مساء الخميس) is its day, else the
/// reference day. Spans: من الساعة 3 الى الساعة 4 عصرا (until the end of the last hour named), حتى الساعة 2 (from
/// now, when the reading knows the time), الليلة (18:00 to midnight). A 12-hour time without a part of the day is
/// kept as written, or, when the reading knows the time, the next (future) or last (past) such time.
/// </summary>
public static partial class Dates
{
    /// <summary>A clock time as read: minutes of the day as written (before a part of the day moves it).</summary>
    private readonly record struct ClockTime(int Last, int Minutes, int Second, DateGranularity Grain, bool Strong, bool TwelveHour);

    private sealed partial class Reader
    {
        /// <summary>A day mention followed by a clock time or a span of hours: one mention on that day.</summary>
        private (DateMention Mention, int Last) WithClock((DateMention Mention, int Last) found)
        {
            var day = found.Mention;
            if (day.Granularity != DateGranularity.Day || day.Until is not null)
            {
                return found;
            }

            var j = found.Last + 1;
            if (IsComma(j) || view.Norm(j) is "علي")
            {
                j++;
            }

            if ((ClockRange(j, day) ?? Clock(j, day)) is not { } clock)
            {
                return found;
            }

            return (clock.Item1 with { Start = day.Start, Text = view.Text[day.Start..clock.Item1.End], Hijri = day.Hijri }, clock.Item2);
        }

        /// <summary>A clock time at token i, on <paramref name="day"/> when a day came before it.</summary>
        private (DateMention, int)? Clock(int i, DateMention? day)
        {
            if (ClockCore(i) is not { } time)
            {
                return null;
            }

            var tail = Tail(time.Last + 1, time.Strong);
            if (tail.Kind is null && tail.Zone is null && view.Norm(time.Last + 1) == "و" && ClockCore(time.Last + 2) is { } other && Tail(other.Last + 1, strong: false).Kind is { } shared)
            {
                // Rule: two hours with one part of the day (الساعة 11 و12 ليلا): the part is the first one's too.
                tail = tail with { Kind = shared };
            }

            if (!time.Strong && tail.Kind is null)
            {
                return null;
            }

            var on = tail.Day ?? day;
            var (value, relative) = Resolve(time, tail.Kind, on);
            var mention = Mention(i, tail.Last, value, time.Grain) with { Relative = relative, Zone = tail.Zone };
            if (on is null)
            {
                floating.Add(mention.Start);
            }

            return (mention, tail.Last);
        }

        /// <summary>من الساعة 3 الى الساعة 4 بعد العصر, من التاسعة وحتى الحادية عشرة صباحا: the span of hours.</summary>
        private (DateMention, int)? ClockRange(int i, DateMention? day)
        {
            var k = view.Norm(i) is "من" or "ومن" ? i + 1 : i;
            if (ClockCore(k) is not { } start)
            {
                return null;
            }

            var t = start.Last + 1;
            string? ownKind = null;
            if (Daypart(t, of: false) is { } own)
            {
                ownKind = own.Kind;
                t = own.Last + 1;
            }

            if (RangeLink(t, between: false) is not { } link || ClockCore(link) is not { } end)
            {
                return null;
            }

            var tail = Tail(end.Last + 1, end.Strong);
            if (!(start.Strong || end.Strong || tail.Kind is not null) || (k == i && !start.Strong))
            {
                return null;
            }

            var on = tail.Day ?? day;
            var (from, relative) = Resolve(start, ownKind ?? tail.Kind, on, resolveAmbiguity: false);
            var (to, _) = Resolve(end, tail.Kind, on, resolveAmbiguity: false);
            var grain = start.Grain == DateGranularity.Hour && end.Grain == DateGranularity.Hour ? DateGranularity.Hour : DateGranularity.Minute;
            string? until = null;
            if (from is not null && to is not null)
            {
                var a = Moment(from);
                var b = Moment(to);
                if (b <= a && end.TwelveHour && tail.Kind is null)
                {
                    b = b.AddHours(12);
                }

                // A span that ends after midnight ends the next day: من الحادية عشرة مساء حتى الثانية فجرا.
                if (b <= a)
                {
                    b = b.AddDays(1);
                }

                from = IsoTime(a, grain);
                until = IsoTime(end.Grain == DateGranularity.Hour ? b.AddHours(1) : b.AddMinutes(1), grain);
            }

            var range = Mention(i, tail.Last, from, grain) with { Relative = relative, From = from, Until = until, Zone = tail.Zone };
            if (on is null)
            {
                floating.Add(range.Start);
            }

            return (range, tail.Last);
        }

        /// <summary>
        /// Rule: a clock time that names no day (الساعة التاسعة مساء) takes the day of a day mention earlier in the
        /// same sentence (تحركت أمس من جدة حوالي الساعة التاسعة مساء), else stays on the reference day.
        /// </summary>
        public DateMention OnEarlierDay(DateMention clock, DateMention? earlier)
        {
            if (!floating.Contains(clock.Start) || !IsClock(clock.Granularity) || earlier is not { Granularity: DateGranularity.Day, Until: null, Value: { Length: 10 } day }
                || view.Text.AsSpan(earlier.End, clock.Start - earlier.End).IndexOfAny(".!?\u061F\n") >= 0) // ؟ arabic question mark
            {
                return clock;
            }

            string? Move(string? iso) => iso is { Length: > 10 } ? day + iso[10..] : iso;
            return clock with { Value = Move(clock.Value), From = Move(clock.From), Until = clock.Until is { } until && clock.From is { } from ? Shift(from, until, day) : null, Relative = earlier.Relative };
        }

        /// <summary>A mention of the same day (اليوم نفسه) on the day told before it, when one was; else as read.</summary>
        public DateMention OnSameDay(DateMention mention, DateMention? earlier) =>
            sameDay.Contains(mention.Start) && earlier is { Granularity: DateGranularity.Day, Until: null, Value: { Length: 10 } day }
                ? mention with { Value = day, Relative = earlier.Relative }
                : mention;

        /// <summary>The end of a span moved by as many days as its start moved to <paramref name="day"/>.</summary>
        private static string Shift(string from, string until, string day)
        {
            var days = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - DateOnly.ParseExact(from[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;
            var end = DateOnly.ParseExact(until[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days);
            return end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + until[10..];
        }

        /// <summary>حتى الساعة 2:00: from now until then, when the reading knows the time of day.</summary>
        private (DateMention, int)? UntilClock(int i)
        {
            if (view.Bare(i) is not ("حتي" or "لغايه") || reading.Time is not { } now || reference is not { } r || ClockCore(i + 1) is not { Strong: true } time)
            {
                return null;
            }

            var tail = Tail(time.Last + 1, strong: true);
            var (to, _) = Resolve(time, tail.Kind, tail.Day);
            var from = IsoTime(r.ToDateTime(now), DateGranularity.Second);
            if (to is null || Moment(to) <= r.ToDateTime(now))
            {
                return null;
            }

            return (Mention(i, tail.Last, from, DateGranularity.Second) with { Relative = true, From = from, Until = to, Zone = tail.Zone }, tail.Last);
        }

        /// <summary>الآن, حالا, في هذه اللحظة: the reference moment, when the reading knows the time of day.</summary>
        private (DateMention, int)? Now(int i)
        {
            if (reading.Time is not { } now || reference is not { } r)
            {
                return null;
            }

            var last = view.Bare(i) is "الان" or "حالا" ? i
                : view.Norm(i) is "في" && view.Norm(i + 1) is "هذه" && view.Norm(i + 2) is "اللحظه" ? i + 2
                : view.Norm(i) is "هذه" && view.Norm(i + 1) is "اللحظه" ? i + 1
                : -1;
            return last < 0 ? null : (Mention(i, last, IsoTime(r.ToDateTime(now), DateGranularity.Second), DateGranularity.Second) with { Relative = true }, last);
        }

        /// <summary>
        /// هذه الليلة (and, leaning to the future, الليلة): the evening of the reference day, 18:00 to midnight;
        /// الليلة الماضية the one before. Not "that night" (تلك الليلة) nor a night counted in a story (الليلة الأولى,
        /// الليلة التي, الليلة الواحدة).
        /// </summary>
        private (DateMention, int)? Night(int i)
        {
            var first = i;
            if (view.Norm(i) == "هذه")
            {
                i++;
            }

            if (view.Bare(i) != "الليله" || (first == i && view.Norm(i - 1) is "تلك" or "ذات" or "نفس" or "طوال" or "طيله")
                || view.Norm(i + 1) is "التي" or "الواحده" or "الاولي" or "الثانيه" or "الثالثه" or "الاخيره" or "التاليه" or "السابقه" or "نفسها" or "ذاتها" or "الكبيره")
            {
                return null;
            }

            var offset = 0;
            var last = i;
            if (view.Norm(i + 1) is "الماضيه" or "المنصرمه")
            {
                offset = -1;
                last++;
            }
            else if (first == i && !Future)
            {
                // Rule: a bare الليلة is tonight only leaning to the future; in news it is as often "a night" (سعر
                // الليلة, قضى الليلة). هذه الليلة and الليلة الماضية are read either way.
                return null;
            }

            string? value = null;
            string? until = null;
            if (reference is { } r)
            {
                var evening = r.AddDays(offset).ToDateTime(new TimeOnly(18, 0));
                value = IsoTime(evening, DateGranularity.Hour);
                until = IsoTime(evening.AddHours(6), DateGranularity.Hour);
            }

            return (Mention(first, last, value, DateGranularity.Hour) with { Relative = true, Part = "night", From = value, Until = until }, last);
        }

        /// <summary>The value of a clock time on a day (the reference day when none is named), after the part of the day.</summary>
        private (string? Value, bool Relative) Resolve(ClockTime time, string? kind, DateMention? day, bool resolveAmbiguity = true)
        {
            var minutes = time.Minutes;
            var hour = minutes / 60 % 24;
            minutes += kind switch
            {
                "noon" when hour is >= 1 and <= 6 => 720,
                "afternoon" when hour < 12 => 720,
                "night" when hour is >= 6 and < 12 => 720,
                "night" when hour == 12 => -720,
                "clock-am" when hour == 12 => -720,
                "morning" when hour == 12 => -720, // 12:46 صباح اليوم: after midnight, as 12 AM is (read on held-out9)
                _ => 0,
            };

            DateOnly date;
            var relative = true;
            if (day is not null)
            {
                if (day.Value is not { Length: >= 10 } dayValue)
                {
                    return (null, true);
                }

                date = DateOnly.ParseExact(dayValue[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                relative = day.Relative;
            }
            else if (reference is { } r)
            {
                date = r;
            }
            else
            {
                return (null, true);
            }

            var moment = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes).AddSeconds(time.Second);

            // Rule: a 12-hour time without a part of the day, on the reference day, is the next (leaning to the
            // future) or the last (leaning to the past) such time when the reading knows the time of day.
            if (resolveAmbiguity && kind is null && day is null && time.TwelveHour && reading.Time is { } now)
            {
                var at = date.ToDateTime(now);
                var morning = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes % 720).AddSeconds(time.Second);
                DateTime[] candidates = [morning.AddHours(-12), morning, morning.AddHours(12), morning.AddHours(24)];
                moment = Future ? candidates.First(c => c > at) : candidates.Last(c => c <= at);
            }

            return (IsoTime(moment, time.Grain), relative);
        }

        private static DateTime Moment(string iso) =>
            DateTime.ParseExact(iso, iso.Length == 16 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

        /// <summary>True when token i is the sign given, as a symbol or as punctuation (+, -).</summary>
        private bool IsSign(int i, char sign) => (view.Is(i, TokenKind.Symbol) || view.Is(i, TokenKind.Punctuation)) && view.Text[view.Tokens[i].Start] == sign;

        /// <summary>True when token t is the Latin word given, in any case (PM, pm).</summary>
        private bool IsWord(int t, string word) => string.Equals(view.Norm(t), word, StringComparison.OrdinalIgnoreCase);

        /// <summary>What follows a clock time: a part of the day, a day it belongs to, a zone.</summary>
        private (string? Kind, DateMention? Day, string? Zone, int Last) Tail(int t, bool strong)
        {
            string? kind = null;
            DateMention? day = null;
            var last = t - 1;
            if (view.Norm(t) == "من" && Daypart(t + 1, of: true) is { } of && DayAt(of.Last + 1) is { } ofDay)
            {
                (kind, day, last) = (of.Kind, ofDay.Mention, ofDay.Last);
            }
            else if (IsSign(t, '-') && view.Is(t + 1, TokenKind.Number) && DayAt(t + 1) is { Mention.Relative: false } dashed)
            {
                // Rule: a time, a dash and a full date in digits (00:11 - 2026/03/16, a page's list of stories) is that date's.
                (day, last) = (dashed.Mention, dashed.Last);
            }
            else if (view.Norm(t) == "من" && Daypart(t + 1, of: true) is { } ofStory && view.Bare(ofStory.Last + 1) is "اليوم" or "يوم"
                && view.Norm(ofStory.Last + 2) is "التالي" or "السابق" or "نفسه" or "ذاته")
            {
                // Rule: من صباح اليوم التالي: the day is counted from the story told, not the reference: unresolved.
                kind = ofStory.Kind;
                last = ofStory.Last + 2;
                day = new DateMention(null, DateGranularity.Day, 0, 0, string.Empty, Relative: true);
            }
            else if (Daypart(t, of: false) is { } after)
            {
                (kind, last) = (after.Kind, after.Last);
                if (after.Form != "after" && DayAt(after.Last + 1) is { } afterDay)
                {
                    (day, last) = (afterDay.Mention, afterDay.Last);
                }
                else if (strong && view.Norm(after.Last + 1) == "من" && DayAt(after.Last + 2) is { } fromDay)
                {
                    // الساعة الرابعة عصرا من يوم الأحد الموافق 1436/9/25هـ.
                    (day, last) = (fromDay.Mention, fromDay.Last);
                }
            }
            else if (strong && Daypart(t, of: true) is { } ofOnly && DayAt(ofOnly.Last + 1) is { } plainDay)
            {
                (kind, day, last) = (ofOnly.Kind, plainDay.Mention, plainDay.Last);
            }
            else if (strong && view.Norm(t) == "من" && DayAt(t + 1) is { } fromDay)
            {
                // الساعة الرابعة عصرا من يوم الأحد الموافق 1436/9/25هـ.
                (day, last) = (fromDay.Mention, fromDay.Last);
            }

            // م and ص after a time (الساعة 8:20 م) are مساء and صباحا; alone they are too short to trust. PM and AM as
            // English writes them (أضيف 2020/06/02 - 8:14 PM) are the same, and need no الساعة before the time. As on a
            // twelve-hour clock, 12:00 ص (or AM) is midnight.
            if (kind is null && strong && view.Norm(t) is "م" or "ص")
            {
                (kind, last) = (view.Norm(t) == "م" ? "afternoon" : "clock-am", t);
            }
            else if (kind is null && view.Is(t, TokenKind.LatinWord) && (IsWord(t, "PM") || IsWord(t, "AM")))
            {
                (kind, last) = (IsWord(t, "PM") ? "afternoon" : "clock-am", t);
            }

            string? zone = null;
            if (view.Bare(last + 1) is "بتوقيت" or "توقيت" && Zone(last + 2) is { } named)
            {
                zone = named.Offset == 0 ? "UTC" : string.Create(CultureInfo.InvariantCulture, $"UTC{(named.Offset > 0 ? '+' : '-')}{Math.Abs(named.Offset):D2}:00");
                last = named.Last;
                if (day is null && DayAt(last + 1) is { } zonedDay && zonedDay.Mention.Relative)
                {
                    // الساعة 14:38 بتوقيت غرينتش أمس.
                    (day, last) = (zonedDay.Mention, zonedDay.Last);
                }
            }

            return (kind, day, zone, last);
        }

        /// <summary>A part of the day at k: as an adverb after a time, or (<paramref name="of"/>) as a noun before a day.</summary>
        private (string Kind, string Form, int Last)? Daypart(int k, bool of)
        {
            foreach (var (words, kind, form) in Lexicon.Default.Dayparts)
            {
                if ((of ? form != "after" : form != "of") && view.MatchWords(k, words) is >= 0 and var last)
                {
                    return (kind, form, last);
                }
            }

            return null;
        }

        private (int Offset, int Last)? Zone(int k)
        {
            foreach (var (words, offset) in Lexicon.Default.Zones)
            {
                if (view.MatchWords(k, words) is >= 0 and var last)
                {
                    return (offset, last);
                }
            }

            return null;
        }

        /// <summary>
        /// The minutes after an Arabic comma glued to the hour at k and to one or two digits (11،30; 19،7, read on held-out7 of
        /// the dates: the minutes written without their zero), or null.
        /// </summary>
        private int? CommaMinutes(int k) =>
            view.Is(k + 1, TokenKind.Punctuation) && view.Norm(k + 1) is "،" && view.Is(k + 2, TokenKind.Number)
            && view.Tokens[k].End == view.Tokens[k + 1].Start && view.Tokens[k + 1].End == view.Tokens[k + 2].Start
            && view.Norm(k + 2) is { Length: 1 or 2 } digits && Int(digits) is >= 0 and <= 59 and var m
                ? m
                : null;

        /// <summary>
        /// [عند|حوالي|بحدود|في تمام] [الساعة] hour [minutes]: the time as written. Strong when الساعة or a colon says
        /// it is a time; a weak one (an ordinal or digits alone) needs a part of the day after it.
        /// </summary>
        private ClockTime? ClockCore(int k)
        {
            if (view.Norm(k) is "في" && view.Norm(k + 1) is "تمام")
            {
                k += 2;
            }
            else if (view.Bare(k) is "عند" or "حوالي" or "بحدود" or "نحو" or "قرابه" or "تمام")
            {
                k++;
            }

            var saa = view.Bare(k) is "الساعه";
            if (saa)
            {
                k++;
            }

            // Rule: digits right after a plus sign, or after GMT/UTC and a minus sign (+02:00 EET, UTC-05:00), are a time zone's
            // offset, not a time of day.
            if (!saa && k > 0 && view.Is(k, TokenKind.Number) && view.Tokens[k - 1].End == view.Tokens[k].Start
                && (IsSign(k - 1, '+') || (IsSign(k - 1, '-') && view.Is(k - 2, TokenKind.LatinWord))))
            {
                return null;
            }

            int hour;
            var minute = 0;
            var second = 0;
            var grain = DateGranularity.Hour;
            var strong = saa;
            if (view.Is(k, TokenKind.Number))
            {
                // H.MM with a dot (11.30 صباحا) is a time after الساعة or before a part of the day; else a decimal.
                var norm = view.Norm(k);
                if (norm.Count(c => c == '.') == 1 && !norm.Contains(':', StringComparison.Ordinal) && (saa || Daypart(k + 1, of: false) is not null))
                {
                    norm = norm.Replace('.', ':');
                }

                var parts = norm.Split(':');
                if (parts.Length > 3 || Int(parts[0]) is not (>= 0 and <= 24 and var h) || parts.Skip(1).Any(p => p.Length != 2 || Int(p) is not (>= 0 and <= 59)))
                {
                    return null;
                }

                hour = h;
                if (parts.Length > 1)
                {
                    (minute, grain, strong) = (Int(parts[1]), DateGranularity.Minute, true);
                }
                else if (!saa && (hour is < 1 or > 12 || view.Norm(k - 1) is "ال"))
                {
                    // Digits alone are an hour only on a 12-hour clock, and not as an ordinal (الـ21 مساء أمس).
                    return null;
                }

                if (parts.Length > 2)
                {
                    (second, grain) = (Int(parts[2]), DateGranularity.Second);
                }

                if (parts.Length > 1)
                {
                    // الساعة 8:20 دقيقة مساء: the unit word after the minutes belongs to the time.
                    var end = view.Norm(k + 1) is "دقيقه" or "دقائق" ? k + 1 : k;
                    return new ClockTime(end, (hour * 60) + minute, second, grain, strong, hour is >= 1 and <= 12);
                }

                if (saa && CommaMinutes(k) is { } commaMinutes)
                {
                    // Rule: after الساعة, an Arabic comma glued between the hour and two digits is the clock's separator, as the
                    // decimal comma is written (في تمام الساعة 11،30 صباحا, read on web-ad).
                    return new ClockTime(k + 2, (hour * 60) + commaMinutes, 0, DateGranularity.Minute, true, hour is >= 1 and <= 12);
                }
            }
            else if (HourWord(k, saa) is { } word)
            {
                hour = word.Hour;
                k = word.Last;
            }
            else
            {
                return null;
            }

            var last = k;
            var minutes = hour * 60;
            if (Minutes(k + 1) is { } after)
            {
                (minutes, last, grain) = (minutes + after.Minutes, after.Last, DateGranularity.Minute);
            }

            return new ClockTime(last, minutes, second, grain, strong, hour is >= 1 and <= 12);
        }

        /// <summary>
        /// An hour in words: a feminine ordinal (الثالثة, الحادية عشرة, الواحدة), or after الساعة a number word 1..12
        /// (ثلاثة, إحدى عشرة). An ordinal without الساعة must not follow a definite noun (للمرة الثالثة صباح اليوم).
        /// </summary>
        private (int Hour, int Last)? HourWord(int k, bool saa)
        {
            // A definite noun is ال or لل and a word of two letters or more: إلى, written الي in the matching form, is none
            // (من الخامسة إلى السابعة مساء).
            if (!saa && (view.Norm(k - 1) is { Length: > 3 } before && (before.StartsWith("\u0627\u0644", StringComparison.Ordinal) || before.StartsWith("\u0644\u0644", StringComparison.Ordinal)))) // ال, لل
            {
                return null;
            }

            if (view.Norm(k) == "الواحده")
            {
                return (1, k);
            }

            if (Month(k, Lexicon.Default.OrdinalDays) is { Month: >= 1 and <= 12 } ordinal && view.Norm(k) is { Length: > 2 } head
                && head.StartsWith("\u0627\u0644", StringComparison.Ordinal) && head[^1] == '\u0647') // ال, ه (ta marbuta in the matching form)
            {
                return (ordinal.Month, ordinal.Last);
            }

            if (!saa)
            {
                return null;
            }

            if (view.Norm(k) is "احدي" or "احد" && view.Norm(k + 1) is "عشر" or "عشره")
            {
                return (11, k + 1);
            }

            if (view.Norm(k) is "اثنا" or "اثني" or "اثنتا" or "اثنتي" && view.Norm(k + 1) is "عشر" or "عشره")
            {
                return (12, k + 1);
            }

            return Lexicon.Default.NumberWords.TryGetValue(view.Norm(k), out var entry) && entry.Kind == "unit" && entry.Value is >= 1 and <= 10
                ? ((int)entry.Value, k)
                : null;
        }

        /// <summary>وربع, والنصف, وثلث, و18 دقيقة, وخمس وأربعون دقيقة (added); إلا ربعا, الا ثلث (taken away).</summary>
        private (int Minutes, int Last)? Minutes(int t)
        {
            if (view.Norm(t) is "الا" && view.Norm(t + 1) is "ربع" or "ربعا" or "ثلث" or "ثلثا" or "خمس" or "عشر" && view.Norm(t + 1) is var part)
            {
                var minus = part.StartsWith("ربع", StringComparison.Ordinal) ? 15 : part.StartsWith("ثلث", StringComparison.Ordinal) ? 20 : part == "خمس" ? 5 : 10;
                var end = t + 1 + (part is "خمس" or "عشر" && view.Norm(t + 2) is "دقائق" ? 1 : 0);
                return (-minus, end);
            }

            // و apart (و 18) or glued (وربع, و18 is two tokens: و and 18).
            int c;
            string word;
            if (view.Norm(t) == "و")
            {
                c = t + 1;
                word = view.Norm(c);
            }
            else if (view.Norm(t) is { Length: > 2 } glued && glued[0] == '\u0648') // و waw
            {
                c = t;
                word = glued[1..];
            }
            else
            {
                return null;
            }

            var fraction = word switch { "ربع" or "الربع" => 15, "ثلث" or "الثلث" => 20, "نصف" or "النصف" => 30, _ => 0 };
            if (fraction > 0)
            {
                return (fraction, c);
            }

            if (MinuteNumber(c, word) is { } number && view.Norm(number.Last + 1) is "دقيقه" or "دقائق" or "دقيقة")
            {
                return (number.Value, number.Last + 1);
            }

            return null;
        }

        /// <summary>A number of minutes 1..59 from token c, whose first word is <paramref name="first"/> (its و removed).</summary>
        private (int Value, int Last)? MinuteNumber(int c, string first)
        {
            if (view.Is(c, TokenKind.Number))
            {
                return Int(view.Norm(c)) is >= 1 and <= 59 and var digits ? (digits, c) : null;
            }

            var words = Lexicon.Default.NumberWords;
            var total = 0;
            var last = -1;
            for (var j = c; j < view.Count; j++)
            {
                var w = j == c ? first : view.Norm(j);
                if (w == "و" && j > c)
                {
                    continue;
                }

                if (j > c && w.Length > 2 && w[0] == '\u0648' && !words.ContainsKey(w)) // و waw
                {
                    w = w[1..];
                }

                if (!words.TryGetValue(w, out var entry) || entry.Kind is not ("unit" or "ten"))
                {
                    break;
                }

                total += entry.Kind == "unit" && entry.Value == 10 && total is > 0 and < 10 ? 10 : (int)entry.Value;
                last = j;
            }

            return last >= 0 && total is >= 1 and <= 59 ? (total, last) : null;
        }
    }
}
