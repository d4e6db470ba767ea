using System.Text;

namespace Mizan.Entities.Tagging;

/// <summary>
/// One averaged-perceptron tagger: weights per feature and tag, decoded greedily left to right with the previous
/// tags as features (<see cref="FeatureExtractor.AddHistory"/>), and constrained to valid IOB2 (I-X only after B-X
/// or I-X; ties go to the earlier tag in <see cref="Iob.Tags"/>). Immutable and thread-safe.
/// </summary>
internal sealed class LinearTagger
{
    private readonly Dictionary<string, int> features;
    private readonly float[] weights;
    private readonly int tagCount;
    private readonly bool[,] allowed;

    /// <summary>The rows of the history features that do not depend on the word: "t-1=" by previous tag, and
    /// "t-2t-1=" by the two before; index <c>tagCount</c> is the sentence start; -1 where the model has no such feature.</summary>
    private readonly int[] previousRows;
    private readonly int[,] pairRows;

    public LinearTagger(IReadOnlyList<string> tags, Dictionary<string, int> features, float[] weights)
    {
        Tags = tags;
        this.features = features;
        this.weights = weights;
        tagCount = tags.Count;
        allowed = Transitions(tags);
        previousRows = new int[tagCount + 1];
        pairRows = new int[tagCount + 1, tagCount + 1];
        for (var p = 0; p <= tagCount; p++)
        {
            previousRows[p] = Row("t-1=" + TagName(p));
            for (var b = 0; b <= tagCount; b++)
            {
                pairRows[b, p] = Row("t-2t-1=" + TagName(b) + "|" + TagName(p));
            }
        }
    }

    /// <summary>Every feature the tagger knows with its weight row.</summary>
    public IEnumerable<KeyValuePair<string, int>> KnownFeatures => features;

    /// <summary>The weight row of a feature, or -1 when the model does not know it.</summary>
    public int Row(string feature) => features.TryGetValue(feature, out var row) ? row : -1;

    public IReadOnlyList<string> Tags { get; }

    public int FeatureCount => features.Count;

    /// <summary>Which tag may follow which; row <c>tags.Count</c> is the sentence start.</summary>
    public static bool[,] Transitions(IReadOnlyList<string> tags)
    {
        var allowed = new bool[tags.Count + 1, tags.Count];
        for (var p = 0; p <= tags.Count; p++)
        {
            for (var t = 0; t < tags.Count; t++)
            {
                allowed[p, t] = Iob.CanFollow(p == tags.Count ? "O" : tags[p], tags[t]);
            }
        }

        return allowed;
    }

    /// <summary>The best allowed tag; ties go to the earlier tag.</summary>
    public static int Best(double[] scores, bool[,] allowed, int previous)
    {
        var best = -1;
        for (var t = 0; t < scores.Length; t++)
        {
            if (allowed[previous, t] && (best < 0 || scores[t] > scores[best]))
            {
                best = t;
            }
        }

        return best;
    }

    /// <summary>The tags of one sentence, given the static features of its tokens.</summary>
    public string[] Tag(IReadOnlyList<IReadOnlyList<string>> staticFeatures)
    {
        var rows = staticFeatures.Select(Rows).ToList();
        return TagRows(rows, staticFeatures.Select(f => f[2][2..]).ToList());
    }

    /// <summary>The known rows of a token's features, in feature order.</summary>
    public int[] Rows(IReadOnlyList<string> active)
    {
        var rows = new List<int>(active.Count);
        foreach (var name in active)
        {
            if (features.TryGetValue(name, out var row))
            {
                rows.Add(row);
            }
        }

        return [.. rows];
    }

    /// <summary>
    /// The tags of one sentence from the weight rows of its tokens' features (see <see cref="Rows"/>) and each token's
    /// normalized word (the static feature "n=..."), the history features added as the tags are chosen. The scores
    /// add up in the same order as the feature lists, so the tags are the same as from the features themselves.
    /// </summary>
    public string[] TagRows(IReadOnlyList<int[]> rows, IReadOnlyList<string> keys)
    {
        var result = new string[rows.Count];
        var scores = new double[tagCount];
        var previous = tagCount;
        var beforePrevious = tagCount;
        for (var i = 0; i < result.Length; i++)
        {
            Array.Clear(scores);
            foreach (var row in rows[i])
            {
                Add(row, scores);
            }

            // The history features, in the order AddHistory gives them: t-1, t-2t-1, t-1n.
            Add(previousRows[previous], scores);
            Add(pairRows[beforePrevious, previous], scores);
            Add(Row("t-1n=" + TagName(previous) + "|" + keys[i]), scores);
            var best = Best(scores, allowed, previous);
            result[i] = Tags[best];
            (beforePrevious, previous) = (previous, best);
        }

        return result;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(tagCount);
        foreach (var tag in Tags)
        {
            writer.Write(tag);
        }

        var ordered = features.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        writer.Write(ordered.Count);
        foreach (var (name, row) in ordered)
        {
            writer.Write(name);
            var nonzero = Enumerable.Range(0, tagCount).Where(t => weights[(row * tagCount) + t] != 0).ToList();
            writer.Write((byte)nonzero.Count);
            foreach (var t in nonzero)
            {
                writer.Write((byte)t);
                writer.Write(weights[(row * tagCount) + t]);
            }
        }
    }

    public static LinearTagger Read(BinaryReader reader)
    {
        var tags = new string[reader.ReadInt32()];
        for (var t = 0; t < tags.Length; t++)
        {
            tags[t] = reader.ReadString();
        }

        var count = reader.ReadInt32();
        var features = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var weights = new float[count * tags.Length];
        for (var row = 0; row < count; row++)
        {
            features.Add(reader.ReadString(), row);
            var nonzero = reader.ReadByte();
            for (var k = 0; k < nonzero; k++)
            {
                var t = reader.ReadByte();
                if (t >= tags.Length)
                {
                    throw new InvalidDataException($"tag {t} of feature {row} is out of range");
                }

                weights[(row * tags.Length) + t] = reader.ReadSingle();
            }
        }

        return new LinearTagger(tags, features, weights);
    }

    private void Add(int row, double[] scores)
    {
        if (row < 0)
        {
            return;
        }

        var offset = row * tagCount;
        for (var t = 0; t < tagCount; t++)
        {
            scores[t] += weights[offset + t];
        }
    }

    private string TagName(int tag) => tag == tagCount ? FeatureExtractor.Start : Tags[tag];
}
