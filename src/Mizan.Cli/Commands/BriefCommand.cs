using System.CommandLine;
using System.Text;
using System.Text.Json;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Briefs.Rendering;
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
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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
    private readonly Option<bool> rebuild = new("--rebuild") { Description = "With --db and no files: analyse and group the whole store again even when its stored briefs are current." };

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
        Options.Add(rebuild);
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

        if (ArticleBatch.NoneExists(console, "brief", files) is { } missing)
        {
            return missing;
        }

        // Nothing to read creates no store: an empty folder is said so, as every verb says it.
        if (files.Length > 0 && !files.SelectMany(ArticleSources.Files).Any())
        {
            return ArticleBatch.NothingFound(console, "brief", files);
        }

        IArticleStore? store = null;
        var storePath = DatabaseOption.Resolve(location);
        var created = !storeless && files.Length > 0 && StoreLocation.IsNew(storePath);
        List<AnalyzedArticle> analysed;
        var skipped = 0;
        try
        {
            if (storeless)
            {
                var batch = ArticleBatch.Read(files, console, "brief");
                skipped = batch.Skipped;
                analysed = StoreBriefs.Analyse(batch.Articles
                    .Select(a => new BriefArticle(a.Article.Id, a.Article.Source, a.Article.Outlet, a.Article.Title, a.Article.Published, a.Article.PublishedInferred, a.Cleaned.Text, a.Cleaned.Removed, a.NearDuplicateOf))
                    .ToList());
            }
            else
            {
                // Briefing a store alone only reads it: a store that is not there is named, never created empty.
                store = files.Length == 0 ? StoreLocation.OpenExisting(storePath) : StoreLocation.Open(storePath);
                if (files.Length == 0)
                {
                    // Nothing new since the last brief of the store: its stored briefs are printed as they are. Otherwise
                    // only the new articles are analysed and grouped, and only the stories they touch briefed again.
                    using (store)
                    {
                        var current = parse.GetValue(rebuild) ? null : StoreBriefs.Current(store);
                        var report = current is null ? StoreBriefs.Update(store, parse.GetValue(rebuild)) : null;
                        current ??= StoreBriefs.Current(store);
                        if (current is null)
                        {
                            return ArticleBatch.NothingFound(console, "brief", [store.Location]);
                        }

                        WriteStored(parse, current);
                        console.Error.WriteLine(report is null
                            ? Summary(current.Articles, current.Stories, current.Storylines.Count, 0) + ": the stored briefs are current (--rebuild redoes them)."
                            : Summary(current.Articles, current.Stories, current.Storylines.Count, report.Analysed, report.Grouped) + $"; {report.Briefed} stories briefed{(report.FromScratch ? ", grouped from scratch" : string.Empty)}.");
                    }

                    return ExitCodes.Success;
                }
                else
                {
                    // Ingest if needed (what is stored already is found by id), then brief exactly these articles.
                    var items = ArticleSources.Read(files).ToList();
                    foreach (var warning in items.Select(i => i.Article?.Warning).OfType<string>())
                    {
                        console.Error.WriteLine($"mizan brief: warning: {warning}");
                    }

                    var counts = new Ingestor(store).Run(items, reason => console.Error.WriteLine($"mizan brief: skipped {reason}"));
                    skipped = counts.Skipped;
                    console.Error.WriteLine($"mizan brief: {counts.New:N0} new and {counts.Duplicate:N0} already stored article(s) in {store.Location}");
                    var ids = items.Where(i => i.Article is not null).Select(i => i.Article!.Article.Id).Distinct(StringComparer.Ordinal);
                    analysed = StoreBriefs.Analyse(ids.Select(store.Find).OfType<StoredArticle>().Select(StoreBriefs.FromStored).ToList());
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
            // A store this run made for inputs that held no readable article is removed: a failing command leaves nothing.
            if (created)
            {
                store?.Dispose();
                StoreLocation.Discard(storePath);
            }

            if (skipped == 0)
            {
                return ArticleBatch.NothingFound(console, "brief", files.Length > 0 ? files : [store?.Location ?? "the store"]);
            }

            console.Error.WriteLine("mizan brief: no article could be read.");
            return ExitCodes.Failed;
        }

        var brief = BriefBuilder.Build(analysed);

        WriteHtml(parse, () => brief);
        var asJson = parse.GetValue(json);
        console.WriteOut(output =>
        {
            if (asJson)
            {
                JsonSerializer.Serialize(output, brief, MizanJson.Indented);
                EndLine(output);
                return;
            }

            using var writer = new StreamWriter(output, Utf8, leaveOpen: true);
            MarkdownBriefWriter.Write(brief, writer);
        });
        console.Error.WriteLine(Summary(analysed.Count, brief.Stories.Count, brief.Storylines.Count, analysed.Count, analysed.Count) + ".");
        return skipped == 0 ? ExitCodes.Success : ExitCodes.SomeInputsSkipped;
    }

    /// <summary>The summary line's counts: what the brief holds, and what this run analysed and grouped to make it.</summary>
    private static string Summary(long articles, int stories, int storylines, long analysed, long grouped = 0) =>
        $"mizan brief: {articles} articles, {stories} stories, {storylines} storylines ({analysed} analysed, {grouped} grouped)";

    private void WriteStored(ParseResult parse, StoredBrief brief)
    {
        var asJson = parse.GetValue(json);
        WriteHtml(parse, () => brief.Document(withArticles: asJson));
        console.WriteOut(output =>
        {
            if (asJson)
            {
                brief.WriteJson(output);
                EndLine(output);
            }
            else
            {
                brief.WriteMarkdown(output);
            }
        });
    }

    private void WriteHtml(ParseResult parse, Func<BriefDocument> brief)
    {
        if (parse.GetValue(html) is { } page)
        {
            File.WriteAllText(page, BriefHtml.Render(brief()));
            console.Error.WriteLine($"mizan brief: wrote {page}");
        }
    }

    /// <summary>The new line that ends the JSON document, as <see cref="TextWriter.WriteLine(string)"/> ends it.</summary>
    private void EndLine(Stream output) => output.Write(Utf8.GetBytes(console.Out.NewLine));
}
