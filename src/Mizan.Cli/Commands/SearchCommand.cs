using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Core.Json;
using Mizan.Storage;
using Mizan.Storage.Search;
using Mizan.Stories;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan search QUERY... [--outlet X] [--from D] [--to D] [--entity NAME] [--by-story] [--json]</c>: Arabic-aware
/// search of the store (stems under the matching normalization, so الاعرجي finds الأعرجي and التحالف finds
/// للتحالف), with "phrases", OR and a trailing * for prefixes; ranked hits with their snippet, matching words marked.
/// </summary>
internal sealed class SearchCommand : Command
{
    private const int DefaultLimit = 20;

    private readonly CliConsole console;
    private readonly Argument<string[]> words = new("query") { Description = "The words to search for; \"quoted phrases\", OR, and word* for a prefix.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string?> outlet = new("--outlet") { Description = "Only articles of this outlet." };
    private readonly Option<string?> from = new Option<string?>("--from") { Description = "Only articles published on or after this date (yyyy-MM-dd)." }.Dates();
    private readonly Option<string?> to = new Option<string?>("--to") { Description = "Only articles published on or before this date (yyyy-MM-dd)." }.Dates();
    private readonly Option<string?> entity = new("--entity") { Description = "Only articles that name this person, place or organization (matched as a phrase, Arabic-aware)." };
    private readonly Option<int> limit = new Option<int>("--limit") { Description = $"How many hits at most (default {DefaultLimit}).", DefaultValueFactory = _ => DefaultLimit }.Positive();
    private readonly Option<bool> byStory = new("--by-story") { Description = "Group the hits by story." };
    private readonly Option<bool> json = new("--json") { Description = "Print the hits as JSON." };
    private readonly Option<string?> database = DatabaseOption.Create();

    public SearchCommand(CliConsole console)
        : base("search", "Search the stored articles, Arabic-aware, with ranked hits and highlighted snippets.")
    {
        this.console = console;
        Arguments.Add(words);
        foreach (var option in new Option[] { outlet, from, to, entity, limit, byStory, json, database })
        {
            Options.Add(option);
        }

        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var (fromDate, toDate) = (Date(parse.GetValue(from)), Date(parse.GetValue(to)));
        var query = string.Join(' ', parse.GetValue(words) ?? []);
        if (parse.GetValue(entity) is { Length: > 0 } name)
        {
            // The entity is one more clause: its name as a phrase, under the same normalization as every word.
            query += " \"" + name.Replace("\"", " ", StringComparison.Ordinal) + "\"";
        }

        var count = parse.GetValue(limit);
        if (DatabaseOption.Open(console, "search", DatabaseOption.Resolve(parse.GetValue(database)), existing: true) is not { } store)
        {
            return ExitCodes.Failed;
        }

        using (store)
        {
            var results = ArticleSearch.Run(store, query, new SearchFilter(parse.GetValue(outlet), fromDate, toDate), count, out var error);
            if (results is null)
            {
                console.Error.WriteLine($"mizan search: {error}");
                return ExitCodes.UsageError;
            }

            var groups = parse.GetValue(byStory) ? GroupByStory(store, results) : [results.ToList()];
            if (parse.GetValue(json))
            {
                object output = parse.GetValue(byStory)
                    ? new { stories = groups.Select(g => new { articleIds = g.Select(r => r.Hit.Id), hits = g.Select(View) }) }
                    : new { hits = results.Select(View) };
                console.Out.WriteLine(JsonSerializer.Serialize(output, MizanJson.Indented));
            }
            else
            {
                WriteReadable(groups, parse.GetValue(byStory));
            }

            console.Error.WriteLine($"mizan search: {results.Count} hit(s){(parse.GetValue(byStory) ? $" in {groups.Count} stories" : string.Empty)}.");
            return ExitCodes.Success;
        }
    }

    private static object View(SearchResult result) => new
    {
        id = result.Hit.Id,
        outlet = result.Hit.Outlet,
        title = result.Hit.Title,
        published = result.Hit.Published,
        url = result.Hit.Url,
        nearDuplicateOf = result.Hit.NearDuplicateOf,
        score = Math.Round(result.Hit.Score, 4),
        snippet = result.Snippet.Passage,
        highlights = result.Snippet.Highlights,
    };

    /// <summary>
    /// The hits grouped by the brief's stories: the stories stored by <c>mizan brief --db</c>; hits in none of them (or
    /// all hits, when none are stored) are grouped by the brief's own grouping run over them. Groups in order of their
    /// best hit.
    /// </summary>
    private static List<List<SearchResult>> GroupByStory(IArticleStore store, IReadOnlyList<SearchResult> results)
    {
        var storyOf = store.Stories().SelectMany(s => s.ArticleIds.Select(id => (id, s.Id))).ToDictionary(x => x.id, x => x.Id, StringComparer.Ordinal);
        var loose = results.Where(r => !storyOf.ContainsKey(r.Hit.Id)).ToList();
        if (loose.Count > 0)
        {
            var analysed = StoreBriefs.Analyse(loose.Select(r => store.Find(r.Hit.Id)).OfType<StoredArticle>().Select(StoreBriefs.FromStored).ToList());
            foreach (var story in StoryGrouping.Group(analysed).Stories)
            {
                foreach (var id in story.ArticleIds)
                {
                    storyOf[id] = "new:" + story.Id.ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        var rank = results.Select((r, i) => (r.Hit.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return results
            .GroupBy(r => storyOf.GetValueOrDefault(r.Hit.Id) ?? r.Hit.Id, StringComparer.Ordinal)
            .Select(g => g.OrderBy(r => rank[r.Hit.Id]).ToList())
            .OrderBy(g => rank[g[0].Hit.Id])
            .ToList();
    }

    private void WriteReadable(List<List<SearchResult>> groups, bool byStory)
    {
        var number = 0;
        foreach (var group in groups)
        {
            if (byStory)
            {
                console.Out.WriteLine($"== story {++number}: {group.Count} article(s)");
            }

            foreach (var result in group)
            {
                var hit = result.Hit;
                console.Out.WriteLine($"{hit.Outlet ?? "outlet unknown"} | {hit.Published ?? "date unknown"} | {hit.Title ?? hit.Id}{(hit.NearDuplicateOf is null ? string.Empty : " (copy)")}");
                console.Out.WriteLine("  " + Marked(result.Snippet));
            }
        }
    }

    /// <summary>The passage on one line with each matching word between 【 and 】, which no Arabic or Latin text uses.</summary>
    private static string Marked(Snippet snippet)
    {
        var builder = new StringBuilder();
        var at = snippet.Passage.Start;
        foreach (var highlight in snippet.Highlights)
        {
            builder.Append(snippet.Passage.Text, at - snippet.Passage.Start, highlight.Start - at).Append('【').Append(highlight.Text).Append('】');
            at = highlight.End;
        }

        builder.Append(snippet.Passage.Text, at - snippet.Passage.Start, snippet.Passage.End - at);
        return builder.Replace('\n', ' ').ToString();
    }

    /// <summary>A date the option's rule has checked (yyyy-MM-dd), or null when not given.</summary>
    private static DateOnly? Date(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
