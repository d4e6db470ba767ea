namespace Mizan.Stories;

/// <summary>
/// How many of a story's articles have each term, as two sorted arrays (term ids ascending, counts): the sums of
/// <see cref="Channel.Mentions"/>, the largest channel by far (up to 200 terms an article), kept in 8 bytes a term where a
/// dictionary takes 20 to 40. A lookup is a binary search; adding merges the two arrays. Counts are whole numbers, so a
/// sum does not depend on the order it was taken in.
/// </summary>
internal sealed class TermCounts
{
    private int[] ids = [];
    private float[] counts = [];

    public int Count => ids.Length;

    /// <summary>The count of <paramref name="id"/>, 0 when no article has it.</summary>
    public float this[int id]
    {
        get
        {
            var at = Array.BinarySearch(ids, id);
            return at >= 0 ? counts[at] : 0;
        }
    }

    /// <summary>The terms and their counts, ids ascending.</summary>
    public IEnumerable<(int Id, float Count)> Entries => ids.Select((id, i) => (id, counts[i]));

    /// <summary>Adds the weights of a vector (its ids ascending).</summary>
    public void Add(TermVector vector) => Merge(vector.Ids, vector.Weights);

    public void Add(TermCounts other) => Merge(other.ids, other.counts);

    /// <summary>Reads back what <see cref="Entries"/> wrote: <paramref name="n"/> terms, ids ascending.</summary>
    public static TermCounts Read(BinaryReader reader, int n)
    {
        var read = new TermCounts { ids = new int[n], counts = new float[n] };
        for (var i = 0; i < n; i++)
        {
            read.ids[i] = reader.ReadInt32();
            read.counts[i] = reader.ReadSingle();
        }

        return read;
    }

    private void Merge(int[] otherIds, float[] otherCounts)
    {
        if (otherIds.Length == 0)
        {
            return;
        }

        var mergedIds = new int[ids.Length + otherIds.Length];
        var mergedCounts = new float[mergedIds.Length];
        int i = 0, j = 0, k = 0;
        while (i < ids.Length || j < otherIds.Length)
        {
            if (j == otherIds.Length || (i < ids.Length && ids[i] < otherIds[j]))
            {
                (mergedIds[k], mergedCounts[k]) = (ids[i], counts[i]);
                i++;
            }
            else if (i == ids.Length || otherIds[j] < ids[i])
            {
                (mergedIds[k], mergedCounts[k]) = (otherIds[j], otherCounts[j]);
                j++;
            }
            else
            {
                (mergedIds[k], mergedCounts[k]) = (ids[i], counts[i] + otherCounts[j]);
                i++;
                j++;
            }

            k++;
        }

        ids = k == mergedIds.Length ? mergedIds : mergedIds[..k];
        counts = k == mergedCounts.Length ? mergedCounts : mergedCounts[..k];
    }
}
