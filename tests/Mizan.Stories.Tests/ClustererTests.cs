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
        clusterer.Add(new StoryArticle("a", Day, "x", Withdrawal));
        clusterer.Add(new StoryArticle("b", Day.AddDays(10), "y", Football));
        clusterer.Add(new StoryArticle("c", Day.AddDays(10), "z", Football + " في الجولة الأخيرة", NearDuplicateOf: "a"));
        clusterer.Add(new StoryArticle("d", Day.AddDays(10), "w", Football + " أمام جمهور كبير", NearDuplicateOf: "a"));
        Assert.Equal(["a", "c", "d"], clusterer.Stories().Single(s => s.ArticleIds.Contains("a")).ArticleIds);
    }

    [Fact]
    public void An_undated_article_needs_stronger_evidence()
    {
        var clusterer = new StoryClusterer(new StoryOptions { JoinThreshold = 0.1, UndatedJoinThreshold = 0.99 });
        clusterer.Add(new StoryArticle("a", Day, "x", Withdrawal));
        var undated = clusterer.Add(new StoryArticle("b", null, "y", Withdrawal + " وقال مسؤول إن الانسحاب اكتمل"));
        Assert.True(undated.NewStory);
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
