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

    public LinearTagger(IReadOnlyList<string> tags, Dictionary<string, int> features, float[] weights)
    {
        Tags = tags;
        this.features = features;
        this.weights = weights;
        tagCount = tags.Count;
        allowed = Transitions(tags);
    }

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
        var result = new string[staticFeatures.Count];
        var scores = new double[tagCount];
        var history = new List<string>(3);
        var previous = tagCount;
        for (var i = 0; i < result.Length; i++)
        {
            Array.Clear(scores);
            Accumulate(staticFeatures[i], scores);
            history.Clear();
            FeatureExtractor.AddHistory(history, i > 0 ? result[i - 1] : FeatureExtractor.Start, i > 1 ? result[i - 2] : FeatureExtractor.Start, staticFeatures[i]);
            Accumulate(history, scores);
            var best = Best(scores, allowed, previous);
            result[i] = Tags[best];
            previous = best;
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

    private void Accumulate(IReadOnlyList<string> active, double[] scores)
    {
        foreach (var name in active)
        {
            if (features.TryGetValue(name, out var row))
            {
                var offset = row * tagCount;
                for (var t = 0; t < tagCount; t++)
                {
                    scores[t] += weights[offset + t];
                }
            }
        }
    }
}
