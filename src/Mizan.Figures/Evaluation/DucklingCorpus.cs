using System.Globalization;
using System.Text.RegularExpressions;

namespace Mizan.Figures.Evaluation;

/// <summary>One example of a Duckling corpus: the phrase and what Duckling expects it to mean.</summary>
/// <param name="Expected">Numeral: the number; Time: the ISO value at the example's grain (2013-02-12, 2013-02,
/// 2013, a week's Monday; a holiday's day), or the grain name when Mizan has no such value (hour, minute, second, interval).</param>
public sealed record DucklingExample(string Dimension, string Grain, string Expected, string Phrase);

/// <summary>
/// Reads Duckling's Haskell corpus files (<c>examples (&lt;expected&gt;) ["phrase", ...]</c>): NumeralValue for numbers,
/// datetime (y, m, d, h, m, s) Grain for times, datetimeHoliday (y, m, d, ...) Day as that day; intervals are read as
/// their kind, to be counted as misses.
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
            var (grain, expected) = Expectation(head);
            foreach (Match phrase in Phrase().Matches(block.Groups["phrases"].Value))
            {
                examples.Add(new DucklingExample(dimension, grain, expected, Regex.Unescape(phrase.Groups[1].Value)));
            }
        }

        return examples;
    }

    private static (string Grain, string Expected) Expectation(string head)
    {
        if (NumeralValue().Match(head) is { Success: true } numeral)
        {
            return ("number", decimal.Parse(numeral.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }

        if (DateTime().Match(head) is { Success: true } time)
        {
            var (y, m, d) = (int.Parse(time.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(time.Groups["d"].Value, CultureInfo.InvariantCulture));
            var grain = time.Groups["grain"].Value.ToLowerInvariant();
            var value = grain switch
            {
                "day" or "week" => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}"),
                "month" => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"),
                "year" => y.ToString(CultureInfo.InvariantCulture),
                _ => grain,
            };
            return (grain, value);
        }

        // A holiday is expected as its day: datetimeHoliday (2013, 10, 15, 0, 0, 0) Day "عيد الأضحى".
        if (HolidayTime().Match(head) is { Success: true } holiday)
        {
            return ("day", string.Create(CultureInfo.InvariantCulture, $"{int.Parse(holiday.Groups["y"].Value, CultureInfo.InvariantCulture):D4}-{int.Parse(holiday.Groups["m"].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(holiday.Groups["d"].Value, CultureInfo.InvariantCulture):D2}"));
        }

        var kind = head.Split(' ', 2)[0];
        return (kind, kind);
    }

    [GeneratedRegex(@"examples\s*\((?<head>[^\[]*?)\)\s*\[(?<phrases>[^\]]*)\]", RegexOptions.Singleline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Block();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"NumeralValue\s+\(?(-?[0-9.e]+)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NumeralValue();

    [GeneratedRegex(@"^datetime\s*\((?<y>\d+),\s*(?<m>\d+),\s*(?<d>\d+),[^)]*\)\s*(?<grain>\w+)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DateTime();

    [GeneratedRegex(@"^datetimeHoliday\s*\((?<y>\d+),\s*(?<m>\d+),\s*(?<d>\d+),[^)]*\)\s*Day", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex HolidayTime();
}
