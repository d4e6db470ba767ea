using System.Globalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures.Evaluation;

/// <summary>The outcome of one example.</summary>
public sealed record DucklingResult(DucklingExample Example, string? Got, bool Passed);

/// <summary>
/// Runs Mizan's number and date readers on Duckling examples (reference time Tuesday 2013-02-12 04:30, UTC-2). A time
/// passes when the first date found has the expected value at the expected grain; a span when its start and
/// exclusive end (<see cref="DateMention.From"/>, <see cref="DateMention.Until"/>) match at the span's grain. A time
/// with a zone (بتوقيت غرينتش) is moved to UTC-2 for the comparison, and then compared at minute grain, as Duckling
/// gives a zoned time.
/// </summary>
public static class DucklingEvaluation
{
    /// <summary>Duckling's reference day for its corpora.</summary>
    public static readonly DateOnly Reference = new(2013, 2, 12);

    /// <summary>Duckling's reference time of day (04:30:00 at UTC-2).</summary>
    public static readonly TimeOnly ReferenceTime = new(4, 30);

    /// <summary>The offset of Duckling's reference time from UTC, in hours.</summary>
    public const int ReferenceOffset = -2;

    /// <summary>Runs one example; a time leans the way <paramref name="lean"/> says (Duckling's convention is the future).</summary>
    public static DucklingResult Run(DucklingExample example, DateLean lean = DateLean.Future)
    {
        ArgumentNullException.ThrowIfNull(example);
        var tokens = Tokenizer.Tokenize(example.Phrase);
        if (example.Dimension == "Numeral")
        {
            var numbers = Numbers.All(example.Phrase, tokens, slashFractions: true);
            var number = numbers.Count == 1 ? numbers[0].Value.ToString(CultureInfo.InvariantCulture) : null;
            return new DucklingResult(example, number, number is not null && decimal.Parse(number, CultureInfo.InvariantCulture) == decimal.Parse(example.Expected, CultureInfo.InvariantCulture));
        }

        if (example.Dimension == "AmountOfMoney")
        {
            var found = Quantities.Extract(example.Phrase, tokens);
            var amount = found.Count == 1 ? Money(found[0], example.Expected.Split(' ')[0]) : null;
            return new DucklingResult(example, amount, amount == example.Expected
                || (example.Expected.Contains(" POUND ", StringComparison.Ordinal) && (amount == example.Expected.Replace("POUND", "EGP", StringComparison.Ordinal) || amount == example.Expected.Replace("POUND", "GBP", StringComparison.Ordinal))));
        }

        if (example.Dimension == "Ordinal")
        {
            var ordinals = Ordinals.Extract(example.Phrase, tokens);
            var ordinal = ordinals.Count == 1 ? ordinals[0].Value.ToString(CultureInfo.InvariantCulture) : null;
            return new DucklingResult(example, ordinal, ordinal == example.Expected);
        }

        var dates = Dates.Extract(example.Phrase, tokens, Reference, new DateReading(lean, ReferenceTime));
        if (dates.Count == 0)
        {
            return new DucklingResult(example, null, false);
        }

        var (grain, value) = Describe(dates[0]);
        var got = $"{value ?? "null"} {grain}";
        return new DucklingResult(example, got, grain == example.Grain && value == example.Expected);
    }

    /// <summary>A figure as the money corpus states it ("simple USD 10", "between USD 10-20", "under EUR 7", "above USD 3.42"), read the way the corpus's kind asks.</summary>
    private static string Money(Quantity q, string kind)
    {
        var value = q.Value.ToString(CultureInfo.InvariantCulture) + (q.ValueTo is { } to ? "-" + to.ToString(CultureInfo.InvariantCulture) : string.Empty);
        var read = q switch
        {
            { ValueTo: not null } => "between",
            { Qualifier: "less-than" or "at-most" } => "under",
            { Qualifier: "more-than" or "at-least" } => "above",
            _ => "simple",
        };
        return $"{(read == "simple" && kind != "simple" ? "simple" : read)} {q.Unit ?? "none"} {value}";
    }

    /// <summary>A mention as Duckling would state it: its grain and value, or for a span its grain and start/end.</summary>
    private static (string Grain, string? Value) Describe(DateMention date)
    {
        var grain = date.Granularity.ToString().ToLowerInvariant();
        if (date.From is { } from && date.Until is { } until)
        {
            // A part of a month, or a Hijri month, keeps the month as its value; its span is in days.
            var spanGrain = from.Length == 10 && date.Granularity is DateGranularity.Month or DateGranularity.Year ? "day" : grain;
            return (spanGrain, $"{DucklingCorpus.Format(Parse(from), spanGrain)}/{DucklingCorpus.Format(Parse(until), spanGrain)}");
        }

        if (date.Zone is { } zone && date.Value is { } zoned && Offset(zone) is { } offset)
        {
            var local = Parse(zoned).AddHours(ReferenceOffset - offset);
            return ("minute", DucklingCorpus.Format(local, "minute"));
        }

        return (grain, date.Value);
    }

    /// <summary>UTC → 0, UTC+03:00 → 3.</summary>
    private static int? Offset(string zone) =>
        zone == "UTC" ? 0 : zone.Length == 9 && int.TryParse(zone[3..6], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var hours) ? hours : null;

    /// <summary>An ISO value of any precision (2013, 2013-02, 2013-02-12, 2013-02-12T15:00, 2013-02-12T15:00:00) as its first moment.</summary>
    private static DateTime Parse(string iso) => iso.Length switch
    {
        4 => new DateTime(int.Parse(iso, CultureInfo.InvariantCulture), 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        7 => DateTime.ParseExact(iso, "yyyy-MM", CultureInfo.InvariantCulture),
        10 => DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        16 => DateTime.ParseExact(iso, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        _ => DateTime.ParseExact(iso, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
    };
}
