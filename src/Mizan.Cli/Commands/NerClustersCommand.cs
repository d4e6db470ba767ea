using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mizan.Entities;
using Mizan.Entities.Tagging;
using Mizan.Ingest.Sources;
using Mizan.Text.Tokenization;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan ner clusters --unlabeled PATH --out FILE</c>: learns word clusters from the articles of a collection (any
/// format ingest reads) for the tagger's features (<c>ner train --clusters FILE</c>, <c>eval ner --clusters FILE</c>).
/// The shipped model reads none: they are learned from what a user ingests, whose text need not be ours to ship.
/// </summary>
internal sealed class NerClustersCommand : Command
{
    private readonly CliConsole console;
    private readonly Option<string> unlabeled = new("--unlabeled") { Description = "The file or folder of articles to learn from.", Required = true };
    private readonly Option<string> output = new("--out") { Description = "Where to write the clusters (text: one word a line with its classes).", Required = true };
    private readonly Option<string> levels = new("--levels")
    {
        Description = "The number of classes of each clustering, comma-separated, coarsest first.",
        DefaultValueFactory = _ => string.Join(',', new ClusterOptions().Levels),
    };

    private readonly Option<int> minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no class.", DefaultValueFactory = _ => new ClusterOptions().MinCount }.Positive();
    private readonly Option<int> passes = new Option<int>("--passes") { Description = "Passes over the vocabulary for each clustering.", DefaultValueFactory = _ => new ClusterOptions().Passes }.Positive();

    public NerClustersCommand(CliConsole console)
        : base("clusters", "Learn word clusters from unlabeled articles, for the entity tagger's features.")
    {
        this.console = console;
        Options.Add(unlabeled);
        Options.Add(output);
        Options.Add(levels);
        Options.Add(minCount);
        Options.Add(passes);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var counts = new List<int>();
        foreach (var part in parse.GetValue(levels)!.Split(','))
        {
            if (!int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k < 2)
            {
                console.Error.WriteLine($"mizan ner clusters: --levels takes whole numbers of at least 2 separated by commas (e.g. 64,256,1024), not '{parse.GetValue(levels)}'.");
                return ExitCodes.UsageError;
            }

            counts.Add(k);
        }

        var options = new ClusterOptions { Levels = counts, MinCount = parse.GetValue(minCount), Passes = parse.GetValue(passes) };
        var path = parse.GetValue(unlabeled)!;
        if (Learn(path, options, console, "ner clusters") is not { } clusters)
        {
            return ExitCodes.Failed;
        }

        var outPath = parse.GetValue(output)!;
        try
        {
            using var writer = new StreamWriter(outPath);
            clusters.WriteText(writer, $"learned from {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)))} by {options}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"mizan ner clusters: cannot write '{outPath}': {e.Message}");
            return ExitCodes.Failed;
        }

        console.Error.WriteLine($"mizan ner clusters: {clusters} written to {outPath}");
        return ExitCodes.Success;
    }

    /// <summary>The clusters learned from the articles under <paramref name="path"/>, or null (the error written, naming it) when it holds none.</summary>
    public static WordClusters? Learn(string path, ClusterOptions options, CliConsole console, string verb)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            console.Error.WriteLine($"mizan {verb}: unlabeled text '{path}': {ArticleSources.Missing(path)}");
            return null;
        }

        var clock = Stopwatch.StartNew();
        var articles = 0;
        var texts = ArticleSources.Articles(path).Select(a =>
        {
            articles++;
            return Words(a.Text);
        });
        try
        {
            var clusters = ClusterLearner.Learn(texts, options, m => console.Error.WriteLine($"mizan {verb}: {m}"));
            console.Error.WriteLine($"mizan {verb}: {clusters} learned from {articles:N0} articles of {path} in {clock.Elapsed.TotalSeconds:N1} s");
            return clusters;
        }
        catch (ArgumentException e)
        {
            console.Error.WriteLine($"mizan {verb}: unlabeled text '{path}' ({articles:N0} articles): {e.Message}");
            return null;
        }
    }

    /// <summary>Reads a file <see cref="Run"/> wrote, or null (the error written, naming it).</summary>
    public static WordClusters? ReadClusters(string path, CliConsole console, string verb)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            using var reader = new StreamReader(path);
            return WordClusters.ReadText(reader, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            console.Error.WriteLine($"mizan {verb}: cannot read the word clusters '{path}': {e.Message}");
            return null;
        }
    }

    /// <summary>A text's words as the tagger reads them: the tokenizer's tokens in the matching normalization.</summary>
    private static IEnumerable<string> Words(string text) => Tokenizer.Tokenize(text).Select(t => Lexicon.Key(text.AsSpan(t.Start, t.Length)));
}
