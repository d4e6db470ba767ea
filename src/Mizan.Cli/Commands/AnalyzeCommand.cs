using System.CommandLine;
using System.Text.Json;
using Mizan.Core.Analysis;
using Mizan.Core.Articles;
using Mizan.Core.Json;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan analyze FILE... [--json]</c> analyses text files; <c>mizan analyze --jsonl</c> reads JSON lines
/// <c>{id, text, published?, outlet?, url?, title?}</c> on standard input and writes one analysis per line, in order.
/// </summary>
internal sealed class AnalyzeCommand : Command
{
    private readonly CliConsole console;
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Text files to analyse (UTF-8 or UTF-16; a NAME.meta.json sidecar adds outlet and date).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> json = new("--json") { Description = "Print one indented JSON object per file." };
    private readonly Option<bool> jsonl = new("--jsonl") { Description = "JSON Lines: read from standard input when no file is named; write one analysis per line." };

    public AnalyzeCommand(CliConsole console)
        : base("analyze", "Analyse Arabic text: sentences, tokens, normalized forms, stems and clitics.")
    {
        this.console = console;
        Arguments.Add(paths);
        Options.Add(json);
        Options.Add(jsonl);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var files = parse.GetValue(paths) ?? [];
        var asJsonl = parse.GetValue(jsonl);
        if (files.Length == 0 && !asJsonl)
        {
            console.Error.WriteLine("mizan analyze: name a file, or use --jsonl to read JSON lines from standard input.");
            return ExitCodes.UsageError;
        }

        return files.Length == 0 ? RunJsonLines() : RunFiles(files, asJsonl ? MizanJson.Compact : parse.GetValue(json) ? MizanJson.Indented : null);
    }

    private int RunFiles(string[] files, JsonSerializerOptions? format)
    {
        var skipped = 0;
        foreach (var file in files)
        {
            var read = TextFileReader.Read(file);
            if (read.Article is null)
            {
                console.Error.WriteLine($"mizan analyze: skipped {read.Error}");
                skipped++;
                continue;
            }

            var document = AnalysisDocument.From(read.Article, TextAnalyzer.Default.Analyze(read.Article.Text, TextAnalyzer.ReferenceDate(read.Article.Published)));
            if (format is null)
            {
                AnalysisReport.Write(document, console.Out);
            }
            else
            {
                console.Out.WriteLine(JsonSerializer.Serialize(document, format));
            }
        }

        return skipped == 0 ? ExitCodes.Success : skipped == files.Length ? ExitCodes.Failed : ExitCodes.SomeInputsSkipped;
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

            var document = AnalysisDocument.From(parsed.Article, TextAnalyzer.Default.Analyze(parsed.Article.Text, TextAnalyzer.ReferenceDate(parsed.Article.Published)));
            console.Out.WriteLine(JsonSerializer.Serialize(document, MizanJson.Compact));
        }

        return skipped == 0 ? ExitCodes.Success : ExitCodes.SomeInputsSkipped;
    }
}
