using Mizan.Entities.Conll;

namespace Mizan.Entities.Tagging;

/// <summary>
/// How to train: passes over the data, the shuffling seed, the smallest averaged weight kept, and how many sentences
/// around a sentence are its document context. The defaults were measured by 5-fold cross-validation on ANERcorp
/// during development (see Models/README.md): 12 epochs gave 0.16 F1 more than 8 and 4 epochs 1.2 less; a window
/// of 30 sentences gave the same F1 as 10; pruning weights under 0.01 gave the same scores as no pruning and keeps
/// the file near 4 MB.
/// </summary>
public sealed record TrainingOptions(int Epochs = 8, int Seed = 1, float Prune = 0.01f, int Window = 10)
{
    /// <summary>The parts the training data is cut into so the first tagger's tags on each come from a model that did not see it.</summary>
    public int StackingParts { get; init; } = 4;
}

/// <summary>
/// Trains <see cref="NerModel"/>: the first tagger on all the data; the second on the same data with the document
/// context of the first tagger's tags, where those tags come from models trained without the part they tag (the
/// data cut into <see cref="TrainingOptions.StackingParts"/> contiguous parts), so the second tagger learns how far
/// to trust the first on unseen text.
/// </summary>
public sealed class PerceptronTrainer(FeatureExtractor extractor)
{
    public static PerceptronTrainer Default { get; } = new(FeatureExtractor.Default);

    public NerModel Train(IReadOnlyList<ConllSentence> sentences, TrainingOptions options, string description, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var sentence in sentences)
        {
            if (sentence.Tags is null)
            {
                throw new ArgumentException($"the sentence at line {sentence.Line} has no tags", nameof(sentences));
            }
        }

        var words = sentences.Select(s => s.Tokens).ToList();
        var gold = sentences.Select(s => s.Tags!).ToList();
        var features = words.Select(extractor.Extract).ToList();
        var first = LinearTrainer.Train(features, gold, options);
        progress?.Invoke($"first tagger: {first.FeatureCount:N0} features");

        var parts = Math.Min(options.StackingParts, sentences.Count);
        var firstTags = new List<IReadOnlyList<string>>(sentences.Count);
        for (var k = 0; k < parts; k++)
        {
            var from = (int)((long)k * sentences.Count / parts);
            var to = (int)((long)(k + 1) * sentences.Count / parts);
            var others = Enumerable.Range(0, sentences.Count).Where(i => i < from || i >= to).ToList();
            var partial = parts == 1 ? first : LinearTrainer.Train(others.Select(i => features[i]).ToList(), others.Select(i => gold[i]).ToList(), options);
            for (var i = from; i < to; i++)
            {
                firstTags.Add(partial.Tag(features[i]));
            }
        }

        var context = DocumentContext.Features(words, features, firstTags, options.Window);
        var second = LinearTrainer.Train(context, gold, options);
        progress?.Invoke($"second tagger: {second.FeatureCount:N0} features");
        return new NerModel(first, second, options.Window, description, extractor);
    }
}

/// <summary>
/// Trains <see cref="NerModel"/> as an averaged perceptron: for each token, in a shuffled order of sentences (a
/// fixed seed, so the same data give the same model bytes), the tagger predicts greedily with its own previous
/// tags; when it is wrong, the gold tag's weights for the active features rise by one and the predicted tag's fall
/// by one. The final weights are the average over every step (kept exactly with integer counts), and averaged
/// weights smaller than <see cref="TrainingOptions.Prune"/> in magnitude are dropped to keep the file small.
/// </summary>
/// <summary>
/// Trains one <see cref="LinearTagger"/> as an averaged perceptron: for each token, in a shuffled order of sentences
/// (a fixed seed, so the same data give the same model bytes), the tagger predicts greedily with its own previous
/// tags; when it is wrong, the gold tag's weights for the active features rise by one and the predicted tag's fall
/// by one. The final weights are the average over every step (kept exactly with integer counts), and averaged
/// weights smaller than <see cref="TrainingOptions.Prune"/> in magnitude are dropped to keep the file small.
/// </summary>
internal static class LinearTrainer
{
    public static LinearTagger Train(IReadOnlyList<IReadOnlyList<string>[]> sentenceFeatures, IReadOnlyList<IReadOnlyList<string>> goldTags, TrainingOptions options)
    {
        var tags = Iob.Tags;
        var tagCount = tags.Count;
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var state = new State(tagCount);

        // Static features are indexed once; history features as they appear.
        var data = new List<(int[][] Static, IReadOnlyList<string>[] Names, int[] Gold)>(sentenceFeatures.Count);
        for (var s = 0; s < sentenceFeatures.Count; s++)
        {
            var extracted = sentenceFeatures[s];
            var ids = extracted.Select(f => f.Select(Index).ToArray()).ToArray();
            var gold = goldTags[s].Select(t => tagIndex.TryGetValue(t, out var i) ? i : 0).ToArray();
            data.Add((ids, extracted, gold));
        }

        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(options.Seed);
        var scores = new double[tagCount];
        var history = new List<string>(3);
        var historyIds = new List<int>(3);
        var allowed = LinearTagger.Transitions(tags);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var (ids, names, gold) = data[s];
                var predicted = new int[gold.Length];
                for (var i = 0; i < gold.Length; i++)
                {
                    history.Clear();
                    FeatureExtractor.AddHistory(
                        history,
                        i > 0 ? tags[predicted[i - 1]] : FeatureExtractor.Start,
                        i > 1 ? tags[predicted[i - 2]] : FeatureExtractor.Start,
                        names[i]);
                    historyIds.Clear();
                    foreach (var h in history)
                    {
                        historyIds.Add(Index(h));
                    }

                    Array.Clear(scores);
                    state.Score(ids[i], scores);
                    state.Score(historyIds, scores);
                    var guess = LinearTagger.Best(scores, allowed, i > 0 ? predicted[i - 1] : tagCount);
                    state.Step++;
                    if (guess != gold[i])
                    {
                        state.Update(ids[i], gold[i], guess);
                        state.Update(historyIds, gold[i], guess);
                    }

                    // Training follows the tagger's own history, as tagging will.
                    predicted[i] = guess;
                }
            }
        }

        // Average, prune, and keep only features with a weight left.
        var averaged = state.Averaged(features.Count, options.Prune);
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        var keptWeights = new List<float>();
        foreach (var (name, row) in features.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var any = false;
            for (var t = 0; t < tagCount; t++)
            {
                any |= averaged[(row * tagCount) + t] != 0;
            }

            if (!any)
            {
                continue;
            }

            kept.Add(name, kept.Count);
            for (var t = 0; t < tagCount; t++)
            {
                keptWeights.Add(averaged[(row * tagCount) + t]);
            }
        }

        return new LinearTagger(tags, kept, keptWeights.ToArray());

        int Index(string name)
        {
            if (!features.TryGetValue(name, out var id))
            {
                id = features.Count;
                features.Add(name, id);
            }

            return id;
        }
    }

    /// <summary>Current weights and their running sums for averaging (w - u / step, the usual lazy trick).</summary>
    private sealed class State(int tagCount)
    {
        private int[] current = new int[1024 * tagCount];
        private long[] sums = new long[1024 * tagCount];

        public long Step { get; set; }

        public void Score(IReadOnlyList<int> ids, double[] scores)
        {
            foreach (var id in ids)
            {
                var offset = id * tagCount;
                if (offset >= current.Length)
                {
                    continue;
                }

                for (var t = 0; t < tagCount; t++)
                {
                    scores[t] += current[offset + t];
                }
            }
        }

        public void Update(IReadOnlyList<int> ids, int gold, int guess)
        {
            foreach (var id in ids)
            {
                var offset = id * tagCount;
                if (offset + tagCount > current.Length)
                {
                    var size = Math.Max(current.Length * 2, offset + tagCount);
                    Array.Resize(ref current, size);
                    Array.Resize(ref sums, size);
                }

                current[offset + gold]++;
                sums[offset + gold] += Step;
                current[offset + guess]--;
                sums[offset + guess] -= Step;
            }
        }

        public float[] Averaged(int featureCount, float prune)
        {
            var result = new float[featureCount * tagCount];
            for (var i = 0; i < result.Length && i < current.Length; i++)
            {
                var value = (float)(current[i] - ((double)sums[i] / Step));
                result[i] = Math.Abs(value) < prune ? 0 : value;
            }

            return result;
        }
    }
}
