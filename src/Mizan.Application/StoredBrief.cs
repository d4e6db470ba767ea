using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Mizan.Briefs;
using Mizan.Briefs.Rendering;
using Mizan.Core.Json;
using Mizan.Storage;

namespace Mizan.Application;

/// <summary>
/// A store's brief while it is current (<see cref="StoreBriefs.Current"/>), printed from what the last brief stored:
/// each story's Markdown and compact JSON, and each article's JSON, are read back as bytes and written out as they are
/// (the JSON indented on the way), so a brief of the whole collection costs about a copy of it, with no analysis,
/// grouping or reading anything back into objects. What it prints is byte for byte what
/// <see cref="MarkdownBriefWriter"/> and <see cref="MizanJson.Indented"/> print for <see cref="Document"/>.
/// </summary>
public sealed class StoredBrief
{
    /// <summary>
    /// How many pieces (an article's or a story's JSON, tens of kilobytes on average) the reading thread may be ahead
    /// of the writing one: enough to keep both busy, a few megabytes at most in between.
    /// </summary>
    private const int ReadAhead = 256;

    private static readonly byte[] Comma = ","u8.ToArray();

    private readonly IArticleStore store;
    private readonly StoredStoryCounts counts;

    internal StoredBrief(IArticleStore store, StoredStoryCounts counts, IReadOnlyList<StorylineView> storylines)
    {
        this.store = store;
        this.counts = counts;
        Storylines = storylines;
    }

    /// <summary>The stored articles, every one of them in a stored story.</summary>
    public long Articles => counts.Articles;

    public int Stories => counts.Stories;

    public IReadOnlyList<StorylineView> Storylines { get; }

    /// <summary>The brief as Markdown: the head (title and storylines), then each story's stored part.</summary>
    public void WriteMarkdown(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var head = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        {
            MarkdownBriefWriter.Write(new BriefDocument(BriefDocument.CurrentVersion, [], Storylines, []), head);
        }

        foreach (var part in store.BriefTexts(BriefText.Markdown))
        {
            output.Write(part);
        }

        output.Flush();
    }

    /// <summary>
    /// The brief as indented JSON: the articles' JSON saved with the stories, the storylines and each story's stored
    /// brief, indented as they stream through. The store is read on a thread of its own while this one indents and
    /// writes what has been read.
    /// </summary>
    public void WriteJson(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var pieces = new BlockingCollection<byte[]>(ReadAhead);
        var reading = Task.Run(() =>
        {
            try
            {
                foreach (var piece in Compact())
                {
                    pieces.Add(piece);
                }
            }
            finally
            {
                pieces.CompleteAdding();
            }
        });
        var json = new JsonIndenter(output);
        foreach (var piece in pieces.GetConsumingEnumerable())
        {
            json.Write(piece);
        }

        reading.GetAwaiter().GetResult();
        json.Flush();
    }

    /// <summary>The whole brief read back into objects (as the HTML page needs it), the articles only when asked for.</summary>
    public BriefDocument Document(bool withArticles)
    {
        var stored = store.BriefTexts(BriefText.Brief).ToList();

        // Read back on every core: each stored brief is its own JSON document.
        var stories = new StoryBrief[stored.Count];
        Parallel.For(0, stored.Count, i => stories[i] = JsonSerializer.Deserialize<StoryBrief>(stored[i], MizanJson.Compact)!);
        return new BriefDocument(BriefDocument.CurrentVersion, withArticles ? ArticlesAsShown() : [], Storylines, stories);
    }

    /// <summary>The articles as the stored brief shows them (with the dates inferred from their stories), by id.</summary>
    private List<BriefArticle> ArticlesAsShown() =>
        store.BriefTexts(BriefText.Article).Select(json => JsonSerializer.Deserialize<BriefArticle>(json, MizanJson.Compact)!).ToList();

    /// <summary>The brief as compact JSON, in pieces as they are read from the store.</summary>
    private IEnumerable<byte[]> Compact()
    {
        yield return Encoding.UTF8.GetBytes($$"""{"version":{{BriefDocument.CurrentVersion}},"articles":[""");
        foreach (var piece in Items(store.BriefTexts(BriefText.Article)))
        {
            yield return piece;
        }

        yield return """],"storylines":["""u8.ToArray();
        foreach (var piece in Items(Storylines.Select(l => JsonSerializer.SerializeToUtf8Bytes(l, MizanJson.Compact))))
        {
            yield return piece;
        }

        yield return """],"stories":["""u8.ToArray();
        foreach (var piece in Items(store.BriefTexts(BriefText.Brief)))
        {
            yield return piece;
        }

        yield return "]}"u8.ToArray();
    }

    /// <summary>The items of a JSON array, with the commas between them.</summary>
    private static IEnumerable<byte[]> Items(IEnumerable<byte[]> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                yield return Comma;
            }

            yield return item;
            first = false;
        }
    }
}
