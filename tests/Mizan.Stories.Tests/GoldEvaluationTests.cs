using Mizan.Stories.Evaluation;

namespace Mizan.Stories.Tests;

/// <summary>The scoring behind <c>mizan eval stories --gold</c>: the gold file, pairwise scores, the baseline and the fit.</summary>
public sealed class GoldEvaluationTests
{
    [Fact]
    public void A_gold_file_names_articles_by_file_and_position()
    {
        var rows = GoldStories.Parse(["# header", "", "A\t2015-07-21.zip\t44\tg24\tg24\tevent", "B\t2015-07-21.zip\t113\tg24b\tg24\thard"], "gold.tsv");
        Assert.Equal(2, rows.Count);
        Assert.Equal("2015-07-21.zip#44", rows[0].Key);
        Assert.Equal(("B", "g24b", "g24", "hard"), (rows[1].Half, rows[1].Event, rows[1].Storyline, rows[1].Kind));
    }

    [Theory]
    [InlineData("A\t2015-07-21.zip\t44\tg24\tg24", "expected 6")]
    [InlineData("A\t2015-07-21.zip\tx\tg24\tg24\tevent", "not a position")]
    [InlineData("A\t2015-07-21.zip\t0\tg24\tg24\tevent", "not a position")]
    [InlineData("A\t2015-07-21.zip\t4\tg24\tg24\tmaybe", "not one of")]
    [InlineData("A\t2015-07-21.zip\t4\t\tg24\tevent", "empty column")]
    public void A_bad_line_is_named_with_its_number(string line, string message)
    {
        var error = Assert.Throws<GoldFormatException>(() => GoldStories.Parse(["# header", line], "gold.tsv"));
        Assert.StartsWith("gold.tsv:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_labelled_twice_is_an_error()
    {
        var error = Assert.Throws<GoldFormatException>(() => GoldStories.Parse(["A\tf.zip\t1\te\tl\tevent", "B\tf.zip\t1\te2\tl\tevent"], "g"));
        Assert.Contains("labelled twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pairwise_scores_count_pairs_from_the_contingency_table()
    {
        // Gold: {a b c} {d}. Predicted: {a b} {c d}. Pairs: true 3 (ab ac bc), predicted 2 (ab cd), correct 1 (ab).
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "1", ["d"] = "2" };
        var predicted = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y", ["d"] = "y" };
        var score = PairwiseScore.Of(gold.Keys, gold, predicted);
        Assert.Equal((1L, 2L, 3L), (score.Correct, score.Predicted, score.True));
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(1 / 3.0, score.Recall, 6);
        Assert.Equal(0.4, score.F1, 6);
    }

    [Fact]
    public void An_article_the_grouping_left_out_counts_as_alone()
    {
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1" };
        var score = PairwiseScore.Of(gold.Keys, gold, new Dictionary<string, string>());
        Assert.Equal((0L, 0L, 1L), (score.Correct, score.Predicted, score.True));
    }

    [Fact]
    public void The_baseline_merges_alike_texts_first_and_stops_at_its_threshold()
    {
        var terms = new (string, IReadOnlyDictionary<string, int>)[]
        {
            ("a", new Dictionary<string, int> { ["انسحاب"] = 2, ["قوات"] = 1, ["عراق"] = 1 }),
            ("b", new Dictionary<string, int> { ["انسحاب"] = 1, ["قوات"] = 2, ["عراق"] = 1 }),
            ("c", new Dictionary<string, int> { ["هلال"] = 2, ["نصر"] = 1, ["عراق"] = 1 }),
        };
        var tree = new AgglomerativeBaseline(terms);
        var cut = tree.Cut(0.5);
        Assert.Equal(cut["a"], cut["b"]);
        Assert.NotEqual(cut["a"], cut["c"]);
        Assert.Single(tree.Cut(-1).Values.Distinct());
        Assert.Equal(3, tree.Cut(1.01).Values.Distinct().Count());
    }

    [Fact]
    public void The_fit_gives_a_feature_that_separates_the_pairs_a_positive_weight()
    {
        var random = new Random(7);
        var pairs = Enumerable.Range(0, 400).Select(i =>
        {
            var same = i % 4 == 0;
            var features = new double[StoryWeights.Count];
            features[(int)StoryFeature.Body] = same ? 0.4 + (random.NextDouble() * 0.4) : random.NextDouble() * 0.5;
            features[(int)StoryFeature.SameOutlet] = random.NextDouble();
            return (features, same);
        }).ToList();
        var weights = LogisticFit.Fit(pairs);
        Assert.True(weights.Weights[(int)StoryFeature.Body] > 5, weights.ToString());
        Assert.True(Math.Abs(weights.Weights[(int)StoryFeature.SameOutlet]) < 1.5, weights.ToString());
        Assert.True(weights.Bias < 0, weights.ToString());
    }

    [Fact]
    public void Pair_features_are_the_grouping_s_own()
    {
        var day = new DateTimeOffset(2015, 7, 21, 8, 0, 0, TimeSpan.Zero);
        const string Text = "أعلن العراق انتهاء المهمة القتالية لقوات التحالف الدولي وانسحاب القوات القتالية من قاعدة عين الأسد";
        var pairs = StoryClusterer.PairFeatures(
        [
            new StoryArticle("a", day, "x", Text, "انتهاء المهمة القتالية"),
            new StoryArticle("b", day.AddDays(2), "x", Text, "انتهاء المهمة القتالية"),
            new StoryArticle("c", day.AddDays(3), "y", "فاز الهلال على النصر في الدوري", "الهلال يفوز"),
        ], dated: true).ToList();
        Assert.Equal(3, pairs.Count);
        var same = pairs.Single(p => (p.First, p.Second) == ("a", "b")).Features;
        Assert.Equal(1, same[(int)StoryFeature.Body], 3);
        Assert.Equal(1, same[(int)StoryFeature.Title], 3);
        Assert.Equal(2, same[(int)StoryFeature.Days], 3);
        Assert.Equal(1, same[(int)StoryFeature.SameOutlet], 3);
        var other = pairs.Single(p => (p.First, p.Second) == ("a", "c")).Features;
        Assert.Equal(0, other[(int)StoryFeature.Body], 3);
        Assert.Equal(0, other[(int)StoryFeature.SameOutlet], 3);
    }

    [Fact]
    public void A_title_is_covered_by_another_article_that_mentions_its_words_in_any_order()
    {
        var day = new DateTimeOffset(2015, 7, 21, 8, 0, 0, TimeSpan.Zero);
        const string Text = "تحطم طائرة خاصة في بريطانيا وكانت تسقط قرب مطار بلاكبوش";
        var pairs = StoryClusterer.PairFeatures(
        [
            new StoryArticle("town", day, "x", Text, "طائرة خاصة تسقط قرب مطار بلاكبوش"),
            new StoryArticle("country", day, "y", Text + " أمس", "تحطم طائرة خاصة في بريطانيا"),
            new StoryArticle("match", day, "z", "فاز الهلال على النصر في الدوري", "الهلال يفوز على النصر"),
        ], dated: true).ToList();
        double[] Of(string a, string b) => pairs.Single(p => (p.First, p.Second) == (a, b)).Features;

        // Two titles in other words, each told in full by the other article: covered both ways, though the titles share
        // only two of their words.
        var told = Of("town", "country");
        Assert.Equal(1, told[(int)StoryFeature.TitleCovered], 3);
        Assert.InRange(told[(int)StoryFeature.Title], 0.05, 0.7);
        Assert.Equal(0, Of("town", "match")[(int)StoryFeature.TitleCovered], 3);
    }

    [Fact]
    public void Undated_articles_naming_their_weekday_are_alike_or_at_odds_by_it()
    {
        const string Text = "افتتح الأمير المعرض الدولي للكتاب في المدينة";
        var pairs = StoryClusterer.PairFeatures(
        [
            new StoryArticle("thursday", null, "x", Text, "افتتاح المعرض", Weekday: DayOfWeek.Thursday),
            new StoryArticle("thursday2", null, "y", Text, "افتتاح المعرض", Weekday: DayOfWeek.Thursday),
            new StoryArticle("saturday", null, "z", Text, "افتتاح المعرض", Weekday: DayOfWeek.Saturday),
            new StoryArticle("none", null, "w", Text, "افتتاح المعرض"),
            new StoryArticle("dated", new DateTimeOffset(2015, 7, 23, 8, 0, 0, TimeSpan.Zero), "v", Text, "افتتاح المعرض", Weekday: DayOfWeek.Thursday),
        ], dated: false).ToList();
        double[] Of(string a, string b) => pairs.Single(p => (p.First, p.Second) == (a, b)).Features;

        Assert.Equal(1, Of("thursday", "thursday2")[(int)StoryFeature.WeekdaySame], 3);
        Assert.Equal(0, Of("thursday", "thursday2")[(int)StoryFeature.WeekdayClash], 3);
        Assert.Equal(1, Of("thursday", "saturday")[(int)StoryFeature.WeekdayClash], 3);
        Assert.Equal(0, Of("thursday", "saturday")[(int)StoryFeature.WeekdaySame], 3);

        // An article that names no weekday, or a dated one (its date says its day), is neither.
        Assert.All(new[] { Of("thursday", "none"), Of("thursday", "dated") }, f =>
        {
            Assert.Equal(0, f[(int)StoryFeature.WeekdaySame], 3);
            Assert.Equal(0, f[(int)StoryFeature.WeekdayClash], 3);
        });
    }

    [Fact]
    public void Titles_naming_other_places_or_other_figures_are_at_odds()
    {
        var day = new DateTimeOffset(2015, 7, 21, 8, 0, 0, TimeSpan.Zero);
        const string Text = "باشر الهلال الأحمر البلاغات خلال أيام العيد في المنطقة";
        var pairs = StoryClusterer.PairFeatures(
        [
            new StoryArticle("baha", day, "x", Text, "هلال أحمر الباحة يباشر 116 بلاغاً", PlaceKeys: ["بالباحه", "الباحه"]),
            new StoryArticle("mecca", day, "y", Text, "هلال أحمر مكة يباشر 787 بلاغاً", PlaceKeys: ["مكه"]),
            new StoryArticle("baha2", day, "z", Text, "الهلال الأحمر بالباحة يباشر 116 بلاغاً", PlaceKeys: ["الباحه"]),
            new StoryArticle("none", day, "w", Text, "الهلال الأحمر يباشر البلاغات"),
        ], dated: true).ToList();
        double[] Of(string a, string b) => pairs.Single(p => (p.First, p.Second) == (a, b)).Features;

        var apart = Of("baha", "mecca");
        Assert.Equal(1, apart[(int)StoryFeature.TitlePlaceClash], 3);
        Assert.Equal(1, apart[(int)StoryFeature.TitleNumberClash], 3);
        Assert.Equal(0, apart[(int)StoryFeature.TitlePlaces], 3);

        // بالباحه and الباحه are one place: the proclitic the tagger took in is set aside.
        var alike = Of("baha", "baha2");
        Assert.Equal(1, alike[(int)StoryFeature.TitlePlaces], 3);
        Assert.Equal(1, alike[(int)StoryFeature.TitleNumbers], 3);
        Assert.Equal(0, alike[(int)StoryFeature.TitlePlaceClash], 3);
        Assert.Equal(0, alike[(int)StoryFeature.TitleNumberClash], 3);

        // A title that names no place and no figure is at odds with nothing.
        var silent = Of("baha", "none");
        Assert.Equal(0, silent[(int)StoryFeature.TitlePlaceClash], 3);
        Assert.Equal(0, silent[(int)StoryFeature.TitleNumberClash], 3);
    }

    [Fact]
    public void A_country_in_a_title_is_at_odds_with_no_town_it_holds()
    {
        // One crash told by two outlets: one names the airport's town, the other the country. Both texts name both.
        var day = new DateTimeOffset(2015, 8, 1, 8, 0, 0, TimeSpan.Zero);
        const string Text = "تحطمت طائرة خاصة سعودية في مطار بلاكبوش في بريطانيا ولقي أربعة أشخاص حتفهم";
        string[] places = ["بلاكبوش", "بريطانيا"];
        StoryArticle Town(string[]? countries) => new("town", day, "x", Text, "تحطم طائرة سعودية خاصة بمطار بلاكبوش", PlaceKeys: places, CountryKeys: countries);
        StoryArticle Country(string[]? countries) => new("country", day, "y", Text, "تحطم طائرة سعودية في بريطانيا", PlaceKeys: places, CountryKeys: countries);
        double Clash(string[]? countries) =>
            StoryClusterer.PairFeatures([Town(countries), Country(countries)], dated: true).Single().Features[(int)StoryFeature.TitlePlaceClash];

        Assert.Equal(1, Clash(null), 3);
        Assert.Equal(0, Clash(["بريطانيا"]), 3);
    }

    [Fact]
    public void Pair_ranking_finds_the_best_cut_and_the_average_precision()
    {
        // Ranked 3 (same), 2 (other), 1.5 (same), 1 (other): cuts give F1 0.667, 0.5, 0.8, 0.667; precision at each
        // same pair 1 and 2/3.
        var ranking = PairRanking.Of([(1.0, false), (3.0, true), (1.5, true), (2.0, false)]);
        Assert.Equal(0.8, ranking.BestF1, 6);
        Assert.Equal(1.5, ranking.BestCut);
        Assert.Equal((1 + (2 / 3.0)) / 2, ranking.AveragePrecision, 6);
        Assert.Equal((2, 4), (ranking.Positives, ranking.Pairs));
    }

    [Fact]
    public void Pair_ranking_never_cuts_between_tied_scores()
    {
        // Cutting between the two pairs at 2 would give F1 1.0; tied pairs go together: precision 0.5, recall 1.
        var ranking = PairRanking.Of([(2.0, true), (2.0, false), (1.0, false)]);
        Assert.Equal(2 / 3.0, ranking.BestF1, 6);
        Assert.Equal(2.0, ranking.BestCut);
    }
}
