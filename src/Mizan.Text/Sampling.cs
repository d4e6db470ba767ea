namespace Mizan.Text;

/// <summary>How the judged samples are drawn, so that a seed names the same draw on any machine.</summary>
public static class Sampling
{
    /// <summary>
    /// The positions 0 .. <paramref name="count"/> - 1 shuffled by Fisher-Yates with the generator (from the last
    /// position down, each swapped with one drawn at or before it).
    /// </summary>
    public static int[] Shuffled(int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var order = Enumerable.Range(0, count).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
