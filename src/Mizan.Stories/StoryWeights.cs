using System.Globalization;

namespace Mizan.Stories;

/// <summary>
/// What the grouping compares between an article and a story (each a mean over the story's articles): the cosines of
/// their content words, titles, people and organizations, places, numbers and ledes; a title against the other's text; the
/// days between them; whether they come from one outlet.
/// </summary>
public enum StoryFeature
{
    Body,
    Title,
    People,
    Places,
    Numbers,
    TitleBody,
    Days,
    SameOutlet,
    Lede,
}

/// <summary>
/// A linear score over <see cref="StoryFeature"/>s: the log-odds that two articles report one event (or one
/// storyline), fitted by logistic regression on article pairs of a labelled development set
/// (<c>mizan eval stories --gold docs/stories-dev.tsv --fit</c>, half A only).
/// </summary>
public sealed record StoryWeights(IReadOnlyList<double> Weights, double Bias)
{
    public static int Count { get; } = Enum.GetValues<StoryFeature>().Length;

    /// <summary>
    /// Two dated articles, one event. Fitted on half A of docs/stories-dev.tsv (81,003 pairs): see docs/stories.md.
    /// </summary>
    public static StoryWeights Dated { get; } = new([3.79, 5.16, -0.41, 2.01, 1.64, 5.11, -0.83, -1.62, 4.40], -6.49);

    /// <summary>An undated article, one event: the same fit with every date removed (no days feature).</summary>
    public static StoryWeights Undated { get; } = new([5.10, 4.55, -0.61, 2.36, 2.09, 5.65, 0, -1.52, 4.73], -8.35);

    /// <summary>
    /// A dated article without a title, one event: the fit of <see cref="Dated"/> with every title removed (a first
    /// line that reads as a headline then stands in for it, as for plain-text files: on SaudiNewsNet's bodies that is
    /// mostly a dateline, hence its negative weight).
    /// </summary>
    public static StoryWeights DatedUntitled { get; } = new([9.76, -3.45, -0.73, 2.07, 1.18, 3.93, -0.78, -1.62, 6.97], -5.97);

    /// <summary>An undated article without a title, one event: the fit of <see cref="Undated"/> with every title removed.</summary>
    public static StoryWeights UndatedUntitled { get; } = new([11.66, -4.96, -0.94, 2.27, 1.72, 6.20, 0, -1.56, 7.40], -7.88);

    /// <summary>Two articles, one storyline (a saga of events): fitted on the storyline labels of half A, no days feature.</summary>
    public static StoryWeights Storyline { get; } = new([8.62, 1.80, 1.00, 1.61, 1.42, 6.61, 0, -1.03, 2.84], -7.08);

    public double Score(ReadOnlySpan<double> features)
    {
        var score = Bias;
        for (var i = 0; i < Weights.Count; i++)
        {
            score += Weights[i] * features[i];
        }

        return score;
    }

    public override string ToString() =>
        string.Join(", ", Enum.GetValues<StoryFeature>().Select((f, i) => string.Create(CultureInfo.InvariantCulture, $"{f} {Weights[i]:0.00}"))) +
        string.Create(CultureInfo.InvariantCulture, $", bias {Bias:0.00}");
}
