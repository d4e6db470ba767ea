using System.CommandLine;
using System.Diagnostics;
using Mizan.Entities.Conll;
using Mizan.Entities.Tagging;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan ner train --data ../shared/data/anercorp/train.txt --out src/Mizan.Entities/Models/ner-anercorp.bin
/// --seed 1</c>: trains the entity tagger; the same data, options and seed give the same file bytes.
/// </summary>
internal sealed class NerTrainCommand : Command
{
    private readonly CliConsole console;
    private readonly Option<string> data = new("--data")
    {
        Description = "The tagged CoNLL file (TOKEN TAG per line, IOB2).",
        DefaultValueFactory = _ => "../shared/data/anercorp/train.txt",
    };

    private readonly Option<string> output = new("--out") { Description = "Where to write the model.", Required = true };
    private readonly Option<int> seed = new("--seed") { Description = "The shuffling seed.", DefaultValueFactory = _ => 1 };
    private readonly Option<int> epochs = new("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => new TrainingOptions().Epochs };
    private readonly Option<float> prune = new("--prune") { Description = "Averaged weights smaller than this are dropped.", DefaultValueFactory = _ => new TrainingOptions().Prune };
    private readonly Option<double> dropout = new("--dropout") { Description = "The share of training tokens seen without their own word forms in each pass.", DefaultValueFactory = _ => new TrainingOptions().WordDropout };

    public NerTrainCommand(CliConsole console)
        : base("train", "Train the entity tagger on a CoNLL file and write the model.")
    {
        this.console = console;
        Options.Add(data);
        Options.Add(output);
        Options.Add(seed);
        Options.Add(epochs);
        Options.Add(prune);
        Options.Add(dropout);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var path = parse.GetValue(data)!;
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"mizan ner train: data file '{path}' not found.");
            return ExitCodes.Failed;
        }

        var document = ConllFormat.ReadFile(path, withTags: true);
        // The reader's repairs are listed briefly: ANERcorp has a few dozen I- tags that continue nothing.
        foreach (var warning in document.Warnings.Take(3))
        {
            console.Error.WriteLine($"{path}: {warning}");
        }

        if (document.Warnings.Count > 3)
        {
            console.Error.WriteLine($"{path}: {document.Warnings.Count} repairs in all");
        }

        var options = new TrainingOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(prune)) { WordDropout = parse.GetValue(dropout) };
        var description = $"trained on {Path.GetFileName(path)} ({document.Sentences.Count} sentences, {document.TokenCount} tokens); epochs {options.Epochs}, seed {options.Seed}, prune {options.Prune}, word dropout {options.WordDropout}, window {options.Window}";
        var clock = Stopwatch.StartNew();
        var model = PerceptronTrainer.Default.Train(document.Sentences, options, description, console.Error.WriteLine);
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
