namespace Mizan.Entities.Tagging;

/// <summary>
/// The word bigram features a model knows (<see cref="FeatureExtractor.PreviousWordPair"/>, <see
/// cref="FeatureExtractor.NextWordPair"/>), by a number for each word that takes part in one: every token looks up two
/// bigrams, and looking a pair of numbers up in a table of a few thousand is far cheaper than writing the bigram's name
/// and looking it up among all the features (9% of a <c>perf record</c> of tagging 2015-08-03/04 went to those lookups
/// with the word features'). A word in no bigram (most words of the news) has no number, and its bigrams are not
/// looked up at all. A word may hold the separator '|' (a token of its own): every way a name splits at a '|' is
/// kept, so a pair of words is found exactly when the name joined from it is a feature.
/// </summary>
internal sealed class WordPairs
{
    /// <summary>The number of a word that takes part in no bigram.</summary>
    public const int None = -1;

    /// <summary>What stands between the two words of a bigram's name.</summary>
    public const char Separator = '|';

    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<long, (int First, int Second)> previous = new(PairKeys.Instance);
    private readonly Dictionary<long, (int First, int Second)> next = new(PairKeys.Instance);

    /// <summary>The bigrams among <paramref name="features"/> (a feature's rows in each of two taggers).</summary>
    public WordPairs(IEnumerable<KeyValuePair<string, (int First, int Second)>> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        foreach (var (name, rows) in features)
        {
            var (prefix, pairs) = name.StartsWith(FeatureExtractor.PreviousWordPair, StringComparison.Ordinal)
                ? (FeatureExtractor.PreviousWordPair, previous)
                : name.StartsWith(FeatureExtractor.NextWordPair, StringComparison.Ordinal)
                    ? (FeatureExtractor.NextWordPair, next)
                    : (null, null);
            if (prefix is null || pairs is null)
            {
                continue;
            }

            for (var bar = name.IndexOf(Separator, prefix.Length); bar >= 0; bar = name.IndexOf(Separator, bar + 1))
            {
                pairs[Key(Number(name[prefix.Length..bar]), Number(name[(bar + 1)..]))] = rows;
            }
        }
    }

    /// <summary>The number of a word (a token's normalized word), or <see cref="None"/>.</summary>
    public int NumberOf(string word) => numbers.GetValueOrDefault(word, None);

    /// <summary>
    /// The rows of the bigram feature <paramref name="prefix"/> + the words numbered <paramref name="first"/> and
    /// <paramref name="second"/>, or false when <paramref name="prefix"/> names no word bigram (the caller looks the
    /// feature up by its name). A pair no feature names has rows (-1, -1).
    /// </summary>
    public bool TryRows(string prefix, int first, int second, out (int First, int Second) rows)
    {
        var pairs = prefix == FeatureExtractor.PreviousWordPair ? previous : prefix == FeatureExtractor.NextWordPair ? next : null;
        if (pairs is null)
        {
            rows = default;
            return false;
        }

        if (first == None || second == None || !pairs.TryGetValue(Key(first, second), out rows))
        {
            rows = (-1, -1);
        }

        return true;
    }

    private int Number(string word)
    {
        if (!numbers.TryGetValue(word, out var number))
        {
            number = numbers.Count;
            numbers.Add(word, number);
        }

        return number;
    }

    private static long Key(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>
    /// Hashes a pair's key by multiplying it by 2^64 over the golden ratio and keeping the high bits: the default hash of
    /// a long, the two numbers' exclusive or, gives every pair (a, b) the hash of (a ^ k, b ^ k), and the numbers are
    /// small.
    /// </summary>
    private sealed class PairKeys : IEqualityComparer<long>
    {
        public static readonly PairKeys Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)((ulong)obj * 0x9E3779B97F4A7C15UL >> 32);
    }
}
