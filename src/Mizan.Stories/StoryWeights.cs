using System.Globalization;

namespace Mizan.Stories;

/// <summary>
/// What the grouping compares between an article and a story (each a mean over the story's articles): the cosines of
/// their content words, titles, people and organizations, places, numbers and ledes; a title against the other's text; the
/// days between them; whether they come from one outlet; the places and the numbers their titles state, alike and at
/// odds (two titles naming places, or figures, none of them shared: "هلال أحمر الباحة يباشر 116 بلاغاً" against
/// "هلال أحمر مكة يباشر أكثر من 17 ألف بلاغ", two reports of one kind that are not one event); and how much of each
/// title, by idf weight, the other article mentions anywhere (<see cref="TitleCovered"/>, the mean of both ways); and, for
/// two undated articles that each name a weekday as their day (اليوم الخميس), whether it is the same one.
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
    TitleCovered,
    WeekdaySame,
    WeekdayClash,
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
    /// Two dated articles, one event. Fitted on half A of docs/stories-dev.tsv (81,003 pairs), the days apart counted
    /// between the days the ledes say their events happened where they say it (<see cref="StoryArticle.EventDay"/>), and
    /// a title's figures read as numbers of any length, in digits or words (<see cref="ArticleTerms.Headline"/>), a
    /// title's places without the countries it names (<see cref="StoryArticle.CountryKeys"/>), and how much of each title
    /// the other article mentions (<see cref="StoryFeature.TitleCovered"/>, 200 terms an article mentions: see <see
    /// cref="StoryOptions.MentionTerms"/>): see docs/stories.md.
    /// </summary>
    public static StoryWeights Dated { get; } = new([3.01, 2.94, -0.96, 1.62, 1.27, 2.14, -0.71, -0.88, 4.73, -0.22, -2.78, 3.68, -0.77, 5.24, 0.00, 0.00], -7.11);

    /// <summary>An undated article, one event: the same fit with every date removed (no days feature), with the weekdays
    /// two undated articles name as their day, alike or not (<see cref="StoryFeature.WeekdaySame"/>, <see
    /// cref="StoryFeature.WeekdayClash"/>). Of half A's 403 articles, 165 name one without their date; of the 120 pairs of
    /// one event where both do, 80 name the same weekday, of the 13,410 pairs of two events 2,062: the pairs of one event
    /// sort better (average precision 0.727 → 0.746; held-out B 0.317 → 0.337).</summary>
    public static StoryWeights Undated { get; } = new([4.00, 2.36, -1.34, 1.67, 1.59, 2.18, 0.00, -0.93, 4.87, -0.11, -2.72, 3.68, -1.05, 6.23, 1.63, -0.28], -8.99);

    /// <summary>
    /// A dated article without a title, one event: fitted on half A with every title removed (a first line that reads
    /// as a headline then stands in for it, as for plain-text files: on SaudiNewsNet's bodies that is mostly a
    /// dateline) together with the pairs of two dated pages of docs/stories-web-2.tsv (W2: excerpts of other countries'
    /// papers, each wording an event its own way), W2's pairs weighed to count half as much in all as A's. The weight
    /// was chosen with the join thresholds by the mean events F1 of A without titles and of W2 (<c>eval stories --fit</c>
    /// with both files; dated / undated at the best threshold of each): W2 not used 0.570 / 0.580, a quarter 0.609 /
    /// 0.600, half 0.627 / 0.588, as much 0.603 / 0.596.
    /// </summary>
    public static StoryWeights DatedUntitled { get; } = new([13.32, -9.43, -2.43, 3.06, 1.96, 16.37, -1.80, -2.06, 3.08, -11.82, 1.62, -3.09, -2.59, 0.00, 0.00, 0.00], -4.95);

    /// <summary>An undated article without a title, one event: the fit of <see cref="DatedUntitled"/> with every date
    /// removed (every pair of W2's pages).</summary>
    public static StoryWeights UndatedUntitled { get; } = new([13.54, -3.33, -0.74, 3.71, 2.60, 2.77, 0.00, -2.89, 7.17, 0.14, 0.28, -1.48, -1.55, 0.00, 0.00, 0.00], -7.84);

    /// <summary>
    /// Two articles without titles, one storyline: fitted on the storyline labels of half A with every title and date
    /// removed and of W2 with every date removed, W2's pairs weighed half as much in all as A's (as <see
    /// cref="DatedUntitled"/>).
    /// </summary>
    public static StoryWeights UntitledStoryline { get; } = new([17.30, -4.75, 0.47, 3.82, 2.99, 15.12, 0.00, -2.68, 6.20, -0.83, 0.04, -5.99, -6.09, 0.00, 0.00, 0.00], -6.97);

    /// <summary>Two articles, one storyline (a saga of events): fitted on the storyline labels of half A, no days feature,
    /// with the titles' figures as <see cref="Dated"/> reads them. Not refitted when the titles' places left their
    /// countries out: the refit grouped half A's storylines worse (pairwise F1 0.711 against 0.717 with dates, 0.689 against
    /// 0.693 without, the events grouped by the new models either way). Nor when <see cref="StoryFeature.TitleCovered"/>
    /// came (weight 0 here): refitted with it, half A's storylines moved within 0.012 (0.729 / 0.751 / 0.703 against 0.718
    /// / 0.741 / 0.709 with dates, half of them, none), and held-out B's without titles lost 0.046.</summary>
    public static StoryWeights Storyline { get; } = new([10.12, 1.73, 0.99, 1.15, 1.05, 7.02, 0.00, -0.67, 2.72, -0.19, -0.52, 2.74, -2.47, 0.00, 0.00, 0.00], -7.06);

    /// <summary>The weight of one feature: 0 when the model has none for it (a model given fewer weights than features).</summary>
    public double WeightOf(StoryFeature feature) => (int)feature < Weights.Count ? Weights[(int)feature] : 0;

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
