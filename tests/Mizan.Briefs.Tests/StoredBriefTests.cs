using System.Text;
using System.Text.Json;
using Mizan.Application;
using Mizan.Briefs.Rendering;
using Mizan.Core.Json;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;
using Mizan.Stories;
using Mizan.Testing;

namespace Mizan.Briefs.Tests;

/// <summary>
/// A current store's brief is printed from the bytes it stored, and those bytes are exactly what the Markdown writer
/// and the indented serializer print for the brief read back into objects; anything new makes the store not current.
/// </summary>
public sealed class StoredBriefTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-stored-brief-" + Guid.NewGuid().ToString("N"));
    private readonly IArticleStore store;

    public StoredBriefTests()
    {
        Directory.CreateDirectory(folder);
        store = StoreLocation.Open(Path.Combine(folder, "mizan.db"));
        new Ingestor(store).Run(ArticleSources.Read([Repository.Samples]), _ => { });
    }

    [Fact]
    public void A_current_store_prints_the_markdown_and_json_of_its_brief_byte_for_byte()
    {
        Assert.Null(StoreBriefs.Current(store));
        var report = StoreBriefs.Rebuild(store);
        Assert.Equal((true, 5, 5), (report.FromScratch, report.Analysed, report.Grouped));
        var stored = StoreBriefs.Current(store);
        Assert.NotNull(stored);
        Assert.Equal(5, stored.Articles);

        // The stored brief is the brief of the same articles built at once, in memory.
        var built = BriefBuilder.Build(StoreBriefs.Analyse(store.Articles(withRawText: false).Select(StoreBriefs.FromStored).ToList()));
        Assert.Equal(built.Stories.Count, stored.Stories);
        using (var first = new StringWriter())
        {
            MarkdownBriefWriter.Write(built, first);
            Assert.Equal(first.ToString(), Printed(stored.WriteMarkdown));
        }

        var versioned = built with { Stories = built.Stories.Select(s => s with { BuiltBy = StoreBriefs.Version }).ToList() };
        Assert.Equal(JsonSerializer.Serialize(versioned, MizanJson.Indented), Printed(stored.WriteJson));
        var document = stored.Document(withArticles: true);
        Assert.Equal(built.Stories.Select(s => s.Id), document.Stories.Select(s => s.Id));
        Assert.Equal(JsonSerializer.Serialize(document, MizanJson.Indented), Printed(stored.WriteJson));
    }

    [Fact]
    public void A_new_article_makes_the_store_not_current_and_the_update_briefs_only_its_story()
    {
        StoreBriefs.Rebuild(store);
        Assert.NotNull(StoreBriefs.Current(store));
        var before = store.Stories().ToDictionary(s => s.Id, s => s.Updated);
        var again = StoreBriefs.Update(store);
        Assert.True(again.Unchanged);
        Assert.Equal((0, 0, 0), (again.Analysed, again.Grouped, again.Briefed));

        var extra = Path.Combine(folder, "extra.txt");
        File.WriteAllText(extra, "خبر جديد\n\nأعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة يضم مئتي سرير وقسما للطوارئ.");
        new Ingestor(store).Run(ArticleSources.Read([extra]), _ => { });
        Assert.Null(StoreBriefs.Current(store));
        var report = StoreBriefs.Update(store);
        Assert.Equal((false, 1, 1, 1, 1), (report.FromScratch, report.Analysed, report.Grouped, report.NewStories, report.Briefed));
        Assert.NotNull(StoreBriefs.Current(store));
        var after = store.Stories().ToDictionary(s => s.Id, s => s.Updated);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.All(before, b => Assert.Equal(b.Value, after[b.Key]));
    }

    [Fact]
    public void The_new_briefs_are_stored_before_the_storylines_are_linked_again()
    {
        StoreBriefs.Rebuild(store);
        var lines = store.Storylines().Count;
        var extra = Path.Combine(folder, "extra.txt");
        File.WriteAllText(extra, "خبر جديد\n\nأعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة يضم مئتي سرير وقسما للطوارئ.");
        new Ingestor(store).Run(ArticleSources.Read([extra]), _ => { });

        // When the host is told, the new story's brief is in the store but its storyline is not yet.
        StoryChanges? told = null;
        var report = StoreBriefs.Update(store, briefed: changed =>
        {
            told = changed;
            Assert.Empty(changed.Removed);
            var story = Assert.Single(changed.Briefed);
            Assert.Contains(store.Stories(), s => s.Id == story);
            Assert.Equal(lines, store.Storylines().Count);
            Assert.DoesNotContain(store.Storylines(), l => l.StoryIds.Contains(story));
        });
        Assert.Equal(report.Changed, told);
        Assert.Contains(store.Storylines(), l => l.StoryIds.Contains(told!.Briefed[0]));

        // Nothing new, or a grouping from scratch: no call.
        StoreBriefs.Update(store, briefed: _ => Assert.Fail("nothing was new"));
        StoreBriefs.Update(store, fromScratch: true, briefed: _ => Assert.Fail("grouped from scratch"));
    }

    [Fact]
    public void A_session_continues_from_the_grouping_it_holds_until_another_process_writes_one()
    {
        var session = new GroupingSession();
        StoreBriefs.Update(store, fromScratch: true, session: session);
        Assert.Equal(0, session.Reused);

        // The next update of this store starts from the grouping held in memory, and stores what reading it would.
        AddArticle("one.txt", "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة يضم مئتي سرير وقسما للطوارئ.");
        var held = StoreBriefs.Update(store, session: session);
        Assert.Equal((1, 1), (session.Reused, held.Grouped));
        var fromMemory = Grouped(store);

        // Another process (an update without this session) writes the state: the session reads the store again.
        AddArticle("two.txt", "قالت وزارة التعليم إن العام الدراسي الجديد يبدأ في موعده في جميع مدارس المملكة.");
        StoreBriefs.Update(store);
        AddArticle("three.txt", "أعلنت الهيئة العامة للطيران المدني عن تشغيل رحلات جديدة من مطار المدينة إلى القاهرة.");
        StoreBriefs.Update(store, session: session);
        Assert.Equal(1, session.Reused);

        // Each way, the stories are those of one grouping of the same articles from scratch.
        Assert.Equal(Rebuilt("one.db", "one.txt"), fromMemory);
        Assert.Equal(Rebuilt("all.db", "one.txt", "two.txt", "three.txt"), Grouped(store));
    }

    [Fact]
    public void An_upload_that_bridges_two_stored_stories_merges_them_and_the_store_keeps_no_trace_of_the_other()
    {
        // A model of content words alone (an article joins at a mean cosine of 0.7): a and b share two thirds of their
        // words and start two stories; c holds both, joins one and brings the other in (mean log-odds 0.66 between them).
        var options = BodyOnlyModel.Options with { MergeMargin = 0.5 };
        const string Left = "alpha bravo charlie delta";
        const string Shared = "echo foxtrot golf hotel india juliet kilo lima";
        const string Right = "mike november oscar papa";
        AddArticle("bridge-a.txt", Left + " " + Shared);
        AddArticle("bridge-b.txt", Shared + " " + Right);
        new GroupingUpdate(store, options).Run(fromScratch: true, session: null);
        var a = StoryOf("bridge-a.txt");
        var b = StoryOf("bridge-b.txt");
        Assert.NotEqual(a, b);

        // The words of both, in another order (not a near-duplicate of either).
        AddArticle("bridge-c.txt", string.Join(' ', (Left + " " + Shared + " " + Right).Split(' ').Reverse()));
        StoryChanges? told = null;
        var report = new GroupingUpdate(store, options).Run(fromScratch: false, session: null, briefed: changes =>
        {
            told = changes;
            Assert.DoesNotContain(store.Stories(), s => changes.Removed.Contains(s.Id));
        });

        Assert.NotNull(told);
        Assert.Equal(report.Changed, told);
        var kept = Assert.Single(told.Briefed);
        var removed = Assert.Single(told.Removed);
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), new[] { kept, removed }.Order(StringComparer.Ordinal));
        Assert.Equal((kept, kept, kept), (StoryOf("bridge-a.txt"), StoryOf("bridge-b.txt"), StoryOf("bridge-c.txt")));
        Assert.DoesNotContain(store.Stories(), s => s.Id == removed);
        Assert.DoesNotContain(store.Storylines(), l => l.StoryIds.Contains(removed));
        Assert.NotNull(StoreBriefs.Current(store));

        // What the store holds is what one grouping of the same articles from scratch stores.
        var continued = Grouped(store);
        new GroupingUpdate(store, options).Run(fromScratch: true, session: null);
        Assert.Equal(Grouped(store), continued);
    }

    [Fact]
    public void An_update_whose_article_closes_a_story_of_two_groups_shows_its_own_story_then_briefs_both_parts()
    {
        var options = BodyOnlyModel.Options;
        foreach (var article in TwoGroups.Story)
        {
            AddDated(article);
        }

        new GroupingUpdate(store, options).Run(fromScratch: true, session: null);
        var whole = StoryOf("a1.json");
        Assert.All(TwoGroups.Story, a => Assert.Equal(whole, StoryOf(a.Id + ".json")));

        AddDated(TwoGroups.Later);
        StoryChanges? told = null;
        List<string>? storedThen = null;
        var report = new GroupingUpdate(store, options).Run(fromScratch: false, session: null, briefed: changes =>
        {
            told = changes;
            storedThen = Grouped(store);
        });

        // Told first: the story the new article started, while the closed story was still stored whole.
        var later = StoryOf("later.json");
        Assert.NotNull(told);
        Assert.Equal([later], told.Briefed);
        Assert.Contains(storedThen!, s => s.Split(',').Length == TwoGroups.Story.Count);

        // Then both parts briefed: the story kept by a2 to a4, and the one made of a1 and b1.
        var (kept, made) = (StoryOf("a2.json"), StoryOf("b1.json"));
        Assert.Equal((whole, kept, kept, made), (kept, StoryOf("a3.json"), StoryOf("a4.json"), StoryOf("a1.json")));
        Assert.Equal(new[] { later, kept, made }.Order(StringComparer.Ordinal), report.Changed.Briefed.Order(StringComparer.Ordinal));
        Assert.Equal(3, report.Briefed);
        Assert.Contains(store.Storylines(), l => l.StoryIds.Contains(made));
        Assert.NotNull(StoreBriefs.Current(store));

        // What the store holds is what one grouping of the same articles from scratch stores.
        var continued = Grouped(store);
        new GroupingUpdate(store, options).Run(fromScratch: true, session: null);
        Assert.Equal(Grouped(store), continued);
    }

    /// <summary>Stores one of <see cref="TwoGroups"/>' articles, dated and titled, as a news-please file named by its id.</summary>
    private void AddDated((string Id, int Hours, string Text) article)
    {
        var path = Path.Combine(folder, article.Id + ".json");
        var published = TwoGroups.Day.AddHours(article.Hours).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(path, JsonSerializer.Serialize(new { title = "عنوان الخبر", maintext = article.Text, date_publish = published, url = $"https://example.com/{article.Id}" }));
        new Ingestor(store).Run(ArticleSources.Read([path]), _ => { });
    }

    private string StoryOf(string file)
    {
        var id = store.Articles(withRawText: false).Single(a => Path.GetFileName(a.Source) == file).Id;
        return store.Stories().Single(s => s.ArticleIds.Contains(id)).Id;
    }

    private List<string> Rebuilt(string name, params string[] added)
    {
        using var other = StoreLocation.Open(Path.Combine(folder, name));
        new Ingestor(other).Run(ArticleSources.Read([Repository.Samples, .. added.Select(a => Path.Combine(folder, a))]), _ => { });
        StoreBriefs.Rebuild(other);
        return Grouped(other);
    }

    private void AddArticle(string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "خبر\n\n" + body);
        new Ingestor(store).Run(ArticleSources.Read([path]), _ => { });
    }

    private static List<string> Grouped(IArticleStore of) =>
        of.Stories().Select(s => string.Join(',', s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_grouping_stored_by_another_version_or_unreadable_is_grouped_again_from_scratch()
    {
        StoreBriefs.Rebuild(store);
        var stories = store.Stories().Select(s => (s.Id, string.Join(',', s.ArticleIds))).ToList();
        store.SaveGrouping(new GroupingChange(false, null, [], null, [], new StoredGroupingState(StoreBriefs.Version, [1, 2, 3])));
        var report = StoreBriefs.Update(store);
        Assert.True(report.FromScratch);
        Assert.Equal(0, report.Analysed);
        Assert.Equal(5, report.Reused);
        Assert.Equal(stories, store.Stories().Select(s => (s.Id, string.Join(',', s.ArticleIds))));
        Assert.NotNull(StoreBriefs.Current(store));
    }

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static string Printed(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
