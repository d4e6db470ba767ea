using Mizan.Application;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;
using Mizan.Testing;

namespace Mizan.Web.Tests;

/// <summary>The story catalog read again after an update: only the changed stories are read, and the snapshot holds
/// what reading every story again would.</summary>
public sealed class CatalogTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-catalog-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_snapshot_updated_with_the_changed_stories_equals_one_read_whole()
    {
        Directory.CreateDirectory(folder);
        var location = Path.Combine(folder, "mizan.db");
        using (var store = StoreLocation.Open(location))
        {
            new Ingestor(store).Run(ArticleSources.Read([Repository.Samples]), _ => { });
            StoreBriefs.Rebuild(store);
        }

        using var pool = new StorePool(location, 2);
        var catalog = new StoryCatalog(pool);
        var before = catalog.Current;

        // Two articles: one that joins the samples' storyline (naming its people), one a story of its own.
        var join = Path.Combine(folder, "join.txt");
        File.WriteAllText(join, "الأعرجي: القوات الأمريكية تبقى في العراق\n\nقال قاسم الأعرجي مستشار الأمن الوطني العراقي إن 2500 جندي أمريكي سيبقون في العراق بصفة استشارية بعد انسحاب القوات القتالية من قاعدة عين الأسد.");
        var own = Path.Combine(folder, "own.txt");
        File.WriteAllText(own, "افتتاح مستشفى في الطائف\n\nأعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الطائف يضم مئتي سرير وقسما للطوارئ.");
        var changed = pool.Use(store =>
        {
            new Ingestor(store).Run(ArticleSources.Read([join, own]), _ => { });
            return StoreBriefs.Update(store).Changed;
        });
        Assert.NotEmpty(changed.Briefed);

        pool.Use(store =>
        {
            catalog.Reload(store, changed);
            return true;
        });
        var updated = catalog.Current;
        pool.Use(store =>
        {
            catalog.Reload(store);
            return true;
        });
        var whole = catalog.Current;

        Assert.Equal(View(whole), View(updated));
        Assert.NotEqual(View(before), View(updated));
        Assert.Equal(7, updated.StoryOfArticle.Count);
    }

    [Fact]
    public void A_story_merged_into_another_leaves_the_updated_snapshot_as_it_leaves_one_read_whole()
    {
        Directory.CreateDirectory(folder);
        var location = Path.Combine(folder, "mizan.db");
        const string Named = """{"entities":[{"id":"e1","name":"قاسم الأعرجي","type":"Person","aliases":["الأعرجي"],"roles":[]}],"quotes":[]}""";
        StoredStory Story(int number, string[] articles, string brief) => new($"s{number}", null, articles, [], null, null, brief, "v1", "\n", number);
        using (var store = StoreLocation.Open(location))
        {
            store.SaveGrouping(new GroupingChange(true, null, [Story(0, ["a"], Named), Story(1, ["b"], Named), Story(2, ["c"], """{"entities":[],"quotes":[]}""")], [new StoredStoryline("l0", ["s0", "s1"])], [], null));
        }

        using var pool = new StorePool(location, 2);
        var catalog = new StoryCatalog(pool);
        Assert.Equal(["s0", "s1"], catalog.Current.EntityIndex[StoryCatalog.EntityKey("الأعرجي")].Select(p => p.Story.Story.Id).Order(StringComparer.Ordinal));

        // s0 takes s1's article and s1 is removed, as an update that merged them writes it.
        pool.Use(store =>
        {
            store.SaveGrouping(new GroupingChange(false, null, [Story(0, ["a", "b"], Named)], [new StoredStoryline("l0", ["s0"])], [], null, [1]));
            catalog.Reload(store, new StoryChanges(["s0"], ["s1"]));
            return true;
        });
        var updated = catalog.Current;
        pool.Use(store =>
        {
            catalog.Reload(store);
            return true;
        });

        Assert.Equal(View(catalog.Current), View(updated));
        Assert.Equal(["s0", "s2"], updated.Stories.Select(e => e.Story.Id));
        Assert.Equal("s0", updated.StoryOfArticle["b"]);
        Assert.Equal(["s0"], updated.EntityIndex[StoryCatalog.EntityKey("الأعرجي")].Select(p => p.Story.Story.Id));
    }

    /// <summary>Everything a snapshot serves, as text: the stories in order with their storylines, the article look-up,
    /// and each entity key's stories in order.</summary>
    private static List<string> View(CatalogSnapshot snapshot) =>
    [
        .. snapshot.Stories.Select(e => $"story {e.Story.Id} {e.StorylineId} {string.Join(',', e.Story.ArticleIds)} {e.Brief?.Length}"),
        .. snapshot.Summaries.Select(s => $"summary {s.Id} {s.StorylineId} {s.Articles}"),
        .. snapshot.ById.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"id {p.Key} {p.Value.Story.Id}"),
        .. snapshot.StoryOfArticle.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"article {p.Key} {p.Value}"),
        .. snapshot.EntityIndex.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"entity {p.Key}: {string.Join(',', p.Value.Select(v => v.Story.Story.Id + "/" + v.Entity.Id))}"),
    ];

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
