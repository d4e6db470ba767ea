using System.CommandLine;
using System.Text.Json;
using Mizan.Briefs;
using Mizan.Core.Analysis;
using Mizan.Core.Articles;
using Mizan.Core.Json;
using Mizan.Ingest.Cleaning;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan brief PATH... [--json | --markdown] [--html FILE]</c>: reads the articles (any format Mizan reads; folders
/// walked), removes their boilerplate, groups them into stories and storylines and prints the briefs, largest story first.
/// </summary>
internal sealed class BriefCommand : Command
{
    private readonly CliConsole console;
    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Article files or folders of them.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<bool> json = new("--json") { Description = "Print the brief as JSON (the versioned contract)." };
    private readonly Option<bool> markdown = new("--markdown") { Description = "Print a readable Markdown report (the default)." };
    private readonly Option<string?> html = new("--html") { Description = "Also write the brief as one self-contained HTML page to this file." };

    public BriefCommand(CliConsole console)
        : base("brief", "Group articles into stories and print each story's brief: summary, quotes, outlets and their wording.")
    {
        this.console = console;
        Arguments.Add(paths);
        Options.Add(json);
        Options.Add(markdown);
        Options.Add(html);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var batch = ArticleBatch.Read(parse.GetValue(paths) ?? [], console, "brief");
        var skipped = batch.Skipped;
        var analysed = new List<AnalyzedArticle>();
        foreach (var (article, cleaned, copyOf) in batch.Articles)
        {
            var analysis = TextAnalyzer.Default.Analyze(cleaned.Text, TextAnalyzer.ReferenceDate(article.Published));
            analysed.Add(new AnalyzedArticle(
                new BriefArticle(article.Id, article.Source, article.Outlet, article.Title, article.Published, article.PublishedInferred, analysis.Text, cleaned.Removed, copyOf),
                analysis));
        }

        if (analysed.Count == 0)
        {
            console.Error.WriteLine("mizan brief: no article could be read.");
            return ExitCodes.Failed;
        }

        var brief = BriefBuilder.Build(analysed);
        if (parse.GetValue(html) is { } page)
        {
            File.WriteAllText(page, BriefHtml.Render(brief));
            console.Error.WriteLine($"mizan brief: wrote {page}");
        }

        if (parse.GetValue(json))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(brief, MizanJson.Indented));
        }
        else
        {
            BriefMarkdown.Write(brief, console.Out);
        }

        console.Error.WriteLine($"mizan brief: {analysed.Count} articles, {brief.Stories.Count} stories, {brief.Storylines.Count} storylines.");
        return skipped == 0 ? ExitCodes.Success : ExitCodes.SomeInputsSkipped;
    }
}
