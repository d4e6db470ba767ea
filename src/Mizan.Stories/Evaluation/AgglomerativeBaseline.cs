namespace Mizan.Stories.Evaluation;

/// <summary>
/// The baseline a grouping is compared with: every article a tf-idf vector of its terms (document frequencies from
/// the batch itself), merged bottom-up by average-link cosine until no two clusters are as alike as a threshold.
/// Offline and quadratic in memory: a yardstick for a few hundred articles, not a grouping for a stream. It ignores
/// dates.
/// </summary>
public sealed class AgglomerativeBaseline
{
    private readonly List<string> ids;
    private readonly List<(int A, int B, double Similarity)> merges = [];

    /// <summary>Builds the whole merge tree once; <see cref="Cut"/> then reads any threshold off it.</summary>
    public AgglomerativeBaseline(IReadOnlyList<(string Id, IReadOnlyDictionary<string, int> Terms)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ids = articles.Select(a => a.Id).ToList();
        var n = articles.Count;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, terms) in articles)
        {
            foreach (var term in terms.Keys)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        var vectors = articles.Select(a => Vector(a.Terms, frequency, n)).ToList();
        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                similarity[i, j] = similarity[j, i] = Dot(vectors[i], vectors[j]);
            }
        }

        var size = Enumerable.Repeat(1, n).ToArray();
        var alive = Enumerable.Range(0, n).ToHashSet();
        while (alive.Count > 1)
        {
            var (bestA, bestB, best) = (-1, -1, double.NegativeInfinity);
            foreach (var a in alive)
            {
                foreach (var b in alive)
                {
                    if (a < b && similarity[a, b] > best)
                    {
                        (bestA, bestB, best) = (a, b, similarity[a, b]);
                    }
                }
            }

            merges.Add((bestA, bestB, best));
            alive.Remove(bestB);
            foreach (var c in alive)
            {
                if (c != bestA)
                {
                    // Average link (Lance-Williams): the mean similarity over all pairs across the two clusters.
                    var merged = ((size[bestA] * similarity[bestA, c]) + (size[bestB] * similarity[bestB, c])) / (size[bestA] + size[bestB]);
                    similarity[bestA, c] = similarity[c, bestA] = merged;
                }
            }

            size[bestA] += size[bestB];
        }
    }

    /// <summary>The clusters left when only merges at or above <paramref name="threshold"/> are made: id to cluster label.</summary>
    public IReadOnlyDictionary<string, string> Cut(double threshold)
    {
        var parent = Enumerable.Range(0, ids.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (a, b, s) in merges)
        {
            if (s < threshold)
            {
                // Average-link similarities only fall as merges go on: every later merge is below the threshold too.
                break;
            }

            parent[Find(b)] = Find(a);
        }

        return Enumerable.Range(0, ids.Count).ToDictionary(i => ids[i], i => "c" + Find(i), StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Vector(IReadOnlyDictionary<string, int> terms, Dictionary<string, int> frequency, int documents)
    {
        var vector = terms.ToDictionary(t => t.Key, t => (1 + Math.Log(t.Value)) * Math.Log((double)documents / frequency[t.Key]), StringComparer.Ordinal);
        var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        return norm == 0 ? vector : vector.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal);
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Sum(p => large.TryGetValue(p.Key, out var w) ? p.Value * w : 0);
    }
}
