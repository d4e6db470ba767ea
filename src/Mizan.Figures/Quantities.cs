using System.Globalization;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

/// <summary>
/// A figure in a text: its value (and the upper end of a range), its unit (an ISO currency code or "percent"), the
/// qualifier before it (more-than, about, less-than, at-least, at-most), what it counts (the noun after it), and its span
/// from the qualifier to the counted noun.
/// </summary>
/// <param name="Action">What happened to what it counts (killed, injured, casualties, arrested, displaced, evacuated,
/// missing, rescued), read from its counted noun or a word next to it (Data/actions.txt).</param>
/// <param name="ActionWord">That word as written (مقتل, قتيلاً), for a readable label.</param>
/// <param name="Fraction">For a fraction word (ثلث), the exact fraction (1/3); the value keeps four decimal places.</param>
/// <param name="Written">The number as written (ثلث, 2500, ثلاثة آلاف), for display.</param>
public sealed record Quantity(
    decimal Value,
    decimal? ValueTo,
    string? Unit,
    string? Qualifier,
    string? About,
    int Start,
    int End,
    string Text,
    string? Action = null,
    string? ActionWord = null,
    string? Fraction = null,
    string? Written = null);

/// <summary>
/// Finds figures. Rules, each tested by name in Golden/quantities.spec: a number in digits or words with its scale;
/// a percent sign, or في المئة / بالمئة after it, makes a percentage; a currency word after it is its unit; a
/// qualifier before it (أكثر من, نحو, قرابة, حوالي, أقل من, ما يقرب من ...) is kept; بين X و Y and من X إلى Y are ranges;
/// the noun after it is what it counts, with an adjective that agrees with it (عربة مدرعة); years and the numbers of
/// dates are not figures (the date extractor takes them); nor are digits glued inside a word; a fraction word is a
/// figure only as a share of something (ثلث البلاد), not before a compound word (ربع سنوي, نصف النهائي) nor alone;
/// what happened to the counted people is its action (<see cref="ActionOf"/>); two numbers joined by + or زائد
/// (5+1) name a group, not figures; nor is a telephone number (0505447333) a figure, nor a list item's number at the
/// start of its line (4 - تعيين ...), nor digits after الساعة or before
/// بتوقيت (a clock), nor a year and the next (1436 / 1437: a season), nor a year of an era (632 ميلادي): the numbers that
/// are no figure are the table <see cref="NoFigureRules"/>. A word behind بال, لل or كال is never what a figure counts.
/// </summary>
public static class Quantities
{
    public static IReadOnlyList<Quantity> Extract(string text, IReadOnlyList<Token> tokens, IReadOnlyList<DateMention>? dates = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        dates ??= Dates.Extract(text, tokens, null);
        var view = new TokenView(text, tokens);
        var found = new List<Quantity>();
        for (var i = 0; i < view.Count; i++)
        {
            if (InsideDate(view, i, dates) || Numbers.ReadAt(view, i) is not { } number)
            {
                continue;
            }

            if (NoFigureAt(view, number) is { } skipTo)
            {
                i = skipTo;
                continue;
            }

            // Rule: a bare four-digit number that looks like a year (1900..2100) and counts nothing is a year.
            var quantity = Read(view, number);
            if (!number.Percent && BareYear(view, number) is >= 1900
                && quantity is { Unit: null, Qualifier: null, About: null, ValueTo: null })
            {
                i = number.Last;
                continue;
            }

            found.Add(quantity);
            i = found[^1].End > 0 ? LastToken(view, found[^1].End) : number.Last;
        }

        return found;
    }

    /// <summary>
    /// Numbers that are no figure, in the order they are tried at a number: each rule gives the last token of what it
    /// reads there (a clock, a season, a group's name), which the reader skips, or null. A new kind is a new method and
    /// a new row, with its golden block in quantities.spec; each row is named as its block is (the fraction row's block
    /// fraction-compound-is-no-figure shares it).
    /// </summary>
    private static readonly (string Name, Func<TokenView, NumberPhrase, int?> SkipTo)[] NoFigureRules =
    [
        ("fraction-word-alone-is-no-figure", (view, number) => ShareOfSomething(view, number) ? null : number.Last),
        ("a-telephone-number-is-no-figure", TelephoneNumber),
        ("a-list-item-s-number-is-no-figure", ListItemNumber),
        ("a-number-after-raqm-names-something", NumberAfterRaqm),
        ("digits-after-the-hour-are-a-clock", DigitsAfterTheHour),
        ("digits-before-a-time-zone-are-a-clock", DigitsBeforeATimeZone),
        ("a-year-of-an-era-is-no-figure", YearOfAnEra),
        ("a-year-and-the-next-are-a-season", NextYearAfter),
        ("a-year-after-its-year-word-is-no-figure", YearAfterAYearWord),
        ("two-years-joined-are-no-figure", TwoYearsJoined),
        ("the-year-of-a-named-event-is-no-figure", YearOfANamedEvent),
        ("a-sum-of-two-numbers-names-a-group", (view, number) => SumOf(view, number)?.Last ?? (AddedToAUnitWord(view, number) ? number.Last : null)),
    ];

    /// <summary>The last token of what a no-figure rule reads at <paramref name="number"/>, or null when it may be a figure.</summary>
    private static int? NoFigureAt(TokenView view, NumberPhrase number)
    {
        foreach (var (_, skipTo) in NoFigureRules)
        {
            if (skipTo(view, number) is { } last)
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>
    /// A number right after رقم ("number", with or without its article or a glued preposition; an opening mark may stand
    /// between) names a thing, it counts none: القرار رقم 2231, الرحلة رقم 301, الأمر السامي رقم (1004) وتاريخ. Read on the
    /// claims of the briefs of 2015-08-06 to 08-10, where such numbers made agreements labelled «الصادر», «بقيام» and
    /// «وتاريخ».
    /// </summary>
    private static int? NumberAfterRaqm(TokenView view, NumberPhrase number)
    {
        var opened = view.Is(number.First - 1, TokenKind.Punctuation) && Brackets.Any(b => b.Open == view.Surface(number.First - 1, number.First - 1));
        var before = opened ? number.First - 2 : number.First - 1;
        return view.Norm(before) is "رقم" or "الرقم" or "برقم" or "بالرقم" or "ورقم" or "للرقم" ? number.Last : null;
    }

    /// <summary>A run of nine or more digits that opens with 0 is a telephone number (0505447333), not a figure.</summary>
    private static int? TelephoneNumber(TokenView view, NumberPhrase number) =>
        number.FromDigits && number.First == number.Last && view.Norm(number.First) is { Length: >= 9 } digits && digits[0] == '0' && digits.All(char.IsAsciiDigit)
            ? number.Last
            : null;

    /// <summary>
    /// Digits that open a line and stand before a dash, a closing parenthesis or a dot number a list's items (a cabinet's
    /// appointments: "4 - تعيين عثمان بن صالح ..."), not a figure: read on the brief of 2015-08-11, whose figures table
    /// listed 1 to 9 of one article. Up to three digits; a dot must be followed by a space (so 2.5 stays a number).
    /// </summary>
    private static int? ListItemNumber(TokenView view, NumberPhrase number)
    {
        if (!number.FromDigits || number.First != number.Last || view.Norm(number.First).Length > 3 || !view.StartsLine(number.First))
        {
            return null;
        }

        var next = number.Last + 1;
        var marker = view.IsPunctuation(next, '-') || view.IsPunctuation(next, '–') || view.IsPunctuation(next, ')')
            || (view.IsPunctuation(next, '.') && next + 1 < view.Count && view.Tokens[next + 1].Start > view.Tokens[next].End);
        return marker ? number.Last : null;
    }

    /// <summary>Digits right after الساعة are a clock (بحلول الساعة 1249 بتوقيت جرينتش), never a figure.</summary>
    private static int? DigitsAfterTheHour(TokenView view, NumberPhrase number) =>
        number.FromDigits && view.Norm(number.First - 1) == Hour ? number.Last : null;

    /// <summary>
    /// Digits right before بتوقيت or توقيت are a clock (عند 47ر09 بتوقيت جرينتش, 13.45 بتوقيت مكة), never a figure: read on the
    /// judged conflicts of 2015-07-25's brief.
    /// </summary>
    private static int? DigitsBeforeATimeZone(TokenView view, NumberPhrase number) =>
        number.FromDigits && view.Norm(number.Last + 1) is "بتوقيت" or "توقيت" ? number.Last : null;

    /// <summary>
    /// A number before ميلادي, هجري, للميلاد or للهجرة is a year (قبل 632 ميلادي), not a count of what the era word names:
    /// read on the judged conflicts of 2015-07-23's brief.
    /// </summary>
    private static int? YearOfAnEra(TokenView view, NumberPhrase number) =>
        view.Norm(number.Last + 1) is "ميلادي" or "ميلاديه" or "هجري" or "هجريه" or "للميلاد" or "للهجره" ? number.Last : null;

    /// <summary>
    /// Four digits right after عام or سنة (with the article, a glued و or ف, ل or ب) are a year, which counts nothing:
    /// «بدأ في عام 1436 واكتمل» made 1436 a figure about واكتمل (a Hijri year written without هـ, which the date reader
    /// leaves alone, as it does a year of history before 1600 such as «عام 1453»), and «لعام 2015 ككل», which it does not
    /// read as a date, made ككل a counted thing. Over three SaudiNewsNet days it removes 25 figures, each a year
    /// (docs/figures.md, "A year after its year word").
    /// </summary>
    private static int? YearAfterAYearWord(TokenView view, NumberPhrase number) =>
        number.FromDigits && number.First == number.Last && view.Norm(number.First).Length == 4 && Dates.IsYearWord(view.Bare(number.First - 1))
            ? number.Last
            : null;

    /// <summary>
    /// The index of the second year when a four-digit year (Hijri 1300-1500, Gregorian 1900-2100) is followed by a
    /// slash or a dash and the year after it; else null. The second year alone too, when the first was read before it
    /// (a date took «لسنة 2014» of «لسنة 2014 - 2015 مشتملا»): the season's second year counts nothing either.
    /// </summary>
    private static int? NextYearAfter(TokenView view, NumberPhrase number) =>
        JoinedYear(view, number, IsSeasonMark, (first, second) => second == first + 1, amountAfter: false);

    /// <summary>
    /// Two years joined by و, إلى or a dash, the second the later (بين 2009 و2013, من 2015 إلى 2017, 2012 ــ 2014, عامي
    /// 1994 و 2004), are a span of years, not a range of a count: read on the brief of 2015-08-01..03, whose claims had
    /// «تؤيد: 2009» agreed by four sources and «وسيطرة», «شاركت» as counted things. A year is four digits from 1900 to
    /// 2100 (Gregorian) or 1300 to 1500 (Hijri), both of one calendar («ما بين 1500 و2000 حبة» is a count). Also the second
    /// year alone, when the first was read before it (a date took «عام 2004» of «عام 2004 و2012»). A count between two
    /// such numbers that names no unit (بين 1990 و2000 أسرة) would be taken for years too: of the 39 pairs over three days
    /// (docs/figures.md, "Two years joined"), the one count was the two calendars' pair above.
    /// </summary>
    private static int? TwoYearsJoined(TokenView view, NumberPhrase number) =>
        JoinedYear(view, number, IsYearJoint, (first, second) => second > first && OneCalendar(first, second), amountAfter: true);

    /// <summary>
    /// The last token of two years that <paramref name="joint"/> joins and <paramref name="pair"/> accepts (earlier,
    /// later), read at the first of them, or at the second when the first was read before it (a date took it); else
    /// null. With <paramref name="amountAfter"/>, a unit or currency after the later year makes the pair a range of an
    /// amount (بين 2000 و2100 دولار).
    /// </summary>
    private static int? JoinedYear(TokenView view, NumberPhrase number, Func<TokenView, int, bool> joint, Func<decimal, decimal, bool> pair, bool amountAfter)
    {
        if (BareYear(view, number) is not { } year)
        {
            return null;
        }

        if (joint(view, number.Last + 1) && YearAt(view, number.Last + 2) is { } later && pair(year, later)
            && !(amountAfter && number.Last + 3 < view.Count && UnitOf(view, number.Last + 3) is not null))
        {
            return number.Last + 2;
        }

        return joint(view, number.First - 1) && YearAt(view, number.First - 2) is { } earlier && pair(earlier, year) ? number.Last : null;
    }

    /// <summary>
    /// A Gregorian year one or two words after a noun that events, plans and generations are named by with their year
    /// (كأس العالم 2018, مونديال روسيا 2018, موازنة 2015, حرب 1973, انتخابات 2020, مواليد 2000, رؤية 2030) names that
    /// event: it counts nothing. Read on the claims of the briefs of 2015-08-01..03 and 08-06..08 («لكرة: 2018», «ستقام»,
    /// «تمثل», «ستكون» as counted things; docs/figures.md, "The year of a named event").
    /// </summary>
    private static int? YearOfANamedEvent(TokenView view, NumberPhrase number)
    {
        if (BareYear(view, number) is not >= 1900)
        {
            return null;
        }

        for (var k = number.First - 1; k >= number.First - 2 && k >= 0 && view.Is(k, TokenKind.ArabicWord); k--)
        {
            if (EventNouns.Contains(view.Bare(k)))
            {
                return number.Last;
            }
        }

        return null;
    }

    /// <summary>Nouns an event, a plan or a generation is named by with its year, in the matching normalization.</summary>
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "كاس", "مونديال", "بطوله", "اولمبياد", "اولمبياده", "موسم", "انتخابات", "حرب", "موازنه", "ميزانيه", "رؤيه", "رويه",
        "مواليد", "دوره", "نسخه", "معرض", "مهرجان",
    };

    /// <summary>The year a figure is when it is one token of digits that <see cref="YearAt"/> reads as a year, else null.</summary>
    private static decimal? BareYear(TokenView view, NumberPhrase number) =>
        number.FromDigits && number.First == number.Last ? YearAt(view, number.First) : null;

    /// <summary>The value of a year at token <paramref name="k"/>: four digits from 1900 to 2100 or from 1300 to 1500.</summary>
    private static decimal? YearAt(TokenView view, int k) =>
        view.Is(k, TokenKind.Number) && view.Norm(k).Length == 4 && Numbers.TryDigits(view.Norm(k), out var value, out _)
        && value is >= 1900 and <= 2100 or >= 1300 and <= 1500
            ? value
            : null;

    /// <summary>Two years of one calendar: «ما بين 1500 و2000 حبة» is a count, one number in each range.</summary>
    private static bool OneCalendar(decimal a, decimal b) => (a >= 1900) == (b >= 1900);

    /// <summary>What joins two years into a span: و, إلى, حتى, or a dash (also the long ــ).</summary>
    private static bool IsYearJoint(TokenView view, int k) =>
        view.Norm(k) is "و" or "الي" or "حتي" || view.IsPunctuation(k, '-') || view.IsPunctuation(k, '–') || view.Norm(k) is "ــ" or "ـ";

    private static bool IsSeasonMark(TokenView view, int k) => view.IsPunctuation(k, '/') || view.IsPunctuation(k, '-');

    /// <summary>The whole number a figure written d.ddd, dd.ddd or ddd.ddd stands for with the dot between thousands, else null.</summary>
    private static decimal? ThousandsWithADot(string norm)
    {
        var dot = norm.IndexOf('.', StringComparison.Ordinal);
        return dot is >= 1 and <= 3 && norm.Length - dot - 1 == 3 && norm.Remove(dot, 1).All(char.IsAsciiDigit)
            && decimal.TryParse(norm.Remove(dot, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole : null;
    }

    private static readonly string Plus = ArabicNormalizer.Matching.NormalizeToString("زائد");

    private static readonly string Hour = ArabicNormalizer.Matching.NormalizeToString("الساعة");

    /// <summary>Whether token k is a plus sign or the word زائد.</summary>
    private static bool IsPlus(TokenView view, int k) => view.Norm(k) == "+" || view.Norm(k) == Plus;

    /// <summary>
    /// The number after <paramref name="left"/> when a plus sign or زائد joins the two (5+1, 5 + 1, الخمس زائد واحد),
    /// both whole and written bare (no percent, no scale word between): the name of a group of states or a formula, not
    /// two figures. Null otherwise.
    /// </summary>
    private static NumberPhrase? SumOf(TokenView view, NumberPhrase left)
    {
        var sign = left.Last + 1;
        if (left.Percent || decimal.Truncate(left.Value) != left.Value || !IsPlus(view, sign))
        {
            return null;
        }

        return Numbers.ReadAt(view, sign + 1) is { Percent: false } right && decimal.Truncate(right.Value) == right.Value ? right : null;
    }

    /// <summary>
    /// Whether a whole number stands after + or زائد and a unit word with the article (الخمس زائد واحد): the group
    /// named as "the five" plus one, whose first word is no figure of its own.
    /// </summary>
    private static bool AddedToAUnitWord(TokenView view, NumberPhrase number)
    {
        var sign = number.First - 1;
        var before = view.Bare(sign - 1);
        return decimal.Truncate(number.Value) == number.Value && IsPlus(view, sign)
            && before.StartsWith("\u0627\u0644", StringComparison.Ordinal) // ال the article
            && Lexicon.Default.NumberWords.TryGetValue(before[2..], out var word) && word.Kind == "unit";
    }

    private static Quantity Read(TokenView view, NumberPhrase number)
    {
        var first = number.First;
        var last = number.Last;
        var value = number.Value;
        decimal? upper = null;

        // Rule: ranges, بين X و Y and من X إلى Y; and بين X إلى Y (range-between-to: بين 3 إلى 5 أيام, read on the judged
        // conflicts of 2015-07-31's brief).
        NumberPhrase? rangeEnd = null;
        if (view.Bare(first - 1) is "بين" && view.Norm(last + 1) is var and && and.StartsWith('\u0648') && RangeEnd(view, last + 1) is { } to) // و waw
        {
            rangeEnd = to;
        }
        else if ((view.Norm(first - 1) is "من" || view.Bare(first - 1) is "بين") && view.Norm(last + 1) is "الي" or "حتي" && Numbers.ReadAt(view, last + 2) is { } end
            && end.Value > (SharedScale(view, number, end) ?? number.Value))
        {
            // Rule from-a-larger-to-a-smaller: من X إلى Y with Y below X is a fall (انخفض عدد السكان من 1400 إلى 537
            // شخصا), two figures, not a range: read on the conflicts of 2015-08-10's brief.
            rangeEnd = end;
        }

        if (rangeEnd is { } range)
        {
            first--;
            upper = range.Value;
            last = range.Last;
            value = SharedScale(view, number, range) ?? value;
        }

        string? qualifier = null;
        foreach (var (words, name) in Lexicon.Default.Qualifiers)
        {
            var at = first - words.Length;
            if (at >= 0 && view.MatchWords(at, words) == first - 1)
            {
                qualifier = name;
                first = at;
                break;
            }
        }

        string? unit = number.Percent ? "percent" : null;
        if (unit is null && view.Norm(last + 1) is "في" && view.Norm(last + 2) is "المئه" or "المائه" or "المايه")
        {
            unit = "percent";
            last += 2;
        }
        else if (unit is null && view.Is(last + 1, TokenKind.Punctuation) && view.Norm(last + 1) == "%")
        {
            unit = "percent";
            last++;
        }
        else if (unit is null && view.Is(last + 1, TokenKind.ArabicWord) && UnitOf(view, last + 1) is { } currency)
        {
            unit = currency;
            last++;

            // Rule currency-nationality: an adjective of nationality after the currency names which one (دينار كويتي: KWD,
            // ريالات قطرية: QAR, جنيه إسترليني: GBP; Data/currency-nationalities.txt).
            if (view.Is(last + 1, TokenKind.ArabicWord)
                && Lexicon.Default.CurrencyNationalities.TryGetValue((currency, Lexicon.NationalityKey(view.Norm(last + 1))), out var national))
            {
                unit = national;
                last++;
            }
        }
        else if (unit is null && view.Is(last + 1, TokenKind.Symbol) && CurrencySign(view.Norm(last + 1)) is { } sign)
        {
            // Rule currency-sign: $, € or £ right after the number (10$, 20 €), or a currency's ISO code (42 KWD).
            unit = sign;
            last++;
        }
        else if (unit is null && view.Is(last + 1, TokenKind.LatinWord) && view.Surface(last + 1, last + 1) is var code && IsoCodes.Contains(code))
        {
            unit = code;
            last++;
        }
        else if (unit is null && first == number.First && view.Is(first - 1, TokenKind.Symbol) && CurrencySign(view.Norm(first - 1)) is { } before)
        {
            // Rule currency-sign: a sign right before the number ($10, $ 10).
            unit = before;
            first--;
        }

        string? about = null;
        var afterItsNoun = unit is null && AfterItsNoun(view, number, rangeEnd is not null);
        var closing = unit is null && last == number.Last ? ClosingMark(view, number) : null;
        if (unit is null && !afterItsNoun && Counted(view, closing is { } mark ? mark + 1 : last + 1, share: ShareOrScaleWord(view, number)) is { } counted)
        {
            if (closing is not null)
            {
                // Rule bracketed-figure-counts-the-noun-after: a figure in parentheses or quotation marks counts the noun
                // after the closing mark (تقيم (93) دورة تدريبية, «5» أطنان): the Saudi Press Agency's style.
                first--;
            }

            about = view.Surface((closing ?? last) + 1, counted);
            if (rangeEnd is null && number.First == number.Last && ThousandsWithADot(view.Norm(number.First)) is { } whole && !Lexicon.Default.MeasureNouns.Contains(view.Norm((closing ?? last) + 1)))
            {
                // Rule dot-between-thousands: a dot before exactly three digits, in a figure that counts things whole
                // (20.000 عبوة, 118.051 قرضا), separates thousands, as many Gulf papers write them: a count is no fraction.
                // After a noun of measure (Data/measure-nouns.txt: 584.376 طناً) it stays a decimal point. Read on the
                // conflicts of 2015-08-06's and 2015-08-11's briefs (209.020 عبوة shown as 209.02).
                value = whole;
            }

            last = counted;
        }

        var action = unit is null ? ActionOf(view, first, number.Last + 1, last, about is not null) : null;
        for (var k = last + 1; action is null && afterItsNoun && k <= last + 2 && view.Is(k, TokenKind.ArabicWord); k++)
        {
            // What they did may follow them, in the next two words (مواطنين تركيين اثنين أصيبا بجروح: two injured).
            action = Action(view, k) is { } verb ? Joined(view, k, verb, +1) : null;
        }

        // Rule qualifier-at-least-after: على الأقل right after the figure and what it counts (قتل 20 شخصا على الأقل) is a
        // lower bound, as ما لا يقل عن before it is.
        if (qualifier is null && view.Norm(last + 1) == "علي" && view.Norm(last + 2) == "الاقل")
        {
            qualifier = "at-least";
            last += 2;
        }
        var fraction = !number.FromDigits && number.First == number.Last && Lexicon.Default.Fractions.TryGetValue(view.Norm(number.First), out var exact) ? exact : null;
        return new Quantity(
            value,
            upper,
            unit,
            qualifier,
            about,
            view.Tokens[first].Start,
            view.Tokens[last].End,
            view.Surface(first, last),
            action?.Action,
            action is { } a ? ActionShown(view, a.At) : null,
            fraction,
            view.Surface(number.First, number.Last));
    }

    /// <summary>
    /// The action word as written for a label, without a conjunction or a preposition glued to it when what follows is
    /// itself a word of Data/actions.txt (وقتل: قتل; وإصابة: إصابة; بمقتل: مقتل; وفاة keeps its و).
    /// </summary>
    private static string ActionShown(TokenView view, int at)
    {
        var surface = view.Surface(at, at);
        var norm = view.Norm(at);
        var glued = 0;
        if (glued < norm.Length && norm[glued] is '\u0648' or '\u0641') // و waw, ف feh
        {
            glued++;
        }

        if (glued < norm.Length && norm[glued] is '\u0628' or '\u0644') // ب beh, ل lam
        {
            glued++;
        }

        // The fewest letters set aside that leave a word of the list: و and ب of وبمقتل go, و of ولقي, none of وفاة.
        for (var k = 1; k <= glued; k++)
        {
            if (Lexicon.Default.ActionEntries.Contains(norm[k..]))
            {
                return SurfaceAfterLetters(surface, k);
            }
        }

        return surface;
    }

    /// <summary>A word as written after its first <paramref name="letters"/> letters, with their diacritics.</summary>
    private static string SurfaceAfterLetters(string surface, int letters)
    {
        var at = 0;
        for (var seen = 0; seen < letters && at < surface.Length; seen++)
        {
            at++;
            while (at < surface.Length && CharUnicodeInfo.GetUnicodeCategory(surface[at]) == UnicodeCategory.NonSpacingMark)
            {
                at++;
            }
        }

        return surface[at..];
    }

    /// <summary>How many words before a figure its action word may stand, within its clause: ارتفعت حصيلة القتلى إلى 29 puts
    /// two words between (إلى and the counted ones' noun). Four was set by reading, before docs/figures-dev.tsv was
    /// scored, and not tuned since: no half of that set has chosen it yet.</summary>
    private const int ActionReach = 4;

    /// <summary>How many words before إلى and a figure the subject of a toll (حصيلة الوفيات, عدد حالات الوفيات) may stand,
    /// with no punctuation between: ارتفع عدد حالات الوفيات في حادث غرق المركب قرب الجزيرة إلى 29 puts عدد eleven words
    /// before إلى. Set by reading half A of docs/figures-dev.tsv, whose farthest such subject is twelve words back.</summary>
    private const int TollReach = 12;

    /// <summary>How many words after its counted noun a plural verb saying what happened to them may stand (18 شخصا على
    /// الأقل بينهم نساء وأطفال لقوا مصرعهم: six). Set by reading half A of docs/figures-dev.tsv, where six is the farthest.</summary>
    private const int VerbReach = 6;

    private static readonly string[] TollNouns = [Lexicon.Plain(ArabicNormalizer.Matching.NormalizeToString("حصيلة")), Lexicon.Plain(ArabicNormalizer.Matching.NormalizeToString("عدد"))];
    private static readonly string Cases = Lexicon.Plain(ArabicNormalizer.Matching.NormalizeToString("حالات"));
    private static readonly string To = ArabicNormalizer.Matching.NormalizeToString("إلى");

    /// <summary>
    /// Rule (action): what happened to the counted people. The counted noun itself (21 قتيلاً, 130 جريحا), else the
    /// nearest action word up to <see cref="ActionReach"/> words before the figure, in its clause (no punctuation and no
    /// other number between: مقتل 20 شخصا وإصابة 30 آخرين gives killed, then injured), else the word right after the
    /// counted noun (15 شخصا قتلوا). A killed word joined by و to an injured word (مقتل وإصابة 60, بين قتيل وجريح) makes
    /// casualties, the two together. Also (issue #14): an action word inside a counted noun of two words (22 حالة وفاة:
    /// action-within-the-counted-noun); after إلى, the action of a toll's subject up to <see cref="TollReach"/> words back
    /// in the sentence (حصيلة الوفيات جراء ثلاثة أسابيع من السيول ارتفعت إلى 92 شخصا: action-toll-subject); a plural verb
    /// or a word with a plural pronoun up to <see cref="VerbReach"/> words after the counted noun, in its clause (18 شخصا
    /// على الأقل بينهم نساء لقوا مصرعهم: action-verb-later-in-the-clause).
    /// </summary>
    /// <param name="start">The figure's first token (its qualifier or range word included).</param>
    /// <param name="noun">The token after the number: its counted noun, when it counts one.</param>
    /// <param name="last">The last token of its counted noun (or the figure's last token when it counts nothing).</param>
    private static (string Action, int At)? ActionOf(TokenView view, int start, int noun, int last, bool counted)
    {
        if (counted && Action(view, noun) is { } own)
        {
            return Joined(view, noun, own, +1);
        }

        for (var i = noun + 1; counted && i <= last; i++)
        {
            if (Action(view, i) is { } inside)
            {
                return Joined(view, i, inside, +1);
            }
        }

        for (var k = start - 1; k >= 0 && k >= start - ActionReach; k--)
        {
            if (!view.Is(k, TokenKind.ArabicWord) || Numbers.ReadAt(view, k) is not null)
            {
                break;
            }

            if (Action(view, k) is { } before)
            {
                return Joined(view, k, before, -1);
            }
        }

        if (TollSubject(view, start) is { } toll)
        {
            return toll;
        }

        // After the counted noun: 15 شخصا قتلوا; 250 شخصا بين قتيل وجريح.
        var next = view.Norm(last + 1) == "بين" ? last + 2 : last + 1;
        if (counted && Action(view, next) is { } after)
        {
            return Joined(view, next, after, +1);
        }

        return counted ? LaterVerb(view, last) : null;
    }

    /// <summary>The action of a toll's subject (حصيلة or عدد, then an action word, or حالات and one) before إلى and the figure.</summary>
    private static (string Action, int At)? TollSubject(TokenView view, int start)
    {
        if (start < 1 || view.Norm(start - 1) != To)
        {
            return null;
        }

        for (var k = start - 2; k >= 0 && k >= start - 1 - TollReach; k--)
        {
            if (!view.Is(k, TokenKind.ArabicWord) && !view.Is(k, TokenKind.Number))
            {
                return null;
            }

            if (view.Is(k, TokenKind.ArabicWord) && TollNouns.Contains(Lexicon.Plain(view.Norm(k))))
            {
                var word = Lexicon.Plain(view.Norm(k + 1)) == Cases ? k + 2 : k + 1;
                return Action(view, word) is { } action ? (action, word) : null;
            }
        }

        return null;
    }

    /// <summary>A plural verb or a word with a plural pronoun (لقوا, قتلوا, مصرعهم) a few words after the counted noun, in its clause.</summary>
    private static (string Action, int At)? LaterVerb(TokenView view, int last)
    {
        for (var j = last + 1; j <= last + VerbReach && view.Is(j, TokenKind.ArabicWord) && Numbers.ReadAt(view, j) is null; j++)
        {
            var norm = view.Norm(j);
            if ((norm.EndsWith("وا", StringComparison.Ordinal) || norm.EndsWith("هم", StringComparison.Ordinal)) && Action(view, j) is { } action) // وا, هم
            {
                return (action, j);
            }
        }

        return null;
    }

    private static (string Action, int At) Joined(TokenView view, int at, string action, int step)
    {
        var other = view.Norm(at + step);
        var joined = step > 0 ? other.StartsWith('\u0648') : view.Norm(at).StartsWith('\u0648'); // و waw
        return joined && Action(view, at + step) is { } next && next != action && (next, action) is ("killed", "injured") or ("injured", "killed")
            ? ("casualties", at)
            : (action, at);
    }

    /// <summary>The closing mark right after a figure that an opening mark of its kind right before it opens ((93), «5»,
    /// "14"), or null. Not after a year in parentheses (a film's «مسيرة رجل ميت» (1995) لمعالجة ...): it counts nothing.</summary>
    private static int? ClosingMark(TokenView view, NumberPhrase number)
    {
        if (number.First == 0 || number.Last + 1 >= view.Count
            || BareYear(view, number) is >= 1900)
        {
            return null;
        }

        var pair = (view.Surface(number.First - 1, number.First - 1), view.Surface(number.Last + 1, number.Last + 1));
        return Brackets.Contains(pair) ? number.Last + 1 : null;
    }

    /// <summary>The marks that enclose a figure: parentheses, guillemets, quotation marks, brackets.</summary>
    private static readonly (string Open, string Close)[] Brackets = [("(", ")"), ("«", "»"), ("\"", "\""), ("“", "”"), ("[", "]")];

    /// <summary>
    /// Rule one-or-two-after-its-noun: one and two written in words follow the noun they count, as its adjective (في عام
    /// واحد, لاعبين اثنين أجنبيين, كتلة واحدة), so the word after them is never what they count. Read on the brief of
    /// 2015-08-07, where «في عام واحد بدلا من ثلاثة» made "بدلا" a counted thing and «لاعبان اثنان مسجلان» "مسجلان".
    /// After an action noun (مقتل اثنين, إصابة واحدة) the number is the action's count and keeps its reading.
    /// </summary>
    private static bool AfterItsNoun(TokenView view, NumberPhrase number, bool range) =>
        !range && !number.FromDigits && number.First == number.Last && number.Value is 1 or 2
        && view.Is(number.First - 1, TokenKind.ArabicWord)
        && !LightStemmer.Default.IsFunctionWord(view.Text.AsSpan(view.Tokens[number.First - 1].Start, view.Tokens[number.First - 1].Length))
        && !Lexicon.Default.NumberWords.ContainsKey(view.Norm(number.First - 1))
        && Action(view, number.First - 1) is null;

    private static string? Action(TokenView view, int i) =>
        view.Is(i, TokenKind.ArabicWord) && Lexicon.Default.Actions.TryGetValue(Lexicon.Plain(view.Norm(i)), out var action) ? action : null;

    /// <summary>Whether the figure is a fraction word or a scale word alone (ثلث, نصف; آلاف, ملايين): a noun whose
    /// complement may be definite (ثلث السكان, آلاف اللاجئين, عشرات القتلى).</summary>
    private static bool ShareOrScaleWord(TokenView view, NumberPhrase number) =>
        !number.FromDigits && number.First == number.Last
        && (Lexicon.Default.Fractions.ContainsKey(view.Norm(number.First))
            || Lexicon.Default.NumberWords.TryGetValue(view.Norm(number.First), out var entry) && entry.Kind == "scale");

    private static bool ShareOfSomething(TokenView view, NumberPhrase number)
    {
        if (number.FromDigits || number.First != number.Last || !Lexicon.Default.Fractions.ContainsKey(view.Norm(number.First)))
        {
            return true;
        }

        var next = number.Last + 1;
        if (!view.Is(next, TokenKind.ArabicWord) || LightStemmer.Default.IsFunctionWord(view.Text.AsSpan(view.Tokens[next].Start, view.Tokens[next].Length)))
        {
            return false;
        }

        var word = Lexicon.Plain(view.Norm(next));
        var masculine = word.EndsWith('\u0647') ? word[..^1] : word; // ه heh: ة folded
        return !Lexicon.Default.FractionCompounds.Contains(word) && !Lexicon.Default.FractionCompounds.Contains(masculine);
    }

    /// <summary>
    /// Rule range-scale-shared: the scale word after a range's upper end is the lower end's too when the lower is
    /// written without one and is smaller than the upper's own number (من 5 إلى 7 آلاف: 5,000 to 7,000; بين 10 و20
    /// مليون دولار: 10 million); بين 500 و7 آلاف keeps 500. Returns the lower end's value so scaled, or null.
    /// </summary>
    private static decimal? SharedScale(TokenView view, NumberPhrase lower, NumberPhrase upper)
    {
        var words = Lexicon.Default.NumberWords;
        if ((words.TryGetValue(view.Norm(lower.Last), out var own) && own.Kind == "scale")
            || !words.TryGetValue(view.Norm(upper.Last), out var scale) || scale.Kind != "scale" || upper.Last == upper.First)
        {
            return null;
        }

        // A dual scale word (ألفين, مليونين) is a number of its own, not a multiplier.
        var multiplier = scale.Value is 2000 or 2000000 ? 0 : upper.Value / scale.Value;
        // Divided as NumberPhrase does, so that 1.5 × 1,000,000 is written 1500000, not 1500000.0.
        return multiplier > 0 && lower.Value < multiplier ? lower.Value * scale.Value / 1.0000000000000000000000000000m : null;
    }

    private static NumberPhrase? RangeEnd(TokenView view, int i)
    {
        // و glued to the second number's first word (وعشرين) or standing alone before digits (و 20 / و20).
        if (view.Norm(i) == "و" || (view.Norm(i).Length == 1 && view.Is(i, TokenKind.ArabicWord)))
        {
            return Numbers.ReadAt(view, i + 1);
        }

        return Numbers.ReadAt(view, i);
    }

    /// <summary>The ISO 4217 codes Mizan names currencies by (Data/units.txt, Data/currency-nationalities.txt), written in Latin after a number.</summary>
    private static readonly HashSet<string> IsoCodes = new(
        Lexicon.Default.Units.Values.Concat(Lexicon.Default.CurrencyNationalities.Values).Where(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper)),
        StringComparer.Ordinal);

    private static string? CurrencySign(string norm) => norm switch { "$" => "USD", "\u20AC" => "EUR", "\u00A3" => "GBP", _ => null }; // € euro, £ pound

    /// <summary>
    /// The unit a word names: as written, by its light stem, or (rule currency-accusative) without the alef of the
    /// accusative that a count from 11 to 99 puts on its noun (خمسون دولاراً, 30 ريالا), which the stemmer keeps.
    /// </summary>
    private static string? UnitOf(TokenView view, int i)
    {
        var units = Lexicon.Default.Units;
        var norm = view.Norm(i);
        return units.TryGetValue(norm, out var unit) || units.TryGetValue(LightStemmer.Default.Stem(view.Text.AsSpan(view.Tokens[i].Start, view.Tokens[i].Length)).Stem, out unit)
            || (norm.Length > 4 && norm[^1] == '\u0627' && units.TryGetValue(norm[..^1], out unit)) // ا alef
            ? unit
            : null;
    }

    /// <summary>
    /// The counted noun after a figure, and a following adjective that agrees with it (both end in ة, or both are
    /// plural in ات/ين/ون): returns the last token, or null when what follows is no noun.
    /// </summary>
    private static int? Counted(TokenView view, int i, bool share)
    {
        if (!view.Is(i, TokenKind.ArabicWord) || view.Text.AsSpan(view.Tokens[i - 1].End, view.Tokens[i].Start - view.Tokens[i - 1].End).ContainsAny('\n', '\r'))
        {
            return null;
        }

        // Rule counted-noun-not-an-action-after-and: in مقتل عسكريين اثنين وجرح أربعة, وجرح begins the next clause.
        var word = view.Text.AsSpan(view.Tokens[i].Start, view.Tokens[i].Length);
        if ((view.Norm(i).StartsWith('\u0648') && Action(view, i) is not null) // و waw
            || LightStemmer.Default.IsFunctionWord(word) || Lexicon.Default.NumberWords.ContainsKey(view.Norm(i)) || IsMonth(view, i)
            || view.Norm(i).Length == 1 || IsNeverCounted(view.Norm(i)) || BehindAPrepositionAndTheArticle(view.Norm(i))
            || Lexicon.Default.RateWords.Contains(view.Norm(i).TrimEnd('\u064B'))
            || IsTimeOrRank(view.Norm(i)))
        {
            return null;
        }

        // Rule counted-noun-is-indefinite: what a figure counts has no article (93 دورة, not والجزائري in «بهدف لجيمي
        // فاردي (11) والجزائري رياض محرز», the minute of a goal and the next scorer; read on the brief of 2015-08-09),
        // unless the figure is a share or a scale word that takes it as its complement (ثلث السكان, آلاف اللاجئين).
        var unjoined = word.Length > 3 && word[0] is '\u0648' or '\u0641' ? word[1..] : word; // و waw, ف feh
        if (!share && unjoined.StartsWith("\u0627\u0644", StringComparison.Ordinal)) // ال alef lam, as written (not أل or آل)
        {
            return null;
        }

        var noun = view.Norm(i);
        var next = view.Norm(i + 1);
        var agrees = view.Is(i + 1, TokenKind.ArabicWord) && !LightStemmer.Default.IsFunctionWord(next)
            && ((noun.EndsWith('\u0647') && next.EndsWith('\u0647') && !next.StartsWith("ال", StringComparison.Ordinal)) // ه heh: ة folded
                || (noun.EndsWith("ات", StringComparison.Ordinal) && next.EndsWith('\u0647') && !next.StartsWith("ال", StringComparison.Ordinal)));
        return agrees ? i + 1 : i;
    }

    /// <summary>
    /// Rule: a conjunction of time or an adverb after a number is no counted noun (الدقيقة 24 عندما افتتح, واحدة فقط,
    /// 1 - صفر أمس): read over the claims of the brief of 2015-08-03, where they headed rows of their own. Nor is a
    /// letter alone (the و of 2005 و2006, م after 100).
    /// </summary>
    private static bool IsNeverCounted(string norm) =>
        norm is "عندما" or "حينما" or "بينما" or "فقط" or "امس" or "ثم" or "حيث" or "بعدما" or "قبلما";

    /// <summary>
    /// Rule no-counted-noun-behind-a-preposition-and-the-article: a word that opens with بال, لل or كال (بالمحكمة,
    /// للمحافظات) is a place or a body the figure stands in or belongs to, never what it counts (15 بالمحكمة العليا: a
    /// rank; read on the conflicts of 2015-08-10's brief, whose rows counted بالمحكمة and للمحافظات).
    /// </summary>
    private static bool BehindAPrepositionAndTheArticle(string norm) => WithoutPreposition(norm) is { Preposed: true, Word.Length: > 4 };

    /// <summary>
    /// The word without a glued و or ف and without a preposition glued to its article (للأسبوع → الأسبوع, بالمحكمة →
    /// المحكمة), and whether such a preposition was there.
    /// </summary>
    private static (string Word, bool Preposed) WithoutPreposition(string norm)
    {
        var word = norm.Length > 3 && norm[0] is '\u0648' or '\u0641' ? norm[1..] : norm; // و waw, ف feh
        return GluedPreposition.BeforeTheArticle(word) is { } bare ? (bare, true) : (word, false);
    }

    /// <summary>
    /// A period with the article (الأسبوع, للأسبوع: "300 ألف للأسبوع" counts nothing named) or a period or rank
    /// adjective behind a preposition (بنهائي: "صفر بنهائي" is a score in a final) is no counted noun. A bare period
    /// (5 أيام) is counted: the date reader takes those spans.
    /// </summary>
    private static bool IsTimeOrRank(string norm)
    {
        var (word, _) = WithoutPreposition(norm);
        if (word.StartsWith("\u0627\u0644", StringComparison.Ordinal) && Lexicon.Default.Periods.ContainsKey(word))
        {
            return true;
        }

        return Lexicon.Default.FractionCompounds.Contains(Lexicon.Plain(norm));
    }

    private static bool IsMonth(TokenView view, int i) =>
        Lexicon.Default.GregorianMonths.Match(view, i) is not null || Lexicon.Default.HijriMonths.Match(view, i) is not null;

    private static bool InsideDate(TokenView view, int i, IReadOnlyList<DateMention> dates)
    {
        var token = view.Tokens[i];
        foreach (var date in dates)
        {
            if (token.Start >= date.Start && token.End <= date.End)
            {
                return true;
            }
        }

        return false;
    }

    private static int LastToken(TokenView view, int end)
    {
        var k = 0;
        while (k + 1 < view.Count && view.Tokens[k + 1].End <= end)
        {
            k++;
        }

        return k;
    }
}
