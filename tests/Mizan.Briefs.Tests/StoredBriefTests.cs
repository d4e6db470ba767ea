using System.Text;
using System.Text.Json;
using Mizan.Briefs.Rendering;
using Mizan.Core.Json;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;
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
        var built = StoreBriefs.Rebuild(store)!;
        var stored = StoreBriefs.Current(store);
        Assert.NotNull(stored);
        Assert.Equal(5, stored.Articles);
        Assert.Equal(built.Stories.Count, stored.Stories);

        using (var first = new StringWriter())
        {
            MarkdownBriefWriter.Write(built, first);
            Assert.Equal(first.ToString(), Printed(stored.WriteMarkdown));
        }

        var document = stored.Document(withArticles: true);
        Assert.Equal(built.Stories.Select(s => s.Id), document.Stories.Select(s => s.Id));
        Assert.Equal(JsonSerializer.Serialize(document, MizanJson.Indented), Printed(stored.WriteJson));
    }

    [Fact]
    public void A_new_article_or_a_story_stored_without_its_markdown_makes_the_store_not_current()
    {
        var built = StoreBriefs.Rebuild(store)!;
        store.SaveStories(built.Stories.Select(s => StoreBriefs.ToStored(s)).ToList(), []);
        Assert.Null(StoreBriefs.Current(store));

        StoreBriefs.Save(store, built);
        Assert.NotNull(StoreBriefs.Current(store));
        var extra = Path.Combine(folder, "extra.txt");
        File.WriteAllText(extra, "خبر جديد\n\nأعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة يضم مئتي سرير وقسما للطوارئ.");
        new Ingestor(store).Run(ArticleSources.Read([extra]), _ => { });
        Assert.Null(StoreBriefs.Current(store));
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
