using System.CommandLine;
using System.Text.Json;
using Mizan.Briefs;
using Mizan.Core.Analysis;
using Mizan.Core.Articles;
using Mizan.Core.Json;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;

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
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> json = new("--json") { Description = "Print the brief as JSON (the versioned contract)." };
    private readonly Option<bool> markdown = new("--markdown") { Description = "Print a readable Markdown report (the default)." };
    private readonly Option<string?> html = new("--html") { Description = "Also write the brief as one self-contained HTML page to this file." };
    private readonly Option<string?> database = new("--db") { Description = "The store (a SQLite file or postgres:// URL; default mizan.db or $MIZAN_DB). Named files are ingested into it first; with no files, the whole store is briefed and its stories and storylines are kept there." };
    private readonly Option<bool> noStore = new("--no-store") { Description = "Brief the named files without storing them anywhere." };

    public BriefCommand(CliConsole console)
        : base("brief", "Group articles into stories and print each story's brief: summary, quotes, outlets and their wording.")
    {
        this.console = console;
        Arguments.Add(paths);
        Options.Add(json);
        Options.Add(markdown);
        Options.Add(html);
        Options.Add(database);
        Options.Add(noStore);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var files = parse.GetValue(paths) ?? [];
        var location = parse.GetValue(database);
        var storeless = parse.GetValue(noStore);
        if (files.Length == 0 && (location is null || storeless))
        {
            console.Error.WriteLine("mizan brief: name article files or folders, or a store with --db.");
            return ExitCodes.UsageError;
        }

        IArticleStore? store = null;
        List<AnalyzedArticle> analysed;
        var skipped = 0;
        try
        {
            if (storeless)
            {
                var batch = ArticleBatch.Read(files, console, "brief");
                skipped = batch.Skipped;
                analysed = Analyse(batch.Articles.Select(a => (a.Article, a.Cleaned.Text, a.Cleaned.Removed, a.NearDuplicateOf)).ToList());
            }
            else
            {
                store = StoreLocation.Open(DatabaseOption.Resolve(location));
                if (files.Length == 0)
                {
                    analysed = FromStore(store, store.Articles());
                }
                else
                {
                    // Ingest if needed (what is stored already is found by id), then brief exactly these articles.
                    var items = ArticleSources.Read(files).ToList();
                    var counts = new Ingestor(store).Run(items, reason => console.Error.WriteLine($"mizan brief: skipped {reason}"));
                    skipped = counts.Skipped;
                    console.Error.WriteLine($"mizan brief: {counts.New:N0} new and {counts.Duplicate:N0} already stored article(s) in {store.Location}");
                    var ids = items.Where(i => i.Article is not null).Select(i => i.Article!.Article.Id).Distinct(StringComparer.Ordinal);
                    analysed = FromStore(store, ids.Select(store.Find).OfType<StoredArticle>());
                }
            }
        }
        catch (StoreException e)
        {
            store?.Dispose();
            console.Error.WriteLine($"mizan brief: {e.Message}");
            return ExitCodes.Failed;
        }

        using var owned = store;
        if (analysed.Count == 0)
        {
            console.Error.WriteLine("mizan brief: no article could be read.");
            return ExitCodes.Failed;
        }

        var brief = BriefBuilder.Build(analysed);
        if (store is not null && files.Length == 0)
        {
            store.SaveStories(
                brief.Stories.Select(b => new StoredStory(b.Id, b.Headline, b.ArticleIds, b.Outlets, b.Start, b.End, JsonSerializer.Serialize(b, MizanJson.Compact))).ToList(),
                brief.Storylines.Select(l => new StoredStoryline(l.Id, l.StoryIds)).ToList());
            console.Error.WriteLine($"mizan brief: stored {brief.Stories.Count} stories and {brief.Storylines.Count} storylines in {store.Location}");
        }

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

    /// <summary>The stored articles, with their cleaned text and removed list as ingest kept them.</summary>
    private static List<AnalyzedArticle> FromStore(IArticleStore store, IEnumerable<StoredArticle> articles) =>
        Analyse(articles.Select(a => (
            new Core.Articles.ArticleInput(a.Id, a.RawText, a.Source, a.Outlet, a.Published, a.Url, a.Title, a.PublishedInferred),
            a.Text, a.Removed, a.NearDuplicateOf)).ToList());

    /// <summary>Analyses the articles on every core (the analysis of one article is independent of the others), in their order.</summary>
    private static List<AnalyzedArticle> Analyse(List<(Core.Articles.ArticleInput Article, string Text, IReadOnlyList<Core.Articles.RemovedText> Removed, string? CopyOf)> articles)
    {
        var analysed = new AnalyzedArticle[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var (article, text, removed, copyOf) = articles[i];
            var analysis = TextAnalyzer.Default.Analyze(text, TextAnalyzer.ReferenceDate(article.Published));
            analysed[i] = new AnalyzedArticle(
                new BriefArticle(article.Id, article.Source, article.Outlet, article.Title, article.Published, article.PublishedInferred, analysis.Text, removed, copyOf),
                analysis);
        });
        return [.. analysed];
    }
}
