using System.Globalization;

namespace Mizan.Entities.Tagging;

/// <summary>How <see cref="ClusterLearner"/> learns: the granularities, which words are clustered, how many passes.</summary>
public sealed record ClusterOptions
{
    /// <summary>
    /// The number of classes of each clustering, coarsest first. Chosen by <c>mizan eval ner</c> with clusters learned
    /// from SaudiNewsNet (Models/README.md): 64/256/1024 gave 78.32 on the five folds (78.67 with the clusters learned
    /// again by this code); a fourth, finer clustering of 2,048 classes added nothing (78.16), and one of 4,096 took six
    /// minutes a pass.
    /// </summary>
    public IReadOnlyList<int> Levels { get; init; } = [64, 256, 1024];

    /// <summary>
    /// Words seen fewer times than this are pooled as one rare word and get no class of their own: one or two
    /// neighbours place a word by chance. Counted, not tuned: at 3, SaudiNewsNet's 120,176 words cover 81% of
    /// ANERcorp's person tokens, 89% of its organisation tokens and 93% of its place tokens (with a leading clitic
    /// set aside; counted by a script that folds hamza, alef maqsura and ta marbuta as the matching normalization does).
    /// </summary>
    public int MinCount { get; init; } = 3;

    /// <summary>
    /// Passes over the vocabulary; a clustering stops earlier when a pass moves no word. Counted on SaudiNewsNet, not
    /// tuned: in the eighth pass 4.2% to 5.6% of the words still move (64, 256 and 1,024 classes) and the likelihood
    /// gains 0.001 to 0.005 nats a word.
    /// </summary>
    public int Passes { get; init; } = 8;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"exchange clustering into {string.Join('/', Levels)} classes, words seen at least {MinCount} times, {Passes} passes");
}

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabeled text by the exchange algorithm (Kneser and Ney 1993; Martin,
/// Liermann and Ney 1998) for the class-bigram model that Brown clustering also maximizes: words are put in K classes
/// so that the class of a word best predicts the class of the next one, that is, so that
/// Σ N(c,d) log N(c,d) − Σ N(c,·) log N(c,·) − Σ N(·,d) log N(·,d) is highest, N(c,d) being how often a word of class c
/// stands before a word of class d. Words start in class (frequency rank mod K); each pass moves each word, most
/// frequent first, to the class that raises the sum most given every other word's class. Deterministic: the same
/// text and options give the same classes. Each granularity is a clustering of its own.
/// </summary>
public static class ClusterLearner
{
    /// <summary>Below this count x·ln x is read from a table; above, computed.</summary>
    private const int TableSize = 1 << 20;

    private static readonly Lazy<double[]> XLogX = new(() =>
    {
        var table = new double[TableSize];
        for (var i = 1; i < TableSize; i++)
        {
            table[i] = i * Math.Log(i);
        }

        return table;
    });

    /// <summary>Clusters the words of <paramref name="texts"/>, each a sequence of words in the matching normalization.</summary>
    public static WordClusters Learn(IEnumerable<IEnumerable<string>> texts, ClusterOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(options);
        var corpus = Corpus.Read(texts, options.MinCount);
        progress?.Invoke($"{corpus.Tokens:N0} words, {corpus.Vocabulary:N0} distinct seen at least {options.MinCount} times, {corpus.BigramTypes:N0} distinct pairs");
        var levels = options.Levels.Select(k => Math.Min(k, corpus.Vocabulary)).Where(k => k >= 2).Distinct().ToList();
        if (levels.Count == 0)
        {
            throw new ArgumentException("the text has fewer than two words seen often enough to cluster", nameof(texts));
        }

        var classes = new int[levels.Count][];
        for (var l = 0; l < levels.Count; l++)
        {
            classes[l] = Cluster(corpus, levels[l], options.Passes, progress);
        }

        var result = new Dictionary<string, int[]>(corpus.Vocabulary, StringComparer.Ordinal);
        for (var w = 0; w < corpus.Vocabulary; w++)
        {
            result[corpus.Words[w]] = [.. classes.Select(c => c[w])];
        }

        return new WordClusters(levels, result);
    }

    private static double F(long x) => x < TableSize ? XLogX.Value[x] : x * Math.Log(x);

    private static double Gain(long x, long y) => F(x + y) - F(x);

    /// <summary>One clustering into <paramref name="k"/> classes of every word of the corpus (the pooled rare word and the text boundary included).</summary>
    private static int[] Cluster(Corpus corpus, int k, int passes, Action<string>? progress)
    {
        var n = corpus.WordCount;
        var cls = new int[n];
        for (var w = 0; w < n; w++)
        {
            cls[w] = w % k;
        }

        var pairs = new long[k * k];
        var left = new long[k];
        var right = new long[k];
        for (var a = 0; a < n; a++)
        {
            foreach (var (b, count) in corpus.Right[a])
            {
                pairs[(cls[a] * k) + cls[b]] += count;
            }

            pairs[(cls[a] * k) + cls[a]] += corpus.Self[a];
            left[cls[a]] += corpus.AsLeft[a];
            right[cls[a]] += corpus.AsRight[a];
        }

        var r = new long[k];
        var l = new long[k];
        var touchedR = new List<int>(k);
        var touchedL = new List<int>(k);
        var gains = new double[k];
        for (var pass = 1; pass <= passes; pass++)
        {
            var moved = 0;
            for (var w = 0; w < n; w++)
            {
                Gather(corpus.Right[w], cls, r, touchedR);
                Gather(corpus.Left[w], cls, l, touchedL);
                var a = cls[w];
                var self = corpus.Self[w];
                Apply(pairs, k, a, r, touchedR, l, touchedL, self, -1);
                left[a] -= corpus.AsLeft[w];
                right[a] -= corpus.AsRight[w];

                var (rs, ls) = (touchedR.ToArray(), touchedL.ToArray());
                var (asLeft, asRight) = (corpus.AsLeft[w], corpus.AsRight[w]);
                void Weigh(int b)
                {
                    double g = 0;
                    var row = b * k;
                    foreach (var d in rs)
                    {
                        if (d != b)
                        {
                            g += Gain(pairs[row + d], r[d]);
                        }
                    }

                    foreach (var c in ls)
                    {
                        if (c != b)
                        {
                            g += Gain(pairs[(c * k) + b], l[c]);
                        }
                    }

                    g += Gain(pairs[row + b], r[b] + l[b] + self);
                    gains[b] = g - Gain(left[b], asLeft) - Gain(right[b], asRight);
                }

                // A word with many neighbouring classes is weighed against every class on all cores, each class's sum
                // computed alone, so the classes do not depend on it; the bound (not tuned) keeps the many rare words,
                // a few sums each, off the thread pool.
                if ((long)(rs.Length + ls.Length) * k > 200_000)
                {
                    Parallel.For(0, k, Weigh);
                }
                else
                {
                    for (var b = 0; b < k; b++)
                    {
                        Weigh(b);
                    }
                }

                var best = a;
                for (var b = 0; b < k; b++)
                {
                    if (gains[b] > gains[best] + 1e-9)
                    {
                        best = b;
                    }
                }

                Apply(pairs, k, best, r, touchedR, l, touchedL, self, +1);
                left[best] += corpus.AsLeft[w];
                right[best] += corpus.AsRight[w];
                if (best != a)
                {
                    cls[w] = best;
                    moved++;
                }

                Clear(r, touchedR);
                Clear(l, touchedL);
            }

            progress?.Invoke($"{k} classes, pass {pass}: {moved:N0} words moved, log-likelihood {LogLikelihood(pairs, left, right) / corpus.Tokens:N4} per word");
            if (moved == 0)
            {
                break;
            }
        }

        return cls;
    }

    private static void Gather((int Word, int Count)[] neighbours, int[] cls, long[] sums, List<int> touched)
    {
        foreach (var (u, count) in neighbours)
        {
            var c = cls[u];
            if (sums[c] == 0)
            {
                touched.Add(c);
            }

            sums[c] += count;
        }
    }

    private static void Clear(long[] sums, List<int> touched)
    {
        foreach (var c in touched)
        {
            sums[c] = 0;
        }

        touched.Clear();
    }

    /// <summary>Adds (sign +1) or takes away (-1) a word's pairs as a member of class <paramref name="a"/>.</summary>
    private static void Apply(long[] pairs, int k, int a, long[] r, List<int> touchedR, long[] l, List<int> touchedL, long self, int sign)
    {
        foreach (var d in touchedR)
        {
            pairs[(a * k) + d] += sign * r[d];
        }

        foreach (var c in touchedL)
        {
            pairs[(c * k) + a] += sign * l[c];
        }

        pairs[(a * k) + a] += sign * self;
    }

    private static double LogLikelihood(long[] pairs, long[] left, long[] right) =>
        pairs.Sum(F) - left.Sum(F) - right.Sum(F);

    /// <summary>
    /// The text as word ids: the words seen at least the minimum count, most frequent first (ties in ordinal order),
    /// then one pooled rare word and the boundary between texts; and the counts of the pairs of neighbouring words.
    /// </summary>
    /// <param name="Words">The clustered words, by id.</param>
    /// <param name="Right">Per word, the other words that follow it, with counts.</param>
    /// <param name="Left">Per word, the other words that come before it, with counts.</param>
    /// <param name="Self">Per word, how often it follows itself.</param>
    /// <param name="AsLeft">Per word, how often it stands first in a pair.</param>
    /// <param name="AsRight">Per word, how often it stands second in a pair.</param>
    /// <param name="Tokens">The words of the text.</param>
    /// <param name="BigramTypes">The distinct pairs of different words.</param>
    private sealed record Corpus(string[] Words, (int Word, int Count)[][] Right, (int Word, int Count)[][] Left, long[] Self, long[] AsLeft, long[] AsRight, long Tokens, int BigramTypes)
    {
        public int Vocabulary => Words.Length;

        /// <summary>The vocabulary, the pooled rare word and the boundary.</summary>
        public int WordCount => Vocabulary + 2;

        public static Corpus Read(IEnumerable<IEnumerable<string>> texts, int minCount)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var counts = new List<int>();
            var sequence = new List<int>();
            const int boundary = -1;
            sequence.Add(boundary);
            foreach (var text in texts)
            {
                foreach (var word in text)
                {
                    if (!ids.TryGetValue(word, out var id))
                    {
                        id = ids.Count;
                        ids[word] = id;
                        counts.Add(0);
                    }

                    counts[id]++;
                    sequence.Add(id);
                }

                if (sequence[^1] != boundary)
                {
                    sequence.Add(boundary);
                }
            }

            // A word must be writable on a line of the cluster file: not empty (a token of marks only normalizes to
            // nothing) and without a tab or line break.
            var vocabulary = ids.Where(p => counts[p.Value] >= Math.Max(1, minCount) && p.Key.Length > 0 && p.Key.AsSpan().IndexOfAny('\t', '\n', '\r') < 0)
                .OrderByDescending(p => counts[p.Value]).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
            var rare = vocabulary.Count;
            var edge = rare + 1;
            var remap = new int[ids.Count];
            Array.Fill(remap, rare);
            for (var i = 0; i < vocabulary.Count; i++)
            {
                remap[vocabulary[i].Value] = i;
            }

            var n = vocabulary.Count + 2;
            var bigrams = new Dictionary<long, int>();
            var self = new long[n];
            var asLeft = new long[n];
            var asRight = new long[n];
            for (var i = 0; i + 1 < sequence.Count; i++)
            {
                var a = sequence[i] == boundary ? edge : remap[sequence[i]];
                var b = sequence[i + 1] == boundary ? edge : remap[sequence[i + 1]];
                asLeft[a]++;
                asRight[b]++;
                if (a == b)
                {
                    self[a]++;
                    continue;
                }

                var key = ((long)a * n) + b;
                bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
            }

            var rightCount = new int[n];
            var leftCount = new int[n];
            foreach (var key in bigrams.Keys)
            {
                rightCount[key / n]++;
                leftCount[key % n]++;
            }

            var right = Enumerable.Range(0, n).Select(w => new (int, int)[rightCount[w]]).ToArray();
            var left = Enumerable.Range(0, n).Select(w => new (int, int)[leftCount[w]]).ToArray();
            Array.Clear(rightCount);
            Array.Clear(leftCount);
            foreach (var (key, count) in bigrams.OrderBy(p => p.Key))
            {
                var (a, b) = ((int)(key / n), (int)(key % n));
                right[a][rightCount[a]++] = (b, count);
                left[b][leftCount[b]++] = (a, count);
            }

            return new Corpus([.. vocabulary.Select(p => p.Key)], right, left, self, asLeft, asRight, counts.Sum(c => (long)c), bigrams.Count);
        }
    }
}
