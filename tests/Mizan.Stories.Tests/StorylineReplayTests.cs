using System.Globalization;

namespace Mizan.Stories.Tests;

/// <summary>
/// Linking with the last linking's decisions replayed weighs the stories it weighs against the same lines, with the
/// same floats to the bit, as linking everything again: a line's sums added up late are added in the order its stories
/// joined, and no replayed story is lost from its line.
/// </summary>
public sealed class StorylineReplayTests
{
    private static readonly DateTimeOffset Start = new(2015, 6, 1, 6, 0, 0, TimeSpan.FromHours(3));

    /// <summary>
    /// 1,500 articles over 90 days on 150 sagas, some undated: half of the articles follow up an article of the last
    /// few (stories of several articles), the rest come back to a saga days later (a new story, which links into the
    /// saga's storyline), so there are many stories and storylines of many stories.
    /// </summary>
    private static List<StoryArticle> Stream()
    {
        var random = new Random(42);
        const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var pool = Enumerable.Range(0, 900).Select(_ => new string(Enumerable.Range(0, random.Next(4, 7)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray())).Distinct().ToList();
        var sagas = Enumerable.Range(0, 150).Select(_ => Enumerable.Range(0, 8).Select(_ => pool[random.Next(pool.Count)]).ToArray()).ToList();
        var articles = new List<StoryArticle>();
        var sagaOf = new List<int>();
        for (var i = 0; i < 1500; i++)
        {
            var saga = i > 10 && random.Next(2) == 0 ? sagaOf[random.Next(i - 10, i)] : random.Next(sagas.Count);
            sagaOf.Add(saga);
            var words = sagas[saga];
            var text = string.Join(' ', Enumerable.Range(0, 30).Select(_ => random.Next(4) == 0 ? pool[random.Next(pool.Count)] : words[random.Next(words.Length)]));
            DateTimeOffset? published = random.Next(10) == 0 ? null : Start.AddHours(i * 1.44);
            var title = string.Join(' ', Enumerable.Range(0, 4).Select(_ => words[random.Next(words.Length)]));
            articles.Add(new StoryArticle(string.Create(CultureInfo.InvariantCulture, $"a{i:D4}"), published, $"outlet{random.Next(9)}", text, title));
        }

        return StoryClusterer.Order(articles).ToList();
    }

    [Fact]
    public void Replaying_up_to_a_changed_story_first_in_the_middle_or_last_weighs_the_rest_as_linking_everything_again()
    {
        var clusterer = new StoryClusterer();
        foreach (var article in Stream())
        {
            clusterer.Add(article);
        }

        var full = Link(clusterer, null, new HashSet<int>(), out var memo, out var weighedAll);
        Assert.True(clusterer.StoryCount > 500, $"{clusterer.StoryCount} stories");
        Assert.True(full.Count(l => l.StoryIds.Count >= 3) > 50, $"{full.Count(l => l.StoryIds.Count >= 3)} storylines of three stories or more");

        var position = memo.Order.Index().ToDictionary(p => p.Item, p => p.Index);
        foreach (var from in new[] { 0, memo.Order.Count / 3, memo.Order.Count / 2, memo.Order.Count - 1, memo.Order.Count })
        {
            // A story said to have changed is weighed again with every one after it, whether or not it changed.
            var changed = from < memo.Order.Count ? new HashSet<int> { memo.Order[from] } : [];
            var replayed = Link(clusterer, memo, changed, out var again, out var weighed);
            Assert.Equal(Lines(full), Lines(replayed));
            Assert.Equal(Bytes(memo), Bytes(again));
            Assert.Equal(Bits(weighedAll.Where(w => position[w.Story] >= from)), Bits(weighed));
            if (from < memo.Order.Count)
            {
                Assert.NotEmpty(weighed);
            }
        }
    }

    [Fact]
    public void Linking_after_new_articles_replays_the_earlier_decisions_and_weighs_the_rest_as_linking_everything_again()
    {
        var stream = Stream();
        var cut = stream.Count - 60;
        var clusterer = new StoryClusterer();
        foreach (var article in stream.Take(cut))
        {
            clusterer.Add(article);
        }

        Link(clusterer, null, new HashSet<int>(), out var memo, out _);
        var changed = stream.Skip(cut).Select(a => clusterer.Add(a).StoryId).ToHashSet();
        var replayed = Link(clusterer, memo, changed, out var again, out var weighed);
        var full = Link(clusterer, null, new HashSet<int>(), out var whole, out var weighedAll);

        Assert.Equal(Lines(full), Lines(replayed));
        Assert.Equal(Bytes(whole), Bytes(again));
        var first = whole.Order.FindIndex(changed.Contains);
        Assert.InRange(first, 1, whole.Order.Count - 1);
        var weighedLater = whole.Order.Skip(first).ToHashSet();
        Assert.Equal(Bits(weighedAll.Where(w => weighedLater.Contains(w.Story))), Bits(weighed));
    }

    /// <summary>
    /// The bits compared above would tell a wrong order apart: for some line a replay weighed a story against, the sums of
    /// its replayed stories (the ones added up late) give other floats for the story's terms when added in reverse.
    /// </summary>
    [Fact]
    public void The_floats_compared_depend_on_the_order_a_line_is_added_up_in()
    {
        var clusterer = new StoryClusterer();
        foreach (var article in Stream())
        {
            clusterer.Add(article);
        }

        Link(clusterer, null, new HashSet<int>(), out var memo, out _);
        var from = memo.Order.Count / 2;
        Link(clusterer, memo, new HashSet<int> { memo.Order[from] }, out _, out var weighed);
        var ordered = weighed.Any(w =>
        {
            var members = memo.Order.Take(from).Where((_, i) => memo.LineOf[i] == w.Line).ToList();
            var forward = Sum(clusterer, members);
            var reverse = Sum(clusterer, Enumerable.Reverse(members));
            return clusterer.SumsOf(w.Story)[Channel.Body].Keys.Any(term =>
                BitConverter.SingleToInt32Bits(forward[Channel.Body].GetValueOrDefault(term)) != BitConverter.SingleToInt32Bits(reverse[Channel.Body].GetValueOrDefault(term)));
        });
        Assert.True(ordered, "no weighed line whose sums depend on the order they are added in");
    }

    private static IReadOnlyList<Storyline> Link(StoryClusterer clusterer, StorylineMemo? previous, HashSet<int> changed, out StorylineMemo memo, out List<Storylines.Weighing> weighed)
    {
        var seen = new List<Storylines.Weighing>();
        var lines = Storylines.Link(clusterer, null, previous, changed, out memo, seen.Add);
        weighed = seen;
        return lines;
    }

    private static StorySums Sum(StoryClusterer clusterer, IEnumerable<int> stories)
    {
        var sums = new StorySums();
        foreach (var story in stories)
        {
            sums.Add(clusterer.SumsOf(story));
        }

        return sums;
    }

    private static List<string> Lines(IReadOnlyList<Storyline> lines) => lines.Select(l => string.Join(',', l.StoryIds)).ToList();

    private static byte[] Bytes(StorylineMemo memo)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            memo.Write(writer);
        }

        return bytes.ToArray();
    }

    /// <summary>Each weighing as the bits of its floats, so that a difference in the last bit fails the comparison.</summary>
    private static List<string> Bits(IEnumerable<Storylines.Weighing> weighed) =>
        weighed.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Story}>{w.Line}:{BitConverter.DoubleToInt64Bits(w.Body):X}:{string.Join(',', w.Features.Select(f => BitConverter.DoubleToInt64Bits(f).ToString("X", CultureInfo.InvariantCulture)))}")).ToList();
}
