using System.Collections;

namespace Mizan.Stories;

/// <summary>
/// A channel's sums of term weights over a story's articles, as two sorted arrays (term ids ascending, sums): 8 bytes
/// a term where a dictionary takes 20 to 40 with its buckets and slack, and nothing for an empty channel. A story keeps
/// ten of them for the whole time it may still be joined, so on SaudiNewsNet they were the grouping's largest part
/// (about 140 MB of dictionaries over 16,764 stories: docs/stories.md). A lookup is a binary search; adding merges the
/// arrays. Each term's sum takes its weights in the order the articles were added, as a dictionary's does; the sums of
/// weights of one (<see cref="Channel.Mentions"/>) are counts, exact in a float.
/// </summary>
internal sealed class TermSums : IEnumerable<KeyValuePair<int, float>>
{
    /// <summary>Counts below this are exact in a float, and written as whole numbers.</summary>
    private const float MaxCount = 1 << 24;

    private int[] ids = [];
    private float[] sums = [];

    public int Count => ids.Length;

    public float GetValueOrDefault(int id)
    {
        var at = Array.BinarySearch(ids, id);
        return at >= 0 ? sums[at] : 0;
    }

    public bool TryGetValue(int id, out float value)
    {
        var at = Array.BinarySearch(ids, id);
        value = at >= 0 ? sums[at] : 0;
        return at >= 0;
    }

    /// <summary>Adds an article's weights (its ids ascending, as a <see cref="TermVector"/> keeps them).</summary>
    public void Add(TermVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        Merge(vector.Ids, vector.Weights);
    }

    public void Add(TermSums other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Merge(other.ids, other.sums);
    }

    /// <summary>The dot product of two sums: a merge over their ids, the shared terms' products added by id ascending.
    /// (Looking up the smaller side's terms in the larger instead, when it had eight times as many, made <c>bench
    /// stories</c> no faster: 21.3-21.7 s against 20.2 s.)</summary>
    public static double Dot(TermSums a, TermSums b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Dot(a.ids, a.sums, b.ids, b.sums);
    }

    /// <summary>The dot product of <paramref name="vector"/> with these sums, added in the vector's order.</summary>
    public double Dot(TermVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        double total = 0;
        for (var i = 0; i < vector.Count; i++)
        {
            total += vector.Weights[i] * GetValueOrDefault(vector.Ids[i]);
        }

        return total;
    }

    /// <summary>The dot product of two sparse vectors given as ids ascending and their weights: a merge over the ids
    /// (also <see cref="TermVector.Cosine"/>'s).</summary>
    internal static double Dot(int[] aIds, float[] aWeights, int[] bIds, float[] bWeights)
    {
        double total = 0;
        int i = 0, j = 0;
        while (i < aIds.Length && j < bIds.Length)
        {
            if (aIds[i] < bIds[j])
            {
                i++;
            }
            else if (bIds[j] < aIds[i])
            {
                j++;
            }
            else
            {
                total += aWeights[i++] * bWeights[j++];
            }
        }

        return total;
    }

    /// <summary>Writes the sums as <see cref="Read"/> reads them back: their number, then each id's gap from the one
    /// before as a 7-bit number and its sum: a count (a whole number below 2^24) as twice itself in 7 bits, in a byte or
    /// two, any other sum as a 1 and its four bytes.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ids.Length);
        var before = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            writer.Write7BitEncodedInt(ids[i] - before);
            var sum = sums[i];
            if (sum >= 0 && sum < MaxCount && sum == MathF.Floor(sum) && !float.IsNegative(sum))
            {
                writer.Write7BitEncodedInt((int)sum << 1);
            }
            else
            {
                writer.Write7BitEncodedInt(1);
                writer.Write(sum);
            }

            before = ids[i];
        }
    }

    public static TermSums Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var n = reader.ReadInt32();
        if (n < 0)
        {
            throw new InvalidDataException($"a term sum of {n} terms");
        }

        var read = new TermSums { ids = new int[n], sums = new float[n] };
        var before = 0;
        for (var i = 0; i < n; i++)
        {
            var gap = reader.Read7BitEncodedInt();
            if (gap <= 0 && i > 0)
            {
                throw new InvalidDataException("term sums out of order");
            }

            before = read.ids[i] = before + gap;
            var tag = reader.Read7BitEncodedInt();
            read.sums[i] = (tag & 1) == 0 ? tag >> 1 : reader.ReadSingle();
        }

        return read;
    }

    public IEnumerator<KeyValuePair<int, float>> GetEnumerator()
    {
        for (var i = 0; i < ids.Length; i++)
        {
            yield return new KeyValuePair<int, float>(ids[i], sums[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds weights by id (ascending).</summary>
    private void Merge(int[] otherIds, float[] otherSums)
    {
        if (otherIds.Length == 0)
        {
            return;
        }

        var mergedIds = new int[ids.Length + otherIds.Length];
        var mergedSums = new float[mergedIds.Length];
        int i = 0, j = 0, k = 0;
        while (i < ids.Length || j < otherIds.Length)
        {
            if (j == otherIds.Length || (i < ids.Length && ids[i] < otherIds[j]))
            {
                (mergedIds[k], mergedSums[k]) = (ids[i], sums[i]);
                i++;
            }
            else if (i == ids.Length || otherIds[j] < ids[i])
            {
                (mergedIds[k], mergedSums[k]) = (otherIds[j], otherSums[j]);
                j++;
            }
            else
            {
                (mergedIds[k], mergedSums[k]) = (ids[i], sums[i] + otherSums[j]);
                i++;
                j++;
            }

            k++;
        }

        ids = k == mergedIds.Length ? mergedIds : mergedIds[..k];
        sums = k == mergedSums.Length ? mergedSums : mergedSums[..k];
    }
}
