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
        if (buffer is null || buffer.Length < size)
        {
            buffer = new T[Math.Max(size, (buffer?.Length ?? 0) * 2)];
        }
        else
        {
            Array.Clear(buffer, 0, size);
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
/// Exact decoding of a second-order tagger (Viterbi over pairs of tags): the tag sequence whose summed scores are
/// highest among the sequences that are valid IOB2. Greedy left-to-right decoding commits to each tag before seeing
/// how the next one fits, so a name whose first word is unknown was tagged O and the name begun at its second word;
/// here the path B-PERS I-PERS competes with O B-PERS on the whole sentence. Ties go to the path met first, which
/// prefers earlier tags in <see cref="Iob.Tags"/>, so the result is deterministic.
/// </summary>
internal static class SequenceDecoder
{
    [ThreadStatic]
    private static int[]? backBuffer;

    public static int[] Decode(SequenceScores scores, bool[,] allowed)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(allowed);
        var n = scores.Length;
        var tagCount = scores.TagCount;
        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }

        // A state is the pair (tag before, tag) indexed b·(T+1) + p; the start state is (T, T).
        var width = tagCount + 1;
        var states = width * width;
        var delta = new double[states];
        var next = new double[states];
        var back = SequenceScores.Cleared(ref backBuffer, n * states);
        Array.Fill(delta, double.NegativeInfinity);
        delta[(tagCount * width) + tagCount] = 0;
        for (var i = 0; i < n; i++)
        {
            Array.Fill(next, double.NegativeInfinity);
            var emission = i * tagCount;
            var wordPrevious = i * width * tagCount;
            for (var b = 0; b <= tagCount; b++)
            {
                for (var p = 0; p <= tagCount; p++)
                {
                    var from = delta[(b * width) + p];
                    if (double.IsNegativeInfinity(from))
                    {
                        continue;
                    }

                    var pair = ((b * width) + p) * tagCount;
                    for (var t = 0; t < tagCount; t++)
                    {
                        if (!allowed[p, t])
                        {
                            continue;
                        }

                        var score = from + scores.Emission[emission + t] + scores.Previous[(p * tagCount) + t]
                            + scores.Pair[pair + t] + scores.WordPrevious[wordPrevious + (p * tagCount) + t];
                        var to = (p * width) + t;
                        if (score > next[to])
                        {
                            next[to] = score;
                            back[(i * states) + to] = b;
                        }
                    }
                }
            }

            (delta, next) = (next, delta);
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
        var (previous, tag) = (best / width, best % width);
        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = tag;
            var before = back[(i * states) + (previous * width) + tag];
            (previous, tag) = (before, previous);
        }

        return tags;
    }
}
