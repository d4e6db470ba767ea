namespace Mizan.Stories;

public static partial class Storylines
{
    /// <summary>
    /// What differs between the last linking (the memo) and this one, story by story after the first change: which
    /// lines of each have the same members so far (paired, the previous line's id with the current one's, as new lines
    /// are numbered in the order they start and the numbers shift once a decision differs), and under which terms a
    /// line that differs is posted, in either linking. A story that did not change, whose terms find no differing line
    /// it could be weighed against, sees exactly what it saw last time (the same lines, with the same members, so the
    /// same floats), and takes the same decision: it is replayed, not weighed.
    /// </summary>
    /// <remarks>
    /// A previous line's terms are those its members had then: a changed story's are the centroid terms the clusterer kept
    /// from before its first change since that linking (<see cref="StoryClusterer.FormerCentroidTerms"/>).
    /// </remarks>
    private sealed class Divergence
    {
        /// <summary>Marks a line of one linking with no counterpart of the same members in the other.</summary>
        private const int Differs = -1;

        private readonly StoryClusterer clusterer;

        private readonly StorylineMemo previous;

        private readonly IReadOnlySet<int> changed;

        /// <summary>The current lines, as this linking builds them.</summary>
        private readonly List<Line> lines;

        /// <summary>Each story's position in the previous order, from the first position not replayed in order.</summary>
        private readonly Dictionary<int, int> previousPosition = [];

        /// <summary>By previous line id, the current line with the same members so far; <see cref="Differs"/> if none.</summary>
        private readonly List<int> currentOf = [];

        /// <summary>By current line id, the previous line with the same members so far; <see cref="Differs"/> if none.</summary>
        private readonly List<int> previousOf = [];

        /// <summary>Each differing current line's terms: the ones it is posted under in this linking.</summary>
        private readonly Dictionary<int, HashSet<int>> currentTerms = [];

        /// <summary>By term, the differing current lines posted under it: the rest of its lines are paired.</summary>
        private readonly Dictionary<int, List<int>> differingLines = [];

        /// <summary>Each differing previous line's terms: the ones it was posted under in the previous linking so far (its
        /// members' then, which for a story that did not change are its terms now).</summary>
        private readonly Dictionary<int, HashSet<int>> previousTerms = [];

        /// <summary>By term, how many differing previous lines were posted under it (<see cref="previousTerms"/>).</summary>
        private readonly Dictionary<int, int> previousLines = [];

        /// <summary>Where each current line is posted, and with what weight of each term.</summary>
        private readonly LineIndex index;

        private readonly StorylineOptions options;

        /// <summary>A differing line's dot product with the story being weighed, by current line id.</summary>
        private readonly Dictionary<int, double> products = [];

        /// <summary>The previous positions gone past: their stories' previous decisions are taken into account.</summary>
        private int next;

        public Divergence(StoryClusterer clusterer, StorylineMemo previous, IReadOnlySet<int> changed, int from, List<Line> lines, LineIndex index, StorylineOptions options)
        {
            (this.clusterer, this.previous, this.changed, this.lines, next) = (clusterer, previous, changed, lines, from);
            (this.index, this.options) = (index, options);
            for (var position = from; position < previous.Order.Count; position++)
            {
                var story = previous.Order[position];
                Valid &= story >= 0 && story < clusterer.StoryCount && previousPosition.TryAdd(story, position);
            }

            for (var line = 0; line < lines.Count; line++)
            {
                currentOf.Add(line);
                previousOf.Add(line);
            }
        }

        /// <summary>False once the memo turns out not to be a linking of these stories: every later story is weighed.</summary>
        public bool Valid { get; private set; } = true;

        /// <summary>
        /// The current line <paramref name="story"/> joins, as last time, when nothing it can see differs from the previous
        /// linking (the count of current lines when it starts a line as last time), with its candidates of last time in
        /// current line ids and the score they were cut at; null when it must be weighed.
        /// </summary>
        /// <remarks>
        /// It sees the same when its candidates of last time are all paired lines (the same members, so the same floats)
        /// and every term it looks lines up by is used or skipped as it was against <see cref="StorylineOptions.MaxPostings"/>
        /// (counting the paired lines and the differing ones of each linking): the paired lines then score as they did,
        /// and a differing line they find now must score below the last candidate (or there must be none when it had
        /// fewer than <see cref="StorylineOptions.Shortlist"/>), so that the same lines are weighed.
        /// </remarks>
        /// <param name="beside">Whether a differing line was posted under one of its terms (then replayed nonetheless).</param>
        public (int Line, int[] Candidates, double Cutoff)? Replay(int story, int[] terms, out bool beside)
        {
            beside = false;
            if (!Reach(story))
            {
                return null;
            }

            var position = previousPosition[story];
            var line = previous.LineOf[position];
            if (line > currentOf.Count)
            {
                Valid = false;
                return null;
            }

            if (line < currentOf.Count && currentOf[line] == Differs)
            {
                return null;
            }

            var candidates = previous.Candidates[position];
            foreach (var candidate in candidates)
            {
                if (candidate >= currentOf.Count || currentOf[candidate] == Differs)
                {
                    return null;
                }
            }

            products.Clear();
            var sums = clusterer.SumsOf(story);
            foreach (var term in terms)
            {
                // A term no differing line is (or was) posted under finds the same lines in both linkings.
                var (differing, differed) = (differingLines.GetValueOrDefault(term), previousLines.GetValueOrDefault(term));
                if (differing is null && differed == 0)
                {
                    continue;
                }

                var posting = index.LinesOf(term);
                var paired = posting.Count - (differing?.Count ?? 0);
                if (paired > options.MaxPostings)
                {
                    continue;
                }

                // Under any other term it must count against the bound as it did: its lines now, and its lines then (the
                // paired ones and the differing ones of the linking before).
                beside = true;
                var used = posting.Count <= options.MaxPostings;
                if (used != (paired + differed <= options.MaxPostings))
                {
                    return null;
                }

                if (!used)
                {
                    continue;
                }

                var weight = sums[Channel.Body].GetValueOrDefault(term);
                foreach (var id in differing ?? [])
                {
                    products[id] = products.GetValueOrDefault(id) + Product(weight, posting.Weights[lines[id].Slots[term]]);
                }
            }

            // A differing line scoring as the last candidate might come before it by its id: weighed, as one scoring above.
            // A story that had fewer candidates than the shortlist holds was cut at negative infinity: any line now is one.
            var cutoff = previous.Cutoffs[position];
            var start = clusterer.StartOf(story);
            foreach (var (id, product) in products)
            {
                if (Score(start, sums.Count, lines[id], product, options) is { } score && score.CompareTo(cutoff) >= 0)
                {
                    return null;
                }
            }

            if (line == currentOf.Count)
            {
                currentOf.Add(previousOf.Count);
                previousOf.Add(line);
            }

            return (currentOf[line], candidates.Select(c => currentOf[c]).ToArray(), cutoff);
        }

        /// <summary>Takes a weighed story's decision into account (it has joined current line <paramref name="line"/>, which
        /// it started if no line had that id before), against its previous one if it is a story of both linkings.</summary>
        public void Weighed(int story, int[] terms, int line)
        {
            var started = line == previousOf.Count;
            if (Reach(story))
            {
                var before = previous.LineOf[previousPosition[story]];
                if (before > currentOf.Count)
                {
                    Valid = false;
                    return;
                }

                var startedBefore = before == currentOf.Count;
                if (started && startedBefore)
                {
                    // The same first member in both: the lines are the same so far.
                    currentOf.Add(line);
                    previousOf.Add(before);
                    return;
                }

                if (!started && !startedBefore && currentOf[before] == line)
                {
                    return;
                }

                PreviousDiffers(before, story);
                AddPrevious(before, terms);
            }
            else if (!Valid)
            {
                return;
            }

            if (started)
            {
                previousOf.Add(Differs);
                currentTerms[line] = [];
            }
            else
            {
                CurrentDiffers(line, story);
            }

            var posted = currentTerms[line];
            foreach (var term in terms)
            {
                if (posted.Add(term))
                {
                    AddCurrent(term, line);
                }
            }
        }

        /// <summary>
        /// Whether <paramref name="story"/> is in both linkings and unchanged (a story of the previous linking only
        /// ever moves in the order by changing); if so, the previous decisions before it are taken into account: those
        /// of the stories that changed since, whose lines differ from then.
        /// </summary>
        private bool Reach(int story)
        {
            if (!Valid || changed.Contains(story) || !previousPosition.TryGetValue(story, out var position))
            {
                return false;
            }

            for (; next < position; next++)
            {
                var other = previous.Order[next];
                var line = previous.LineOf[next];
                if (!changed.Contains(other) || line > currentOf.Count)
                {
                    // An unchanged story came before it then and does not now: the memo is of another order.
                    Valid = false;
                    return false;
                }

                PreviousDiffers(line, null);
                AddPrevious(line, clusterer.FormerCentroidTerms(other));
            }

            if (next > position)
            {
                // Reached already (a story that could not be replayed is reached again once weighed); past it otherwise,
                // which a memo of this order never is.
                Valid = next == position + 1;
                return Valid;
            }

            next = position + 1;
            return true;
        }

        /// <summary>A previous line (a new one if it is the next id) gains a member its current counterpart does not
        /// (<paramref name="weighed"/>, when it is the story just weighed, is a member of neither yet).</summary>
        private void PreviousDiffers(int line, int? weighed)
        {
            if (line == currentOf.Count)
            {
                currentOf.Add(Differs);
                previousTerms[line] = [];
            }
            else if (currentOf[line] != Differs)
            {
                CurrentDiffers(currentOf[line], weighed);
            }
        }

        /// <summary>A current line stops being paired with its previous counterpart (both differ from then on): it is
        /// posted under its members' terms, and so was the previous one under those of its members, the same but for
        /// <paramref name="weighed"/> (the story just weighed, which may have joined the current line only).</summary>
        private void CurrentDiffers(int line, int? weighed)
        {
            if (previousOf[line] == Differs)
            {
                return;
            }

            var before = previousOf[line];
            currentOf[before] = Differs;
            previousOf[line] = Differs;
            var then = new HashSet<int>();
            foreach (var member in lines[line].Stories.Where(member => member != weighed))
            {
                then.UnionWith(clusterer.CentroidTerms(member));
            }

            var posted = new HashSet<int>(then);
            if (weighed is { } story && lines[line].Stories.Contains(story))
            {
                posted.UnionWith(clusterer.CentroidTerms(story));
            }

            currentTerms[line] = posted;
            foreach (var term in posted)
            {
                AddCurrent(term, line);
            }

            previousTerms[before] = [];
            AddPrevious(before, then);
        }

        /// <summary>A differing current line is posted under <paramref name="term"/>.</summary>
        private void AddCurrent(int term, int line)
        {
            if (!differingLines.TryGetValue(term, out var posted))
            {
                differingLines[term] = posted = [];
            }

            posted.Add(line);
        }

        /// <summary>A differing previous line was posted under these terms too.</summary>
        private void AddPrevious(int line, IEnumerable<int> terms)
        {
            var posted = previousTerms[line];
            foreach (var term in terms)
            {
                if (posted.Add(term))
                {
                    previousLines[term] = previousLines.GetValueOrDefault(term) + 1;
                }
            }
        }
    }
}
