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

    /// <summary>
    /// The share of training tokens, drawn anew each pass, that are seen without their own word forms (word
    /// dropout). Most missed entities hold a word the training data never had; 0.1 raised the cross-validated F1 by
    /// about 2.9 points, and 0.05 and 0.25 gave within 0.1 of it (Models/README.md).
    /// </summary>
    public double WordDropout { get; init; } = 0.1;

    /// <summary>
    /// The share of training tokens that a gazetteer covers (a list label of <see cref="FeatureExtractor.IsListMatch"/>)
    /// seen without their own word forms in each pass, when it is above <see cref="WordDropout"/>: the words the lists know
    /// are also the words training has seen, so without it the word's own weights explain them and the list features
    /// learn little. Measured by 5 contiguous folds of ANERcorp, seed 1, with the lists' features (Models/README.md):
    /// 0.1 (as the word dropout) 76.64, 0.3 76.73, 0.5 76.67, differences within the spread between seeds; 0.5 was
    /// kept because the organisation chains (oc=) were measured with it and that model found more seed mentions.
    /// </summary>
    public double ListDropout { get; init; } = 0.5;
}

/// <summary>
/// Trains <see cref="NerModel"/>: the first tagger on all the data; the second on the same data with the document
/// context of the first tagger's tags, where those tags come from models trained without the part they tag (the
/// data cut into <see cref="TrainingOptions.StackingParts"/> contiguous parts), so the second tagger learns how far
/// to trust the first on unseen text.
/// </summary>
public sealed class PerceptronTrainer(FeatureExtractor extractor)
{
    private static readonly Lazy<PerceptronTrainer> DefaultInstance = new(() => new(FeatureExtractor.Default));

    /// <summary>The trainer with every feature: the shared gazetteers and the organisation chains included.</summary>
    public static PerceptronTrainer Default => DefaultInstance.Value;

    /// <summary>The features this trainer's models are trained and tagged with.</summary>
    public FeatureExtractor Extractor => extractor;

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
/// Trains one <see cref="LinearTagger"/> as a structured averaged perceptron (Collins 2002): in a shuffled order of
/// sentences (a fixed seed, so the same data give the same model bytes), the tagger decodes the whole sentence with
/// its current weights (<see cref="SequenceDecoder"/>, as tagging will); when the best path is not the gold one, the
/// gold path's features rise by one and the predicted path's fall by one. The final weights are the average over
/// every sentence step (kept exactly with integer counts), and averaged weights smaller than
/// <see cref="TrainingOptions.Prune"/> in magnitude are dropped to keep the file small.
/// </summary>
internal static class LinearTrainer
{
    /// <summary>True when both paths give token <paramref name="i"/> the same tag and the same two tags before it.</summary>
    private static bool SameHistory(int[] gold, int[] predicted, int i)
    {
        for (var k = Math.Max(0, i - 2); k <= i; k++)
        {
            if (gold[k] != predicted[k])
            {
                return false;
            }
        }

        return true;
    }

    public static LinearTagger Train(IReadOnlyList<IReadOnlyList<string>[]> sentenceFeatures, IReadOnlyList<IReadOnlyList<string>> goldTags, TrainingOptions options)
    {
        var tags = Iob.Tags;
        var tagCount = tags.Count;
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var state = new State(tagCount);

        // Static features are indexed once; history features as they appear.
        var data = new List<(int[][] Static, int[][] Unlexical, IReadOnlyList<string>[] Names, int[] Gold, bool[] Listed)>(sentenceFeatures.Count);
        for (var s = 0; s < sentenceFeatures.Count; s++)
        {
            var extracted = sentenceFeatures[s];
            var ids = extracted.Select(f => f.Select(Index).ToArray()).ToArray();
            var unlexical = extracted.Select(f => f.Where(n => !FeatureExtractor.IsLexical(n)).Select(Index).ToArray()).ToArray();
            var gold = goldTags[s].Select(t => tagIndex.TryGetValue(t, out var i) ? i : 0).ToArray();
            var listed = extracted.Select(f => f.Any(FeatureExtractor.IsListMatch)).ToArray();
            data.Add((ids, unlexical, extracted, gold, listed));
        }

        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(options.Seed);
        var allowed = LinearTagger.Transitions(tags);
        var names = Enumerable.Range(0, tagCount + 1).Select(t => t == tagCount ? FeatureExtractor.Start : tags[t]).ToArray();
        var history = new List<string>(3);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var (all, unlexical, extracted, gold, listed) = data[s];

                // Word dropout: some tokens are seen without their own word forms this time, so the weights learn
                // to read a name from its letters and context as they must for a word never seen in training.
                var ids = new int[all.Length][];
                for (var i = 0; i < ids.Length; i++)
                {
                    var rate = listed[i] ? Math.Max(options.ListDropout, options.WordDropout) : options.WordDropout;
                    ids[i] = rate > 0 && random.NextDouble() < rate ? unlexical[i] : all[i];
                }

                var predicted = SequenceDecoder.Decode(state.Scores(ids, extracted, names, Known), allowed);
                state.Step++;

                // Where the two paths differ (the tag, or the two before it that the history features read), the
                // gold path's features rise by one for its tag and the predicted path's fall by one for its tag.
                for (var i = 0; i < gold.Length; i++)
                {
                    if (SameHistory(gold, predicted, i))
                    {
                        continue;
                    }

                    if (gold[i] != predicted[i])
                    {
                        state.Update(ids[i], gold[i], +1);
                        state.Update(ids[i], predicted[i], -1);
                    }

                    state.Update(HistoryIds(gold, i), gold[i], +1);
                    state.Update(HistoryIds(predicted, i), predicted[i], -1);
                }

                List<int> HistoryIds(int[] path, int i)
                {
                    history.Clear();
                    FeatureExtractor.AddHistory(history, names[i > 0 ? path[i - 1] : tagCount], names[i > 1 ? path[i - 2] : tagCount], extracted[i]);
                    return history.Select(Index).ToList();
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

        int Known(string name) => features.TryGetValue(name, out var id) ? id : -1;

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

        /// <summary>The sentence's scores under the current weights, history features looked up without adding them.</summary>
        public SequenceScores Scores(int[][] ids, IReadOnlyList<string>[] extracted, string[] names, Func<string, int> known)
        {
            var scores = new SequenceScores(ids.Length, tagCount, SequenceScores.HistoryWeights(names, known, Add));
            for (var i = 0; i < ids.Length; i++)
            {
                var emission = scores.EmissionOf(i);
                foreach (var id in ids[i])
                {
                    Add(id, emission);
                }

                var word = FeatureExtractor.NormalizedWord(extracted[i]);
                for (var p = 0; p <= tagCount; p++)
                {
                    Add(known(FeatureExtractor.PreviousTagAndWordFeature(names[p], word)), scores.WordPreviousOf(i, p));
                }
            }

            return scores;
        }

        public void Update(IReadOnlyList<int> ids, int tag, int delta)
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

                current[offset + tag] += delta;
                sums[offset + tag] += delta * Step;
            }
        }

        private void Add(int id, Span<double> scores)
        {
            var offset = id * tagCount;
            if (id < 0 || offset >= current.Length)
            {
                return;
            }

            for (var t = 0; t < tagCount; t++)
            {
                scores[t] += current[offset + t];
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
