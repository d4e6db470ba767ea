using System.CommandLine;
using Mizan.Entities.Conll;
using Mizan.Entities.Tagging;

namespace Mizan.Cli.Commands;

/// <summary>
/// What <c>mizan ner train</c> and <c>mizan eval ner</c> share: the tagged CoNLL file and the training options
/// (--data, --seed, --epochs, --prune, --dropout), and reading that file with its repairs reported briefly.
/// </summary>
internal sealed class NerTrainingInput
{
    private readonly Option<string> data = new("--data")
    {
        Description = "The tagged CoNLL file (TOKEN TAG per line, IOB2).",
        DefaultValueFactory = _ => "../shared/data/anercorp/train.txt",
    };

    private readonly Option<int> seed = new("--seed") { Description = "The shuffling seed for training.", DefaultValueFactory = _ => new TrainingOptions().Seed };
    private readonly Option<int> epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new TrainingOptions().Epochs }.Positive();
    private readonly Option<float> prune = new("--prune") { Description = "Averaged weights smaller than this are dropped.", DefaultValueFactory = _ => new TrainingOptions().Prune };
    private readonly Option<double> dropout = new("--dropout") { Description = "The share of training tokens seen without their own word forms in each pass.", DefaultValueFactory = _ => new TrainingOptions().WordDropout };
    private readonly Option<int> window = new Option<int>("--window") { Description = "How many sentences before and after a sentence its document context reaches.", DefaultValueFactory = _ => new TrainingOptions().Window }.NotNegative();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(data);
        command.Options.Add(seed);
        command.Options.Add(epochs);
        command.Options.Add(prune);
        command.Options.Add(dropout);
        command.Options.Add(window);
    }

    public TrainingOptions Options(ParseResult parse) =>
        new(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(prune), parse.GetValue(window)) { WordDropout = parse.GetValue(dropout) };

    /// <summary>The --data file read with its tags, or null (the error written, naming it) when it does not exist.</summary>
    public (string Path, ConllDocument Document)? Read(ParseResult parse, CliConsole console, string verb)
    {
        ArgumentNullException.ThrowIfNull(console);
        var path = parse.GetValue(data)!;
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"mizan {verb}: data file '{path}' not found.");
            return null;
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

        return (path, document);
    }
}
