using System.CommandLine;
using Mizan.Entities;
using Mizan.Entities.Conll;
using Mizan.Entities.Tagging;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval ner</c>: k-fold cross-validation of the entity tagger on a CoNLL file (contiguous folds by
/// sentence), entity-level precision, recall and F1 per type and overall by conlleval's rules, and tagging speed.
/// </summary>
internal sealed class EvalNerCommand : Command
{
    private readonly CliConsole console;
    private readonly NerTrainingInput input = new();
    private readonly Option<int> folds = new("--folds") { Description = "How many folds.", DefaultValueFactory = _ => 5 };
    private readonly Option<string?> output = new("--output") { Description = "Also write every token with its reference and predicted tags (TOKEN GOLD PREDICTED), for conlleval or error analysis." };
    private readonly Option<string?> test = new("--test")
    {
        Description = "Instead of folds, train once on all of --data and score this other tagged file (held-out data of another source; PER is read as PERS).",
    };

    private readonly Option<MiscellaneousPolicy> testMisc = new("--test-misc")
    {
        Description = "With --test: Outside (default) leaves the MIS/MISC class unscored on both sides (AQMAR's MIS is broader than ANERcorp's MISC); Misc scores it as MISC.",
        DefaultValueFactory = _ => MiscellaneousPolicy.Outside,
    };

    private readonly Option<int?> shuffle = new("--shuffle")
    {
        Description = "Shuffle the sentences with this seed before cutting the folds (sentences of one article then fall in different folds; for comparison with random-split figures only).",
    };

    public EvalNerCommand(CliConsole console)
        : base("ner", "Cross-validate the entity tagger on a CoNLL file: precision, recall and F1 per type (conlleval rules), sentences/s.")
    {
        this.console = console;
        input.AddTo(this);
        Options.Add(folds);
        Options.Add(shuffle);
        Options.Add(output);
        Options.Add(test);
        Options.Add(testMisc);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        if (input.Read(parse, console, "eval ner") is not { } read)
        {
            return ExitCodes.Failed;
        }

        var (path, document) = read;
        if (input.ReadExtra(parse, console, "eval ner") is not { } extra)
        {
            return ExitCodes.Failed;
        }

        var testPath = parse.GetValue(test);
        var k = parse.GetValue(folds);
        if (testPath is null && (k < 2 || k > document.Sentences.Count))
        {
            console.Error.WriteLine($"mizan eval ner: --folds must be between 2 and {document.Sentences.Count}.");
            return ExitCodes.UsageError;
        }

        if (input.Trainer(parse, console, "eval ner") is not { } trainer)
        {
            return ExitCodes.Failed;
        }

        if (testPath is not null)
        {
            return RunHeldOut(parse, testPath, path, document, extra.Sentences, trainer);
        }

        var options = input.Options(parse);
        var sentences = document.Sentences;
        if (parse.GetValue(shuffle) is { } shuffleSeed)
        {
            var shuffled = sentences.ToArray();
            new Random(shuffleSeed).Shuffle(shuffled);
            sentences = shuffled;
        }

        console.Error.WriteLine($"{path}: {sentences.Count:N0} sentences, {document.TokenCount:N0} tokens; {k} folds{(sentences == document.Sentences ? string.Empty : ", shuffled")}, {options}{extra.Note}{NerTrainingInput.FeatureNote(trainer)}");
        var result = CrossValidation.Run(sentences, k, options, trainer, console.Error.WriteLine, extra.Sentences);
        WriteScores(result.Scores);

        if (parse.GetValue(output) is { } outputPath)
        {
            using var writer = new StreamWriter(outputPath);
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                for (var i = 0; i < sentence.Tokens.Count; i++)
                {
                    writer.Write($"{sentence.Tokens[i]} {sentence.Tags![i]} {result.Predictions[s][i]}\n");
                }

                writer.Write('\n');
            }
        }

        console.Out.WriteLine($"tagging: {result.Sentences:N0} sentences ({result.Tokens:N0} tokens) in {result.TaggingTime.TotalSeconds:N2} s, {result.SentencesPerSecond:N0} sentences/s, one thread; {result.TaggingProcessorTime.TotalSeconds:N2} s of processor time, {result.SentencesPerProcessorSecond:N0} sentences per processor second");
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>--test FILE</c>: one model trained on all of the --data file (and --extra), scored on another tagged file in
    /// its order; with <see cref="MiscellaneousPolicy.Outside"/> the test file's MIS/MISC and the model's MISC are both
    /// read as O, as the two corpora do not mean the same by it.
    /// </summary>
    private int RunHeldOut(ParseResult parse, string testPath, string dataPath, ConllDocument data, IReadOnlyList<ConllSentence> extra, PerceptronTrainer trainer)
    {
        if (!File.Exists(testPath))
        {
            console.Error.WriteLine($"mizan eval ner: test file '{testPath}' not found.");
            return ExitCodes.Failed;
        }

        var policy = parse.GetValue(testMisc);
        if (policy == MiscellaneousPolicy.DropSentence)
        {
            console.Error.WriteLine("mizan eval ner: --test-misc takes Outside or Misc.");
            return ExitCodes.UsageError;
        }

        var heldOut = ExtraTrainingData.ToAnercorpTypes(ConllFormat.ReadFile(testPath, withTags: true).Sentences, policy);
        var options = input.Options(parse);
        console.Error.WriteLine($"training on {dataPath} ({data.Sentences.Count:N0} sentences{(extra.Count > 0 ? $", plus {extra.Count:N0} extra" : string.Empty)}), {options}{NerTrainingInput.FeatureNote(trainer)}; testing on {testPath} ({heldOut.Count:N0} sentences, MIS/MISC {policy})");
        var model = trainer.Train([.. data.Sentences, .. extra], options, "held-out test", console.Error.WriteLine);
        var predictions = model.TagDocument([.. heldOut.Select(s => s.Tokens)]);
        var scores = new EntityScorer();
        for (var s = 0; s < heldOut.Count; s++)
        {
            var predicted = policy == MiscellaneousPolicy.Outside ? predictions[s].Select(t => t.EndsWith("-MISC", StringComparison.Ordinal) ? "O" : t).ToArray() : [.. predictions[s]];
            scores.Add(heldOut[s].Tags!, predicted);
        }

        WriteScores(scores);
        return ExitCodes.Success;
    }

    private void WriteScores(EntityScorer scores)
    {
        console.Out.WriteLine($"{"type",-8} {"precision",9} {"recall",7} {"F1",6} {"correct",8} {"found",6} {"gold",6}");
        foreach (var score in scores.ByType().Append(scores.Overall()))
        {
            console.Out.WriteLine($"{score.Type,-8} {score.Precision,9:N2} {score.Recall,7:N2} {score.F1,6:N2} {score.Correct,8} {score.Predicted,6} {score.Gold,6}");
        }
    }
}
