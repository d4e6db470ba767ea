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

    /// <summary>The title's terms weighted by idf to sum to one (<see cref="TermVector.Shares"/>): dotted with another
    /// article's <see cref="Mentions"/>, the share of this title that article mentions.</summary>
    TitleShare,

    /// <summary>Every term the article has, in its text or title, each weighing one (<see cref="TermVector.Ones"/>).</summary>
    Mentions,
}

/// <summary>An article as one term vector per <see cref="Channel"/>, with the weekday an undated article names as its day.</summary>
internal sealed class ArticleVector(TermVector[] vectors, DayOfWeek? weekday = null)
{
    public static int Channels { get; } = Enum.GetValues<Channel>().Length;

    public TermVector this[Channel channel] => vectors[(int)channel];

    /// <summary>The weekday an undated article names as its day (<see cref="StoryArticle.Weekday"/>); null for a dated one.</summary>
    public DayOfWeek? Weekday { get; } = weekday;
}

/// <summary>The sums of several articles' vectors, channel by channel, with their count and outlets.</summary>
internal sealed class StorySums
{
    /// <summary>The channels of unit vectors, each with the feature its mean cosine fills.</summary>
    private static readonly (Channel Channel, StoryFeature Feature)[] Cosines =
    [
        (Channel.Body, StoryFeature.Body), (Channel.Title, StoryFeature.Title), (Channel.People, StoryFeature.People),
        (Channel.Places, StoryFeature.Places), (Channel.Numbers, StoryFeature.Numbers), (Channel.Lede, StoryFeature.Lede),
        (Channel.TitlePlaces, StoryFeature.TitlePlaces), (Channel.TitleNumbers, StoryFeature.TitleNumbers),
    ];

    /// <summary>The channels whose disagreement is a feature of its own (<see cref="StoryFeature.TitlePlaceClash"/>, <see cref="StoryFeature.TitleNumberClash"/>).</summary>
    private static readonly (Channel Channel, StoryFeature Clash)[] Clashes =
        [(Channel.TitlePlaces, StoryFeature.TitlePlaceClash), (Channel.TitleNumbers, StoryFeature.TitleNumberClash)];

    private readonly TermSums[] sums = Enumerable.Range(0, ArticleVector.Channels).Select(_ => new TermSums()).ToArray();

    /// <summary>The channels these sums add up (<see cref="Carried"/>).</summary>
    private readonly IReadOnlyList<Channel> carried;

    /// <summary>Sums of every channel; without <paramref name="coverage"/>, the channels of <see
    /// cref="StoryFeature.TitleCovered"/> stay empty (a storyline's sums, when no storyline model weighs the feature:
    /// they would hold every term its articles mention a second time).</summary>
    public StorySums(bool coverage = true)
    {
        carried = Carried(coverage);
    }

    /// <summary>The channels sums add up: every one, or without <paramref name="coverage"/> all but those of <see
    /// cref="StoryFeature.TitleCovered"/> (the largest).</summary>
    public static IReadOnlyList<Channel> Carried(bool coverage) => coverage ? Every : WithoutCoverage;

    private static readonly Channel[] Every = Enum.GetValues<Channel>();

    private static readonly Channel[] WithoutCoverage = Every.Where(c => c is not (Channel.TitleShare or Channel.Mentions)).ToArray();

    public Dictionary<string, int> Outlets { get; } = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>How many of the articles name each weekday as their day (undated ones: <see cref="ArticleVector.Weekday"/>).</summary>
    private readonly int[] weekdays = new int[7];

    /// <summary>How many of the articles have anything in each channel.</summary>
    private readonly int[] present = new int[ArticleVector.Channels];

    /// <summary>How many of the articles have anything in <paramref name="channel"/>.</summary>
    public int Present(Channel channel) => present[(int)channel];

    /// <summary>The sums of a channel by term id (of <see cref="Channel.Mentions"/>, how many of the articles mention each term).</summary>
    public TermSums this[Channel channel] => sums[(int)channel];

    /// <summary>How many terms a channel's sums hold.</summary>
    public int Entries(Channel channel) => sums[(int)channel].Count;

    /// <summary>The dot product of <paramref name="vector"/> with this channel's sums.</summary>
    public double Dot(Channel channel, TermVector vector) => sums[(int)channel].Dot(vector);

    /// <summary>
    /// The features of two groups of articles as means over their pairs (no days): each channel's summed dot product,
    /// the title of one against the text of the other both ways, the share of one's title the other mentions (the mean
    /// of both ways), and the pairs from one outlet, over the pair count.
    /// <paramref name="dot"/> gives the summed dot product of the first group's channel with the second's, and
    /// <paramref name="bothPresent"/> the pairs of articles that both have anything in a channel: a clash is such a pair
    /// whose unit vectors share nothing (two titles naming places, none in common), counted as those pairs less their
    /// summed cosine. <paramref name="weekdayPairs"/> are the pairs of undated articles that name the same weekday as
    /// their day, and those that name two different ones.
    /// </summary>
    public static double[] MeanFeatures(Func<Channel, Channel, double> dot, double pairs, double sameOutletPairs, Func<Channel, double> bothPresent, (double Same, double Clash) weekdayPairs)
    {
        ArgumentNullException.ThrowIfNull(bothPresent);
        ArgumentNullException.ThrowIfNull(dot);
        var f = new double[StoryWeights.Count];
        foreach (var (channel, feature) in Cosines)
        {
            f[(int)feature] = dot(channel, channel) / pairs;
        }

        f[(int)StoryFeature.TitleBody] = (dot(Channel.Title, Channel.Body) + dot(Channel.Body, Channel.Title)) / pairs;
        f[(int)StoryFeature.TitleCovered] = (dot(Channel.TitleShare, Channel.Mentions) + dot(Channel.Mentions, Channel.TitleShare)) / (2 * pairs);
        f[(int)StoryFeature.SameOutlet] = sameOutletPairs / pairs;
        f[(int)StoryFeature.WeekdaySame] = weekdayPairs.Same / pairs;
        f[(int)StoryFeature.WeekdayClash] = weekdayPairs.Clash / pairs;
        foreach (var (channel, clash) in Clashes)
        {
            f[(int)clash] = Math.Max(0, bothPresent(channel) - dot(channel, channel)) / pairs;
        }

        return f;
    }

    public void Add(ArticleVector vector, string? outlet)
    {
        ArgumentNullException.ThrowIfNull(vector);
        Count++;
        if (vector.Weekday is { } weekday)
        {
            weekdays[(int)weekday]++;
        }

        foreach (var channel in carried)
        {
            var v = vector[channel];
            present[(int)channel] += v.Count > 0 ? 1 : 0;
            sums[(int)channel].Add(v);
        }

        if (!string.IsNullOrEmpty(outlet))
        {
            Outlets[outlet] = Outlets.GetValueOrDefault(outlet) + 1;
        }
    }

    public void Add(StorySums other)
    {
        Count += other.Count;
        for (var d = 0; d < weekdays.Length; d++)
        {
            weekdays[d] += other.weekdays[d];
        }

        foreach (var channel in carried)
        {
            present[(int)channel] += other.present[(int)channel];
            sums[(int)channel].Add(other.sums[(int)channel]);
        }

        foreach (var (outlet, count) in other.Outlets)
        {
            Outlets[outlet] = Outlets.GetValueOrDefault(outlet) + count;
        }
    }

    /// <summary>Writes the sums as <see cref="Read"/> reads them back: every channel's terms by id (<see
    /// cref="TermSums.Write"/>), each sum as it was taken.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        foreach (var channel in Enum.GetValues<Channel>())
        {
            writer.Write(present[(int)channel]);
            sums[(int)channel].Write(writer);
        }

        foreach (var named in weekdays)
        {
            writer.Write(named);
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
            sums.sums[(int)channel] = TermSums.Read(reader);
        }

        for (var d = 0; d < sums.weekdays.Length; d++)
        {
            sums.weekdays[d] = reader.ReadInt32();
        }

        var outlets = reader.ReadInt32();
        for (var i = 0; i < outlets; i++)
        {
            sums.Outlets.Add(reader.ReadString(), reader.ReadInt32());
        }

        return sums;
    }

    /// <summary>The mean pairwise features between the articles of these sums and of <paramref name="other"/>.</summary>
    public double[] MeanFeatures(StorySums other) =>
        MeanFeatures(
            (mine, theirs) => Dot(mine, other, theirs),
            (double)Count * other.Count,
            Outlets.Sum(o => (double)o.Value * other.Outlets.GetValueOrDefault(o.Key)),
            channel => (double)Present(channel) * other.Present(channel),
            WeekdayPairs(other));

    /// <summary>The pairs of an undated article naming <paramref name="weekday"/> and these articles that name the same
    /// weekday and another one.</summary>
    public (double Same, double Clash) WeekdayPairs(DayOfWeek? weekday) =>
        weekday is { } day ? (weekdays[(int)day], weekdays.Sum() - weekdays[(int)day]) : (0, 0);

    /// <summary>The pairs of these articles and <paramref name="other"/>'s that name the same weekday and another one.</summary>
    private (double Same, double Clash) WeekdayPairs(StorySums other)
    {
        double same = 0;
        for (var d = 0; d < weekdays.Length; d++)
        {
            same += (double)weekdays[d] * other.weekdays[d];
        }

        return (same, ((double)weekdays.Sum() * other.weekdays.Sum()) - same);
    }

    /// <summary>The dot product of a channel of these sums with one of <paramref name="other"/>'s.</summary>
    private double Dot(Channel mine, StorySums other, Channel theirs) => TermSums.Dot(sums[(int)mine], other.sums[(int)theirs]);
}
