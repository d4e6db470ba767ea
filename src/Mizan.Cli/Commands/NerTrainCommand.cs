using System.CommandLine;
using System.Diagnostics;
using Mizan.Entities.Conll;
using Mizan.Entities.Tagging;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan ner train --data ../shared/data/anercorp/train.txt --out src/Mizan.Entities.Data/Models/ner-anercorp.bin
/// --seed 1</c>: trains the entity tagger; the same data, options and seed give the same file bytes.
/// </summary>
internal sealed class NerTrainCommand : Command
{
    private readonly CliConsole console;
    private readonly NerTrainingInput input = new();
    private readonly Option<string> output = new("--out") { Description = "Where to write the model.", Required = true };

    public NerTrainCommand(CliConsole console)
        : base("train", "Train the entity tagger on a CoNLL file and write the model.")
    {
        this.console = console;
        input.AddTo(this);
        Options.Add(output);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        if (input.Read(parse, console, "ner train") is not { } read)
        {
            return ExitCodes.Failed;
        }

        var (path, document) = read;
        if (input.ReadExtra(parse, console, "ner train") is not { } extra)
        {
            return ExitCodes.Failed;
        }

        var options = input.Options(parse);
        if (input.Trainer(parse, console, "ner train") is not { } trainer)
        {
            return ExitCodes.Failed;
        }

        // The description names what was used: the shared gazetteers, and the list dropout only where it differs from
        // the word dropout, so the shipped model's command (--no-gazetteers --list-dropout 0.1) gives its bytes.
        var lists = (trainer.Extractor.UsesGazetteers ? ", with the shared gazetteers" : string.Empty)
            + (trainer.Extractor.Clusters.IsEmpty ? string.Empty : $", with word clusters ({trainer.Extractor.Clusters})");
        var listDropout = trainer.Extractor.UsesGazetteers || options.ListDropout > options.WordDropout ? $", list dropout {options.ListDropout}" : string.Empty;
        var description = $"trained on {Path.GetFileName(path)} ({document.Sentences.Count} sentences, {document.TokenCount} tokens){extra.Note}{lists}; epochs {options.Epochs}, seed {options.Seed}, prune {options.Prune}, word dropout {options.WordDropout}{listDropout}, window {options.Window}";
        var clock = Stopwatch.StartNew();
        var model = trainer.Train([.. document.Sentences, .. extra.Sentences], options, description, console.Error.WriteLine);
        var outPath = parse.GetValue(output)!;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using var stream = File.Create(outPath);
            model.Save(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"mizan ner train: cannot write '{outPath}': {e.Message}");
            return ExitCodes.Failed;
        }

        console.Error.WriteLine($"mizan ner train: {description}; {model.FeatureCount:N0} features, {new FileInfo(outPath).Length:N0} bytes written to {outPath} in {clock.Elapsed.TotalSeconds:N1} s");
        return ExitCodes.Success;
    }
}
