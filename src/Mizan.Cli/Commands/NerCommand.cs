using System.CommandLine;
using System.Text;
using Mizan.Entities;
using Mizan.Entities.Conll;
using Mizan.Entities.Tagging;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan ner --conll IN</c> tags a one-token-per-line file (anything after a line's last space is ignored) and
/// writes <c>TOKEN TAG</c> lines in IOB2, in the same order, with the same sentence breaks; <c>mizan ner FILE</c>
/// lists the entities of a text file with their spans and roles; <c>mizan ner train</c> rebuilds the model.
/// </summary>
internal sealed class NerCommand : Command
{
    private readonly CliConsole console;
    private readonly Argument<string?> file = new("file") { Description = "A text file whose entities to list.", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string?> conll = new("--conll") { Description = "Tag this one-token-per-line file ('-' for standard input) and write TOKEN TAG lines." };
    private readonly Option<string?> model = new("--model") { Description = "Use this model file instead of the shipped one." };

    public NerCommand(CliConsole console)
        : base("ner", "Named entities: tag a CoNLL token file, list the entities of a text, or train the model.")
    {
        this.console = console;
        Arguments.Add(file);
        Options.Add(conll);
        Options.Add(model);
        Subcommands.Add(new NerTrainCommand(console));
        Subcommands.Add(new NerClustersCommand(console));
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var conllPath = parse.GetValue(conll);
        var textPath = parse.GetValue(file);
        if ((conllPath is null) == (textPath is null))
        {
            console.Error.WriteLine("mizan ner: give either --conll FILE or a text file.");
            return ExitCodes.UsageError;
        }

        NerModel tagger;
        try
        {
            tagger = parse.GetValue(model) is { } modelPath ? LoadModel(modelPath) : EntityRecognizer.Default.Model;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or InvalidOperationException)
        {
            console.Error.WriteLine($"mizan ner: {e.Message}");
            return ExitCodes.Failed;
        }

        return conllPath is not null ? TagConll(conllPath, tagger) : ListEntities(textPath!, tagger);
    }

    private static NerModel LoadModel(string path)
    {
        using var stream = File.OpenRead(path);
        return NerModel.Load(stream, path);
    }

    private int TagConll(string path, NerModel tagger)
    {
        ConllDocument document;
        if (path == "-")
        {
            document = ConllFormat.Read(console.In, withTags: false);
        }
        else if (!File.Exists(path))
        {
            console.Error.WriteLine($"mizan ner: '{path}' not found.");
            return ExitCodes.Failed;
        }
        else
        {
            document = ConllFormat.ReadFile(path, withTags: false);
        }

        var tags = tagger.TagDocument(document.Sentences.Select(s => s.Tokens).ToList());
        ConllFormat.Write(console.Out, document.Sentences.Select((s, i) => (s.Tokens, tags[i])));
        console.Error.WriteLine($"mizan ner: tagged {document.Sentences.Count:N0} sentences, {document.TokenCount:N0} tokens");
        return ExitCodes.Success;
    }

    private int ListEntities(string path, NerModel tagger)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"mizan ner: '{path}' not found.");
            return ExitCodes.Failed;
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        var recognizer = new EntityRecognizer(tagger, RoleFinder.Default);
        foreach (var mention in recognizer.Recognize(text))
        {
            var role = mention.Role is null ? string.Empty : $"\trole [{mention.RoleStart}, {mention.RoleEnd}) {mention.Role}";
            console.Out.WriteLine($"{mention.Type}\t[{mention.Start}, {mention.End})\t{mention.Text}{role}");
        }

        return ExitCodes.Success;
    }
}
