using System.Diagnostics;
using Mizan.Entities.Conll;

namespace Mizan.Entities.Tagging;

/// <summary>
/// The result of k-fold cross-validation: entity scores, and tagging speed over the held-out folds, by the clock and
/// by the processor time the process spent tagging (all its threads, so the garbage collector's work counts too): on
/// a machine other work keeps busy, the clock measures the sharing and the processor time still measures the tagger.
/// </summary>
public sealed record CrossValidationResult(EntityScorer Scores, int Sentences, int Tokens, TimeSpan TaggingTime, IReadOnlyList<IReadOnlyList<string>> Predictions)
{
    public double SentencesPerSecond => Sentences / TaggingTime.TotalSeconds;

    /// <summary>The processor time spent tagging the held-out folds.</summary>
    public TimeSpan TaggingProcessorTime { get; init; }

    public double SentencesPerProcessorSecond => Sentences / TaggingProcessorTime.TotalSeconds;
}

/// <summary>
/// k-fold cross-validation with contiguous folds by sentence (fold k holds sentences [k·n/K, (k+1)·n/K)), so
/// articles stay together as they do in the corpus: each fold is tagged by a model trained on the others, and the
/// entities are scored with conlleval's rules. Sentences of another corpus (<paramref name="extra"/> of
/// <see cref="Run"/>) join the training side of every fold and are never tagged or scored.
/// </summary>
public static class CrossValidation
{
    public static CrossValidationResult Run(IReadOnlyList<ConllSentence> sentences, int folds, TrainingOptions options, PerceptronTrainer trainer, Action<string>? progress = null, IReadOnlyList<ConllSentence>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(trainer);
        if (folds < 2 || folds > sentences.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"folds must be between 2 and the number of sentences ({sentences.Count})");
        }

        var scorer = new EntityScorer();
        var tagging = TimeSpan.Zero;
        var processor = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        var tokens = 0;
        var all = new List<IReadOnlyList<string>>(sentences.Count);
        for (var k = 0; k < folds; k++)
        {
            var from = (int)((long)k * sentences.Count / folds);
            var to = (int)((long)(k + 1) * sentences.Count / folds);
            var train = sentences.Take(from).Concat(sentences.Skip(to)).Concat(extra ?? []).ToList();
            var model = trainer.Train(train, options, $"fold {k + 1} of {folds}");
            process.Refresh();
            var processorBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var predictions = model.TagDocument(sentences.Skip(from).Take(to - from).Select(s => s.Tokens).ToList());

            clock.Stop();
            process.Refresh();
            processor += process.TotalProcessorTime - processorBefore;
            all.AddRange(predictions);
            tagging += clock.Elapsed;
            var foldScorer = new EntityScorer();
            for (var s = from; s < to; s++)
            {
                scorer.Add(sentences[s].Tags!, predictions[s - from]);
                foldScorer.Add(sentences[s].Tags!, predictions[s - from]);
                tokens += sentences[s].Tokens.Count;
            }

            progress?.Invoke($"fold {k + 1}/{folds}: sentences {from + 1}-{to}, F1 {foldScorer.Overall().F1:N2}, {model.FeatureCount:N0} features");
        }

        return new CrossValidationResult(scorer, sentences.Count, tokens, tagging, all) { TaggingProcessorTime = processor };
    }
}
