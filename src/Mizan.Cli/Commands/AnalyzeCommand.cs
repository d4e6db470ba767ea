using System.CommandLine;
using System.Text.Json;
using Mizan.Analysis;
using Mizan.Core.Articles;
using Mizan.Core.Json;
using Mizan.Storage;
using Mizan.Ingest.Cleaning;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan analyze PATH... [--json]</c> analyses files and folders in any format Mizan reads; <c>mizan analyze
/// --jsonl</c> reads JSON lines <c>{id, text, published?, outlet?, url?, title?}</c> on standard input and writes one
/// analysis per line, in order. Each analysis carries the cleaned text its offsets point into and the list of what
/// cleaning removed from the raw text.
/// </summary>
internal sealed class AnalyzeCommand : Command
{
    private readonly CliConsole console;
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files and folders to analyse: .txt (a NAME.meta.json sidecar adds outlet and date), .html, .json, .jsonl, RSS/Atom, .warc, .zip/.gz.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> json = new("--json") { Description = "Print one indented JSON object per file." };
    private readonly Option<string?> database = new("--db") { Description = "Analyse the stored articles of this store that have no analysis of the current model version, and store the analyses." };
    private readonly Option<bool> jsonl = new("--jsonl") { Description = "JSON Lines: read from standard input when no file is named; write one analysis per line." };

    public AnalyzeCommand(CliConsole console)
        : base("analyze", "Analyse Arabic text: sentences, tokens, normalized forms, stems and clitics.")
    {
        this.console = console;
        Arguments.Add(paths);
        Options.Add(json);
        Options.Add(jsonl);
        Options.Add(database);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var files = parse.GetValue(paths) ?? [];
        var asJsonl = parse.GetValue(jsonl);
        if (parse.GetValue(database) is { } location)
        {
            return files.Length == 0 ? RunStore(location) : Usage("name files, or a store with --db, not both.");
        }

        if (files.Length == 0 && !asJsonl)
        {
            console.Error.WriteLine("mizan analyze: name a file, or use --jsonl to read JSON lines from standard input.");
            return ExitCodes.UsageError;
        }

        return files.Length == 0 ? RunJsonLines() : RunFiles(files, asJsonl ? MizanJson.Compact : parse.GetValue(json) ? MizanJson.Indented : null);
    }

    private int RunFiles(string[] files, JsonSerializerOptions? format)
    {
        var batch = ArticleBatch.Read(files, console, "analyze");
        if (batch.Articles.Count == 0 && batch.Skipped == 0)
        {
            return ArticleBatch.NothingFound(console, "analyze", files);
        }

        foreach (var (article, cleaned, _) in batch.Articles)
        {
            var analysis = TextAnalyzer.Default.Analyze(cleaned.Text, TextAnalyzer.ReferenceDate(article.Published));
            var document = AnalysisDocument.From(article, analysis, cleaned.Removed);
            if (format is null)
            {
                AnalysisReport.Write(document, console.Out);
            }
            else
            {
                console.Out.WriteLine(JsonSerializer.Serialize(document, format));
            }
        }

        return batch.Skipped == 0 ? ExitCodes.Success : batch.Articles.Count == 0 ? ExitCodes.Failed : ExitCodes.SomeInputsSkipped;
    }

    private int Usage(string message)
    {
        console.Error.WriteLine($"mizan analyze: {message}");
        return ExitCodes.UsageError;
    }

    /// <summary>
    /// Analyses the stored articles that lack an analysis of <see cref="TextAnalyzer.ModelVersion"/>, a batch at a time
    /// on every core, from their stored cleaned text (the sources are not read again), and stores each batch.
    /// </summary>
    private int RunStore(string location)
    {
        // A batch of 256 keeps every core busy and commits every few seconds.
        const int BatchSize = 256;
        try
        {
            // Analysing a store only reads and adds to it: a store that is not there is named, never created empty.
            using var store = StoreLocation.OpenExisting(location);
            var version = TextAnalyzer.ModelVersion;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var done = 0;
            while (store.Unanalysed(version, BatchSize) is { Count: > 0 } ids)
            {
                var articles = ids.Select(store.Find).OfType<StoredArticle>().ToList();
                var analyses = new StoredAnalysis[articles.Count];
                Parallel.For(0, articles.Count, i =>
                {
                    var a = articles[i];
                    var input = new ArticleInput(a.Id, a.RawText, a.Source, a.Outlet, a.Published, a.Url, a.Title, a.PublishedInferred);
                    var document = AnalysisDocument.From(input, TextAnalyzer.Default.Analyze(a.Text, TextAnalyzer.ReferenceDate(a.Published)), a.Removed);
                    analyses[i] = new StoredAnalysis(a.Id, version, document.ToStoredJson());
                });
                if (analyses.Length == 0)
                {
                    break;
                }

                store.SaveAnalyses(analyses);
                done += analyses.Length;
            }

            console.Error.WriteLine($"mizan analyze: analysed and stored {done:N0} article(s) with {version} in {clock.Elapsed.TotalSeconds:N1} s.");
            return ExitCodes.Success;
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"mizan analyze: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private int RunJsonLines()
    {
        var lineNumber = 0;
        var skipped = 0;
        while (console.In.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = JsonLineInput.Parse(line, lineNumber);
            if (parsed.Article is null)
            {
                skipped++;
                console.Error.WriteLine($"mizan analyze: skipped standard input line {lineNumber}: {parsed.Error}");
                console.Out.WriteLine(JsonSerializer.Serialize(new AnalysisError(parsed.Id, lineNumber, parsed.Error ?? "unreadable"), MizanJson.Compact));
                continue;
            }

            // A stream is cleaned line by line with the general rules: nothing can be learned across lines not yet read.
            var cleaned = BoilerplateCleaner.Default.Clean(parsed.Article.Text, parsed.Article.Outlet);
            var analysis = TextAnalyzer.Default.Analyze(cleaned.Text, TextAnalyzer.ReferenceDate(parsed.Article.Published));
            var document = AnalysisDocument.From(parsed.Article, analysis, cleaned.Removed);
            console.Out.WriteLine(JsonSerializer.Serialize(document, MizanJson.Compact));
        }

        return skipped == 0 ? ExitCodes.Success : ExitCodes.SomeInputsSkipped;
    }
}
