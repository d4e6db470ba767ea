namespace Mizan.Stories;

/// <summary>A sparse vector of term weights, unit length, term ids ascending. Immutable.</summary>
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
        ArgumentNullException.ThrowIfNull(weights);
        var top = weights.Where(p => p.Value > 0)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key)
            .Take(keep)
            .OrderBy(p => p.Key)
            .ToArray();
        if (top.Length == 0)
        {
            return Empty;
        }

        var norm = MathF.Sqrt(top.Sum(p => p.Value * p.Value));
        return new TermVector(top.Select(p => p.Key).ToArray(), top.Select(p => p.Value / norm).ToArray());
    }

    /// <summary>The cosine of two unit vectors: a merge over their sorted ids.</summary>
    public static float Cosine(TermVector a, TermVector b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        float sum = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            var x = a.Ids[i];
            var y = b.Ids[j];
            if (x == y)
            {
                sum += a.Weights[i++] * b.Weights[j++];
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
