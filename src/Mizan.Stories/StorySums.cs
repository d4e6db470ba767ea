namespace Mizan.Stories;

/// <summary>What an article is read on, one unit term vector each.</summary>
internal enum Channel
{
    Body,
    Title,
    People,
    Places,
    Numbers,
    Lede,
    TitlePlaces,
    TitleNumbers,
}

/// <summary>An article as one unit term vector per <see cref="Channel"/>.</summary>
internal sealed class ArticleVector(TermVector[] vectors)
{
    public static int Channels { get; } = Enum.GetValues<Channel>().Length;

    public TermVector this[Channel channel] => vectors[(int)channel];
}

/// <summary>The sums of several articles' vectors, channel by channel, with their count and outlets.</summary>
internal sealed class StorySums
{
    /// <summary>The feature each channel's mean cosine fills.</summary>
    private static readonly StoryFeature[] FeatureOf =
        [StoryFeature.Body, StoryFeature.Title, StoryFeature.People, StoryFeature.Places, StoryFeature.Numbers, StoryFeature.Lede, StoryFeature.TitlePlaces, StoryFeature.TitleNumbers];

    /// <summary>The channels whose disagreement is a feature of its own (<see cref="StoryFeature.TitlePlaceClash"/>, <see cref="StoryFeature.TitleNumberClash"/>).</summary>
    private static readonly (Channel Channel, StoryFeature Clash)[] Clashes =
        [(Channel.TitlePlaces, StoryFeature.TitlePlaceClash), (Channel.TitleNumbers, StoryFeature.TitleNumberClash)];

    private readonly Dictionary<int, float>[] sums = Enumerable.Range(0, ArticleVector.Channels).Select(_ => new Dictionary<int, float>()).ToArray();

    public Dictionary<string, int> Outlets { get; } = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>How many of the articles have anything in each channel.</summary>
    private readonly int[] present = new int[ArticleVector.Channels];

    /// <summary>How many of the articles have anything in <paramref name="channel"/>.</summary>
    public int Present(Channel channel) => present[(int)channel];

    public Dictionary<int, float> this[Channel channel] => sums[(int)channel];

    /// <summary>
    /// The features of two groups of articles as means over their pairs (no days): each channel's summed dot product,
    /// the title of one against the text of the other both ways, and the pairs from one outlet, over the pair count.
    /// <paramref name="dot"/> gives the summed dot product of the first group's channel with the second's, and
    /// <paramref name="bothPresent"/> the pairs of articles that both have anything in a channel: a clash is such a pair
    /// whose unit vectors share nothing (two titles naming places, none in common), counted as those pairs less their
    /// summed cosine.
    /// </summary>
    public static double[] MeanFeatures(Func<Channel, Channel, double> dot, double pairs, double sameOutletPairs, Func<Channel, double> bothPresent)
    {
        ArgumentNullException.ThrowIfNull(bothPresent);
        ArgumentNullException.ThrowIfNull(dot);
        var f = new double[StoryWeights.Count];
        foreach (var channel in Enum.GetValues<Channel>())
        {
            f[(int)FeatureOf[(int)channel]] = dot(channel, channel) / pairs;
        }

        f[(int)StoryFeature.TitleBody] = (dot(Channel.Title, Channel.Body) + dot(Channel.Body, Channel.Title)) / pairs;
        f[(int)StoryFeature.SameOutlet] = sameOutletPairs / pairs;
        foreach (var (channel, clash) in Clashes)
        {
            f[(int)clash] = Math.Max(0, bothPresent(channel) - dot(channel, channel)) / pairs;
        }

        return f;
    }

    public void Add(ArticleVector vector, string? outlet)
    {
        Count++;
        foreach (var channel in Enum.GetValues<Channel>())
        {
            var sum = this[channel];
            var v = vector[channel];
            present[(int)channel] += v.Count > 0 ? 1 : 0;
            for (var i = 0; i < v.Count; i++)
            {
                sum[v.Ids[i]] = sum.GetValueOrDefault(v.Ids[i]) + v.Weights[i];
            }
        }

        if (!string.IsNullOrEmpty(outlet))
        {
            Outlets[outlet] = Outlets.GetValueOrDefault(outlet) + 1;
        }
    }

    public void Add(StorySums other)
    {
        Count += other.Count;
        foreach (var channel in Enum.GetValues<Channel>())
        {
            present[(int)channel] += other.present[(int)channel];
            var sum = this[channel];
            foreach (var (id, w) in other[channel])
            {
                sum[id] = sum.GetValueOrDefault(id) + w;
            }
        }

        foreach (var (outlet, count) in other.Outlets)
        {
            Outlets[outlet] = Outlets.GetValueOrDefault(outlet) + count;
        }
    }

    /// <summary>The mean pairwise features between the articles of these sums and of <paramref name="other"/>.</summary>
    /// <summary>Writes the sums as <see cref="Read"/> reads them back: every channel's entries in their enumeration order
    /// (the order they were added in), so the sums read back are summed in the same order as the ones written.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        foreach (var channel in Enum.GetValues<Channel>())
        {
            writer.Write(present[(int)channel]);
            var sum = this[channel];
            writer.Write(sum.Count);
            foreach (var (id, w) in sum)
            {
                writer.Write(id);
                writer.Write(w);
            }
        }

        writer.Write(Outlets.Count);
        foreach (var (outlet, count) in Outlets)
        {
            writer.Write(outlet);
            writer.Write(count);
        }
    }

    public static StorySums Read(BinaryReader reader)
    {
        var sums = new StorySums { Count = reader.ReadInt32() };
        foreach (var channel in Enum.GetValues<Channel>())
        {
            sums.present[(int)channel] = reader.ReadInt32();
            var n = reader.ReadInt32();
            var sum = sums[channel];
            sum.EnsureCapacity(n);
            for (var i = 0; i < n; i++)
            {
                sum.Add(reader.ReadInt32(), reader.ReadSingle());
            }
        }

        var outlets = reader.ReadInt32();
        for (var i = 0; i < outlets; i++)
        {
            sums.Outlets.Add(reader.ReadString(), reader.ReadInt32());
        }

        return sums;
    }

    public double[] MeanFeatures(StorySums other) =>
        MeanFeatures(
            (mine, theirs) => Dot(this[mine], other[theirs]),
            (double)Count * other.Count,
            Outlets.Sum(o => (double)o.Value * other.Outlets.GetValueOrDefault(o.Key)),
            channel => (double)Present(channel) * other.Present(channel));

    private static double Dot(Dictionary<int, float> a, Dictionary<int, float> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double total = 0;
        foreach (var (id, w) in small)
        {
            total += w * large.GetValueOrDefault(id);
        }

        return total;
    }
}
