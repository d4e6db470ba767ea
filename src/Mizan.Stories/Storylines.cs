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
    /// docs/stories-dev.tsv by <c>mizan eval stories --fit</c>, refitted when the titles' figures were read in words and
    /// single digits (2026-12-07): storyline pairwise F1 0.702 with dates at -2.0 (-2.5: 0.694, -1.5: 0.700); without
    /// dates 0.713 (-2.5: 0.680, -1.5: 0.727). Before that refit -2.5 was best with dates (0.700; -2.0: 0.677).
    /// </summary>
    public double JoinScore { get; init; } = -2.0;

    /// <summary>How the articles of a story without titles are weighed against a storyline's.</summary>
    public StoryWeights UntitledWeights { get; init; } = StoryWeights.UntitledStoryline;

    /// <summary>
    /// The mean log-odds a story without titles needs to join a storyline, chosen with <see cref="UntitledWeights"/>
    /// by the mean storyline F1 of half A without titles and of docs/stories-web-2.tsv (W2), the stories grouped as
    /// shipped (<c>eval stories --fit</c> with both files; dated / undated): 0.744 / 0.761 at -1.5 (-2.0: 0.739 /
    /// 0.738, -1.0: 0.717 / 0.765), against 0.615 / 0.723 with the titled model and bar. W2's weight was kept at a half,
    /// as for the events: as much gives 0.744 / 0.763 at -1.0, a quarter 0.741 / 0.742 at -2.0.
    /// </summary>
    public double UntitledJoinScore { get; init; } = -1.5;

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
public static partial class Storylines
{
    public static IReadOnlyList<Storyline> Link(StoryClusterer clusterer, StorylineOptions? options = null) =>
        Link(clusterer, options, null, new HashSet<int>(), out _);

    /// <summary>
    /// Links as <see cref="Link(StoryClusterer, StorylineOptions?)"/> does, replaying the decisions of the last linking
    /// (<paramref name="previous"/>) for the leading stories that neither changed since nor moved in the order: each
    /// joins the line it joined then, without being weighed again. After the first changed story, a story that did not
    /// change is replayed too when none of the lines it could be weighed against differs from last time (see
    /// <see cref="Divergence"/>); the changed stories, and those that could see a line that differs, are weighed. A
    /// replayed story only becomes a member of its line, and is indexed only under the terms a weighed story will look
    /// up: a line's sums are added up when weighing needs them, so linking after a small update costs about what the
    /// weighed stories touch, not what the whole store holds. The result is the same as linking everything again, to the bit: a line's sums are added
    /// in the order its stories joined.
    /// </summary>
    /// <param name="changed">The stories whose articles changed since <paramref name="previous"/> was made.</param>
    /// <param name="memo">The decisions of this linking, for the next.</param>
    public static IReadOnlyList<Storyline> Link(StoryClusterer clusterer, StorylineOptions? options, StorylineMemo? previous, IReadOnlySet<int> changed, out StorylineMemo memo) =>
        Link(clusterer, options, previous, changed, out memo, null);

    /// <summary>Links as the public overload does, telling <paramref name="weighed"/> every line a story was weighed
    /// against with every feature: what the tests compare, to the bit, between a replay and linking everything again.</summary>
    internal static IReadOnlyList<Storyline> Link(StoryClusterer clusterer, StorylineOptions? options, StorylineMemo? previous, IReadOnlySet<int> changed, out StorylineMemo memo, Action<Weighing>? weighed)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        ArgumentNullException.ThrowIfNull(changed);
        options ??= new StorylineOptions();
        if (previous is not null && !previous.Fits(options))
        {
            // Decisions taken with other shortlists or postings bounds are not this linking's: everything is weighed.
            previous = null;
        }

        // Story ids run from 0 to StoryCount - 1: the order is taken over the ids, without a snapshot of every story
        // (a story merged into another is empty and links to nothing).
        var stories = Enumerable.Range(0, clusterer.StoryCount)
            .Where(id => !clusterer.IsMerged(id))
            .OrderBy(id => clusterer.StartOf(id) is null)
            .ThenBy(id => clusterer.StartOf(id) ?? DateTimeOffset.MaxValue)
            .ThenBy(id => id)
            .ToList();
        var replay = 0;
        while (previous is not null && replay < stories.Count && replay < previous.Order.Count && previous.Order[replay] == stories[replay] && !changed.Contains(stories[replay]))
        {
            replay++;
        }

        // A weighed story looks up its own centroid terms only, and a story joins a line under its own terms: the
        // terms no weighed story has are never looked up, so the replayed stories are indexed under the others only.
        var index = new LineIndex(stories.Skip(replay).SelectMany(clusterer.CentroidTerms));

        // A line's sums leave out the channels of a title's coverage when neither storyline model weighs it.
        var coverage = options.Weights.WeightOf(StoryFeature.TitleCovered) != 0 || options.UntitledWeights.WeightOf(StoryFeature.TitleCovered) != 0;
        var lines = new List<Line>();
        var decisions = new StorylineMemo(options);

        // A story takes the line it took last time (a new one when that line's id is the next), with the candidates it
        // was weighed against then.
        void Replay(int story, int line, int[] terms, int[] candidates, double cutoff)
        {
            if (line == lines.Count)
            {
                lines.Add(new Line(line, clusterer, coverage));
            }

            index.Joined(lines[line], clusterer.SumsOf(story)[Channel.Body]);
            lines[line].Replay(story);
            index.Post(lines[line], terms);
            decisions.Add(story, line, candidates, cutoff);
        }

        for (var position = 0; position < replay; position++)
        {
            Replay(stories[position], previous!.LineOf[position], clusterer.CentroidTerms(stories[position]), previous.Candidates[position], previous.Cutoffs[position]);
        }

        var divergence = previous is null ? null : new Divergence(clusterer, previous, changed, replay, lines, index, options);
        var dots = new DotProducts();
        for (var position = replay; position < stories.Count; position++)
        {
            var story = stories[position];
            var terms = clusterer.CentroidTerms(story);
            if (divergence?.Replay(story, terms, out var beside) is { } same)
            {
                Replay(story, same.Line, terms, same.Candidates, same.Cutoff);
                decisions.ReplayedBeside += beside ? 1 : 0;
                continue;
            }

            var sums = clusterer.SumsOf(story);
            var start = clusterer.StartOf(story);

            // As for stories: term at a time over the index, each candidate's dot product of content words with the
            // story (over the story's centroid terms); the closest few are weighed with every feature.
            dots.Clear(lines.Count);
            foreach (var term in terms)
            {
                var posting = index.LinesOf(term);
                if (posting.Count <= options.MaxPostings)
                {
                    var weight = sums[Channel.Body].GetValueOrDefault(term);
                    for (var i = 0; i < posting.Count; i++)
                    {
                        dots.Add(posting.Lines[i].Id, Product(weight, posting.Weights[i]));
                    }
                }
            }

            var shortlist = dots.Closest(options.Shortlist, id => Score(start, sums.Count, lines[id], dots[id], options));
            var candidates = new int[shortlist.Length];
            for (var i = 0; i < candidates.Length; i++)
            {
                candidates[i] = shortlist[i].Group;
            }

            var cutoff = shortlist.Length == options.Shortlist ? shortlist[^1].Score : double.NegativeInfinity;
            // A story whose articles carry no title is weighed by the model fitted without titles.
            var (model, bar) = sums.Present(Channel.Title) > 0 ? (options.Weights, options.JoinScore) : (options.UntitledWeights, options.UntitledJoinScore);
            Line? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var (id, body) in shortlist)
            {
                var line = lines[id];
                var features = sums.MeanFeatures(line.Sums);
                weighed?.Invoke(new Weighing(story, line.Id, body, features));
                var score = model.Score(features);
                if (score > bestScore)
                {
                    (best, bestScore) = (line, score);
                }
            }

            if (best is null)
            {
                // Weighed against no line: told too, so that a story weighed is always seen to be.
                weighed?.Invoke(new Weighing(story, -1, 0, []));
            }

            if (best is null || bestScore < bar)
            {
                best = new Line(lines.Count, clusterer, coverage);
                lines.Add(best);
            }

            index.Joined(best, sums[Channel.Body]);
            best.Join(story);
            index.Post(best, terms);
            decisions.Add(story, best.Id, candidates, cutoff);
            divergence?.Weighed(story, terms, best.Id);
        }

        memo = decisions;
        clusterer.Linked();
        return lines.Select(l => l.Stories.Order().ToList())
            .OrderBy(g => g[0])
            .Select((g, i) => new Storyline(i, g))
            .ToList();
    }

    /// <summary>One term's part of a story's dot product with a line: the story's summed weight of it times the line's,
    /// as the linking and its replay both take it (the same floats).</summary>
    private static double Product(float story, float line) => story * line;

    /// <summary>What a line scores as a candidate for a story of <paramref name="count"/> articles begun at
    /// <paramref name="start"/>, given their dot product: their mean dot product, or null when the line's latest story began
    /// longer than the window before.</summary>
    private static double? Score(DateTimeOffset? start, int count, Line line, double product, StorylineOptions options) =>
        start is { } when && line.Latest is { } latest && when - latest > options.Window ? null : product / ((double)count * line.Count);

    /// <summary>A story weighed against a line: the mean dot product of their content words it was shortlisted by, and
    /// the features it was scored on; line -1 with no features when no line was a candidate.</summary>
    internal sealed record Weighing(int Story, int Line, double Body, double[] Features);

    /// <summary>
    /// A storyline being linked: its stories in the order they joined, and the sums of their articles' vectors added
    /// up in that order. A line that only replayed stories adds them up once weighing needs them (most lines of a
    /// replay are never weighed against); a line a weighed story joins keeps them added up, as linking always did.
    /// </summary>
    private sealed class Line(int id, StoryClusterer clusterer, bool coverage)
    {
        /// <summary>The channels the line's sums add up.</summary>
        private readonly IReadOnlyList<Channel> channels = StorySums.Carried(coverage);

        /// <summary>The stories' sums added up, once <see cref="Sums"/> was asked for; kept up to date from then on.</summary>
        private StorySums? sums;

        /// <summary>The entries of the stories' sums, every channel: what adding them up costs.</summary>
        private long entries;

        /// <summary>The stories' sums looked up so far by <see cref="Body"/> without the sums added up.</summary>
        private long looked;

        public int Id { get; } = id;

        /// <summary>Where the line stands in each term's posting it is in (<see cref="LineIndex"/>), by term id.</summary>
        public Dictionary<int, int> Slots { get; } = [];

        public List<int> Stories { get; } = [];

        /// <summary>How many articles the line's stories hold (the count of <see cref="Sums"/>, without adding them up).</summary>
        public int Count { get; private set; }

        public DateTimeOffset? Latest { get; private set; }

        /// <summary>The sums of the line's articles, added story by story in the order they joined (as adding each
        /// story's sums on joining does), so every float is the one linking without a replay computes.</summary>
        public StorySums Sums
        {
            get
            {
                if (sums is null)
                {
                    sums = new StorySums(coverage);
                    foreach (var story in Stories)
                    {
                        sums.Add(clusterer.SumsOf(story));
                    }
                }

                return sums;
            }
        }

        /// <summary>
        /// The line's summed content-word weight of one term. Without the sums added up, it is the same float sum taken
        /// over the stories that have the term, in the order they joined (starting from zero, as a new entry does): a
        /// lookup per story instead of adding up every channel of every story. Lookups on one line are paid for until
        /// they have cost as many as adding its sums up would (rent or buy: never more than twice the cheaper of
        /// looking up every time and adding up at once), then the sums are added up and looked up from then on.
        /// </summary>
        public float Body(int term)
        {
            if (sums is null && looked >= entries)
            {
                _ = Sums;
            }

            if (sums is not null)
            {
                return sums[Channel.Body].GetValueOrDefault(term);
            }

            looked += Stories.Count;
            var total = 0f;
            foreach (var story in Stories)
            {
                if (clusterer.SumsOf(story)[Channel.Body].TryGetValue(term, out var weight))
                {
                    total += weight;
                }
            }

            return total;
        }

        /// <summary>A replayed story joins: only its membership, count and start are taken, unless the line's sums were
        /// added up already (a story weighed against it or joining it before), which then take the story's sums last.</summary>
        public void Replay(int story)
        {
            var added = Take(story);
            if (sums is null)
            {
                entries += channels.Sum(channel => (long)added.Entries(channel));
            }
            else
            {
                sums.Add(added);
            }
        }

        /// <summary>A weighed story joins: the line's sums are added up (the next weighed stories will need them).</summary>
        public void Join(int story)
        {
            // Added up before the story is a member, so that its sums are added once, last.
            var added = Sums;
            added.Add(Take(story));
        }

        private StorySums Take(int story)
        {
            Stories.Add(story);
            var added = clusterer.SumsOf(story);
            Count += added.Count;
            if (clusterer.StartOf(story) is { } began && (Latest is null || began > Latest))
            {
                Latest = began;
            }

            return added;
        }
    }

    /// <summary>
    /// The lines each centroid term finds, kept for the terms a weighed story has (the only ones looked up), each with
    /// the line's summed content-word weight of the term: a weighed story's dot products are read off the postings
    /// instead of looked up in every candidate line's sums. A posting's weight is the line's sum when the line was
    /// posted under the term, and each story joining the line after adds its own weight: the same floats in the same
    /// order as the line's sums, so the dot products are those of looking them up.
    /// </summary>
    private sealed class LineIndex
    {
        /// <summary>Each looked-up term's posting, by term id; null for a term no weighed story has.</summary>
        private readonly Posting?[] postings;

        public LineIndex(IEnumerable<int> terms)
        {
            var wanted = terms.ToList();
            postings = new Posting?[wanted.Count == 0 ? 0 : wanted.Max() + 1];
            foreach (var term in wanted)
            {
                postings[term] ??= new Posting();
            }
        }

        /// <summary>The lines whose stories have <paramref name="term"/>, one of a weighed story's terms, among their
        /// centroid terms, with their weights of it.</summary>
        public Posting LinesOf(int term) => postings[term]!;

        /// <summary>A story is joining <paramref name="line"/>: its content-word weights are added to the line's
        /// postings (before it joins, so that a posting the story's own terms start takes the line's sum with it).</summary>
        public void Joined(Line line, TermSums body)
        {
            if (line.Slots.Count <= body.Count)
            {
                foreach (var (term, slot) in line.Slots)
                {
                    if (body.TryGetValue(term, out var weight))
                    {
                        postings[term]!.Weights[slot] += weight;
                    }
                }

                return;
            }

            foreach (var (term, weight) in body)
            {
                if (line.Slots.TryGetValue(term, out var slot))
                {
                    postings[term]!.Weights[slot] += weight;
                }
            }
        }

        /// <summary>Posts a story's terms for the line it joined (the ones a weighed story will look up).</summary>
        public void Post(Line line, int[] terms)
        {
            foreach (var term in terms)
            {
                if (term < postings.Length && postings[term] is { } posting && !line.Slots.ContainsKey(term))
                {
                    line.Slots[term] = posting.Count;
                    posting.Lines.Add(line);
                    posting.Weights.Add(line.Body(term));
                }
            }
        }
    }

    /// <summary>A term's lines and each one's summed weight of the term, in the order they were posted.</summary>
    private sealed class Posting
    {
        public List<Line> Lines { get; } = [];

        public List<float> Weights { get; } = [];

        public int Count => Lines.Count;
    }
}

/// <summary>The decisions of one linking: the stories in the order they were linked, the line each joined (lines
/// numbered as they were started), and the candidate lines it was weighed against, best first, with the score of the last
/// when they were as many as the shortlist holds, for <see cref="Storylines.Link(StoryClusterer, StorylineOptions?, StorylineMemo?, IReadOnlySet{int}, out StorylineMemo)"/> to replay.</summary>
public sealed class StorylineMemo
{
    /// <summary>The layout of <see cref="Write"/>'s bytes.</summary>
    private const int Layout = 2;

    internal StorylineMemo(StorylineOptions options)
        : this(options.Shortlist, options.MaxPostings)
    {
    }

    private StorylineMemo(int shortlist, int maxPostings) => (Shortlist, MaxPostings) = (shortlist, maxPostings);

    /// <summary>The options the decisions were taken with that a replay must share (<see cref="Fits"/>).</summary>
    private int Shortlist { get; }

    private int MaxPostings { get; }

    internal List<int> Order { get; } = [];

    internal List<int> LineOf { get; } = [];

    internal List<int[]> Candidates { get; } = [];

    /// <summary>The last candidate's score, when the candidates filled the shortlist; negative infinity otherwise.</summary>
    internal List<double> Cutoffs { get; } = [];

    /// <summary>How many stories were replayed although a line that differs from the linking before was posted under
    /// one of their terms that counts against the postings bound (it scored below their candidates, or was a line of
    /// the linking before only); not written.</summary>
    internal int ReplayedBeside { get; set; }

    /// <summary>Whether the decisions were taken with the shortlist and the postings bound of <paramref name="options"/>.</summary>
    internal bool Fits(StorylineOptions options) => options.Shortlist == Shortlist && options.MaxPostings == MaxPostings;

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Layout);
        writer.Write(Shortlist);
        writer.Write(MaxPostings);
        writer.Write(Order.Count);
        for (var i = 0; i < Order.Count; i++)
        {
            writer.Write(Order[i]);
            writer.Write(LineOf[i]);
            writer.Write(Candidates[i].Length);
            foreach (var candidate in Candidates[i])
            {
                writer.Write(candidate);
            }

            writer.Write(Cutoffs[i]);
        }
    }

    /// <exception cref="InvalidDataException">The bytes are not a memo this build writes.</exception>
    public static StorylineMemo Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return StoredLayout.Read(reader, Layout, "a storyline memo", () =>
        {
            var memo = new StorylineMemo(reader.ReadInt32(), reader.ReadInt32());
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var (story, line) = (reader.ReadInt32(), reader.ReadInt32());
                var length = reader.ReadInt32();
                if (length < 0 || length > memo.Shortlist)
                {
                    throw new InvalidDataException($"a storyline memo with a story of {length} candidates, for a shortlist of {memo.Shortlist}");
                }

                var candidates = new int[length];
                for (var c = 0; c < candidates.Length; c++)
                {
                    candidates[c] = reader.ReadInt32();
                }

                memo.Add(story, line, candidates, reader.ReadDouble());
            }

            return memo;
        });
    }

    internal void Add(int story, int line, int[] candidates, double cutoff)
    {
        Order.Add(story);
        LineOf.Add(line);
        Candidates.Add(candidates);
        Cutoffs.Add(cutoff);
    }
}
