using System.CommandLine;
using System.Globalization;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval figures [--gold docs/figures-dev.tsv] [--corpus DIR]</c>: scores the figure claims against a set
/// labelled by reading (docs/figures.md). Each labelled story's articles are taken as one story (the grouping is not
/// scored here) and every pair of its labelled figures is one of: the same claim (same thing, same report round),
/// evolving (same thing, a later round), or different things. Mizan's relation for a pair: both figures in one claim
/// are evolving when the claim is evolving and their values lie in different report rounds
/// (<see cref="FigureClaims.ForStoryWithRounds"/>), else the same claim; otherwise different.
/// Precision and recall per relation and per half.
/// </summary>
internal sealed class EvalFiguresCommand : Command
{
    private const string DefaultCorpus = "../shared/data/saudinewsnet/dataset";
    private static readonly string[] Relations = ["same-claim", "evolving", "different"];

    private readonly CliConsole console;
    private readonly Option<string> gold = new("--gold") { Description = "The labelled set (TSV: half, story, file, index, figure, thing, action, claim, step).", DefaultValueFactory = _ => "docs/figures-dev.tsv" };
    private readonly Option<string> corpus = new("--corpus") { Description = "A folder of .zip/.json article arrays (SaudiNewsNet's layout).", DefaultValueFactory = _ => DefaultCorpus };
    private readonly Option<bool> explain = new("--explain") { Description = "List the pairs Mizan gets wrong (standard error)." };
    private readonly Option<string?> half = new("--half") { Description = "Score one half only (A to tune on), so that --explain and --claims show nothing of the other." };
    private readonly Option<bool> showClaims = new("--claims") { Description = "List each scored story's claims: status, label, action, values with their articles and publication times (standard error)." };

    public EvalFiguresCommand(CliConsole console)
        : base("figures", "Score figure claims (same claim, evolving, different) on a labelled development set, pairwise precision and recall per relation.")
    {
        this.console = console;
        Options.Add(gold);
        Options.Add(corpus);
        Options.Add(explain);
        Options.Add(half);
        Options.Add(showClaims);
        SetAction(Run);
    }

    private sealed record Row(string Half, string Story, string File, int Index, string Figure, string Claim, string Step)
    {
        public string Key => $"{File}#{Index.ToString(CultureInfo.InvariantCulture)}";
    }

    private int Run(ParseResult parse)
    {
        var goldPath = parse.GetValue(gold)!;
        var folder = parse.GetValue(corpus)!;
        if (!File.Exists(goldPath))
        {
            console.Error.WriteLine($"mizan eval figures: labelled set '{goldPath}' not found.");
            return ExitCodes.Failed;
        }

        var rows = new List<Row>();
        foreach (var line in File.ReadLines(goldPath).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var p = line.Split('\t');
            if (p.Length != 9 || !int.TryParse(p[3], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                console.Error.WriteLine($"mizan eval figures: {goldPath}: a line has not the nine columns the header names: {line}");
                return ExitCodes.Failed;
            }

            rows.Add(new Row(p[0], p[1], p[2], index, p[4], p[7], p[8]));
        }

        if (parse.GetValue(half) is { } only)
        {
            rows = rows.Where(r => r.Half == only).ToList();
        }

        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"mizan eval figures: corpus folder '{folder}' not found, so nothing is scored: the set names articles by file and position, and their text is read from there (--corpus).");
            return ExitCodes.SomeInputsSkipped;
        }

        var articles = Read(rows, folder);
        var counts = new Dictionary<(string Half, string Relation), (int Both, int Gold, int Mizan)>();
        var unplaced = 0;
        foreach (var story in rows.GroupBy(r => r.Story))
        {
            var members = story.Select(r => r.Key).Distinct(StringComparer.Ordinal).Where(articles.ContainsKey).Select(k => articles[k]).DistinctBy(a => a.Article.Id).ToList();
            var withRounds = FigureClaims.ForStoryWithRounds(members);
            var claims = withRounds.Select(c => c.Claim).ToList();
            if (parse.GetValue(showClaims))
            {
                WriteClaims(story.Key, withRounds, articles);
            }

            var placed = story.Select(r => Place(r, articles, claims)).ToList();
            unplaced += placed.Count(p => p.Claim < 0);
            var list = story.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var expected = list[i].Claim != list[j].Claim ? "different" : list[i].Step == list[j].Step ? "same-claim" : "evolving";
                    var got = placed[i].Claim < 0 || placed[i].Claim != placed[j].Claim ? "different"
                        : withRounds[placed[i].Claim].Rounds[placed[i].Value] != withRounds[placed[j].Claim].Rounds[placed[j].Value] ? "evolving" : "same-claim";
                    foreach (var half in new[] { list[i].Half, "all" })
                    {
                        foreach (var relation in Relations)
                        {
                            var c = counts.GetValueOrDefault((half, relation));
                            counts[(half, relation)] = (c.Both + (expected == relation && got == relation ? 1 : 0), c.Gold + (expected == relation ? 1 : 0), c.Mizan + (got == relation ? 1 : 0));
                        }
                    }

                    if (parse.GetValue(explain) && expected != got)
                    {
                        console.Error.WriteLine($"{story.Key}: {list[i].Figure} ({list[i].Key}) / {list[j].Figure} ({list[j].Key}): expected {expected}, Mizan {got}");
                    }
                }
            }
        }

        console.Error.WriteLine($"mizan eval figures: {rows.Count} labelled figures in {rows.Select(r => r.Story).Distinct().Count()} stories; {rows.Count(r => !articles.ContainsKey(r.Key))} row(s) of articles not found; {unplaced} figure(s) in no claim of Mizan's.");
        console.Out.WriteLine("| half | relation | gold pairs | Mizan pairs | both | precision | recall |");
        console.Out.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var half in rows.Select(r => r.Half).Distinct().Order(StringComparer.Ordinal).Append("all"))
        {
            foreach (var relation in Relations)
            {
                var (both, inGold, inMizan) = counts.GetValueOrDefault((half, relation));
                console.Out.WriteLine($"| {half} | {relation} | {inGold} | {inMizan} | {both} | {Ratio(both, inMizan)} | {Ratio(both, inGold)} |");
            }
        }

        return ExitCodes.Success;
    }

    private void WriteClaims(string story, List<(Claim Claim, IReadOnlyList<int> Rounds)> claims, Dictionary<string, AnalyzedArticle> articles)
    {
        var keyOf = articles.GroupBy(a => a.Value.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        foreach (var (claim, rounds) in claims)
        {
            var values = claim.Values.Select((v, i) => $"{v.Value} (round {rounds[i].ToString(CultureInfo.InvariantCulture)}) [{string.Join(' ', v.ArticleIds.Select(a => keyOf.GetValueOrDefault(a, a)))}] {v.Published}");
            console.Error.WriteLine($"{story}: {claim.Status} {claim.About} ({claim.Action ?? "-"}): {string.Join(" | ", values)}");
        }
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The claim (index) and value (index) holding the labelled figure: the first place its text stands in the article.</summary>
    private static (int Claim, int Value) Place(Row row, Dictionary<string, AnalyzedArticle> articles, List<Claim> claims)
    {
        if (!articles.TryGetValue(row.Key, out var article) || article.Article.Text.IndexOf(row.Figure, StringComparison.Ordinal) is var at && at < 0)
        {
            return (-1, -1);
        }

        var end = at + row.Figure.Length;
        for (var c = 0; c < claims.Count; c++)
        {
            for (var v = 0; v < claims[c].Values.Count; v++)
            {
                if (claims[c].Values[v].Evidence.Any(e => e.ArticleId == article.Article.Id && e.Start < end && at < e.End))
                {
                    return (c, v);
                }
            }
        }

        return (-1, -1);
    }

    private static Dictionary<string, AnalyzedArticle> Read(List<Row> rows, string corpus)
    {
        var wanted = rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var found = new List<(string Key, Core.Articles.ArticleInput Input)>();
        foreach (var file in rows.Select(r => r.File).Distinct(StringComparer.Ordinal))
        {
            foreach (var item in ArticleSources.Read(Path.Combine(corpus, file)))
            {
                var source = item.Article?.Article.Source;
                var hash = source?.LastIndexOf('#') ?? -1;
                var key = hash > 0 ? $"{file}#{source![(hash + 1)..]}" : $"{file}#1";
                if (item.Article is not null && wanted.Contains(key))
                {
                    found.Add((key, item.Article.Article));
                }
            }
        }

        var prepared = BatchPreparation.Prepare(found.Select(f => f.Input).ToList());
        var briefArticles = prepared.Select(p => new BriefArticle(p.Article.Id, p.Article.Source, p.Article.Outlet, p.Article.Title, p.Article.Published, p.Article.PublishedInferred, p.Cleaned.Text, p.Cleaned.Removed, p.Copy.Of)).ToList();
        var analysed = StoreBriefs.Analyse(briefArticles);
        return found.Zip(analysed).ToDictionary(x => x.First.Key, x => x.Second, StringComparer.Ordinal);
    }
}
