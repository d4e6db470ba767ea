namespace Mizan.Stories;

/// <summary>A storyline: stories of one ongoing saga (same actors and subject, different events and days).</summary>
public sealed record Storyline(int Id, IReadOnlyList<int> StoryIds);

/// <summary>The knobs of storyline linking.</summary>
public sealed record StorylineOptions
{
    /// <summary>How the articles of a story are weighed against a storyline's.</summary>
    public StoryWeights Weights { get; init; } = StoryWeights.Storyline;

    /// <summary>
    /// The mean log-odds over article pairs a story needs to join a storyline. Chosen on half A of
    /// docs/stories-dev.tsv by <c>mizan eval stories --fit</c>: storyline pairwise F1 0.700 with dates at -2.5 (-3.0:
    /// 0.672, -2.0: 0.677); without dates 0.701 (-3.0: 0.659, -2.0: 0.710, slightly better there).
    /// </summary>
    public double JoinScore { get; init; } = -2.5;

    /// <summary>
    /// A storyline whose latest story began longer ago than this before a dated story takes it no more: a saga that
    /// has been quiet for a month has ended, and the window keeps the candidates of one story bounded. Not measured:
    /// the development set spans three weeks.
    /// </summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Candidate storylines weighed with every feature, the closest by content words first (as <see cref="StoryOptions.Shortlist"/>).</summary>
    public int Shortlist { get; init; } = 20;

    /// <summary>A term in more storylines than this is too common to find candidates with.</summary>
    public int MaxPostings { get; init; } = 300;
}

/// <summary>
/// Links the stories of a clusterer into storylines, one story at a time in the order they began: each story joins
/// the storyline whose articles it is most like on average (the same linear model as stories, fitted on storyline
/// labels), or starts one. Average link keeps a saga from chaining through one loose story into the next subject.
/// </summary>
public static class Storylines
{
    public static IReadOnlyList<Storyline> Link(StoryClusterer clusterer, StorylineOptions? options = null) =>
        Link(clusterer, options, null, new HashSet<int>(), out _);

    /// <summary>
    /// Links as <see cref="Link(StoryClusterer, StorylineOptions?)"/> does, replaying the decisions of the last linking
    /// (<paramref name="previous"/>) for the leading stories that neither changed since nor moved in the order: each
    /// joins the line it joined then, without being weighed again. Only the stories from the first changed one on (in
    /// the order they began: the new and the recently joined, at the end) are weighed, so linking after a small update
    /// costs little more than adding the earlier stories' sums. The result is the same as linking everything again.
    /// </summary>
    /// <param name="changed">The stories whose articles changed since <paramref name="previous"/> was made.</param>
    /// <param name="memo">The decisions of this linking, for the next.</param>
    public static IReadOnlyList<Storyline> Link(StoryClusterer clusterer, StorylineOptions? options, StorylineMemo? previous, IReadOnlySet<int> changed, out StorylineMemo memo)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        ArgumentNullException.ThrowIfNull(changed);
        options ??= new StorylineOptions();
        var stories = clusterer.Stories().Select(s => s.Id)
            .OrderBy(id => clusterer.StartOf(id) is null)
            .ThenBy(id => clusterer.StartOf(id) ?? DateTimeOffset.MaxValue)
            .ThenBy(id => id)
            .ToList();
        var lines = new List<Line>();
        var index = new Dictionary<int, HashSet<Line>>();
        var replay = 0;
        while (previous is not null && replay < stories.Count && replay < previous.Order.Count && previous.Order[replay] == stories[replay] && !changed.Contains(stories[replay]))
        {
            replay++;
        }

        memo = new StorylineMemo();
        foreach (var (position, story) in stories.Index())
        {
            var sums = clusterer.SumsOf(story);
            var start = clusterer.StartOf(story);
            var terms = clusterer.CentroidTerms(story);
            if (position < replay)
            {
                var line = previous!.LineOf[position];
                if (line == lines.Count)
                {
                    lines.Add(new Line(line));
                }

                Join(lines[line], story, sums, start, terms, index);
                memo.Add(story, line);
                continue;
            }

            // As for stories: term at a time over the index, each candidate's dot product of content words with the
            // story (over the story's centroid terms); the closest few are weighed with every feature.
            var dots = new Dictionary<Line, double>();
            foreach (var term in terms)
            {
                if (index.TryGetValue(term, out var list) && list.Count <= options.MaxPostings)
                {
                    var weight = sums[Channel.Body].GetValueOrDefault(term);
                    foreach (var line in list)
                    {
                        dots[line] = dots.GetValueOrDefault(line) + (weight * line.Sums[Channel.Body].GetValueOrDefault(term));
                    }
                }
            }

            var shortlist = dots
                .Where(c => !(start is { } when && c.Key.Latest is { } latest && when - latest > options.Window))
                .Select(c => (Line: c.Key, Body: c.Value / ((double)sums.Count * c.Key.Sums.Count)))
                .OrderByDescending(c => c.Body)
                .ThenBy(c => c.Line.Id)
                .Take(options.Shortlist);
            Line? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var (line, _) in shortlist)
            {
                var score = options.Weights.Score(sums.MeanFeatures(line.Sums));
                if (score > bestScore)
                {
                    (best, bestScore) = (line, score);
                }
            }

            if (best is null || bestScore < options.JoinScore)
            {
                best = new Line(lines.Count);
                lines.Add(best);
            }

            Join(best, story, sums, start, terms, index);
            memo.Add(story, best.Id);
        }

        return lines.Select(l => l.Stories.Order().ToList())
            .OrderBy(g => g[0])
            .Select((g, i) => new Storyline(i, g))
            .ToList();
    }

    private static void Join(Line line, int story, StorySums sums, DateTimeOffset? start, int[] terms, Dictionary<int, HashSet<Line>> index)
    {
        line.Stories.Add(story);
        line.Sums.Add(sums);
        if (start is { } began && (line.Latest is null || began > line.Latest))
        {
            line.Latest = began;
        }

        foreach (var term in terms)
        {
            if (!index.TryGetValue(term, out var list))
            {
                list = [];
                index[term] = list;
            }

            list.Add(line);
        }
    }

    private sealed class Line(int id)
    {
        public int Id { get; } = id;

        public List<int> Stories { get; } = [];

        public StorySums Sums { get; } = new();

        public DateTimeOffset? Latest { get; set; }
    }
}

/// <summary>The decisions of one linking: the stories in the order they were linked, and the line each joined (lines
/// numbered as they were started), for <see cref="Storylines.Link(StoryClusterer, StorylineOptions?, StorylineMemo?, IReadOnlySet{int}, out StorylineMemo)"/> to replay.</summary>
public sealed class StorylineMemo
{
    /// <summary>The layout of <see cref="Write"/>'s bytes.</summary>
    private const int Layout = 1;

    internal List<int> Order { get; } = [];

    internal List<int> LineOf { get; } = [];

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Layout);
        writer.Write(Order.Count);
        for (var i = 0; i < Order.Count; i++)
        {
            writer.Write(Order[i]);
            writer.Write(LineOf[i]);
        }
    }

    /// <exception cref="InvalidDataException">The bytes are not a memo this build writes.</exception>
    public static StorylineMemo Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return StoredLayout.Read(reader, Layout, "a storyline memo", () =>
        {
            var memo = new StorylineMemo();
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                memo.Add(reader.ReadInt32(), reader.ReadInt32());
            }

            return memo;
        });
    }

    internal void Add(int story, int line)
    {
        Order.Add(story);
        LineOf.Add(line);
    }
}
