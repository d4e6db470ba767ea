using Mizan.Text;

namespace Mizan.Stories.Tests;

/// <summary>The clustering rules on small constructed streams.</summary>
public sealed class ClustererTests
{
    private static readonly DateTimeOffset Day = new(2021, 12, 9, 12, 0, 0, TimeSpan.Zero);

    private const string Withdrawal = "أعلن العراق انتهاء المهمة القتالية لقوات التحالف الدولي وانسحاب القوات القتالية الأمريكية من قاعدة عين الأسد وبقاء المستشارين";
    private const string Football = "فاز نادي الهلال على النصر بثلاثة أهداف مقابل هدف في مباراة الدوري السعودي للمحترفين على ملعب الملك فهد الدولي";

    [Fact]
    public void Articles_on_one_event_share_a_story_and_another_event_starts_its_own()
    {
        var stories = StoryClusterer.Cluster(
        [
            new StoryArticle("a", Day, "x", Withdrawal),
            new StoryArticle("b", Day.AddHours(3), "y", Withdrawal + " وقال مسؤول إن الانسحاب اكتمل"),
            new StoryArticle("c", Day.AddHours(4), "z", Football),
        ]);
        Assert.Equal(2, stories.Count);
        Assert.Equal(["a", "b"], stories[0].ArticleIds);
        Assert.Equal(["x", "y"], stories[0].Outlets);
    }

    [Fact]
    public void A_titles_figures_are_its_numbers_in_any_length_script_or_words()
    {
        Assert.Equal(["#3", "#4", "#425000", "#1300000000"], ArticleTerms.Headline("الصحة: ثلاث إصابات بكورونا و4 وفيات و٤٢٥ ألف مراجع و1.3 مليار ريال").Figures);
        Assert.Empty(ArticleTerms.Headline("الصحة: لا إصابات جديدة بكورونا").Figures);
    }

    [Fact]
    public void Two_bulletins_whose_titles_count_differently_in_words_are_at_odds()
    {
        const string Body = "أعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا في الرياض وقالت إن الحالات تتلقى العلاج في المستشفى";
        var pair = StoryClusterer.PairFeatures(
        [
            new StoryArticle("a", Day, "x", Body, "الصحة: ثلاث إصابات بكورونا في الرياض"),
            new StoryArticle("b", Day.AddHours(3), "y", Body, "الصحة: سبع إصابات بكورونا في الرياض"),
        ], dated: true).Single();
        Assert.Equal(1.0, pair.Features[(int)StoryFeature.TitleNumberClash]);
        Assert.Equal(0.0, pair.Features[(int)StoryFeature.TitleNumbers]);
    }

    [Fact]
    public void A_story_closes_after_its_quiet_period()
    {
        var stories = StoryClusterer.Cluster(
        [
            new StoryArticle("a", Day, "x", Withdrawal),
            new StoryArticle("b", Day.AddDays(10), "y", Withdrawal),
        ]);
        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void A_story_takes_no_article_past_its_span()
    {
        var articles = Enumerable.Range(0, 8).Select(d => new StoryArticle($"a{d}", Day.AddDays(d), "x", Withdrawal)).ToList();
        var stories = StoryClusterer.Cluster(articles);
        Assert.Equal(2, stories.Count);
        Assert.All(stories, s => Assert.True(s.End - s.Start <= TimeSpan.FromDays(4)));
    }

    [Fact]
    public void A_near_duplicate_joins_its_original_at_once()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(new StoryArticle("a", Day, "x", Withdrawal));
        var copy = clusterer.Add(new StoryArticle("b", Day.AddDays(1), "y", Football, NearDuplicateOf: "a"));
        Assert.False(copy.NewStory);
        Assert.Single(clusterer.Stories());
    }

    [Fact]
    public void Copies_of_an_article_still_join_its_story_after_the_story_closed()
    {
        var clusterer = new StoryClusterer();
        var late = Day.AddDays(3.5);
        clusterer.Add(new StoryArticle("a", Day, "x", Withdrawal));
        clusterer.Add(new StoryArticle("b", late, "y", Football));
        clusterer.Add(new StoryArticle("c", late, "z", Football + " في الجولة الأخيرة", NearDuplicateOf: "a"));
        clusterer.Add(new StoryArticle("d", late, "w", Football + " أمام جمهور كبير", NearDuplicateOf: "a"));
        Assert.Equal(["a", "c", "d"], clusterer.Stories().Single(s => s.ArticleIds.Contains("a")).ArticleIds);
    }

    [Fact]
    public void A_copy_past_the_story_s_span_is_a_new_report()
    {
        // An outlet's template run again a week later ("no new cases today") reads as a copy of the first run.
        var clusterer = new StoryClusterer();
        clusterer.Add(new StoryArticle("a", Day, "x", Withdrawal));
        var again = clusterer.Add(new StoryArticle("b", Day.AddDays(7), "x", Withdrawal, NearDuplicateOf: "a"));
        Assert.True(again.NewStory);
        Assert.Equal(2, clusterer.Stories().Count);
    }

    [Fact]
    public void An_undated_article_against_a_dated_story_is_held_to_the_mixed_threshold()
    {
        var strict = new StoryClusterer(new StoryOptions { JoinScore = -10, UndatedJoinScore = -10, MixedJoinScore = 100 });
        strict.Add(new StoryArticle("a", Day, "x", Withdrawal));
        Assert.True(strict.Add(new StoryArticle("b", null, "y", Withdrawal + " وقال مسؤول إن الانسحاب اكتمل")).NewStory);

        var lenient = new StoryClusterer(new StoryOptions { JoinScore = 100, UndatedJoinScore = 100, MixedJoinScore = -10 });
        lenient.Add(new StoryArticle("a", Day, "x", Withdrawal));
        Assert.False(lenient.Add(new StoryArticle("b", null, "y", Withdrawal + " وقال مسؤول إن الانسحاب اكتمل")).NewStory);
    }

    [Fact]
    public void Undated_articles_group_with_each_other_by_what_they_say()
    {
        var stories = StoryClusterer.Cluster(
        [
            new StoryArticle("a", null, "x", Withdrawal),
            new StoryArticle("b", null, "y", Withdrawal + " وقال مسؤول إن الانسحاب اكتمل"),
            new StoryArticle("c", null, "z", Football),
        ]);
        Assert.Equal(2, stories.Count);
        Assert.Equal(["a", "b"], stories[0].ArticleIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_undated_article_still_reaches_a_story_that_closed_within_the_reach()
    {
        var options = new StoryOptions { MixedJoinScore = -10 };
        var clusterer = new StoryClusterer(options);
        var first = clusterer.Add(new StoryArticle("a", Day, "x", Withdrawal));
        clusterer.Add(new StoryArticle("b", Day.AddDays(10), "y", Football));
        Assert.Equal(first.StoryId, clusterer.Add(new StoryArticle("c", null, "z", Withdrawal)).StoryId);

        var beyond = new StoryClusterer(options);
        var old = beyond.Add(new StoryArticle("a", Day, "x", Withdrawal));
        beyond.Add(new StoryArticle("b", Day.AddDays(40), "y", Football));
        Assert.NotEqual(old.StoryId, beyond.Add(new StoryArticle("c", null, "z", Withdrawal)).StoryId);
    }

    [Fact]
    public void The_days_between_an_article_and_a_story_lower_its_score()
    {
        var near = new StoryClusterer();
        near.Add(new StoryArticle("a", Day, "x", Withdrawal));
        var far = new StoryClusterer(new StoryOptions { QuietPeriod = TimeSpan.FromDays(10), MaxSpan = TimeSpan.FromDays(10) });
        far.Add(new StoryArticle("a", Day, "x", Withdrawal));
        var text = Withdrawal + " وقال مسؤول إن الانسحاب اكتمل";
        Assert.True(near.Add(new StoryArticle("b", Day.AddHours(2), "y", text)).Score > far.Add(new StoryArticle("b", Day.AddDays(3), "y", text)).Score);
    }

    [Fact]
    public void A_first_line_that_reads_as_a_headline_is_one()
    {
        Assert.Equal("انسحاب القوات القتالية من العراق", Headline.FirstLine("\nانسحاب القوات القتالية من العراق\n\nأعلن العراق ..."));
        Assert.Equal("انسحاب القوات القتالية من العراق", Headline.FirstLine("سياسة عربية\n\nانسحاب القوات القتالية من العراق\nأعلن العراق ..."));
        Assert.Null(Headline.FirstLine("سياسة\nأعلن العراق ..."));
        Assert.Null(Headline.FirstLine("أعلن العراق انتهاء المهمة القتالية لقوات التحالف.\nوقال ..."));
        Assert.Null(Headline.FirstLine("سطر واحد بلا نص بعده"));
    }

    [Fact]
    public void Adding_an_article_twice_changes_nothing()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(new StoryArticle("a", Day, "x", Withdrawal));
        clusterer.Add(new StoryArticle("a", Day, "x", Withdrawal));
        Assert.Single(Assert.Single(clusterer.Stories()).ArticleIds);
    }

    [Fact]
    public void Unit_vectors_have_cosine_one_with_themselves()
    {
        var v = TermVector.FromWeights([new(1, 3f), new(5, 4f)], 10);
        Assert.Equal(1f, TermVector.Cosine(v, v), 5);
        Assert.Equal(0f, TermVector.Cosine(v, TermVector.Empty));
    }
}
