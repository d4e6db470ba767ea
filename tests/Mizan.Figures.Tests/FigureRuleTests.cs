using System.Globalization;
using Mizan.Testing;
using Mizan.Text;
using Mizan.Text.Tokenization;

namespace Mizan.Figures.Tests;

/// <summary>One test per rule of the date, quantity and ordinal readers, driven by the golden spec files.</summary>
public sealed class FigureRuleTests
{
    public static TheoryData<SpecCase> DateCases() => [.. SpecCase.Read("dates.spec")];

    public static TheoryData<SpecCase> QuantityCases() => [.. SpecCase.Read("quantities.spec")];

    public static TheoryData<SpecCase> OrdinalCases() => [.. SpecCase.Read("ordinals.spec")];

    [Theory]
    [MemberData(nameof(DateCases))]
    public void Date_rule(SpecCase spec)
    {
        var reference = spec.Reference is null ? (DateOnly?)null : DateOnly.Parse(spec.Reference, CultureInfo.InvariantCulture);
        var reading = new DateReading(
            spec.Lean == "future" ? DateLean.Future : DateLean.Past,
            spec.Time is null ? null : TimeOnly.Parse(spec.Time, CultureInfo.InvariantCulture));
        var dates = Dates.Extract(spec.Input, Tokenizer.Tokenize(spec.Input), reference, reading);
        var got = dates.Select(Describe).ToList();
        Assert.Equal(spec.Expected, got);
        Assert.All(dates, d => Assert.Equal(spec.Input[d.Start..d.End], d.Text));
    }

    [Theory]
    [MemberData(nameof(QuantityCases))]
    public void Quantity_rule(SpecCase spec)
    {
        var quantities = Quantities.Extract(spec.Input, Tokenizer.Tokenize(spec.Input));
        var got = quantities.Select(Describe).ToList();
        Assert.Equal(spec.Expected, got);
        Assert.All(quantities, q => Assert.Equal(spec.Input[q.Start..q.End], q.Text));
    }

    [Theory]
    [MemberData(nameof(OrdinalCases))]
    public void Ordinal_rule(SpecCase spec)
    {
        var ordinals = Ordinals.Extract(spec.Input, Tokenizer.Tokenize(spec.Input));
        Assert.Equal(spec.Expected, ordinals.Select(o => $"{o.Text} => {o.Value.ToString(CultureInfo.InvariantCulture)}").ToList());
        Assert.All(ordinals, o => Assert.Equal(spec.Input[o.Start..o.End], o.Text));
    }

    [Fact]
    public void Every_figures_data_file_states_its_provenance() =>
        DataFileChecks.HaveProvenance(new LanguageDataFiles(typeof(Dates).Assembly, "Mizan.Figures.Data."), expectedFiles: 15);

    [Fact]
    public void Hostile_text_gives_spans_that_hold()
    {
        var random = new Random(5);
        string[] pieces =
        [
            "31", "ديسمبر", "2021", "/", "-", "عام", "أكثر", "من", "في", "المئة", "%", "٪", "ألف", "مليون", "و", "بين", "(", ")",
            "أمس", "الخميس", "رمضان", "1443", "هـ", "\u200F", "\uD800", " ", "\n",

            // The words of the clock, span, weekday and Hijri rules.
            "الساعة", ":", "3", "15", "صباحا", "عصرا", "إلا", "ربع", "و18", "دقيقة", "بتوقيت", "GMT", "الى", "حتى", "يوم",
            "الثالث", "التاسع", "شوال", "ذي", "القعدة", "الماضي", "المقبل", "سيعقد", "سوف", "الأسبوع", "شهر", "اخر", "أول",
            "الليلة", "الآن", "خلال", "اسبوعين", "أوائل", "منتصف", "الموافق", "،", "0", "99",

            // The words of the Hijri month, ten-day, Hijri year and compound-number rules, with years at the
            // calendar's edges.
            "العشر", "الأواخر", "الأولى", "الثلث", "الأخير", "الأيام", "العام", "الهجري", "الحالي", "الاثنين", "والثلاثين",
            "1318", "1436", "1499", "1500", "1600", "ه",

            // The words of the ordinal, dialect-numeral and shared-scale range rules (2026-12-05).
            "الحادي", "عشر", "عشرة", "الاثنا", "والعشرين", "العشرون", "الواحد", "حداشر", "تلتمية", "اتنين", "آلاف", "إلى",
        ];
        DateOnly?[] references = [new DateOnly(2021, 12, 9), null, new DateOnly(1902, 1, 1), new DateOnly(2075, 12, 31)];
        for (var n = 0; n < 600; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? string.Empty : " ")));
            var tokens = Tokenizer.Tokenize(text);
            var reading = (n % 3) switch
            {
                0 => DateReading.News,
                1 => new DateReading(DateLean.Future),
                _ => new DateReading(DateLean.Future, new TimeOnly(4, 30)),
            };
            foreach (var d in Dates.Extract(text, tokens, references[n % references.Length], reading))
            {
                Assert.Equal(text[d.Start..d.End], d.Text);
                Assert.True(d.Start < d.End, d.Text);
            }

            foreach (var q in Quantities.Extract(text, tokens))
            {
                Assert.Equal(text[q.Start..q.End], q.Text);
            }

            var last = -1;
            foreach (var o in Ordinals.Extract(text, tokens))
            {
                Assert.Equal(text[o.Start..o.End], o.Text);
                Assert.InRange(o.Value, 1, 99);
                Assert.True(o.Start >= last, "ordinals overlap");
                last = o.End;
            }
        }
    }

    /// <summary>"text => value granularity", then from= (when it is not the value), until= and zone= when set.</summary>
    private static string Describe(DateMention d) => $"{d.Text} => {d.Reading()}";

    private static string Describe(Quantity q)
    {
        var parts = new List<string> { $"{q.Text} => {q.Fraction ?? q.Value.ToString(CultureInfo.InvariantCulture)}" };
        if (q.ValueTo is { } to)
        {
            parts.Add($"to={to.ToString(CultureInfo.InvariantCulture)}");
        }

        if (q.Unit is not null)
        {
            parts.Add($"unit={q.Unit}");
        }

        if (q.Qualifier is not null)
        {
            parts.Add($"qualifier={q.Qualifier}");
        }

        if (q.About is not null)
        {
            parts.Add($"about={q.About}");
        }

        if (q.Action is not null)
        {
            parts.Add($"action={q.Action}");
        }

        return string.Join(' ', parts);
    }
}
