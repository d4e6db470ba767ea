namespace Mizan.Stories.Tests;

/// <summary>The mentions' sums: counts by term, merged from vectors and from other counts, written and read back.</summary>
public sealed class TermCountsTests
{
    private static TermVector Ones(params int[] ids) => TermVector.Ones(ids.Select(id => KeyValuePair.Create(id, 1f)), int.MaxValue);

    [Fact]
    public void Counts_add_up_by_term_and_a_missing_term_counts_nothing()
    {
        var counts = new TermCounts();
        counts.Add(Ones(5, 1, 9));
        counts.Add(Ones(9, 2));
        var other = new TermCounts();
        other.Add(Ones(1, 20));
        counts.Add(other);

        Assert.Equal([(1, 2), (2, 1), (5, 1), (9, 2), (20, 1)], counts.Entries);
        Assert.Equal(2, counts[9]);
        Assert.Equal(0, counts[3]);
        Assert.Equal(0, counts[21]);
        Assert.Equal(5, counts.Count);
    }

    [Fact]
    public void Counts_read_back_as_written_in_a_few_bytes_a_term()
    {
        var counts = new TermCounts();
        counts.Add(Ones(3, 7, 11, 300_000));
        counts.Add(Ones(7));
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            counts.Write(writer);
        }

        Assert.Equal(4 + 2 + 2 + 2 + 4, bytes.Length);
        bytes.Position = 0;
        using var reader = new BinaryReader(bytes);
        var read = TermCounts.Read(reader);
        Assert.Equal(counts.Entries, read.Entries);
        Assert.Equal(2, read[7]);
        Assert.Equal(1, read[300_000]);
    }

    [Fact]
    public void A_vector_of_shares_sums_to_one_and_a_vector_of_ones_keeps_the_heaviest_terms()
    {
        var shares = TermVector.Shares([KeyValuePair.Create(4, 3f), KeyValuePair.Create(2, 1f)]);
        Assert.Equal([2, 4], shares.Ids);
        Assert.Equal([0.25f, 0.75f], shares.Weights);
        var ones = TermVector.Ones([KeyValuePair.Create(4, 3f), KeyValuePair.Create(2, 1f), KeyValuePair.Create(8, 2f)], 2);
        Assert.Equal([4, 8], ones.Ids);
        Assert.Equal([1f, 1f], ones.Weights);
    }
}
