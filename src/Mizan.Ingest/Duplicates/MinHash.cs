using Mizan.Text.Normalization;

namespace Mizan.Ingest.Duplicates;

/// <summary>
/// MinHash sketches of an article's word 4-grams, for finding near-duplicates (wire copies republished with small
/// edits) at a cost per article that does not grow with the collection: 128 minimum hashes, cut into 32 bands of 4;
/// two articles that share a band are candidates, and a candidate whose sketches agree in 60% of their positions
/// (an estimate of the 4-gram Jaccard similarity) is a near-duplicate. With 32 bands of 4 rows, a pair at
/// similarity 0.6 shares a band with probability 1 − (1 − 0.6⁴)³² ≈ 0.99, a pair at 0.3 with probability 0.23,
/// and the sketch comparison then sets the second aside.
/// </summary>
public static class MinHash
{
    public const int Hashes = 128;
    public const int Bands = 32;
    public const int Rows = Hashes / Bands;

    /// <summary>Words per shingle: four words keep a sentence's word order without one edited word spoiling a long run.</summary>
    public const int ShingleWords = 4;

    /// <summary>
    /// Texts with fewer shingles than this (about twenty words) get no sketch: two short notices of the same kind
    /// ("the weather tomorrow ...") look alike without being copies; exact copies are still found by content hash.
    /// </summary>
    public const int MinimumShingles = 16;

    /// <summary>The share of agreeing sketch positions from which two articles are near-duplicates.</summary>
    public const double Threshold = 0.6;

    private static readonly ulong[] Seeds = MakeSeeds();

    /// <summary>The sketch of a text over its matching-normalized words, or null when the text is too short.</summary>
    public static uint[]? Sketch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ArabicNormalizer.Matching.Normalize(text).Value;
        var words = WordHashes(normalized);
        if (words.Count - ShingleWords + 1 < MinimumShingles)
        {
            return null;
        }

        var sketch = new uint[Hashes];
        Array.Fill(sketch, uint.MaxValue);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = 14695981039346656037UL;
            for (var w = 0; w < ShingleWords; w++)
            {
                shingle = Mix(shingle ^ words[i + w]);
            }

            for (var h = 0; h < Hashes; h++)
            {
                var value = (uint)(Mix(shingle ^ Seeds[h]) >> 32);
                if (value < sketch[h])
                {
                    sketch[h] = value;
                }
            }
        }

        return sketch;
    }

    /// <summary>One key per band: the band's number and its rows hashed together, so equal keys mean an equal band.</summary>
    public static long[] BandKeys(uint[] sketch)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var key = Mix((ulong)b + 1);
            for (var r = 0; r < Rows; r++)
            {
                key = Mix(key ^ sketch[(b * Rows) + r]);
            }

            keys[b] = (long)key;
        }

        return keys;
    }

    /// <summary>The share of positions where two sketches agree: an estimate of their texts' shingle Jaccard similarity.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return (double)same / Hashes;
    }


    /// <summary>A 64-bit hash per word (a run of letters and digits) of a normalized text.</summary>
    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        var hash = 14695981039346656037UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                // FNV-1a over the word's UTF-16 code units.
                hash = (hash ^ c) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
        }

        return words;
    }

    /// <summary>The SplitMix64 finalizer: a bijective mix with good avalanche, standing in for 128 independent hash functions.</summary>
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Hashes];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Hashes; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
