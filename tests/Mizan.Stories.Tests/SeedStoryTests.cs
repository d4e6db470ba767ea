using System.Globalization;
using System.Text.Json;
using Mizan.Testing;

namespace Mizan.Stories.Tests;

/// <summary>The seed reference's grouping: 000, 001 and 004 are one story, 003 another; all five are one storyline.</summary>
public sealed class SeedStoryTests
{
    private static List<StoryArticle> Seeds() =>
        Repository.SampleArticles().Select(path =>
        {
            var meta = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".meta.json"))).RootElement;
            var published = meta.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                ? DateTimeOffset.Parse(p.GetString()!, CultureInfo.InvariantCulture)
                : (DateTimeOffset?)null;
            return new StoryArticle(Path.GetFileName(path)[..3], published, null, File.ReadAllText(path));
        }).ToList();

    [Fact]
    public void The_three_reports_of_the_announcement_are_one_story_and_the_spring_report_another()
    {
        var clusterer = new StoryClusterer();
        foreach (var article in StoryClusterer.Order(Seeds()))
        {
            clusterer.Add(article);
        }

        var stories = clusterer.Stories();
        var storyOf = stories.SelectMany(s => s.ArticleIds.Select(a => (a, s.Id))).ToDictionary(x => x.a, x => x.Id);
        Assert.Equal(storyOf["000"], storyOf["001"]);
        Assert.Equal(storyOf["000"], storyOf["004"]);
        Assert.NotEqual(storyOf["000"], storyOf["003"]);

        var storylines = Storylines.Link(clusterer);
        var line = storylines.Single(l => l.StoryIds.Contains(storyOf["000"]));
        Assert.All(storyOf.Values, story => Assert.Contains(story, line.StoryIds));
    }

    [Fact]
    public void The_grouping_does_not_depend_on_the_reading_order()
    {
        var seeds = Seeds();
        var forward = Shape(StoryClusterer.Cluster(seeds));
        var backward = Shape(StoryClusterer.Cluster(Enumerable.Reverse(seeds)));
        Assert.Equal(forward, backward);
    }

    private static string Shape(IReadOnlyList<Story> stories) =>
        string.Join(" | ", stories.Select(s => string.Join(",", s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
}
