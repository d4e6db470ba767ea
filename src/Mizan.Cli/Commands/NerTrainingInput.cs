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
    private readonly Option<double> listDropout = new("--list-dropout") { Description = "The share of training tokens a gazetteer covers seen without their own word forms in each pass, when above --dropout.", DefaultValueFactory = _ => new TrainingOptions().ListDropout };
    private readonly Option<int> window = new Option<int>("--window") { Description = "How many sentences before and after a sentence its document context reaches.", DefaultValueFactory = _ => new TrainingOptions().Window }.NotNegative();

    private readonly Option<string[]> extra = new("--extra")
    {
        Description = "Another tagged CoNLL file added to the training side only (never to a test fold); PER is read as PERS. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    // DropSentence by default: with AQMAR added to 5 contiguous ANERcorp folds it gave 77.78 and 76.49 on the first two
    // folds where Outside gave 76.57 and 76.44 (Models/README.md); Misc was not measured (AQMAR's MIS is broader).
    private readonly Option<MiscellaneousPolicy> extraMisc = new("--extra-misc")
    {
        Description = "What the --extra files' MIS/MISC class becomes: Outside (O), Misc (MISC) or DropSentence (sentences holding it left out).",
        DefaultValueFactory = _ => MiscellaneousPolicy.DropSentence,
    };

    private readonly Option<bool> noGazetteers = new("--no-gazetteers") { Description = "Leave out the shared gazetteers' features (Gazetteers/ of Mizan.Entities.Data) and the organisation chains: the shipped model's feature set." };

    private readonly Option<string?> clusters = new("--clusters") { Description = "Word clusters written by 'mizan ner clusters', read as features (the model then carries them)." };

    private readonly Option<string?> unlabeled = new("--unlabeled")
    {
        Description = "Learn word clusters from the articles of this file or folder (any format 'mizan ingest' reads) with the defaults of 'mizan ner clusters', and read them as features.",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(data);
        command.Options.Add(seed);
        command.Options.Add(epochs);
        command.Options.Add(prune);
        command.Options.Add(dropout);
        command.Options.Add(window);
        command.Options.Add(listDropout);
        command.Options.Add(extra);
        command.Options.Add(extraMisc);
        command.Options.Add(noGazetteers);
        command.Options.Add(clusters);
        command.Options.Add(unlabeled);
    }

    /// <summary>
    /// The trainer with or without the shared gazetteers' features (--no-gazetteers), with the word clusters of
    /// --clusters or --unlabeled when given; null (the error written, naming the input) when they cannot be read.
    /// </summary>
    public PerceptronTrainer? Trainer(ParseResult parse, CliConsole console, string verb)
    {
        ArgumentNullException.ThrowIfNull(console);
        var extractor = parse.GetValue(noGazetteers) ? FeatureExtractor.WithoutGazetteers : FeatureExtractor.Default;
        var (file, text) = (parse.GetValue(clusters), parse.GetValue(unlabeled));
        if (file is not null && text is not null)
        {
            console.Error.WriteLine($"mizan {verb}: give --clusters or --unlabeled, not both.");
            return null;
        }

        if (file is not null)
        {
            if (NerClustersCommand.ReadClusters(file, console, verb) is not { } read)
            {
                return null;
            }

            extractor = extractor.WithClusters(read);
        }
        else if (text is not null)
        {
            if (NerClustersCommand.Learn(text, new ClusterOptions(), console, verb) is not { } learned)
            {
                return null;
            }

            extractor = extractor.WithClusters(learned);
        }

        return new PerceptronTrainer(extractor);
    }

    /// <summary>What a trainer's features leave out or add beyond the default, for the first line an evaluation prints.</summary>
    public static string FeatureNote(PerceptronTrainer trainer)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        var extractor = trainer.Extractor;
        return (extractor.UsesGazetteers ? string.Empty : "; without the shared gazetteers")
            + (extractor.Clusters.IsEmpty ? string.Empty : $"; word clusters: {extractor.Clusters}");
    }

    /// <summary>
    /// The --extra files' sentences in ANERcorp's types (see <see cref="ExtraTrainingData"/>) and a note of what was
    /// added, or null (the error written) when a file does not exist.
    /// </summary>
    public (IReadOnlyList<ConllSentence> Sentences, string Note)? ReadExtra(ParseResult parse, CliConsole console, string verb)
    {
        ArgumentNullException.ThrowIfNull(console);
        var sentences = new List<ConllSentence>();
        var notes = new List<string>();
        var policy = parse.GetValue(extraMisc);
        foreach (var path in parse.GetValue(extra) ?? [])
        {
            if (!File.Exists(path))
            {
                console.Error.WriteLine($"mizan {verb}: extra data file '{path}' not found.");
                return null;
            }

            var document = ConllFormat.ReadFile(path, withTags: true);
            var mapped = ExtraTrainingData.ToAnercorpTypes(document.Sentences, policy);
            sentences.AddRange(mapped);
            notes.Add($"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))}/{Path.GetFileName(path)} ({mapped.Count} sentences, {mapped.Sum(s => s.Tokens.Count)} tokens, MIS {policy})");
        }

        return (sentences, notes.Count == 0 ? string.Empty : "; plus " + string.Join(", ", notes));
    }

    public TrainingOptions Options(ParseResult parse) =>
        new(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(prune), parse.GetValue(window)) { WordDropout = parse.GetValue(dropout), ListDropout = parse.GetValue(listDropout) };

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
