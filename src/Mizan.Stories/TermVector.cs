namespace Mizan.Stories;

/// <summary>A sparse vector of term weights, term ids ascending: unit length (<see cref="FromWeights"/>), summing to one
/// (<see cref="Shares"/>) or all ones (<see cref="Ones"/>). Immutable.</summary>
public sealed class TermVector
{
    private TermVector(int[] ids, float[] weights)
    {
        Ids = ids;
        Weights = weights;
    }

    public static TermVector Empty { get; } = new([], []);

    public int[] Ids { get; }

    public float[] Weights { get; }

    public int Count => Ids.Length;

    /// <summary>The <paramref name="keep"/> heaviest terms of <paramref name="weights"/>, scaled to unit length.</summary>
    public static TermVector FromWeights(IEnumerable<KeyValuePair<int, float>> weights, int keep)
    {
        var top = Heaviest(weights, keep);
        if (top.Length == 0)
        {
            return Empty;
        }

        var norm = MathF.Sqrt(top.Sum(p => p.Value * p.Value));
        return new TermVector(top.Select(p => p.Key).ToArray(), top.Select(p => p.Value / norm).ToArray());
    }

    /// <summary>Every term of <paramref name="weights"/>, scaled to sum to one: its dot product with a vector of ones
    /// over the terms another text has is the share of this one's weight that text covers.</summary>
    public static TermVector Shares(IEnumerable<KeyValuePair<int, float>> weights)
    {
        var all = Heaviest(weights, int.MaxValue);
        if (all.Length == 0)
        {
            return Empty;
        }

        var total = all.Sum(p => p.Value);
        return new TermVector(all.Select(p => p.Key).ToArray(), all.Select(p => p.Value / total).ToArray());
    }

    /// <summary>The <paramref name="keep"/> heaviest terms of <paramref name="weights"/>, each weighing one: which terms a
    /// text has, not how much.</summary>
    public static TermVector Ones(IEnumerable<KeyValuePair<int, float>> weights, int keep)
    {
        var top = Heaviest(weights, keep);
        return top.Length == 0 ? Empty : new TermVector(top.Select(p => p.Key).ToArray(), top.Select(_ => 1f).ToArray());
    }

    /// <summary>The <paramref name="keep"/> heaviest positive weights, by term id ascending.</summary>
    private static KeyValuePair<int, float>[] Heaviest(IEnumerable<KeyValuePair<int, float>> weights, int keep)
    {
        ArgumentNullException.ThrowIfNull(weights);

        // The heaviest `keep` terms through a bounded min-heap: O(n log keep), not a full sort (a big story's sum has
        // thousands of terms). Ties go to the smaller id, so the choice does not depend on enumeration order.
        var heap = new PriorityQueue<KeyValuePair<int, float>, (float Weight, int NegatedId)>();
        foreach (var pair in weights)
        {
            if (pair.Value <= 0)
            {
                continue;
            }

            var priority = (pair.Value, -pair.Key);
            if (heap.Count < keep)
            {
                heap.Enqueue(pair, priority);
            }
            else if (heap.TryPeek(out _, out var least) && priority.CompareTo(least) > 0)
            {
                heap.DequeueEnqueue(pair, priority);
            }
        }

        var top = new KeyValuePair<int, float>[heap.Count];
        for (var i = 0; heap.TryDequeue(out var pair, out _); i++)
        {
            top[i] = pair;
        }

        Array.Sort(top, (a, b) => a.Key.CompareTo(b.Key));
        return top;
    }

    /// <summary>Writes the vector as <see cref="Read"/> reads it back, weights bit for bit.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Ids.Length);
        foreach (var id in Ids)
        {
            writer.Write(id);
        }

        foreach (var weight in Weights)
        {
            writer.Write(weight);
        }
    }

    public static TermVector Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var n = reader.ReadInt32();
        if (n == 0)
        {
            return Empty;
        }

        var ids = new int[n];
        var weights = new float[n];
        for (var i = 0; i < n; i++)
        {
            ids[i] = reader.ReadInt32();
        }

        for (var i = 0; i < n; i++)
        {
            weights[i] = reader.ReadSingle();
        }

        return new TermVector(ids, weights);
    }

    /// <summary>The cosine of two unit vectors: a merge over their sorted ids (<see cref="TermSums"/>' own).</summary>
    public static float Cosine(TermVector a, TermVector b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return (float)TermSums.Dot(a.Ids, a.Weights, b.Ids, b.Weights);
    }
}
