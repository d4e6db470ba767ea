using System.Globalization;

namespace Mizan.Figures.Evaluation;

/// <summary>
/// What Duckling's Time examples mean read the way news means them: for each example (by its number, 1-based, in the
/// order <see cref="DucklingCorpus.Parse"/> gives), the rule of the labelling protocol that decides it and the value it
/// takes (docs/duckling-time-news.tsv; the protocol is in docs/figures.md). Duckling leans to the future (a bare
/// weekday is the next one); news reports what happened (the last one), so the news reading of an example is scored
/// against these values, not Duckling's.
/// </summary>
public sealed class DucklingNewsLabels
{
    private readonly Dictionary<int, (string Rule, string Value)> labels;

    private DucklingNewsLabels(Dictionary<int, (string Rule, string Value)> labels) => this.labels = labels;

    public int Count => labels.Count;

    /// <summary>
    /// Reads the labels (tab-separated id, rule, news_value, note; # starts a comment; the header line names the
    /// columns). A bad line throws <see cref="FormatException"/> naming <paramref name="source"/> and the line.
    /// </summary>
    public static DucklingNewsLabels Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var labels = new Dictionary<int, (string, string)>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 3 || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1
                || cells[1].Length == 0 || cells[2].Length == 0)
            {
                throw new FormatException($"{source}:{n + 1}: expected an example number, a rule and a value separated by tabs");
            }

            if (!labels.TryAdd(id, (cells[1], cells[2])))
            {
                throw new FormatException($"{source}:{n + 1}: example {id} is labelled twice");
            }
        }

        return new DucklingNewsLabels(labels);
    }

    /// <summary>
    /// The examples with their news values in place of Duckling's. Every example must be labelled, with a value of the
    /// same shape as Duckling's (its grain's format, a span for a span), else <see cref="FormatException"/> names it.
    /// </summary>
    public IReadOnlyList<(DucklingExample Example, string Rule)> Apply(IReadOnlyList<DucklingExample> examples, string source)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (labels.Keys.FirstOrDefault(id => id > examples.Count) is var extra && extra > 0)
        {
            throw new FormatException($"{source}: example {extra} is labelled, but the corpus has {examples.Count}");
        }

        var result = new List<(DucklingExample, string)>(examples.Count);
        for (var i = 0; i < examples.Count; i++)
        {
            if (!labels.TryGetValue(i + 1, out var label))
            {
                throw new FormatException($"{source}: example {i + 1} («{examples[i].Phrase}») has no label");
            }

            if (Shape(label.Value) != Shape(examples[i].Expected))
            {
                throw new FormatException($"{source}: example {i + 1}: {label.Value} is not written as Duckling's {examples[i].Expected}");
            }

            result.Add((examples[i] with { Expected = label.Value }, label.Rule));
        }

        return result;
    }

    /// <summary>Digits as 9: 2013-02-12T04:30 → 9999-99-99T99:99.</summary>
    private static string Shape(string value) => string.Concat(value.Select(c => char.IsAsciiDigit(c) ? '9' : c));
}
