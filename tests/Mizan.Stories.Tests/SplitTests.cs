using Mizan.Testing;

namespace Mizan.Stories.Tests;

/// <summary>
/// A story whose articles form two groups is split when it closes (<see cref="StoryOptions.SplitOnClose"/>), with a
/// model that weighs the content words alone (an article joins at a mean body cosine of 0.7). The stream: a1 and a2 share
/// a core of words; b1 shares most of a1's other words and enough of the core to join them (mean cosine about 0.74); a3
/// and a4 are the core again with words of their own, and join; against a1 to a4 together b1's mean cosine is about
/// 0.66, under the bar, while a1 to a4 are at least 0.75 apart from each other.
/// </summary>
public sealed class SplitTests
{
    private static readonly DateTimeOffset Day = new(2021, 12, 9, 8, 0, 0, TimeSpan.Zero);

    private static readonly StoryArticle[] Stream =
    [
        Article("a1", 0, Words(0, 16) + " " + Words(100, 10)),
        Article("a2", 1, Words(0, 16) + " " + Words(200, 1)),
        Article("b1", 2, Words(4, 12) + " " + Words(100, 10) + " " + Words(300, 1)),
        Article("a3", 3, Words(0, 16) + " " + Words(400, 1)),
        Article("a4", 4, Words(0, 16) + " " + Words(500, 1)),
    ];

    /// <summary>An article of another event, five days on: the story's quiet period is over when it comes.</summary>
    private static readonly StoryArticle Later = Article("later", 120, Words(700, 12));

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
        Assert.Equal(Day.AddHours(1), clusterer.StoryOf(first[0].StoryId).Start);
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

    private static StoryArticle Article(string id, int hours, string text) => new(id, Day.AddHours(hours), "outlet-" + id, text, "عنوان الخبر");

    /// <summary>Made-up Latin words, one for each number from <paramref name="from"/>: zbaa, zbab, ...</summary>
    private static string Words(int from, int count) =>
        string.Join(' ', Enumerable.Range(from, count).Select(k => "z" + (char)('b' + (k / 676)) + (char)('a' + (k / 26 % 26)) + (char)('a' + (k % 26))));
}
