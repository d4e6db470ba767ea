using System.Numerics;

namespace Mizan.Entities.Tagging;

/// <summary>
/// The scores of one sentence under a second-order tagger, laid out for <see cref="SequenceDecoder.Decode"/>. With
/// <c>T</c> tags and index <c>T</c> standing for the sentence start:
/// <list type="bullet">
/// <item><see cref="Emission"/>[i·T + t]: the static features of token i voting for tag t;</item>
/// <item><see cref="Previous"/>[p·T + t]: the previous-tag feature of p voting for t;</item>
/// <item><see cref="Pair"/>[(b·(T+1) + p)·T + t]: the tag-pair feature of b and p voting for t;</item>
/// <item><see cref="WordPrevious"/>[(i·(T+1) + p)·T + t]: the feature of p with the word of token i voting for t</item>
/// </list>
/// (feature names: <see cref="FeatureExtractor.AddHistory"/>). The spans below give the T scores of one such cell.
/// </summary>
internal sealed class SequenceScores(int length, int tagCount, double[] previous, double[] pair, double[] emission, double[] wordPrevious)
{
    [ThreadStatic]
    private static double[]? emissionBuffer;

    [ThreadStatic]
    private static double[]? wordPreviousBuffer;

    /// <summary>Adds a feature row's weights (a row of -1: none) to the scores of each tag.</summary>
    public delegate void AddRow(int row, Span<double> scores);

    /// <summary>
    /// The previous-tag and tag-pair scores, which do not depend on the sentence, from a lookup of feature rows:
    /// <paramref name="tagNames"/> holds the T tags and then the sentence start.
    /// </summary>
    public static (double[] Previous, double[] Pair) HistoryWeights(IReadOnlyList<string> tagNames, Func<string, int> rowOf, AddRow add)
    {
        ArgumentNullException.ThrowIfNull(tagNames);
        ArgumentNullException.ThrowIfNull(rowOf);
        ArgumentNullException.ThrowIfNull(add);
        var tagCount = tagNames.Count - 1;
        var previous = new double[(tagCount + 1) * tagCount];
        var pair = new double[(tagCount + 1) * (tagCount + 1) * tagCount];
        for (var p = 0; p <= tagCount; p++)
        {
            add(rowOf(FeatureExtractor.PreviousTagFeature(tagNames[p])), previous.AsSpan(p * tagCount, tagCount));
            for (var b = 0; b <= tagCount; b++)
            {
                add(rowOf(FeatureExtractor.TagPairFeature(tagNames[b], tagNames[p])), pair.AsSpan(((b * (tagCount + 1)) + p) * tagCount, tagCount));
            }
        }

        return (previous, pair);
    }

    /// <summary>Room for a sentence of <paramref name="length"/> tokens with the given history weights.</summary>
    public SequenceScores(int length, int tagCount, (double[] Previous, double[] Pair) history)
        : this(length, tagCount, history.Previous, history.Pair, new double[length * tagCount], new double[length * (tagCount + 1) * tagCount])
    {
    }

    /// <summary>
    /// As the constructor, in this thread's buffers, cleared: valid until the thread's next call, as a tagger scores
    /// and decodes one sentence at a time. A sentence's scores are tens of kilobytes (a long one's over the large
    /// object heap's 85,000 bytes), allocated anew for each sentence and each of the two taggers before.
    /// </summary>
    public static SequenceScores ForThread(int length, int tagCount, (double[] Previous, double[] Pair) history) =>
        new(length, tagCount, history.Previous, history.Pair, Cleared(ref emissionBuffer, length * tagCount), Cleared(ref wordPreviousBuffer, length * (tagCount + 1) * tagCount));

    /// <summary>A buffer of at least <paramref name="size"/> values, its first <paramref name="size"/> zero.</summary>
    internal static T[] Cleared<T>(ref T[]? buffer, int size)
    {
        var grown = buffer is null || buffer.Length < size;
        var room = Room(ref buffer, size);
        if (!grown)
        {
            Array.Clear(room, 0, size);
        }

        return room;
    }

    /// <summary>A buffer of at least <paramref name="size"/> values, grown (doubling) when too small, else as it was left.</summary>
    internal static T[] Room<T>(ref T[]? buffer, int size)
    {
        if (buffer is null || buffer.Length < size)
        {
            buffer = new T[Math.Max(size, (buffer?.Length ?? 0) * 2)];
        }

        return buffer;
    }

    public int Length { get; } = length;

    public int TagCount { get; } = tagCount;

    /// <summary>The static scores (at least <c>Length·T</c> values; a buffer may hold more).</summary>
    public double[] Emission { get; } = emission;

    public double[] Previous { get; } = previous;

    public double[] Pair { get; } = pair;

    public double[] WordPrevious { get; } = wordPrevious;

    /// <summary>The static scores of token i.</summary>
    public Span<double> EmissionOf(int i) => Emission.AsSpan(i * TagCount, TagCount);

    /// <summary>The scores of the feature pairing previous tag p with the word of token i.</summary>
    public Span<double> WordPreviousOf(int i, int p) => WordPrevious.AsSpan(((i * (TagCount + 1)) + p) * TagCount, TagCount);
}

/// <summary>
/// Which tag may follow which, as <see cref="SequenceDecoder.Decode"/> walks it: for each previous tag (index
/// <see cref="TagCount"/> the sentence start) the tags allowed after it, in ascending order.
/// </summary>
internal sealed class TagTransitions
{
    private readonly int[][] next;

    /// <summary>For each tag, the tags (not the start) it may follow, ascending: the tag before it in a state it can be reached in.</summary>
    private readonly int[][] before;

    public TagTransitions(bool[,] allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        TagCount = allowed.GetLength(1);
        if (allowed.GetLength(0) != TagCount + 1)
        {
            throw new ArgumentException($"{allowed.GetLength(0)} rows of transitions for {TagCount} tags; expected {TagCount + 1} (the start last)", nameof(allowed));
        }

        next = new int[TagCount + 1][];
        for (var p = 0; p <= TagCount; p++)
        {
            next[p] = [.. Enumerable.Range(0, TagCount).Where(t => allowed[p, t])];
        }

        before = new int[TagCount][];
        for (var t = 0; t < TagCount; t++)
        {
            before[t] = [.. Enumerable.Range(0, TagCount).Where(p => allowed[p, t])];
        }

        var lanes = Vector<double>.Count;
        Chunks = TagCount / lanes;
        masks = new Vector<long>[(TagCount + 1) * Chunks];
        for (var p = 0; p <= TagCount; p++)
        {
            for (var c = 0; c < Chunks; c++)
            {
                masks[(p * Chunks) + c] = new Vector<long>([.. Enumerable.Range(c * lanes, lanes).Select(t => allowed[p, t] ? -1L : 0L)]);
            }
        }
    }

    /// <summary>For each previous tag and each run of <see cref="Vector{T}.Count"/> tags, all bits set in the lanes of the tags allowed after it.</summary>
    private readonly Vector<long>[] masks;

    /// <summary>How many whole runs of <see cref="Vector{T}.Count"/> tags the tags make (the decoder's vectors).</summary>
    public int Chunks { get; }

    /// <summary>The lanes of run <paramref name="chunk"/> whose tags may follow <paramref name="previous"/>.</summary>
    public Vector<long> Allowed(int previous, int chunk) => masks[(previous * Chunks) + chunk];

    public int TagCount { get; }

    /// <summary>The tags allowed after <paramref name="previous"/>, ascending.</summary>
    public int[] After(int previous) => next[previous];

    /// <summary>The tags (the start aside) that <paramref name="tag"/> may follow, ascending.</summary>
    public int[] Before(int tag) => before[tag];
}

/// <summary>
/// Exact decoding of a second-order tagger (Viterbi over pairs of tags): the tag sequence whose summed scores are
/// highest among the sequences that are valid IOB2. Greedy left-to-right decoding commits to each tag before seeing
/// how the next one fits, so a name whose first word is unknown was tagged O and the name begun at its second word;
/// here the path B-PERS I-PERS competes with O B-PERS on the whole sentence. Ties go to the path met first, which
/// prefers earlier tags in <see cref="Iob.Tags"/>, so the result is deterministic.
/// </summary>
/// <remarks>
/// The decoder runs twice per sentence of every article analysed (once per tagger) and was the largest single cost of
/// the analysis (about a tenth of a `perf record` of `mizan bench brief`, 13.6% of one of tagging 2015-08-03/04). Each
/// step therefore fills the states (p, t) of one p at a time, the tags t in vector lanes: the scores of t that do not
/// depend on the tag before p are read once, and the states (b, p) they may come from are walked in ascending b, each
/// lane keeping its best and taking a later b only when it scores higher, so a tie still goes to the earliest b, as
/// walking the states in order did. Only the states a step can reach are visited (the start alone at the first token,
/// the start and a tag at the second), and each lane sums in the same order as one tag alone (path, static, previous
/// tag, tag pair, word with previous tag), so the scores, and with them the ties, are the same as summing them cell by
/// cell. In that profile the decoder's samples fell by 41% with the lanes (the states walked per tag: 22% before them).
/// </remarks>
internal static class SequenceDecoder
{
    [ThreadStatic]
    private static int[]? backBuffer;

    public static int[] Decode(SequenceScores scores, TagTransitions transitions)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(transitions);
        var n = scores.Length;
        var tagCount = scores.TagCount;
        if (transitions.TagCount != tagCount)
        {
            throw new ArgumentException($"transitions for {transitions.TagCount} tags, scores for {tagCount}", nameof(transitions));
        }

        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }

        // A state is the pair (tag before, tag) indexed b·(T+1) + p; the start state is (T, T). A state no step
        // writes stays at -∞: both buffers are filled at the first steps, after which each step writes the same states.
        var width = tagCount + 1;
        var states = width * width;
        Span<double> delta = states <= 256 ? stackalloc double[states] : new double[states];
        Span<double> next = states <= 256 ? stackalloc double[states] : new double[states];
        // Not cleared: each step writes the back pointers of every state it can reach before the walk back reads any.
        var back = SequenceScores.Room(ref backBuffer, n * states);
        delta.Fill(double.NegativeInfinity);
        delta[(tagCount * width) + tagCount] = 0;
        ReadOnlySpan<double> previousScores = scores.Previous;
        ReadOnlySpan<double> pairScores = scores.Pair;
        ReadOnlySpan<int> startOnly = [tagCount];
        var lanes = Vector<double>.Count;
        var vectorEnd = transitions.Chunks * lanes;
        var unreached = new Vector<double>(double.NegativeInfinity);
        for (var i = 0; i < n; i++)
        {
            if (i < 3)
            {
                next.Fill(double.NegativeInfinity);
            }

            ReadOnlySpan<double> emission = scores.Emission.AsSpan(i * tagCount, tagCount);
            ReadOnlySpan<double> wordPrevious = scores.WordPrevious.AsSpan(i * width * tagCount, width * tagCount);
            var backRow = back.AsSpan(i * states, states);

            // The tag p of the states a step comes from: the start at the first token, a tag after it.
            var (firstP, lastP) = i == 0 ? (tagCount, tagCount) : (0, tagCount - 1);
            for (var p = firstP; p <= lastP; p++)
            {
                // The tags b before p: the start at the first two tokens, a tag p may follow after them.
                var from = i < 2 ? startOnly : transitions.Before(p);
                var previous = previousScores.Slice(p * tagCount, tagCount);
                var word = wordPrevious.Slice(p * tagCount, tagCount);
                var row = p * width;

                // The tags t in runs of vector lanes, each lane summed in the same order as one tag alone; a lane whose
                // state (p, t) is not allowed is set back to -∞, and its back pointer is never read.
                for (var c = 0; c < vectorEnd; c += lanes)
                {
                    var (e, v, w) = (new Vector<double>(emission[c..]), new Vector<double>(previous[c..]), new Vector<double>(word[c..]));
                    var top = unreached;
                    var topBefore = Vector<long>.Zero;
                    foreach (var b in from)
                    {
                        var state = (b * width) + p;
                        var score = new Vector<double>(delta[state]) + e + v + new Vector<double>(pairScores[((state * tagCount) + c)..]) + w;
                        var higher = Vector.GreaterThan(score, top);
                        top = Vector.ConditionalSelect(higher, score, top);
                        topBefore = Vector.ConditionalSelect(higher, new Vector<long>(b), topBefore);
                    }

                    Vector.ConditionalSelect(transitions.Allowed(p, c / lanes), top, unreached).CopyTo(next[(row + c)..]);
                    for (var lane = 0; lane < lanes; lane++)
                    {
                        backRow[row + c + lane] = (int)topBefore[lane];
                    }
                }

                // The tags past the last whole run, one at a time.
                foreach (var t in transitions.After(p))
                {
                    if (t < vectorEnd)
                    {
                        continue;
                    }

                    var (e, v, w) = (emission[t], previous[t], word[t]);
                    var top = double.NegativeInfinity;
                    var topBefore = 0;
                    foreach (var b in from)
                    {
                        var state = (b * width) + p;
                        var score = delta[state] + e + v + pairScores[(state * tagCount) + t] + w;
                        if (score > top)
                        {
                            top = score;
                            topBefore = b;
                        }
                    }

                    next[row + t] = top;
                    backRow[row + t] = topBefore;
                }
            }

            var swap = delta;
            delta = next;
            next = swap;
        }

        var best = -1;
        for (var s = 0; s < states; s++)
        {
            if (!double.IsNegativeInfinity(delta[s]) && (best < 0 || delta[s] > delta[best]))
            {
                best = s;
            }
        }

        // Walk back: the state at i is (p, t); the one at i - 1 is (back, p).
        var (previousTag, tag) = (best / width, best % width);
        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = tag;
            var before = back[(i * states) + (previousTag * width) + tag];
            (previousTag, tag) = (before, previousTag);
        }

        return tags;
    }
}
