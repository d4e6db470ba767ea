namespace Mizan.Stories;

/// <summary>
/// The clusterer's state written out and read back, so that a store groups each new article from the stories so far
/// instead of grouping its whole collection again: the vocabulary with its document frequencies, every story's sums,
/// days, centroid and whether it closed, and the queue of closed stories an undated article may still join. What is
/// derived (the indexes of open and closed stories, the story of each article) is rebuilt on reading. A clusterer
/// read back assigns the next articles exactly as the one written would have: the sums keep the order their terms
/// were added in, so every floating-point sum is taken in the same order.
/// </summary>
public sealed partial class StoryClusterer
{
    /// <summary>The layout of <see cref="Save"/>'s bytes; a state of another layout is not read.</summary>
    private const int StateLayout = 1;

    /// <summary>Writes the whole state to <paramref name="output"/> (left open).</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(StateLayout);
        writer.Write(articles);
        writer.Write(Operations);
        writer.Write(terms.Count);
        for (var i = 0; i < terms.Count; i++)
        {
            writer.Write(terms[i]);
            writer.Write(documentFrequency[i]);
        }

        writer.Write(stories.Count);
        foreach (var story in stories)
        {
            writer.Write(story.Articles.Count);
            foreach (var id in story.Articles)
            {
                writer.Write(id);
            }

            story.Sums.Write(writer);
            writer.Write(story.Days.Count);
            foreach (var day in story.Days)
            {
                writer.Write(day);
            }

            story.Centroid.Write(writer);
            WriteTime(writer, story.First);
            WriteTime(writer, story.Last);
            writer.Write(story.Closed);
            writer.Write(story.ClosedCentroid.Length);
            foreach (var id in story.ClosedCentroid)
            {
                writer.Write(id);
            }
        }

        writer.Write(closed.Count);
        foreach (var story in closed)
        {
            writer.Write(story.Id);
        }
    }

    /// <summary>A clusterer with the state <see cref="Save"/> wrote, under <paramref name="options"/> (those it was written under).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a state this build writes.</exception>
    public static StoryClusterer Load(Stream input, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: true);
        return StoredLayout.Read(reader, StateLayout, "a grouping state", () =>
        {
            var clusterer = new StoryClusterer(options) { articles = reader.ReadInt32(), Operations = reader.ReadInt64() };
            var termCount = reader.ReadInt32();
            for (var i = 0; i < termCount; i++)
            {
                var term = reader.ReadString();
                clusterer.termIds.Add(term, i);
                clusterer.terms.Add(term);
                clusterer.documentFrequency.Add(reader.ReadInt32());
            }

            var storyCount = reader.ReadInt32();
            for (var i = 0; i < storyCount; i++)
            {
                clusterer.stories.Add(clusterer.ReadStory(reader, i));
            }

            var closedCount = reader.ReadInt32();
            for (var i = 0; i < closedCount; i++)
            {
                var story = clusterer.stories[reader.ReadInt32()];
                clusterer.closed.Enqueue(story);
                foreach (var id in story.ClosedCentroid)
                {
                    if (!clusterer.closedPostings.TryGetValue(id, out var list))
                    {
                        list = [];
                        clusterer.closedPostings[id] = list;
                    }

                    list.Add(story);
                }
            }

            return clusterer;
        });
    }

    private StoryState ReadStory(BinaryReader reader, int id)
    {
        var articleCount = reader.ReadInt32();
        var ids = new List<string>(articleCount);
        for (var j = 0; j < articleCount; j++)
        {
            ids.Add(reader.ReadString());
        }

        var story = new StoryState(id) { Sums = StorySums.Read(reader) };
        story.Articles.AddRange(ids);
        var dayCount = reader.ReadInt32();
        for (var j = 0; j < dayCount; j++)
        {
            story.Days.Add(reader.ReadInt32());
        }

        story.Centroid = TermVector.Read(reader);
        story.First = ReadTime(reader);
        story.Last = ReadTime(reader);
        story.Closed = reader.ReadBoolean();
        var closedTerms = new int[reader.ReadInt32()];
        for (var j = 0; j < closedTerms.Length; j++)
        {
            closedTerms[j] = reader.ReadInt32();
        }

        story.ClosedCentroid = closedTerms;
        foreach (var article in story.Articles)
        {
            storyOfArticle[article] = story;
        }

        // An open story is in the index by its centroid and waits in the queue for its quiet period to pass; entries
        // the written clusterer held for earlier last days were stale there and are skipped the same way.
        if (!story.Closed)
        {
            Post(story);
            if (story.Last is { } last)
            {
                open.Enqueue(story, last);
            }
        }

        return story;
    }

    private static void WriteTime(BinaryWriter writer, DateTimeOffset? time)
    {
        writer.Write(time is not null);
        if (time is { } t)
        {
            writer.Write(t.UtcTicks);
            writer.Write((short)t.Offset.TotalMinutes);
        }
    }

    private static DateTimeOffset? ReadTime(BinaryReader reader)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var ticks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadInt16());
        return new DateTimeOffset(ticks + offset.Ticks, offset);
    }
}
