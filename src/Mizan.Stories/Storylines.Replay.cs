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

        /// <summary>By term, how many differing current lines are posted under it: the rest of its lines are paired.</summary>
        private readonly Dictionary<int, int> differingLines = [];

        /// <summary>The terms some differing line is (or was, in the previous linking) posted under.</summary>
        private readonly HashSet<int> differingTerms = [];

        /// <summary>The previous positions gone past: their stories' previous decisions are taken into account.</summary>
        private int next;

        public Divergence(StoryClusterer clusterer, StorylineMemo previous, IReadOnlySet<int> changed, int from, List<Line> lines)
        {
            (this.clusterer, this.previous, this.changed, this.lines, next) = (clusterer, previous, changed, lines, from);
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
        /// linking; the count of current lines when it starts a line as last time; null when it must be weighed.
        /// </summary>
        /// <param name="posted">How many current lines a term is posted under.</param>
        public int? Replay(int story, int[] terms, Func<int, int> posted, int maxPostings)
        {
            if (!Reach(story))
            {
                return null;
            }

            var line = previous.LineOf[previousPosition[story]];
            if (line > currentOf.Count)
            {
                Valid = false;
                return null;
            }

            if (line < currentOf.Count && currentOf[line] == Differs)
            {
                return null;
            }

            // A term in more than MaxPostings paired lines is skipped in both linkings, whatever differs under it;
            // under any other term, a differing line would be a candidate in one linking and not the other, or weigh
            // otherwise, or change the term's count of lines against MaxPostings.
            foreach (var term in terms)
            {
                if (differingTerms.Contains(term) && posted(term) - differingLines.GetValueOrDefault(term) <= maxPostings)
                {
                    return null;
                }
            }

            if (line == currentOf.Count)
            {
                currentOf.Add(previousOf.Count);
                previousOf.Add(line);
            }

            return currentOf[line];
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

                PreviousDiffers(before);
                differingTerms.UnionWith(terms);
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
                CurrentDiffers(line);
            }

            var posted = currentTerms[line];
            foreach (var term in terms)
            {
                if (posted.Add(term))
                {
                    differingLines[term] = differingLines.GetValueOrDefault(term) + 1;
                    differingTerms.Add(term);
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

                PreviousDiffers(line);
                differingTerms.UnionWith(clusterer.FormerCentroidTerms(other));
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

        /// <summary>A previous line (a new one if it is the next id) gains a member its current counterpart does not.</summary>
        private void PreviousDiffers(int line)
        {
            if (line == currentOf.Count)
            {
                currentOf.Add(Differs);
            }
            else if (currentOf[line] != Differs)
            {
                CurrentDiffers(currentOf[line]);
            }
        }

        /// <summary>A current line stops being paired with its previous counterpart (both differ from then on): it is
        /// posted under its members' terms, and so was the previous one, whose members were the same.</summary>
        private void CurrentDiffers(int line)
        {
            if (previousOf[line] == Differs)
            {
                return;
            }

            currentOf[previousOf[line]] = Differs;
            previousOf[line] = Differs;
            var posted = new HashSet<int>();
            foreach (var member in lines[line].Stories)
            {
                posted.UnionWith(clusterer.CentroidTerms(member));
            }

            currentTerms[line] = posted;
            foreach (var term in posted)
            {
                differingLines[term] = differingLines.GetValueOrDefault(term) + 1;
            }

            differingTerms.UnionWith(posted);
        }
    }
}
