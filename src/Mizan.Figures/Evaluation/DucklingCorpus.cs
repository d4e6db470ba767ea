using System.Globalization;
using System.Text.RegularExpressions;

namespace Mizan.Figures.Evaluation;

/// <summary>One example of a Duckling corpus: the phrase and what Duckling expects it to mean.</summary>
/// <param name="Grain">"number" for a numeral, "ordinal" for an ordinal, "money" for an amount (Expected: "simple USD 10",
/// "between USD 10-20", "under EUR 7", "above USD 3.42"); for a time the grain Duckling gives (second, minute, hour, day, week,
/// month, year); for a span, the grain of its ends.</param>
/// <param name="Expected">Numeral: the number. Time: the value at its grain, as Mizan writes it (2013-02-12T15:23:24,
/// 2013-02-12T15:15, 2013-02-13T03:00, 2013-02-12, a week's Monday, 2013-02, 2013; a holiday's day); for a span
/// (Interval), its start and its exclusive end at that grain, joined by a slash: 2013-07-13/2013-07-16.</param>
public sealed record DucklingExample(string Dimension, string Grain, string Expected, string Phrase, bool Interval = false);

/// <summary>
/// Reads Duckling's Haskell corpus files (<c>examples (&lt;expected&gt;) ["phrase", ...]</c>): NumeralValue for numbers;
/// datetime (y, m, d, h, mi, s) Grain for times (datetimeHoliday the same); datetimeInterval ((y, m, d, h, mi, s),
/// (y, m, d, h, mi, s)) Grain for spans (datetimeIntervalHoliday the same), the end exclusive as Duckling gives it.
/// </summary>
public static partial class DucklingCorpus
{
    public static IReadOnlyList<DucklingExample> Parse(string dimension, string haskell)
    {
        ArgumentNullException.ThrowIfNull(haskell);
        var examples = new List<DucklingExample>();
        var body = haskell[(haskell.IndexOf("allExamples =", StringComparison.Ordinal) is var at && at >= 0 ? at : 0)..];
        foreach (Match block in Block().Matches(body))
        {
            var head = block.Groups["head"].Value.Trim();
            var (grain, expected, interval) = Expectation(head);
            foreach (Match phrase in Phrase().Matches(block.Groups["phrases"].Value))
            {
                examples.Add(new DucklingExample(dimension, grain, expected, Regex.Unescape(phrase.Groups[1].Value), interval));
            }
        }

        return examples;
    }

    /// <summary>A moment at a grain as Mizan writes it.</summary>
    public static string Format(DateTime moment, string grain) => grain switch
    {
        "year" => moment.ToString("yyyy", CultureInfo.InvariantCulture),
        "month" => moment.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        "day" or "week" => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "hour" or "minute" => moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        _ => moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
    };

    private static (string Grain, string Expected, bool Interval) Expectation(string head)
    {
        if (NumeralValue().Match(head) is { Success: true } numeral)
        {
            return ("number", decimal.Parse(numeral.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), false);
        }

        if (MoneyValue().Match(head) is { Success: true } money)
        {
            // "simple|between|under|above CODE VALUE[-VALUE]": Duckling's currency names as ISO codes (Dollar is USD; Pound,
            // a pound of no country, is kept as POUND; Cent as CENT).
            var code = money.Groups["currency"].Value switch { "Dollar" => "USD", "Pound" => "POUND", "Cent" => "CENT", var c => c };
            var value = Number(money.Groups["a"].Value) + (money.Groups["b"].Success ? "-" + Number(money.Groups["b"].Value) : string.Empty);
            return ("money", $"{money.Groups["kind"].Value} {code} {value}", money.Groups["kind"].Value == "between");
        }

        if (OrdinalValue().Match(head) is { Success: true } ordinal)
        {
            return ("ordinal", int.Parse(ordinal.Groups[1].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), false);
        }

        if (IntervalTime().Match(head) is { Success: true } interval)
        {
            var grain = interval.Groups["grain"].Value.ToLowerInvariant();
            return (grain, $"{Format(Moment(interval.Groups["from"].Value), grain)}/{Format(Moment(interval.Groups["to"].Value), grain)}", true);
        }

        if (PointTime().Match(head) is { Success: true } time)
        {
            var grain = time.Groups["grain"].Value.ToLowerInvariant();
            return (grain, Format(Moment(time.Groups["at"].Value), grain), false);
        }

        var kind = head.Split(' ', 2)[0];
        return (kind, kind, false);
    }

    private static string Number(string written) => decimal.Parse(written, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>"2013, 2, 12, 4, 30, 0" as a moment.</summary>
    private static DateTime Moment(string tuple)
    {
        var p = tuple.Split(',').Select(x => int.Parse(x.Trim(), CultureInfo.InvariantCulture)).ToArray();
        return new DateTime(p[0], p[1], p[2], p[3], p[4], p[5], DateTimeKind.Unspecified);
    }

    [GeneratedRegex(@"examples\s*\((?<head>[^\[]*?)\)\s*\[(?<phrases>[^\]]*)\]", RegexOptions.Singleline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Block();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"NumeralValue\s+\(?(-?[0-9.e]+)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NumeralValue();

    [GeneratedRegex(@"^(?<kind>simple|between|under|above)\s+(?<currency>[A-Za-z]+)\s+\(?(?<a>[0-9.e]+)(?:,\s*(?<b>[0-9.e]+))?\)?", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex MoneyValue();

    [GeneratedRegex(@"OrdinalData\s+\(?([0-9]+)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex OrdinalValue();

    [GeneratedRegex(@"^datetime(?:Holiday)?\s*\((?<at>\d+,\s*\d+,\s*\d+,\s*\d+,\s*\d+,\s*\d+)\)\s*(?<grain>\w+)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PointTime();

    [GeneratedRegex(@"^datetimeInterval(?:Holiday)?\s*\(\((?<from>\d+,\s*\d+,\s*\d+,\s*\d+,\s*\d+,\s*\d+)\),\s*\((?<to>\d+,\s*\d+,\s*\d+,\s*\d+,\s*\d+,\s*\d+)\)\)\s*(?<grain>\w+)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex IntervalTime();
}
