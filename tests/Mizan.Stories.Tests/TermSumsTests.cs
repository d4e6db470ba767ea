namespace Mizan.Stories.Tests;

/// <summary>A channel's sums: weights added up by term from vectors and from other sums, looked up, dotted, written and
/// read back.</summary>
public sealed class TermSumsTests
{
    private static TermVector Vector(params (int Id, float Weight)[] terms) =>
        TermVector.Shares(terms.Select(t => KeyValuePair.Create(t.Id, t.Weight)));

    private static TermVector Ones(params int[] ids) => TermVector.Ones(ids.Select(id => KeyValuePair.Create(id, 1f)), int.MaxValue);

    [Fact]
    public void Sums_of_ones_count_the_articles_that_mention_a_term_and_are_written_in_a_few_bytes_a_term()
    {
        var counts = new TermSums();
        counts.Add(Ones(5, 1, 9));
        counts.Add(Ones(9, 2));
        var other = new TermSums();
        other.Add(Ones(1, 20, 300_000));
        counts.Add(other);

        Assert.Equal(new[] { KeyValuePair.Create(1, 2f), KeyValuePair.Create(2, 1f), KeyValuePair.Create(5, 1f), KeyValuePair.Create(9, 2f), KeyValuePair.Create(20, 1f), KeyValuePair.Create(300_000, 1f) }, counts.ToArray());
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            counts.Write(writer);
        }

        // The count, then per term a gap (1 byte, 3 for the gap to 300,000) and the count in one byte.
        Assert.Equal(4 + (5 * 2) + (3 + 1), bytes.Length);
        bytes.Position = 0;
        using var reader = new BinaryReader(bytes);
        var read = TermSums.Read(reader);
        Assert.Equal(counts.ToArray(), read.ToArray());
        Assert.Equal(2f, read.GetValueOrDefault(9));
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

    [Fact]
    public void Sums_add_up_by_term_bit_for_bit_as_a_dictionary_does_and_a_missing_term_weighs_nothing()
    {
        var vectors = new[]
        {
            Vector((5, 3f), (1, 1f), (9, 7f)),
            Vector((9, 2f), (2, 5f)),
            Vector((1, 1f), (20, 4f), (9, 3f)),
        };
        var sums = new TermSums();
        var other = new TermSums();
        var expected = new Dictionary<int, float>();
        foreach (var (vector, i) in vectors.Select((v, i) => (v, i)))
        {
            (i < 2 ? sums : other).Add(vector);
        }

        sums.Add(other);
        foreach (var vector in vectors)
        {
            for (var i = 0; i < vector.Count; i++)
            {
                expected[vector.Ids[i]] = expected.GetValueOrDefault(vector.Ids[i]) + vector.Weights[i];
            }
        }

        Assert.Equal(expected.OrderBy(p => p.Key).ToArray(), sums.ToArray());
        Assert.Equal(5, sums.Count);
        Assert.Equal(0, sums.GetValueOrDefault(3));
        Assert.False(sums.TryGetValue(21, out _));
        Assert.True(sums.TryGetValue(9, out var nine));
        Assert.Equal(BitConverter.SingleToInt32Bits(expected[9]), BitConverter.SingleToInt32Bits(nine));
    }

    [Fact]
    public void The_dot_product_of_two_sums_is_over_their_shared_terms()
    {
        var a = new TermSums();
        a.Add(Vector((1, 1f), (4, 3f)));
        var b = new TermSums();
        b.Add(Vector((4, 1f), (6, 1f)));
        b.Add(Vector((2, 1f)));

        Assert.Equal(0.75 * 0.5, TermSums.Dot(a, b), 6);
        Assert.Equal(TermSums.Dot(a, b), TermSums.Dot(b, a));
        Assert.Equal(0, TermSums.Dot(a, new TermSums()));
    }

    [Fact]
    public void Sums_read_back_as_written_and_a_damaged_part_is_refused()
    {
        var sums = new TermSums();
        sums.Add(Vector((3, 1f), (7, 2f), (300_000, 1f)));
        sums.Add(Vector((7, 1f)));
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            sums.Write(writer);
        }

        // The count, then per term a gap of 1 to 3 bytes, a tag byte and a float (no sum here is a whole number).
        Assert.Equal(4 + (1 + 1 + 4) + (1 + 1 + 4) + (3 + 1 + 4), bytes.Length);
        bytes.Position = 0;
        using (var reader = new BinaryReader(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Assert.Equal(sums.ToArray(), TermSums.Read(reader).ToArray());
        }

        // A repeated id (a gap of zero after the first term) is no sum this class wrote.
        var damaged = bytes.ToArray();
        damaged[4 + 6] = 0;
        using var damagedReader = new BinaryReader(new MemoryStream(damaged));
        Assert.Throws<InvalidDataException>(() => TermSums.Read(damagedReader));
    }
}
