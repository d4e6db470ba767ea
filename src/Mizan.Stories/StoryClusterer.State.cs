namespace Mizan.Stories;

/// <summary>
/// The clusterer's state written out and read back, so that a store groups each new article from the stories so far
/// instead of grouping its whole collection again: the vocabulary with its document frequencies, every story's sums,
/// days, centroid and whether it closed, and the queue of closed stories an undated article may still join; the part
/// every story shares apart from each story's own, so that an update writes only what it changed. What is derived
/// (the indexes of open and closed stories, the story of each article) is rebuilt on reading. A clusterer read back assigns the next articles exactly as the one written would have: the sums keep the order their terms
/// were added in, so every floating-point sum is taken in the same order.
/// </summary>
public sealed partial class StoryClusterer
{
    /// <summary>The layout of the saved parts; a state of another layout is not read. Layout 2 split layout 1's one
    /// piece into a shared part and one part per story, so that an update writes only the stories it changed; layout 3
    /// marks a story merged into another; layout 4 keeps an open story's members (each article's vectors, outlet, time
    /// and day) to split it by when it closes; layout 5 carries two channels more (a title's shares and the terms an
    /// article mentions, <see cref="StoryFeature.TitleCovered"/>); layout 6 the weekdays undated articles name as their
    /// day (<see cref="StoryFeature.WeekdaySame"/>); layout 7 writes a story's sums by term id (<see cref="TermSums"/>).</summary>
    private const int StateLayout = 7;

    /// <summary>Stories created, joined or closed since their part was last taken by <see cref="SaveStories"/>.</summary>
    private readonly SortedSet<int> unsaved = [];

    /// <summary>
    /// The part of the state every story shares: the vocabulary with its document frequencies, the counts, and the
    /// queue of closed stories. It grows with the vocabulary, not with the stories.
    /// </summary>
    public byte[] SaveShared()
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
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
            writer.Write(closed.Count);
            foreach (var story in closed)
            {
                writer.Write(story.Id);
            }
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// Each story's own part (its articles, sums, days, centroid, times and whether it closed), for the stories created,
    /// joined or closed since the last call (or every story, with <paramref name="all"/>), by story id. After a small
    /// update these are a few stories, however many the collection holds.
    /// </summary>
    public IReadOnlyList<(int Id, byte[] State)> SaveStories(bool all = false)
    {
        var ids = all ? Enumerable.Range(0, stories.Count) : unsaved.Where(id => id < stories.Count);
        var parts = ids.Select(id => (id, WriteStory(stories[id]))).ToList();
        unsaved.Clear();
        return parts;
    }

    /// <summary>A clusterer with the state written by <see cref="SaveShared"/> and <see cref="SaveStories"/> (every
    /// story's latest part, in id order), under <paramref name="options"/> (those it was written under).</summary>
    /// <exception cref="InvalidDataException">The parts are not a state this build writes, or not all of it.</exception>
    public static StoryClusterer Load(byte[] shared, IReadOnlyList<byte[]> storyParts, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(storyParts);
        using var input = new MemoryStream(shared, writable: false);
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
            if (storyParts.Count != storyCount)
            {
                throw new InvalidDataException($"a grouping state of {storyCount} stories with {storyParts.Count} stored");
            }

            // The parts are read on every core (each is its own bytes), then taken in order, as one after the other.
            var read = new StoryState[storyCount];
            try
            {
                Parallel.For(0, storyCount, i =>
                {
                    using var part = new MemoryStream(storyParts[i], writable: false);
                    using var story = new BinaryReader(part, System.Text.Encoding.UTF8, leaveOpen: true);
                    read[i] = ReadStory(story, i);
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // A damaged part is told as reading the parts one after the other told it (cut short, or refused).
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            foreach (var story in read)
            {
                clusterer.Take(story);
            }

            // A state is written after the stories are linked: every story read back was linked as it is.
            clusterer.linkedStories = storyCount;

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

    /// <summary>Writes the whole state to <paramref name="output"/> (left open) as one piece: the shared part, then every
    /// story's part, each with its length.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        var shared = SaveShared();
        writer.Write(shared.Length);
        writer.Write(shared);
        foreach (var (_, part) in SaveStories(all: true))
        {
            writer.Write(part.Length);
            writer.Write(part);
        }
    }

    /// <summary>A clusterer with the state <see cref="Save(Stream)"/> wrote, under <paramref name="options"/> (those it was written under).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a state this build writes.</exception>
    public static StoryClusterer Load(Stream input, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            var shared = Piece(reader);
            var parts = new List<byte[]>();
            while (input.Position < input.Length)
            {
                parts.Add(Piece(reader));
            }

            return Load(shared, parts, options);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("a grouping state cut short", e);
        }
    }

    private static byte[] Piece(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        var piece = reader.ReadBytes(length);
        return piece.Length == length ? piece : throw new EndOfStreamException();
    }

    private static byte[] WriteStory(StoryState story)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
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
            writer.Write(story.Merged);
            writer.Write(story.ClosedCentroid.Length);
            foreach (var id in story.ClosedCentroid)
            {
                writer.Write(id);
            }

            writer.Write(story.Members.Count);
            foreach (var member in story.Members)
            {
                writer.Write(member.Id);
                writer.Write(member.Outlet is not null);
                if (member.Outlet is { } outlet)
                {
                    writer.Write(outlet);
                }

                WriteTime(writer, member.Published);
                writer.Write(member.Titled);
                writer.Write(member.Day is not null);
                if (member.Day is { } day)
                {
                    writer.Write(day);
                }

                writer.Write(member.Vector.Weekday is { } weekday ? (int)weekday : -1);
                foreach (var channel in Enum.GetValues<Channel>())
                {
                    member.Vector[channel].Write(writer);
                }
            }
        }

        return bytes.ToArray();
    }

    private static StoryState ReadStory(BinaryReader reader, int id)
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
        story.Merged = reader.ReadBoolean();
        var closedTerms = new int[reader.ReadInt32()];
        for (var j = 0; j < closedTerms.Length; j++)
        {
            closedTerms[j] = reader.ReadInt32();
        }

        story.ClosedCentroid = closedTerms;
        var memberCount = reader.ReadInt32();
        for (var j = 0; j < memberCount; j++)
        {
            var articleId = reader.ReadString();
            var outlet = reader.ReadBoolean() ? reader.ReadString() : null;
            var published = ReadTime(reader);
            var titled = reader.ReadBoolean();
            int? day = reader.ReadBoolean() ? reader.ReadInt32() : null;
            var weekday = reader.ReadInt32();
            var vectors = Enum.GetValues<Channel>().Select(_ => TermVector.Read(reader)).ToArray();
            story.Members.Add(new Member(articleId, new ArticleVector(vectors, weekday >= 0 ? (DayOfWeek)weekday : null), outlet, published, day, titled));
        }

        return story;
    }

    /// <summary>A story read back joins the clusterer: its articles are found by it, and an open one is indexed and
    /// waits for its quiet period, as when it was written.</summary>
    private void Take(StoryState story)
    {
        stories.Add(story);
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
