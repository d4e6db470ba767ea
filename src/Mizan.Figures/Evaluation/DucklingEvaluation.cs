using System.Globalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures.Evaluation;

/// <summary>The outcome of one example.</summary>
public sealed record DucklingResult(DucklingExample Example, string? Got, bool Passed);

/// <summary>Runs Mizan's number and date readers on Duckling examples (reference time Tuesday 2013-02-12, UTC-2).</summary>
public static class DucklingEvaluation
{
    /// <summary>Duckling's reference time for its corpora; only the calendar date matters here.</summary>
    public static readonly DateOnly Reference = new(2013, 2, 12);

    public static DucklingResult Run(DucklingExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var tokens = Tokenizer.Tokenize(example.Phrase);
        string? got;
        if (example.Dimension == "Numeral")
        {
            var numbers = Numbers.All(example.Phrase, tokens);
            got = numbers.Count == 1 ? numbers[0].Value.ToString(CultureInfo.InvariantCulture) : null;
            return new DucklingResult(example, got, got is not null && decimal.Parse(got, CultureInfo.InvariantCulture) == decimal.Parse(example.Expected, CultureInfo.InvariantCulture));
        }

        var dates = Dates.Extract(example.Phrase, tokens, Reference);
        got = dates.Count == 0 ? null : $"{dates[0].Value ?? "null"} {dates[0].Granularity.ToString().ToLowerInvariant()}";
        var passed = dates.Count > 0 && dates[0].Value == example.Expected && dates[0].Granularity.ToString().Equals(example.Grain, StringComparison.OrdinalIgnoreCase);
        return new DucklingResult(example, got, passed);
    }
}
