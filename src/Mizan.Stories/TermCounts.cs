namespace Mizan.Stories;

/// <summary>
/// How many of a story's articles have each term, as two sorted arrays (term ids ascending, counts): the sums of
/// <see cref="Channel.Mentions"/>, the largest channel by far (up to 200 terms an article), kept in 8 bytes a term where a
/// dictionary takes 20 to 40, and written in about 2 (gaps between ids and counts as 7-bit numbers). A lookup is a
/// binary search; adding merges the two arrays. Counts are whole numbers, so a sum does not depend on the order it was
/// taken in.
/// </summary>
internal sealed class TermCounts
{
    private int[] ids = [];
    private int[] counts = [];

    public int Count => ids.Length;

    /// <summary>How many of the articles have <paramref name="id"/>.</summary>
    public int this[int id]
    {
        get
        {
            var at = Array.BinarySearch(ids, id);
            return at >= 0 ? counts[at] : 0;
        }
    }

    /// <summary>The terms and their counts, ids ascending.</summary>
    public IEnumerable<(int Id, int Count)> Entries => ids.Select((id, i) => (id, counts[i]));

    /// <summary>Counts one article that has the terms of <paramref name="vector"/> (its weights are not read).</summary>
    public void Add(TermVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        Merge(vector.Ids, null);
    }

    public void Add(TermCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Merge(other.ids, other.counts);
    }

    /// <summary>Writes the counts as <see cref="Read"/> reads them back: their number, then each id's gap from the one
    /// before and its count, as 7-bit numbers.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ids.Length);
        var before = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            writer.Write7BitEncodedInt(ids[i] - before);
            writer.Write7BitEncodedInt(counts[i]);
            before = ids[i];
        }
    }

    public static TermCounts Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var n = reader.ReadInt32();
        var read = new TermCounts { ids = new int[n], counts = new int[n] };
        var before = 0;
        for (var i = 0; i < n; i++)
        {
            before = read.ids[i] = before + reader.Read7BitEncodedInt();
            read.counts[i] = reader.Read7BitEncodedInt();
        }

        return read;
    }

    /// <summary>Adds counts by id (ascending); <paramref name="otherCounts"/> null counts each id once.</summary>
    private void Merge(int[] otherIds, int[]? otherCounts)
    {
        if (otherIds.Length == 0)
        {
            return;
        }

        var mergedIds = new int[ids.Length + otherIds.Length];
        var mergedCounts = new int[mergedIds.Length];
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
                (mergedIds[k], mergedCounts[k]) = (otherIds[j], otherCounts?[j] ?? 1);
                j++;
            }
            else
            {
                (mergedIds[k], mergedCounts[k]) = (ids[i], counts[i] + (otherCounts?[j] ?? 1));
                i++;
                j++;
            }

            k++;
        }

        ids = k == mergedIds.Length ? mergedIds : mergedIds[..k];
        counts = k == mergedCounts.Length ? mergedCounts : mergedCounts[..k];
    }
}
