using System.Diagnostics;
using System.Text.Json;
using Mizan.Briefs;
using Mizan.Briefs.Rendering;
using Mizan.Analysis;
using Mizan.Core.Articles;
using Mizan.Core.Json;
using Mizan.Storage;
using Mizan.Stories;

namespace Mizan.Application;

/// <summary>What bringing a store's stories up to date did.</summary>
/// <param name="FromScratch">The grouping started from nothing (asked for, none stored, or stored by another version).</param>
/// <param name="Analysed">New articles analysed now.</param>
/// <param name="Reused">New articles whose stored analysis of this model version was read back instead.</param>
/// <param name="Grouped">New articles assigned to a story.</param>
/// <param name="NewStories">Stories they started (some may have been merged into another since).</param>
/// <param name="Briefed">Stories briefed again (those started or joined).</param>
/// <param name="Stories">Stories in the store afterwards.</param>
/// <param name="Storylines">Storylines in the store afterwards.</param>
/// <param name="Analysis">Time spent analysing the new articles (or reading their analyses back); chunks are analysed
/// while the chunk before is assigned, so it overlaps <paramref name="Grouping"/>.</param>
/// <param name="Elapsed">The update's time from start to end.</param>
/// <param name="Changed">The ids of the stories briefed again (<see cref="StoryChanges.Briefed"/>) and of those merged
/// into another and removed from the store (<see cref="StoryChanges.Removed"/>).</param>
public sealed record GroupingReport(
    bool FromScratch,
    int Analysed,
    int Reused,
    int Grouped,
    int NewStories,
    int Briefed,
    int Stories,
    int Storylines,
    TimeSpan Analysis,
    TimeSpan Grouping,
    TimeSpan Briefing,
    StoryChanges Changed,
    TimeSpan Elapsed)
{
    /// <summary>Nothing was new: nothing was analysed, grouped or briefed.</summary>
    public bool Unchanged => Grouped == 0 && Briefed == 0 && !FromScratch;
}

/// <summary>The stories an update changed, by id: a host that keeps stories in memory reads the briefed ones again and
/// drops the removed ones.</summary>
/// <param name="Briefed">Stories started or joined, briefed again and stored.</param>
/// <param name="Removed">Stories merged into another: their articles moved to it, and the store holds them no more.</param>
public sealed record StoryChanges(IReadOnlyList<string> Briefed, IReadOnlyList<string> Removed)
{
    /// <summary>No story changed.</summary>
    public static StoryChanges None { get; } = new([], []);
}

/// <summary>
/// One run of <see cref="StoreBriefs.Update"/>: new articles analysed and assigned chunk by chunk from the stored
/// grouping, then the stories they touched briefed batch by batch from their articles' stored analyses, then the
/// storylines and the grouping's state written last. A run stopped half-way leaves the old state: the next run assigns
/// the same articles again, the same way (the grouping is deterministic), and writes their stories over.
/// </summary>
/// <param name="options">The grouping's options; null for the defaults every host uses (tests give others).</param>
/// <param name="chunkSize">New articles analysed and assigned at a time (<see cref="ChunkSize"/>; tests give less).</param>
/// <param name="storyBatch">Stories briefed and written at a time (<see cref="StoryBatch"/>; tests give less).</param>
internal sealed class GroupingUpdate(IArticleStore store, StoryOptions? options = null, int chunkSize = GroupingUpdate.ChunkSize, int storyBatch = GroupingUpdate.StoryBatch)
{
    /// <summary>
    /// New articles read, analysed and assigned at a time: enough to keep both cores busy analysing, few enough that
    /// a chunk's analyses (about 100 KB each in memory) stay in the tens of megabytes. Not tuned: the whole of
    /// SaudiNewsNet at once peaked at 1,029 MB with it (<c>mizan bench pipeline</c>, README), most of it not the chunk.
    /// </summary>
    private const int ChunkSize = 512;

    /// <summary>
    /// Stories briefed and written per transaction: their articles' analyses are held while they are briefed, so a
    /// batch is bounded by what it holds, not by the collection. Not tuned: the briefs of all 15,286 SaudiNewsNet
    /// stories took 17.5 s with it, a twelfth of the pipeline.
    /// </summary>
    private const int StoryBatch = 128;

    private readonly string modelVersion = TextAnalyzer.ModelVersion;
    private int analysed;
    private int reused;

    /// <summary>
    /// How long an update waits for another process's update of the same store to finish: a whole collection grouped
    /// from scratch takes minutes, an increment seconds.
    /// </summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(30);

    /// <param name="briefed">Called once the stories that changed are briefed and stored, before the storylines are
    /// linked again and the grouping's state written, with what <see cref="GroupingReport.Changed"/> will hold; not
    /// called when grouping from scratch or when nothing was new.</param>
    public GroupingReport Run(bool fromScratch, GroupingSession? session, Action<StoryChanges>? briefed = null)
    {
        // One process at a time continues the stored grouping: two reading the same state would each write their own.
        using var held = store.LockGrouping(LockTimeout);
        try
        {
            return Update(fromScratch, session, briefed);
        }
        catch
        {
            // A grouping left half-way in memory is not the stored one: the next update reads the store again.
            session?.Forget();
            throw;
        }
    }

    /// <summary>Reads the stored grouping into <paramref name="session"/> when it holds none, and loads the analyzer,
    /// so that the next update pays for neither.</summary>
    public void Prepare(GroupingSession session)
    {
        WarmUp();
        using var held = store.LockGrouping(LockTimeout);
        if (session.Held(store) is ({ } current, var memo))
        {
            session.Keep(store, current, memo);
        }
        else if (Stored() is (StoryClusterer stored, var linked))
        {
            session.Keep(store, stored, linked);
        }
    }

    /// <summary>
    /// Runs, on three made-up articles, the code an upload runs before it is answered: analysing, assigning (a story of
    /// two articles closed and weighed for a split by the third, six days later) and briefing. It is compiled now rather
    /// than while the first upload waits: in the web host under 50 clients, briefing a story of two articles took
    /// 160-225 ms the first time (<c>mizan bench serve --upload</c>, README).
    /// </summary>
    private void WarmUp()
    {
        const string Text = "أعلنت وزارة الصحة اليوم الخميس عن افتتاح مستشفى جديد في الرياض بسعة 300 سرير.";
        string[] times = ["2015-07-02T09:00:00+03:00", "2015-07-02T10:00:00+03:00", "2015-07-08T09:00:00+03:00"];
        var articles = StoreBriefs.Analyse(times.Select((when, i) => new BriefArticle($"warm-up-{i}", null, $"outlet {i}", "افتتاح مستشفى جديد في الرياض", when, false, Text, [])).ToList())
            .Select(BriefBuilder.Prepare)
            .ToList();
        var clusterer = new StoryClusterer(options);
        foreach (var article in articles)
        {
            clusterer.Add(StoryGrouping.ToStoryArticle(article));
        }

        Brief([.. clusterer.Stories()], articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal));
    }

    private GroupingReport Update(bool fromScratch, GroupingSession? session, Action<StoryChanges>? onBriefed)
    {
        // Grouping counts reading the state and finding the new articles, assigning them, linking the storylines and
        // writing the state; briefing counts briefing the stories and writing them.
        var whole = Stopwatch.StartNew();
        var grouping = Stopwatch.StartNew();
        var (clusterer, memo) = fromScratch ? (null, null) : session?.Held(store) ?? Stored();
        fromScratch = clusterer is null;
        clusterer ??= new StoryClusterer(options);
        var before = clusterer.StoryCount;
        var fresh = store.ArticleKeys().Where(k => clusterer.StoryOfArticle(k.Id) is null).ToList();
        if (fresh.Count == 0 && !fromScratch)
        {
            session?.Keep(store, clusterer, memo);
            return new GroupingReport(false, 0, 0, 0, 0, 0, store.CountStories(StoreBriefs.Version).Stories, store.Storylines().Count, default, default, default, StoryChanges.None, whole.Elapsed);
        }

        // The order a batch of these articles would be grouped in: by publication time, undated last, then by id.
        var ordered = fresh.Select(k => (Key: k, When: StoryGrouping.ParseDate(k.Published)))
            .OrderBy(k => k.When is null)
            .ThenBy(k => k.When ?? DateTimeOffset.MaxValue)
            .ThenBy(k => k.Key.Id, StringComparer.Ordinal)
            .Select(k => k.Key.Id)
            .ToList();

        grouping.Stop();
        // Each chunk is analysed while the one before it is assigned: assigning is one thread's work, and analysing the
        // next chunk meanwhile keeps the other core busy. Analysis counts the chunks' own analysing time.
        var analysis = TimeSpan.Zero;
        var changed = new SortedSet<int>();
        var splitOnly = new SortedSet<int>();
        var chunks = ordered.Chunk(chunkSize).ToList();
        Task<(StoryArticle[] Articles, TimeSpan Took)>? next = null;
        try
        {
            for (var c = 0; c < chunks.Count; c++)
            {
                var (articles, took) = (next ?? Prepared(chunks[c])).GetAwaiter().GetResult();
                next = c + 1 < chunks.Count ? Prepared(chunks[c + 1]) : null;
                analysis += took;
                grouping.Start();
                foreach (var article in articles)
                {
                    var assignment = clusterer.Add(article);
                    changed.Add(assignment.StoryId);
                    if (assignment.Absorbed is { } absorbed)
                    {
                        changed.Add(absorbed);
                    }

                    // A story split as it closed is briefed again, and so is each story its other groups became: after
                    // the stories the new articles joined, which an upload waits for.
                    splitOnly.UnionWith(assignment.Split ?? []);
                }

                grouping.Stop();
            }
        }
        finally
        {
            // A chunk still being analysed when assigning failed writes to the store: it ends before the store is left.
            Settle(next);
        }

        var briefing = Stopwatch.StartNew();
        var replace = fromScratch;
        int? staleFrom = fromScratch ? null : before;
        // A story merged into another is removed with the first batch; the others that changed are briefed again (the
        // story that took a merged one's articles is among them, so there is always a first batch).
        splitOnly.ExceptWith(changed);
        var removed = changed.Where(clusterer.IsMerged).ToList();
        var joined = changed.Except(removed).ToList();
        var early = new StoryChanges(joined.Select(BriefBuilder.StoryId).ToList(), removed.Select(BriefBuilder.StoryId).ToList());
        var changes = splitOnly.Count == 0 ? early : early with { Briefed = [.. early.Briefed, .. splitOnly.Select(BriefBuilder.StoryId)] };
        changed.UnionWith(splitOnly);
        // Each batch's members and their stored analyses are read from the store, then read back into objects and
        // briefed in the background while the batch before is written: only this thread uses the store, and the batches
        // are written in order.
        Task<(List<StoredStory> Stories, List<StoredBriefArticle> Shown)>? building = null;
        void Write(Task<(List<StoredStory> Stories, List<StoredBriefArticle> Shown)> built)
        {
            var (stories, shown) = built.GetAwaiter().GetResult();
            store.SaveGrouping(new GroupingChange(replace, staleFrom, stories, null, shown, null, removed));
            (replace, staleFrom, removed) = (false, null, []);
        }

        // The stories the new articles joined or started are briefed first and shown (onBriefed) before the stories
        // split as they closed, which the new articles did not join.
        void BriefInBatches(IEnumerable<int> ids)
        {
            foreach (var batch in ids.Chunk(storyBatch))
            {
                var stories = batch.Select(clusterer.StoryOf).ToList();
                var fetched = Fetch(stories.SelectMany(s => s.ArticleIds).ToList(), count: false);
                var previous = building;
                building = Task.Run(() => Brief(stories, Members(fetched)));
                if (previous is not null)
                {
                    Write(previous);
                }
            }

            if (building is not null)
            {
                var last = building;
                building = null;
                Write(last);
            }
        }

        try
        {
            BriefInBatches(joined);
            if (!fromScratch)
            {
                onBriefed?.Invoke(early);
            }

            BriefInBatches(splitOnly);
        }
        finally
        {
            // A batch still being briefed when writing failed: it ends before the update does (it reads no store).
            Settle(building);
        }

        briefing.Stop();

        grouping.Start();
        // The storylines linked again, the last linking's decisions replayed for the stories it cannot have changed
        // (the same storylines as linking everything again, at a fraction of the cost after a small update).
        var storylines = BriefBuilder.Storylines(Mizan.Stories.Storylines.Link(clusterer, null, memo, changed, out var linked));

        // Only the stories' parts that changed (started, joined or closed) are written, beside the shared part: an
        // update of one article writes a few kilobytes of stories, not the whole collection's.
        using var shared = new MemoryStream();
        using (var writer = new BinaryWriter(shared, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var part = clusterer.SaveShared();
            writer.Write(part.Length);
            writer.Write(part);
            linked.Write(writer);
        }

        var parts = clusterer.SaveStories().Select(p => new StoredStoryState(p.Id, p.State)).ToList();
        store.SaveGrouping(new GroupingChange(
            replace,
            staleFrom,
            [],
            storylines.Select(l => new StoredStoryline(l.Id, l.StoryIds)).ToList(),
            [],
            new StoredGroupingState(StoreBriefs.Version, shared.ToArray(), parts)));
        session?.Keep(store, clusterer, linked);
        grouping.Stop();
        return new GroupingReport(
            fromScratch, analysed, reused, ordered.Count, clusterer.StoryCount - before, joined.Count + splitOnly.Count, clusterer.LiveStories, storylines.Count, analysis, grouping.Elapsed, briefing.Elapsed, changes, whole.Elapsed);
    }

    /// <summary>The grouping as stored (the clusterer, then the last storyline linking), when this version wrote it;
    /// nulls when there is none to continue from.</summary>
    private (StoryClusterer? Clusterer, StorylineMemo? Memo) Stored()
    {
        if (store.GroupingState() is not { } state || state.Version != StoreBriefs.Version)
        {
            return (null, null);
        }

        try
        {
            var stories = state.Stories ?? [];
            if (stories.Where((part, i) => part.Number != i).Any())
            {
                throw new InvalidDataException("a grouping state with a story's part missing");
            }

            using var bytes = new MemoryStream(state.State, writable: false);
            using var reader = new BinaryReader(bytes, System.Text.Encoding.UTF8, leaveOpen: true);
            var shared = reader.ReadBytes(reader.ReadInt32());
            var clusterer = StoryClusterer.Load(shared, stories.Select(p => p.State).ToList(), options);
            return (clusterer, StorylineMemo.Read(reader));
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            // A state this build cannot read is grouped again from the articles, which are the record.
            return (null, null);
        }
    }

    /// <summary>Waits for background work an update is leaving after a failure of its own, whose failure is the one
    /// reported (the background work's own is dropped).</summary>
    private static void Settle(Task? pending)
    {
        try
        {
            pending?.Wait();
        }
        catch (AggregateException)
        {
            // The update's own failure is reported.
        }
    }

    /// <summary>A chunk of new articles analysed (<see cref="Analysed"/>) and made ready to assign, in the background,
    /// with the time it took.</summary>
    private Task<(StoryArticle[] Articles, TimeSpan Took)> Prepared(IReadOnlyList<string> chunk) => Task.Run(() =>
    {
        var clock = Stopwatch.StartNew();
        var analysedChunk = Analysed(chunk, count: true);
        var articles = new StoryArticle[analysedChunk.Count];
        Parallel.For(0, articles.Length, i => articles[i] = StoryGrouping.ToStoryArticle(analysedChunk[i]));
        return (articles, clock.Elapsed);
    });

    /// <summary>
    /// The articles with these ids as the brief groups them, in the order given, each with its analysis: the stored one
    /// of this model version when there is one, else analysed now (on every core) and stored.
    /// </summary>
    /// <param name="count">Count them as new articles analysed or reused (not when a story's older members are read).</param>
    private List<AnalyzedArticle> Analysed(IReadOnlyList<string> ids, bool count = false) => Ready(Fetch(ids, count));

    /// <summary>
    /// What <see cref="Analysed"/> needs the store for, on the calling thread: the articles read, their stored analyses
    /// read as they are, and those without one of this model version analysed (on every core) and stored.
    /// <see cref="Ready"/> then makes the articles without the store, so that it can run beside the store's next use.
    /// </summary>
    private Fetched Fetch(IReadOnlyList<string> ids, bool count)
    {
        // The raw text is never read here: an analysis is of the cleaned text, and its document keeps only that.
        var stored = store.FindMany(ids, withRawText: false);
        var rows = store.FindAnalyses(stored.Select(a => a.Id).ToList(), modelVersion);
        var found = rows.Select(r => r.ArticleId).ToHashSet(StringComparer.Ordinal);
        var missing = stored.Where(a => !found.Contains(a.Id)).ToList();
        var made = new StoredAnalysis[missing.Count];
        var analyses = new TextAnalysis[missing.Count];
        Parallel.For(0, missing.Count, i =>
        {
            var a = missing[i];
            analyses[i] = TextAnalyzer.Default.Analyze(a.Text, TextAnalyzer.ReferenceDate(a.Published));
            var input = new ArticleInput(a.Id, a.Text, a.Source, a.Outlet, a.Published, a.Url, a.Title, a.PublishedInferred);
            made[i] = new StoredAnalysis(a.Id, modelVersion, AnalysisDocument.From(input, analyses[i], a.Removed).ToStoredJson());
        });
        if (made.Length > 0)
        {
            // Most reads (a story's older members when it is briefed) find every analysis stored: no empty write.
            store.SaveAnalyses(made);
        }

        if (count)
        {
            analysed += missing.Count;
            reused += stored.Count - missing.Count;
        }

        return new Fetched(stored, rows, missing.Select((a, i) => (a.Id, analyses[i])).ToList());
    }

    /// <summary>The articles <see cref="Fetch"/> read, each with its analysis (the stored ones read back), on every core and
    /// without the store.</summary>
    private static List<AnalyzedArticle> Ready(Fetched fetched)
    {
        var read = new TextAnalysis[fetched.Rows.Count];
        Parallel.For(0, read.Length, i => read[i] = AnalysisDocument.Read(fetched.Rows[i].Json).ToAnalysis());
        var known = fetched.Rows.Select((r, i) => (r.ArticleId, Analysis: read[i])).Concat(fetched.Made)
            .ToDictionary(p => p.ArticleId, p => p.Analysis, StringComparer.Ordinal);
        var articles = new AnalyzedArticle[fetched.Articles.Count];
        Parallel.For(0, articles.Length, i =>
        {
            var a = fetched.Articles[i];
            articles[i] = BriefBuilder.Prepare(new AnalyzedArticle(StoreBriefs.FromStored(a), known[a.Id]));
        });
        return [.. articles];
    }

    /// <summary>The stories' articles with their stored analyses, by id, from what <see cref="Fetch"/> read of them.</summary>
    private static Dictionary<string, AnalyzedArticle> Members(Fetched fetched) =>
        Ready(fetched).ToDictionary(a => a.Article.Id, StringComparer.Ordinal);

    /// <summary>Articles as read from the store, their stored analyses as read, and the analyses made now for those without.</summary>
    private sealed record Fetched(IReadOnlyList<StoredArticle> Articles, IReadOnlyList<StoredAnalysis> Rows, List<(string ArticleId, TextAnalysis Analysis)> Made);

    /// <summary>Each story's brief, Markdown and articles as it shows them, from its own articles' analyses (no store is
    /// read: it runs beside the writing of the batch before).</summary>
    private static (List<StoredStory> Stories, List<StoredBriefArticle> Articles) Brief(List<Story> stories, Dictionary<string, AnalyzedArticle> members)
    {
        var rows = new StoredStory[stories.Count];
        var shown = new List<AnalyzedArticle>[stories.Count];
        Parallel.For(0, stories.Count, i =>
        {
            var (brief, articles) = BriefBuilder.Story(stories[i], stories[i].ArticleIds.Select(id => members[id]).ToList());
            rows[i] = StoreBriefs.ToStored(brief, MarkdownBriefWriter.Story(brief, articles.Select(a => a.Article)));
            shown[i] = [.. articles];
        });
        var json = shown.SelectMany(list => list).Select(a => new StoredBriefArticle(a.Article.Id, JsonSerializer.Serialize(a.Article, MizanJson.Compact))).ToList();
        return (rows.ToList(), json);
    }
}
