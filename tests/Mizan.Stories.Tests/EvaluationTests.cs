using Mizan.Stories.Evaluation;
using Mizan.Testing;
using Mizan.Text;

namespace Mizan.Stories.Tests;

/// <summary>The labelled set of the grouping evaluation is built by its stated rules.</summary>
public sealed class EvaluationTests
{
    private const string Lede = "أعلنت وزارة الداخلية السعودية القبض على خلية إرهابية في الرياض تضم عشرة عناصر خططوا لتفجير مساجد";

    [Fact]
    public void Wire_copies_in_different_outlets_are_labelled_together()
    {
        var day = new DateTimeOffset(2015, 7, 21, 0, 0, 0, TimeSpan.Zero);
        var labels = GroupingLabeller.Build(
        [
            new LabelledArticle("a", "spa", day, Lede + " وقال المتحدث الأمني إن التحقيقات مستمرة"),
            new LabelledArticle("b", "okaz", day, Lede + " وأضاف مصدر أن العملية تمت بنجاح"),
            new LabelledArticle("c", "okaz", day, Lede),
        ], apartPairs: 0, seed: 1);
        var pair = Assert.Single(labels.Together);
        Assert.Equal(("a", "b"), (pair.First, pair.Second));
    }

    [Fact]
    public void Different_places_on_nearby_days_are_labelled_apart()
    {
        var day = new DateTimeOffset(2015, 7, 21, 0, 0, 0, TimeSpan.Zero);
        var labels = GroupingLabeller.Build(
        [
            new LabelledArticle("a", "x", day, "انفجار في عدن أسفر عن قتلى"),
            new LabelledArticle("b", "y", day.AddDays(2), "مهرجان ثقافي في جدة يستقبل الزوار"),
        ], apartPairs: 10, seed: 1);
        Assert.NotEmpty(labels.Apart);
        Assert.All(labels.Apart, p => Assert.NotEqual(p.First, p.Second));
    }

    [Fact]
    public void Places_are_found_through_their_clitics() =>
        Assert.Equal(["عدن", "جده"], GroupingLabeller.PlacesOf("وصل الوفد إلى عدن قادما من جدة وبعدن").Order(StringComparer.Ordinal).Reverse());

    [Fact]
    public void Scores_count_pairs_kept_together_and_apart()
    {
        var labels = new GroupingLabels([new("a", "b", "r"), new("a", "c", "r")], [new("a", "d", "r")]);
        var score = GroupingScore.Of(labels, new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 2, ["d"] = 3 });
        Assert.Equal(0.5, score.TogetherRecall);
        Assert.Equal(1.0, score.ApartPrecision);
    }

    [Fact]
    public void Every_story_data_file_states_its_provenance() =>
        DataFileChecks.HaveProvenance(new LanguageDataFiles(typeof(StoryClusterer).Assembly, "Mizan.Stories.Data."), expectedFiles: 1);
}
