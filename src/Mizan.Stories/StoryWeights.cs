using System.Globalization;

namespace Mizan.Stories;

/// <summary>
/// What the grouping compares between an article and a story (each a mean over the story's articles): the cosines of
/// their content words, titles, people and organizations, places, numbers and ledes; a title against the other's text; the
/// days between them; whether they come from one outlet; the places and the numbers their titles state, alike and at
/// odds (two titles naming places, or figures, none of them shared: "هلال أحمر الباحة يباشر 116 بلاغاً" against
/// "هلال أحمر مكة يباشر أكثر من 17 ألف بلاغ", two reports of one kind that are not one event).
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
    TitlePlaces,
    TitlePlaceClash,
    TitleNumbers,
    TitleNumberClash,
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
    public static StoryWeights Dated { get; } = new([3.73, 5.23, -0.39, 2.03, 1.53, 5.59, -0.83, -1.20, 4.34, -0.66, 0.10, 3.46, -1.64], -6.54);

    /// <summary>An undated article, one event: the same fit with every date removed (no days feature).</summary>
    public static StoryWeights Undated { get; } = new([5.44, 4.64, -0.52, 2.30, 1.88, 6.26, 0.00, -1.16, 4.35, -0.62, 0.26, 3.76, -1.97], -8.48);

    /// <summary>
    /// A dated article without a title, one event: the fit of <see cref="Dated"/> with every title removed (a first
    /// line that reads as a headline then stands in for it, as for plain-text files: on SaudiNewsNet's bodies that is
    /// mostly a dateline, hence its negative weight).
    /// </summary>
    public static StoryWeights DatedUntitled { get; } = new([9.89, -2.05, -0.77, 1.89, 1.33, 3.19, -0.78, -1.60, 6.91, 3.24, -2.21, -1.24, -1.08], -5.96);

    /// <summary>An undated article without a title, one event: the fit of <see cref="Undated"/> with every title removed.</summary>
    public static StoryWeights UndatedUntitled { get; } = new([11.89, -2.98, -0.98, 2.07, 1.87, 5.66, 0.00, -1.55, 7.28, 2.14, -2.42, -1.22, -1.14], -7.88);

    /// <summary>Two articles, one storyline (a saga of events): fitted on the storyline labels of half A, no days feature.</summary>
    public static StoryWeights Storyline { get; } = new([9.97, 2.09, 1.04, 1.09, 1.03, 6.97, 0.00, -0.69, 3.09, -0.27, -0.46, 3.38, -3.81], -7.13);

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
