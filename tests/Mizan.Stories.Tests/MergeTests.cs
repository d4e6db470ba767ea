using Mizan.Testing;

namespace Mizan.Stories.Tests;

/// <summary>
/// Two stories an article bridges become one (<see cref="StoryOptions.MergeMargin"/>), with a model that weighs the
/// content words alone: two articles a little less alike than the bar start two stories, and a third alike to both
/// joins one of them and brings the other in. And stories without titles are linked by their own storyline model.
/// </summary>
public sealed class MergeTests
{
    /// <summary>Content words only: an article joins a story whose mean body cosine with it reaches 0.7.</summary>
    private static readonly StoryOptions Options = BodyOnlyModel.Options;

    private static readonly StoryArticle[] Stream =
    [
        new("a", null, "x", "alpha bravo charlie delta echo foxtrot"),
        new("b", null, "y", "charlie delta echo foxtrot golf hotel"),
        new("c", null, "z", "alpha bravo charlie delta echo foxtrot golf hotel"),
    ];

    [Fact]
    public void An_article_that_clears_the_bar_of_two_stories_merges_them_when_they_are_alike_enough()
    {
        var clusterer = new StoryClusterer(Options with { MergeMargin = 0.5 });
        Assert.True(clusterer.Add(Stream[0]).NewStory);
        Assert.True(clusterer.Add(Stream[1]).NewStory);
        var bridge = clusterer.Add(Stream[2]);

        Assert.False(bridge.NewStory);
        Assert.NotNull(bridge.Absorbed);
        Assert.True(clusterer.IsMerged(bridge.Absorbed.Value));
        Assert.Equal(["a", "b", "c"], Assert.Single(clusterer.Stories()).ArticleIds.Order(StringComparer.Ordinal));
        Assert.All(Stream, a => Assert.Equal(bridge.StoryId, clusterer.StoryOfArticle(a.Id)));
        Assert.Equal(1, clusterer.LiveStories);
        Assert.Equal(2, clusterer.StoryCount);

        // The merged story is empty and links to no storyline.
        var line = Assert.Single(Storylines.Link(clusterer));
        Assert.Equal([bridge.StoryId], line.StoryIds);
    }

    [Fact]
    public void Two_stories_stay_apart_when_they_are_less_alike_than_the_margin_asks()
    {
        // Between the two stories' articles the mean cosine is about 0.77: log-odds 0.7, short of a margin of 1.
        var clusterer = new StoryClusterer(Options with { MergeMargin = 1.0 });
        foreach (var article in Stream)
        {
            Assert.Null(clusterer.Add(article).Absorbed);
        }

        Assert.Equal(2, clusterer.Stories().Count);
        var never = new StoryClusterer(Options with { MergeMargin = null });
        Assert.Equal(2, Stream.Select(never.Add).Count(a => a.NewStory));
    }

    [Fact]
    public void Stories_without_titles_are_linked_by_the_storyline_model_fitted_without_titles()
    {
        // Each article its own story; the two stories are linked only by a model that takes their cosine (about 0.67).
        var apart = Options with { UndatedJoinScore = 100, UntitledUndatedJoinScore = 100, MergeMargin = null };
        var clusterer = new StoryClusterer(apart);
        clusterer.Add(Stream[0]);
        clusterer.Add(Stream[1]);
        var lenient = new StoryWeights([10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], -5);
        var strict = new StoryWeights([10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], -9);

        Assert.Single(Storylines.Link(clusterer, new StorylineOptions { Weights = strict, JoinScore = 0, UntitledWeights = lenient, UntitledJoinScore = 0 }));
        Assert.Equal(2, Storylines.Link(clusterer, new StorylineOptions { Weights = lenient, JoinScore = 0, UntitledWeights = strict, UntitledJoinScore = 0 }).Count);
    }

    [Fact]
    public void A_merged_story_is_read_back_empty_and_the_next_article_is_assigned_as_before()
    {
        var options = Options with { MergeMargin = 0.5 };
        var first = new StoryClusterer(options);
        foreach (var article in Stream)
        {
            first.Add(article);
        }

        using var bytes = new MemoryStream();
        first.Save(bytes);
        bytes.Position = 0;
        var second = StoryClusterer.Load(bytes, options);
        Assert.Equal(first.LiveStories, second.LiveStories);
        Assert.Equal(Enumerable.Range(0, first.StoryCount).Select(first.IsMerged), Enumerable.Range(0, second.StoryCount).Select(second.IsMerged));

        var next = new StoryArticle("d", null, "w", "alpha bravo charlie delta echo foxtrot golf");
        Assert.Equal(first.Add(next), second.Add(next));
        Assert.Equal(first.Stories().Select(s => string.Join(',', s.ArticleIds)), second.Stories().Select(s => string.Join(',', s.ArticleIds)));
    }
}
