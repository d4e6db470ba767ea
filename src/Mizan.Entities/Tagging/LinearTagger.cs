using System.Numerics;
using System.Text;

namespace Mizan.Entities.Tagging;

/// <summary>
/// One averaged-perceptron tagger: weights per feature and tag, with the previous two tags as features
/// (<see cref="FeatureExtractor.AddHistory"/>), decoded exactly over the sentence (<see cref="SequenceDecoder"/>)
/// and constrained to valid IOB2 (I-X only after B-X or I-X). Immutable and thread-safe.
/// </summary>
internal sealed class LinearTagger
{
    private readonly Dictionary<string, int> features;
    private readonly float[] weights;
    private readonly int tagCount;
    private readonly TagTransitions allowed;

    /// <summary>The weights of the history features that do not depend on the word (<see cref="SequenceScores.HistoryWeights"/>).</summary>
    private readonly (double[] Previous, double[] Pair) historyWeights;

    /// <summary>The rows of the features of the previous tag with the word, by word: one lookup per token gives the row for every
    /// previous tag (index <c>tagCount</c> is the sentence start; -1 where the model has no such feature).</summary>
    private readonly Dictionary<string, int[]> wordPreviousRows;

    /// <summary>The tags by index, as an array: a decoded sentence is named tag by tag.</summary>
    private readonly string[] tagNames;

    public LinearTagger(IReadOnlyList<string> tags, Dictionary<string, int> features, float[] weights)
    {
        Tags = tags;
        tagNames = [.. tags];
        this.features = features;
        this.weights = weights;
        tagCount = tags.Count;
        allowed = Transitions(tags);
        var tagOf = Enumerable.Range(0, tagCount + 1).ToDictionary(TagName, t => t, StringComparer.Ordinal);
        wordPreviousRows = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (name, row) in features)
        {
            var from = FeatureExtractor.PreviousTagAndWordPrefix.Length;
            if (name.StartsWith(FeatureExtractor.PreviousTagAndWordPrefix, StringComparison.Ordinal) && name.IndexOf('|', from) is var bar && bar > from
                && tagOf.TryGetValue(name[from..bar], out var previous))
            {
                var word = name[(bar + 1)..];
                if (!wordPreviousRows.TryGetValue(word, out var rows))
                {
                    rows = new int[tagCount + 1];
                    Array.Fill(rows, -1);
                    wordPreviousRows.Add(word, rows);
                }

                rows[previous] = row;
            }
        }

        historyWeights = SequenceScores.HistoryWeights([.. Enumerable.Range(0, tagCount + 1).Select(TagName)], Row, AddRow);
    }

    /// <summary>Every feature the tagger knows with its weight row.</summary>
    public IEnumerable<KeyValuePair<string, int>> KnownFeatures => features;

    /// <summary>The weight row of a feature, or -1 when the model does not know it.</summary>
    public int Row(string feature) => features.TryGetValue(feature, out var row) ? row : -1;

    public IReadOnlyList<string> Tags { get; }

    public int FeatureCount => features.Count;

    /// <summary>Which tag may follow which; row <c>tags.Count</c> is the sentence start.</summary>
    public static TagTransitions Transitions(IReadOnlyList<string> tags)
    {
        var allowed = new bool[tags.Count + 1, tags.Count];
        for (var p = 0; p <= tags.Count; p++)
        {
            for (var t = 0; t < tags.Count; t++)
            {
                allowed[p, t] = Iob.CanFollow(p == tags.Count ? "O" : tags[p], tags[t]);
            }
        }

        return new TagTransitions(allowed);
    }

    /// <summary>The tags of one sentence, given the static features of its tokens.</summary>
    public string[] Tag(IReadOnlyList<IReadOnlyList<string>> staticFeatures)
    {
        var rows = staticFeatures.Select(Rows).ToList();
        return TagRows(rows, staticFeatures.Select(FeatureExtractor.NormalizedWord).ToList());
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
    /// normalized word (the static feature "n=..."): the best valid IOB2 sequence under the static and history
    /// features together (<see cref="SequenceDecoder"/>).
    /// </summary>
    public string[] TagRows(IReadOnlyList<int[]> rows, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keys);
        return Tag(rows.Count, (i, emission) => AddRows(rows[i], emission), i => keys[i]);
    }

    /// <summary>Adds the static scores of token <paramref name="token"/> to <paramref name="emission"/>, one per tag.</summary>
    internal delegate void Emit(int token, Span<double> emission);

    /// <summary>
    /// The tags of a sentence of <paramref name="length"/> tokens from their static scores (<paramref name="emit"/>) and
    /// their normalized words: the best valid IOB2 sequence under the static and history features together.
    /// </summary>
    internal string[] Tag(int length, Emit emit, Func<int, string> keyOf)
    {
        var scores = Scores(length);
        for (var i = 0; i < length; i++)
        {
            emit(i, scores.EmissionOf(i));
            AddWordPrevious(WordPreviousRows(keyOf(i)), scores, i);
        }

        return Decode(scores);
    }

    /// <summary>Room for the scores of a sentence of <paramref name="length"/> tokens, cleared, with this tagger's history
    /// weights (<see cref="SequenceScores.ForThread"/>: valid until the thread scores its next sentence).</summary>
    internal SequenceScores Scores(int length) => SequenceScores.ForThread(length, tagCount, historyWeights);

    /// <summary>The rows of the features of each previous tag with <paramref name="word"/> (a token's normalized word),
    /// index <c>TagCount</c> the sentence start and -1 where the model has none; null when it has none at all.</summary>
    internal int[]? WordPreviousRows(string word) => wordPreviousRows.GetValueOrDefault(word);

    /// <summary>Adds the weights of the rows <see cref="WordPreviousRows"/> gave for token <paramref name="i"/>'s word.</summary>
    internal void AddWordPrevious(int[]? rows, SequenceScores scores, int i)
    {
        if (rows is null)
        {
            return;
        }

        for (var p = 0; p <= tagCount; p++)
        {
            AddRow(rows[p], scores.WordPreviousOf(i, p));
        }
    }

    /// <summary>The best valid tags of a sentence whose scores are filled in (<see cref="SequenceDecoder"/>).</summary>
    internal string[] Decode(SequenceScores scores)
    {
        var decoded = SequenceDecoder.Decode(scores, allowed);
        var tags = new string[decoded.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = tagNames[decoded[i]];
        }

        return tags;
    }

    /// <summary>Adds the weights of the given rows (see <see cref="Rows"/>) to <paramref name="scores"/>.</summary>
    internal void AddRows(ReadOnlySpan<int> rows, Span<double> scores)
    {
        foreach (var row in rows)
        {
            AddRow(row, scores);
        }
    }

    public int TagCount => tagCount;

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

    /// <summary>
    /// Adds the weights of one row (-1: none) to <paramref name="scores"/>, one per tag: a run of weights at a time,
    /// each widened to doubles and added lane by lane, which is the same sum as one tag at a time (every static
    /// feature of every token comes here twice, once per tagger).
    /// </summary>
    internal void AddRow(int row, Span<double> scores)
    {
        if (row < 0)
        {
            return;
        }

        var offset = row * tagCount;
        var (floats, doubles) = (Vector<float>.Count, Vector<double>.Count);
        var t = 0;
        for (; t + floats <= tagCount; t += floats)
        {
            Vector.Widen(new Vector<float>(weights.AsSpan(offset + t)), out var low, out var high);
            (new Vector<double>(scores[t..]) + low).CopyTo(scores[t..]);
            (new Vector<double>(scores[(t + doubles)..]) + high).CopyTo(scores[(t + doubles)..]);
        }

        for (; t < tagCount; t++)
        {
            scores[t] += weights[offset + t];
        }
    }

    private string TagName(int tag) => tag == tagCount ? FeatureExtractor.Start : Tags[tag];
}
