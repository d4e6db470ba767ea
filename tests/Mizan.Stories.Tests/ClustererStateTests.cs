namespace Mizan.Stories.Tests;

/// <summary>The clusterer's state written out and read back: a store groups new articles from it.</summary>
public sealed class ClustererStateTests
{
    private static readonly DateTimeOffset Start = new(2015, 7, 1, 8, 0, 0, TimeSpan.FromHours(3));

    /// <summary>
    /// A stream of 400 articles over 60 days on 40 subjects, some wire copies, some undated, some without a title:
    /// enough for stories to close after their quiet period and for closed stories to leave the undated reach.
    /// </summary>
    private static List<StoryArticle> Stream()
    {
        var random = new Random(15);
        string[] words = ["انفجار", "مسجد", "وزارة", "الداخلية", "الصحة", "مباراة", "الهلال", "النصر", "أمطار", "سيول", "جامعة", "تبوك", "طلاب", "إيران", "الاتفاق", "النووي", "اليمن", "الحوثيين", "عدن", "الحج", "مكة", "حجاج", "كورونا", "إصابات", "وفيات", "مرور", "حادث", "طريق", "مطار", "رحلات", "نفط", "أسعار", "سوق", "أسهم", "تعليم", "مدارس", "قمة", "الرياض", "مجلس", "الشورى"];
        var subjects = Enumerable.Range(0, 40).Select(_ => Enumerable.Range(0, 8).Select(_ => words[random.Next(words.Length)]).ToArray()).ToList();
        var articles = new List<StoryArticle>();
        for (var i = 0; i < 400; i++)
        {
            var subject = subjects[random.Next(subjects.Count)];
            var text = string.Join(' ', Enumerable.Range(0, 30).Select(_ => random.Next(4) == 0 ? words[random.Next(words.Length)] : subject[random.Next(subject.Length)]));
            DateTimeOffset? published = random.Next(6) == 0 ? null : Start.AddHours(i * 3.6);
            var copyOf = i > 10 && random.Next(12) == 0 ? articles[random.Next(i - 10, i)].Id : null;
            var title = random.Next(5) == 0 ? null : string.Join(' ', subject.Take(4));
            articles.Add(new StoryArticle($"a{i:D3}", published, $"outlet{random.Next(7)}", text, title, copyOf));
        }

        return StoryClusterer.Order(articles).ToList();
    }

    [Fact]
    public void A_clusterer_read_back_at_any_point_assigns_the_rest_exactly_as_the_one_that_never_stopped()
    {
        var stream = Stream();
        var whole = new StoryClusterer();
        var expected = stream.Select(whole.Add).ToList();
        Assert.Contains(expected, a => a.NewStory);
        Assert.Contains(expected, a => !a.NewStory && a.Score < 1);

        var corrupted = 0;
        foreach (var cut in new[] { 1, 57, 200, 350, 399 })
        {
            var first = new StoryClusterer();
            var assigned = stream.Take(cut).Select(first.Add).ToList();
            Storylines.Link(first, null, null, new HashSet<int>(), out var memo);
            using var bytes = new MemoryStream();
            first.Save(bytes);
            bytes.Position = 0;
            var second = StoryClusterer.Load(bytes);
            var rest = stream.Skip(cut).Select(second.Add).ToList();
            assigned.AddRange(rest);

            Assert.Equal(expected, assigned);
            Assert.Equal(Signature(whole), Signature(second));
            Assert.Equal(whole.Operations, second.Operations);
            Assert.Equal(Lines(whole), Lines(second));

            // Linking again with the decisions before the cut replayed gives the storylines of linking everything again.
            var changed = rest.Select(a => a.StoryId).ToHashSet();
            var replayed = Storylines.Link(second, null, memo, changed, out _).Select(l => string.Join(',', l.StoryIds)).ToList();
            Assert.Equal(Lines(whole), replayed);

            // The decisions are replayed, not weighed again: a memo in which a story that joined a line started its
            // own gives other storylines.
            if (memo.LineOf.Index().Skip(1).FirstOrDefault(p => p.Item < memo.LineOf.Take(p.Index).Max() + 1 && memo.LineOf.Take(p.Index).Contains(p.Item)) is var (joined, _) && joined > 0)
            {
                var wrong = new StorylineMemo(new StorylineOptions());
                foreach (var (position, story) in memo.Order.Index())
                {
                    wrong.Add(story, position == joined ? memo.LineOf.Take(joined).Max() + 1 : memo.LineOf[position], memo.Candidates[position], memo.Cutoffs[position]);
                }

                Assert.NotEqual(Lines(whole), Storylines.Link(second, null, wrong, changed, out _).Select(l => string.Join(',', l.StoryIds)).ToList());
                corrupted++;
            }
        }

        Assert.True(corrupted > 0, "no cut had a story that joined a line to replay wrongly");
    }

    [Fact]
    public void Parts_written_after_each_step_only_for_the_stories_that_changed_read_back_as_the_whole_state()
    {
        var stream = Stream();
        var whole = new StoryClusterer();
        var expected = stream.Select(whole.Add).ToList();

        // A store that keeps the shared part and each story's latest part, written as an update would write them.
        var clusterer = new StoryClusterer();
        var stored = new Dictionary<int, byte[]>();
        byte[] shared = [];
        var written = new List<int>();
        var cuts = new[] { 0, 100, 101, 250, 320 };
        foreach (var (from, to) in cuts.Zip(cuts.Skip(1)))
        {
            foreach (var article in stream.Skip(from).Take(to - from))
            {
                clusterer.Add(article);
            }

            shared = clusterer.SaveShared();
            var parts = clusterer.SaveStories();
            written.Add(parts.Count);
            foreach (var (id, part) in parts)
            {
                stored[id] = part;
            }
        }

        // One article writes its story's part (and those of stories it closed), not every story's.
        Assert.InRange(written[1], 1, 4);
        Assert.True(written[3] < clusterer.StoryCount / 2, $"{written[3]} of {clusterer.StoryCount} stories written after 70 articles");
        Assert.Equal(Enumerable.Range(0, clusterer.StoryCount), stored.Keys.Order());

        var read = StoryClusterer.Load(shared, stored.OrderBy(p => p.Key).Select(p => p.Value).ToList());
        var rest = stream.Skip(cuts[^1]).Select(read.Add).ToList();
        Assert.Equal(expected.Skip(cuts[^1]), rest);
        Assert.Equal(Signature(whole), Signature(read));

        // A story's part missing is refused, not read as a smaller collection.
        Assert.Contains("stored", Assert.Throws<InvalidDataException>(() => StoryClusterer.Load(shared, stored.Values.Skip(1).ToList())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_of_another_layout_or_cut_short_is_refused_by_name()
    {
        var clusterer = new StoryClusterer();
        foreach (var article in Stream().Take(50))
        {
            clusterer.Add(article);
        }

        using var bytes = new MemoryStream();
        clusterer.Save(bytes);
        var cut = new MemoryStream(bytes.ToArray()[..(int)(bytes.Length / 2)]);
        Assert.Contains("cut short", Assert.Throws<InvalidDataException>(() => StoryClusterer.Load(cut)).Message, StringComparison.Ordinal);
        var other = bytes.ToArray();
        other[4] = 99; // the shared part's layout, after the part's length
        Assert.Contains("layout 99", Assert.Throws<InvalidDataException>(() => StoryClusterer.Load(new MemoryStream(other))).Message, StringComparison.Ordinal);

        // One story's part cut short is refused by name too, though the parts are read on every core at once.
        var again = new StoryClusterer();
        foreach (var article in Stream().Take(50))
        {
            again.Add(article);
        }

        var shared = again.SaveShared();
        var parts = again.SaveStories().OrderBy(p => p.Id).Select(p => p.State).ToList();
        Assert.Equal(again.StoryCount, parts.Count);
        Assert.Equal(again.StoryCount, StoryClusterer.Load(shared, parts).StoryCount);
        parts[3] = parts[3][..(parts[3].Length / 2)];
        Assert.Contains("cut short", Assert.Throws<InvalidDataException>(() => StoryClusterer.Load(shared, parts)).Message, StringComparison.Ordinal);
    }

    private static List<string> Signature(StoryClusterer clusterer) =>
        clusterer.Stories().Select(s => $"{s.Id}:{string.Join(',', s.ArticleIds)}|{string.Join(',', s.Outlets)}|{s.Start}|{s.End}|{string.Join(',', s.TopTerms)}").ToList();

    private static List<string> Lines(StoryClusterer clusterer) =>
        Storylines.Link(clusterer).Select(l => string.Join(',', l.StoryIds)).ToList();
}
