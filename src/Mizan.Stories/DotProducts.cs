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
