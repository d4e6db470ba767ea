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

        var k = parse.GetValue(folds);
        if (k < 2 || k > document.Sentences.Count)
        {
            console.Error.WriteLine($"mizan eval ner: --folds must be between 2 and {document.Sentences.Count}.");
            return ExitCodes.UsageError;
        }

        var options = input.Options(parse);
        var sentences = document.Sentences;
        if (parse.GetValue(shuffle) is { } shuffleSeed)
        {
            var shuffled = sentences.ToArray();
            new Random(shuffleSeed).Shuffle(shuffled);
            sentences = shuffled;
        }

        console.Error.WriteLine($"{path}: {sentences.Count:N0} sentences, {document.TokenCount:N0} tokens; {k} folds{(sentences == document.Sentences ? string.Empty : ", shuffled")}, {options}{extra.Note}{(input.Trainer(parse).Extractor.UsesGazetteers ? string.Empty : "; without the shared gazetteers")}");
        var result = CrossValidation.Run(sentences, k, options, input.Trainer(parse), console.Error.WriteLine, extra.Sentences);
        console.Out.WriteLine($"{"type",-8} {"precision",9} {"recall",7} {"F1",6} {"correct",8} {"found",6} {"gold",6}");
        foreach (var score in result.Scores.ByType().Append(result.Scores.Overall()))
        {
            console.Out.WriteLine($"{score.Type,-8} {score.Precision,9:N2} {score.Recall,7:N2} {score.F1,6:N2} {score.Correct,8} {score.Predicted,6} {score.Gold,6}");
        }

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
}
