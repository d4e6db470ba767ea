using Mizan.Testing;

namespace Mizan.Stories.Tests;

/// <summary>
/// A story whose articles form two groups is split when it closes (<see cref="StoryOptions.SplitOnClose"/>): the stream of
/// <see cref="TwoGroups"/>.
/// </summary>
public sealed class SplitTests
{
    private static readonly StoryArticle[] Stream = [.. TwoGroups.Story.Select(Article)];

    private static readonly StoryArticle Later = Article(TwoGroups.Later);

    [Fact]
    public void A_story_whose_articles_form_two_groups_is_split_when_it_closes()
    {
        var clusterer = new StoryClusterer(BodyOnlyModel.Options);
        var first = Stream.Select(clusterer.Add).ToList();
        Assert.All(first.Skip(1), a => Assert.Equal(first[0].StoryId, a.StoryId));
        Assert.Null(first[^1].Split);

        // Average link joins the closest pair first, a1 and b1 (cosine about 0.81), then a2 to a4; between the two
        // groups the mean falls short. The larger keeps the story, and its start moves to a2's.
        var later = clusterer.Add(Later);
        var made = clusterer.StoryOfArticle("b1")!.Value;
        Assert.Equal([first[0].StoryId, made], later.Split);
        Assert.Equal(["a2", "a3", "a4"], clusterer.StoryOf(first[0].StoryId).ArticleIds);
        Assert.Equal(TwoGroups.Day.AddHours(1), clusterer.StoryOf(first[0].StoryId).Start);
        Assert.Equal(["a1", "b1"], clusterer.StoryOf(made).ArticleIds);
        Assert.Equal(3, clusterer.LiveStories);
    }

    [Fact]
    public void Without_the_option_the_story_stays_whole()
    {
        var clusterer = new StoryClusterer(BodyOnlyModel.Options with { SplitOnClose = false });
        foreach (var article in Stream)
        {
            clusterer.Add(article);
        }

        Assert.Null(clusterer.Add(Later).Split);
        Assert.Equal(5, clusterer.Stories()[0].ArticleIds.Count);
    }

    [Fact]
    public void A_story_with_an_article_without_a_title_stays_whole()
    {
        var clusterer = new StoryClusterer(BodyOnlyModel.Options);
        foreach (var article in Stream)
        {
            clusterer.Add(article.Id == "a3" ? article with { Title = null } : article);
        }

        Assert.Null(clusterer.Add(Later).Split);
        Assert.Equal(5, clusterer.Stories()[0].ArticleIds.Count);
    }

    [Fact]
    public void An_open_story_written_and_read_back_is_split_as_the_one_written_would_be()
    {
        var whole = new StoryClusterer(BodyOnlyModel.Options);
        foreach (var article in Stream.Append(Later))
        {
            whole.Add(article);
        }

        var written = new StoryClusterer(BodyOnlyModel.Options);
        foreach (var article in Stream)
        {
            written.Add(article);
        }

        using var bytes = new MemoryStream();
        written.Save(bytes);
        bytes.Position = 0;
        var read = StoryClusterer.Load(bytes, BodyOnlyModel.Options);
        Assert.NotNull(read.Add(Later).Split);
        Assert.Equal(Ids(whole), Ids(read));
    }

    private static List<string> Ids(StoryClusterer clusterer) =>
        clusterer.Stories().Select(s => $"{s.Id}: {string.Join(' ', s.ArticleIds)}").ToList();

    private static StoryArticle Article((string Id, int Hours, string Text) a) => new(a.Id, TwoGroups.Day.AddHours(a.Hours), "outlet-" + a.Id, a.Text, "عنوان الخبر");
}
