namespace Mizan.Stories;

/// <summary>
/// One item's dot products with the groups an inverted index finds it (stories for an article, storylines for a story),
/// accumulated term at a time by group id; the groups touched are kept in the order first touched, and only their
/// slots are cleared for the next item. Replaces a dictionary keyed by group: the grouping's hottest loop.
/// </summary>
internal sealed class DotProducts
{
    private double[] values = [];
    private bool[] seen = [];
    private (int Group, double Score)[] best = [];

    /// <summary>The groups given a product since the last <see cref="Clear"/>, in the order first touched.</summary>
    public List<int> Touched { get; } = [];

    public double this[int group] => values[group];

    /// <summary>Forgets the last item's products and makes room for group ids below <paramref name="groups"/>.</summary>
    public void Clear(int groups)
    {
        foreach (var group in Touched)
        {
            (values[group], seen[group]) = (0, false);
        }

        Touched.Clear();
        if (values.Length < groups)
        {
            Array.Resize(ref values, Math.Max(groups, values.Length * 2));
            Array.Resize(ref seen, values.Length);
        }
    }

    /// <summary>
    /// The touched groups <paramref name="score"/> gives a score (null leaves a group out), at most <paramref
    /// name="count"/> of them, best first: the highest score first and, between equal scores, the lower id, as
    /// ordering every touched group by score descending, then id, and taking the first would. Keeps the best so far in
    /// order instead of sorting every touched group (a story's storyline candidates touch about 1,800 lines on the
    /// whole of SaudiNewsNet, of which 20 are weighed).
    /// </summary>
    public ReadOnlySpan<(int Group, double Score)> Closest(int count, Func<int, double?> score)
    {
        if (count <= 0)
        {
            return [];
        }

        if (best.Length < count)
        {
            best = new (int, double)[count];
        }

        var kept = 0;
        foreach (var group in Touched)
        {
            if (score(group) is not { } value || (kept == count && !Before(value, group, best[kept - 1])))
            {
                continue;
            }

            var at = kept < count ? kept++ : kept - 1;
            while (at > 0 && Before(value, group, best[at - 1]))
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = (group, value);
        }

        return best.AsSpan(0, kept);
    }

    /// <summary>Whether a group and its score come before another in <see cref="Closest"/>'s order (scores compared
    /// as <see cref="double.CompareTo(double)"/> does, which sorts NaN lowest, as ordering by them does).</summary>
    private static bool Before(double score, int group, (int Group, double Score) other) =>
        score.CompareTo(other.Score) is var order && (order > 0 || (order == 0 && group < other.Group));

    public void Add(int group, double product)
    {
        if (!seen[group])
        {
            seen[group] = true;
            Touched.Add(group);
        }

        values[group] += product;
    }
}
