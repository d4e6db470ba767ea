using System.Globalization;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Analysis;
using Mizan.Core.Articles;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;
using Mizan.Stories;
using Mizan.Stories.Evaluation;

namespace Mizan.Cli.Commands;

/// <summary>
/// The scoring behind <c>mizan eval stories --gold FILE</c>: reads the labelled articles from the corpus, groups each
/// half of the set as the brief does (with the publication dates, and again with every date removed) and prints
/// pairwise precision, recall and F1 for events and storylines beside the tf-idf + average-link baseline at its best
/// threshold on that same half (an optimistic baseline).
/// </summary>
internal sealed class EvalStoriesGold(CliConsole console)
{
    /// <summary>The baseline's thresholds tried: cosine 0.02 to 0.80 in steps of 0.01.</summary>
    private static readonly double[] Thresholds = Enumerable.Range(2, 79).Select(i => i / 100.0).ToArray();

    /// <param name="baselineAt">Thresholds (events, storylines) to cut the baseline at beside its best on each half: a
    /// baseline tuned elsewhere (for the web part, the thresholds best on half A of the SaudiNewsNet set). When null and
    /// the set has a half A, the baseline is also cut at A's best thresholds on every other half.</param>
    /// <param name="sets">Each labelled set with the folder its text is read from; their halves are scored side by side.</param>
    public int Run(IReadOnlyList<(string Gold, string Corpus)> sets, bool baseline, bool explain, bool fit, (double Events, double Storylines)? baselineAt = null, bool sweep = false)
    {
        var gold = new List<GoldArticle>();
        var setHalves = new List<string[]>();
        var read = (Articles: new List<BriefArticle>(), RowOf: new Dictionary<string, GoldArticle>(StringComparer.Ordinal));
        foreach (var (goldPath, corpus) in sets)
        {
            if (Load(goldPath) is not { } rows)
            {
                return ExitCodes.Failed;
            }

            if (!Directory.Exists(corpus))
            {
                console.Error.WriteLine($"mizan eval stories: corpus folder '{corpus}' not found: the set names articles by file and position, and their text is read from there (--corpus).");
                return ExitCodes.Failed;
            }

            var (articles, rowsOf, missing) = Read(rows, corpus);
            if (missing.Count == rows.Count)
            {
                console.Error.WriteLine($"mizan eval stories: none of the {rows.Count} labelled articles of {goldPath} was found in {corpus}, e.g. {missing[0]}.");
                return ExitCodes.Failed;
            }

            if (missing.Count > 0)
            {
                // A folder of saved pages may lack a few (a page that could not be saved again): the rest are scored,
                // and the counts printed say over how many.
                console.Error.WriteLine($"mizan eval stories: {missing.Count} labelled article(s) of {goldPath} not found in {corpus} and left out of every figure: {string.Join(", ", missing)}.");
            }

            var absent = missing.ToHashSet(StringComparer.Ordinal);
            var found = rows.Where(g => !absent.Contains(g.Key)).ToList();
            gold.AddRange(found);
            setHalves.Add([.. found.Select(g => g.Half).Distinct().Order(StringComparer.Ordinal)]);
            read.Articles.AddRange(articles);
            foreach (var (id, row) in rowsOf)
            {
                read.RowOf.TryAdd(id, row);
            }
        }

        console.Error.WriteLine($"mizan eval stories: {gold.Count} labelled articles, {gold.Select(g => g.Event).Distinct().Count()} events, {gold.Select(g => g.Storyline).Distinct().Count()} storylines; analysing ...");
        var dated = StoreBriefs.Analyse(read.Articles);
        var undated = StoreBriefs.Analyse(read.Articles.Select(a => a with { Published = null }).ToList());
        var rowOf = read.RowOf;

        // How far a dateline's date can stand for a publication date: on the dated articles, how many state one and how
        // many of those are within a day of the date they were published.
        var datelines = dated.Select(a => (Stated: PublicationDates.DatelineDate(a), Published: TextAnalyzer.ReferenceDate(a.Article.Published)))
            .Where(p => p.Stated is not null && p.Published is not null).ToList();
        var near = datelines.Count(p => Math.Abs(p.Stated!.Value.DayNumber - p.Published!.Value.DayNumber) <= 1);
        console.Error.WriteLine($"mizan eval stories: {datelines.Count} of {dated.Count} dated articles state a full date within {PublicationDates.DatelineReach} characters of their start; {near} of them within a day of their publication date.");
        if (fit)
        {
            Fit(dated, undated, rowOf);
            return ExitCodes.Success;
        }

        if (sweep)
        {
            Sweep(gold, dated, undated, rowOf);
            return ExitCodes.Success;
        }

        var untitled = WithoutTitles(dated);
        var untitledUndated = WithoutTitles(undated);

        // A stream of both kinds: every other article (by id) loses its date, as in coverage read partly from plain files.
        var mixed = dated.Zip(undated).Select(p => HalfUndated(p.First.Article.Id) ? p.Second : p.First).ToList();

        // Excerpts, as feeds and search results carry them (and as the web part of the set was saved): the first
        // ExcerptLength characters of the text, no title, with and without the dates.
        var excerpts = StoreBriefs.Analyse(read.Articles.Select(Excerpt).ToList());
        var excerptsUndated = StoreBriefs.Analyse(read.Articles.Select(a => Excerpt(a) with { Published = null }).ToList());

        var fixedCut = baselineAt;
        if (fixedCut is null && baseline && gold.Any(g => g.Half == "A"))
        {
            // The tuning half's best thresholds, carried to the held-out halves: the baseline without the optimism.
            var tuningIds = dated.Where(a => rowOf[a.Article.Id].Half == "A").Select(a => a.Article.Id).ToList();
            var tuningTree = BaselineTree(dated, a => rowOf[a.Article.Id].Half == "A");
            fixedCut = (Best(tuningTree, tuningIds, tuningIds.ToDictionary(id => id, id => rowOf[id].Event, StringComparer.Ordinal)).Threshold,
                Best(tuningTree, tuningIds, tuningIds.ToDictionary(id => id, id => rowOf[id].Storyline, StringComparer.Ordinal)).Threshold);
        }

        WriteHeader();
        foreach (var (half, halves) in Parts(gold, setHalves))
        {
            bool InHalf(AnalyzedArticle a) => halves.Contains(rowOf[a.Article.Id].Half);
            var ids = dated.Where(InHalf).Select(a => a.Article.Id).ToList();
            var events = ids.ToDictionary(id => id, id => rowOf[id].Event, StringComparer.Ordinal);
            var storylines = ids.ToDictionary(id => id, id => rowOf[id].Storyline, StringComparer.Ordinal);
            var prefix = $"| {half} | {ids.Count} | {events.Values.Distinct().Count()} |";
            foreach (var (name, set) in new[] { ("Mizan, dates as given", dated), ("Mizan, half the dates removed", mixed), ("Mizan, no dates", undated), ("Mizan, no titles", untitled), ("Mizan, no titles, no dates", untitledUndated), ("Mizan, excerpts (first 1,000 characters, no title)", excerpts), ("Mizan, excerpts, no dates", excerptsUndated) })
            {
                var grouping = StoryGrouping.Group(set.Where(InHalf));
                var (story, line) = Labels(grouping);
                console.Out.WriteLine($"{prefix} {name} | {Cells(PairwiseScore.Of(ids, events, story))} | {Cells(PairwiseScore.Of(ids, storylines, line))} |");
                if (explain && halves.Count == 1)
                {
                    Explain(name, set.Where(InHalf).ToList(), story, rowOf);
                    ExplainStorylines(name, set.Where(InHalf).ToList(), story, line, rowOf);
                }
            }

            if (baseline)
            {
                var tree = BaselineTree(dated, InHalf);
                var (eventScore, eventAt) = Best(tree, ids, events);
                var (lineScore, lineAt) = Best(tree, ids, storylines);
                console.Out.WriteLine($"{prefix} tf-idf + average link, best threshold on this half (events {eventAt:0.00}, storylines {lineAt:0.00}) | {Cells(eventScore)} | {Cells(lineScore)} |");
                if (fixedCut is { } cut && (baselineAt is not null || half != "A"))
                {
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{prefix} tf-idf + average link, at {(baselineAt is null ? "half A's best thresholds" : "the thresholds given")} (events {cut.Events:0.00}, storylines {cut.Storylines:0.00}) | {Cells(PairwiseScore.Of(ids, events, tree.Cut(cut.Events)))} | {Cells(PairwiseScore.Of(ids, storylines, tree.Cut(cut.Storylines)))} |"));
                }
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Scores the stories a store holds on the labelled articles it holds: grouped among every article ingested with
    /// them (a whole collection, as a user's store is), where <see cref="Run"/> groups the labelled articles alone. A
    /// labelled article is found by its source, the file it was read from and its position there (an exact copy of
    /// another article is stored once, under the first source read, and is left out).
    /// </summary>
    public int RunStored(IReadOnlyList<string> goldPaths, IArticleStore store, string location)
    {
        ArgumentNullException.ThrowIfNull(store);
        var gold = new List<GoldArticle>();
        var setHalves = new List<string[]>();
        foreach (var goldPath in goldPaths)
        {
            if (Load(goldPath) is not { } rows)
            {
                return ExitCodes.Failed;
            }

            gold.AddRange(rows);
            setHalves.Add([.. rows.Select(g => g.Half).Distinct().Order(StringComparer.Ordinal)]);
        }

        var wanted = new Dictionary<string, GoldArticle>(StringComparer.Ordinal);
        foreach (var row in gold)
        {
            wanted.TryAdd(row.Key, row);
        }

        var files = gold.Select(g => g.File).Distinct(StringComparer.Ordinal).ToList();
        var rowOf = new Dictionary<string, GoldArticle>(StringComparer.Ordinal);
        var held = 0L;
        foreach (var article in store.Articles(withRawText: false))
        {
            held++;
            if (SourceKey(article.Source, files) is { } key && wanted.TryGetValue(key, out var row))
            {
                rowOf.TryAdd(article.Id, row);
            }
        }

        var found = rowOf.Values.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var missing = wanted.Keys.Where(k => !found.Contains(k)).ToList();
        if (found.Count == 0)
        {
            console.Error.WriteLine($"mizan eval stories: none of the {wanted.Count} labelled articles is in the store {location} ({held:N0} articles), e.g. {missing[0]}: ingest the files the set names into it first.");
            return ExitCodes.Failed;
        }

        if (missing.Count > 0)
        {
            console.Error.WriteLine($"mizan eval stories: {missing.Count} labelled article(s) not in the store and left out of every figure: {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", ..." : "")}.");
        }

        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in store.Stories())
        {
            foreach (var id in story.ArticleIds)
            {
                storyOf[id] = story.Id;
            }
        }

        var lineOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in store.Storylines())
        {
            foreach (var id in line.StoryIds)
            {
                lineOf[id] = line.Id;
            }
        }

        var counts = store.CountStories(StoreBriefs.Version);
        console.Error.WriteLine($"mizan eval stories: {found.Count} labelled articles of {wanted.Count} in the store ({held:N0} articles, {counts.Stories:N0} stories{(counts.Outdated > 0 ? $", {counts.Outdated:N0} of them built by another version of Mizan" : "")}).");
        var ungrouped = rowOf.Keys.Count(id => !storyOf.ContainsKey(id));
        var name = $"Mizan, the stories of the store (grouped among its {held:N0} articles)";
        WriteHeader();
        foreach (var (half, halves) in Parts([.. rowOf.Values], setHalves))
        {
            // An article the store has not grouped yet stands alone, in a story and a storyline of its own.
            var ids = rowOf.Where(p => halves.Contains(p.Value.Half)).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            var events = ids.ToDictionary(id => id, id => rowOf[id].Event, StringComparer.Ordinal);
            var storylines = ids.ToDictionary(id => id, id => rowOf[id].Storyline, StringComparer.Ordinal);
            var story = ids.ToDictionary(id => id, id => storyOf.GetValueOrDefault(id) ?? $"alone {id}", StringComparer.Ordinal);
            var line = ids.ToDictionary(id => id, id => lineOf.GetValueOrDefault(story[id]) ?? $"story {story[id]}", StringComparer.Ordinal);
            console.Out.WriteLine($"| {half} | {ids.Count} | {events.Values.Distinct().Count()} | {name} | {Cells(PairwiseScore.Of(ids, events, story))} | {Cells(PairwiseScore.Of(ids, storylines, line))} |");
        }

        if (ungrouped > 0)
        {
            console.Error.WriteLine($"mizan eval stories: {ungrouped} labelled article(s) of the store are in no story yet (counted alone): run `mizan brief --db` on it first.");
        }

        return ExitCodes.Success;
    }

    /// <summary>The key of the labelled row an article's source names (as read from a corpus, or as a store keeps it): the
    /// labelled file its path ends with, and its position there (FILE!ENTRY#N), or 1 for a file of one article; null
    /// when no labelled file is its.</summary>
    internal static string? SourceKey(string? source, IReadOnlyList<string> files)
    {
        if (string.IsNullOrEmpty(source))
        {
            return null;
        }

        var bang = source.IndexOf('!', StringComparison.Ordinal);
        var path = (bang >= 0 ? source[..bang] : source).Replace('\\', '/');
        var hash = bang >= 0 ? source.LastIndexOf('#') : -1;
        var index = hash > bang ? source[(hash + 1)..] : "1";
        var file = files.FirstOrDefault(f => path == f || path.EndsWith("/" + f.Replace('\\', '/'), StringComparison.Ordinal));
        return file is null ? null : $"{file}#{index}";
    }

    /// <summary>A labelled set's rows, or null when it cannot be read or labels no article (said on standard error).</summary>
    private IReadOnlyList<GoldArticle>? Load(string goldPath)
    {
        try
        {
            var rows = GoldStories.Load(goldPath);
            if (rows.Count == 0)
            {
                console.Error.WriteLine($"mizan eval stories: {goldPath} labels no article (every line is blank or a comment).");
                return null;
            }

            return rows;
        }
        catch (Exception e) when (e is GoldFormatException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"mizan eval stories: {e.Message}");
            return null;
        }
    }

    /// <summary>The head of the table of pairwise scores, one row per half and grouping.</summary>
    private void WriteHeader()
    {
        console.Out.WriteLine("| half | articles | events | grouping | events P | events R | events F1 | storylines P | storylines R | storylines F1 |");
        console.Out.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
    }

    /// <summary>
    /// What is scored, each grouped as one stream: each half alone; with several labelled sets, each set's halves
    /// together (SaudiNewsNet's A+B without the web parts); and "all", every half of every set.
    /// </summary>
    private static List<(string Label, IReadOnlySet<string> Halves)> Parts(List<GoldArticle> gold, List<string[]> setHalves)
    {
        var parts = gold.Select(g => g.Half).Distinct().Order(StringComparer.Ordinal)
            .Select(h => (h, (IReadOnlySet<string>)new HashSet<string>([h], StringComparer.Ordinal))).ToList();
        if (setHalves.Count > 1)
        {
            parts.AddRange(setHalves.Where(h => h.Length > 1).Select(h => (string.Join('+', h), (IReadOnlySet<string>)new HashSet<string>(h, StringComparer.Ordinal))));
        }

        parts.Add(("all", gold.Select(g => g.Half).ToHashSet(StringComparer.Ordinal)));
        return parts;
    }

    /// <summary>
    /// Prints, to standard error, each story that mixes events (its articles with their gold event and title) and each
    /// event split across stories: what to read when tuning.
    /// </summary>
    private void Explain(string name, List<AnalyzedArticle> set, Dictionary<string, string> story, Dictionary<string, GoldArticle> rowOf)
    {
        string Line(AnalyzedArticle a) => ExplainedRow(rowOf[a.Article.Id].Event, story[a.Article.Id], a, $"{rowOf[a.Article.Id].Key,-22} ");
        foreach (var mixed in set.GroupBy(a => story[a.Article.Id]).Where(g => g.Select(a => rowOf[a.Article.Id].Event).Distinct().Count() > 1))
        {
            console.Error.WriteLine($"[{name}] story {mixed.Key} mixes events:");
            foreach (var a in mixed.OrderBy(a => rowOf[a.Article.Id].Event, StringComparer.Ordinal))
            {
                console.Error.WriteLine(Line(a));
            }
        }

        foreach (var split in set.GroupBy(a => rowOf[a.Article.Id].Event).Where(g => g.Select(a => story[a.Article.Id]).Distinct().Count() > 1))
        {
            console.Error.WriteLine($"[{name}] event {split.Key} is split:");
            foreach (var a in split.OrderBy(a => story[a.Article.Id], StringComparer.Ordinal))
            {
                console.Error.WriteLine(Line(a));
            }
        }
    }

    /// <summary>
    /// Prints, to standard error, each storyline that joins stories of different gold storylines, story by story (its
    /// articles' gold storylines and titles): where the storyline precision goes.
    /// </summary>
    private void ExplainStorylines(string name, List<AnalyzedArticle> set, Dictionary<string, string> story, Dictionary<string, string> line, Dictionary<string, GoldArticle> rowOf)
    {
        foreach (var mixed in set.GroupBy(a => line[a.Article.Id]).Where(g => g.Select(a => rowOf[a.Article.Id].Storyline).Distinct().Count() > 1))
        {
            console.Error.WriteLine($"[{name}] storyline {mixed.Key} mixes storylines:");
            foreach (var a in mixed.OrderBy(a => story[a.Article.Id], StringComparer.Ordinal).ThenBy(a => rowOf[a.Article.Id].Storyline, StringComparer.Ordinal))
            {
                console.Error.WriteLine(ExplainedRow(rowOf[a.Article.Id].Storyline, story[a.Article.Id], a, string.Empty));
            }
        }
    }

    /// <summary>One article as --explain lists it: its gold label, its story, outlet, day, then <paramref name="key"/> and its title.</summary>
    private static string ExplainedRow(string label, string story, AnalyzedArticle a, string key) =>
        $"    {label,-6} {story,-6} {a.Article.Outlet,-12} {a.Article.Published?[..Math.Min(10, a.Article.Published.Length)],-10} {key}{a.Article.Title}";

    /// <summary>
    /// Fits the grouping's weights on half A (the tuning half): logistic regression over every pair of its articles,
    /// for events with dates, for events with every date removed, and for storylines; then the join thresholds, by
    /// pairwise F1 on half A with the fitted weights. Then, for each weight <see cref="WebWeights"/> gives the untitled
    /// tuning half (W2, when given), the models of articles and stories without a title, fitted on half A with its
    /// titles removed and on W2, and their bars, by the mean F1 of the two. Prints what to carry into StoryWeights and
    /// the options.
    /// </summary>
    private void Fit(List<AnalyzedArticle> dated, List<AnalyzedArticle> undated, Dictionary<string, GoldArticle> rowOf)
    {
        const string Tuning = "A";
        var datedStream = StoryClusterer.Order(dated.Where(a => rowOf[a.Article.Id].Half == Tuning).Select(StoryGrouping.ToStoryArticle)).ToList();
        var undatedStream = StoryClusterer.Order(undated.Where(a => rowOf[a.Article.Id].Half == Tuning).Select(StoryGrouping.ToStoryArticle)).ToList();
        List<(double[], bool)> Pairs(List<StoryArticle> stream, bool withDates, Func<GoldArticle, string> label) =>
            StoryClusterer.PairFeatures(stream, withDates).Select(p => (p.Features, label(rowOf[p.First]) == label(rowOf[p.Second]))).ToList();

        var datedWeights = LogisticFit.Fit(Pairs(datedStream, true, g => g.Event));
        var undatedWeights = LogisticFit.Fit(Pairs(undatedStream, false, g => g.Event));
        var lineWeights = LogisticFit.Fit(Pairs(undatedStream, false, g => g.Storyline));
        console.Out.WriteLine($"events, dated:   {datedWeights}");
        console.Out.WriteLine($"events, undated: {undatedWeights}");
        console.Out.WriteLine($"storylines:      {lineWeights}");
        PrintPairRankings(dated, undated, rowOf, datedWeights, undatedWeights);

        var ids = datedStream.Select(a => a.Id).ToList();
        var events = ids.ToDictionary(id => id, id => rowOf[id].Event, StringComparer.Ordinal);
        var storylines = ids.ToDictionary(id => id, id => rowOf[id].Storyline, StringComparer.Ordinal);
        var tuningDated = dated.Where(a => rowOf[a.Article.Id].Half == Tuning).ToList();
        var tuningUndated = undated.Where(a => rowOf[a.Article.Id].Half == Tuning).ToList();
        var joins = Enumerable.Range(0, 9).Select(i => -4 + (i * 0.5)).ToList();
        double Events(List<AnalyzedArticle> set, StoryOptions options) => PairwiseScore.Of(ids, events, Labels(StoryGrouping.Group(set, options)).Story).F1;
        // The thresholds are chosen without merging stories; the merge margin is chosen after them (--sweep).
        var baseOptions = new StoryOptions { Dated = datedWeights, Undated = undatedWeights, MergeMargin = null };

        // Each sweep grouped once per threshold; the best of each is carried into the next.
        var datedSweep = joins.Select(j => (Join: j, F1: Events(tuningDated, baseOptions with { JoinScore = j }))).ToList();
        var undatedSweep = joins.Select(j => (Join: j, F1: Events(tuningUndated, baseOptions with { UndatedJoinScore = j }))).ToList();
        var datedJoin = datedSweep.MaxBy(x => x.F1).Join;
        var undatedJoin = undatedSweep.MaxBy(x => x.F1).Join;
        foreach (var (withDates, noDates) in datedSweep.Zip(undatedSweep))
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"event join {withDates.Join:0.0}: events F1 {withDates.F1:0.000} dated, {noDates.F1:0.000} undated"));
        }

        var tuningMixed = tuningDated.Zip(tuningUndated).Select(p => HalfUndated(p.First.Article.Id) ? p.Second : p.First).ToList();
        var both = baseOptions with { JoinScore = datedJoin, UndatedJoinScore = undatedJoin };
        foreach (var join in joins.Concat([0.1, 0.2, 0.3, 0.4, 0.5, 1.0, 2.2]))
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mixed join {join:0.0} (dated {datedJoin:0.0}, undated {undatedJoin:0.0}): events F1 {Events(tuningMixed, both with { MixedJoinScore = join }):0.000} with half the dates removed"));
        }

        foreach (var join in joins)
        {
            var lines = new StorylineOptions { Weights = lineWeights, JoinScore = join };
            var withDates = PairwiseScore.Of(ids, storylines, Labels(StoryGrouping.Group(tuningDated, both, lines)).Storyline).F1;
            var noDates = PairwiseScore.Of(ids, storylines, Labels(StoryGrouping.Group(tuningUndated, both, lines)).Storyline).F1;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storyline join {join:0.0} (events at {datedJoin:0.0} / {undatedJoin:0.0}): storylines F1 {withDates:0.000} dated, {noDates:0.000} undated"));
        }

        // Articles without a title: half A with its titles removed, and the web pages of the untitled tuning half
        // (W2, when given: excerpts of other countries' papers), its pairs weighed to count a given share as much, in
        // all, as half A's (with dates, only its pairs of two dated pages: an undated page has no days apart).
        var web = dated.Where(a => rowOf[a.Article.Id].Half == UntitledTuning).ToList();
        var webUndated = undated.Where(a => rowOf[a.Article.Id].Half == UntitledTuning).ToList();
        var webDatedStream = StoryClusterer.Order(web.Where(a => a.Article.Published is not null).Select(StoryGrouping.ToStoryArticle)).ToList();
        var webUndatedStream = StoryClusterer.Order(webUndated.Select(StoryGrouping.ToStoryArticle)).ToList();
        var untitledPairs = (
            Dated: (Pairs([.. datedStream.Select(a => a with { Title = null })], true, g => g.Event), Pairs(webDatedStream, true, g => g.Event)),
            Undated: (Pairs([.. undatedStream.Select(a => a with { Title = null })], false, g => g.Event), Pairs(webUndatedStream, false, g => g.Event)),
            Lines: (Pairs([.. undatedStream.Select(a => a with { Title = null })], false, g => g.Storyline), Pairs(webUndatedStream, false, g => g.Storyline)));
        var webIds = web.Select(a => a.Article.Id).ToList();
        var webEvents = webIds.ToDictionary(id => id, id => rowOf[id].Event, StringComparer.Ordinal);
        var webLines = webIds.ToDictionary(id => id, id => rowOf[id].Storyline, StringComparer.Ordinal);
        var tuningUntitled = WithoutTitles(tuningDated);
        var tuningUntitledUndated = WithoutTitles(tuningUndated);

        // The F1 of half A without titles and of the untitled tuning half (when given), as their mean.
        double Mean(List<AnalyzedArticle> set, List<AnalyzedArticle> webSet, Func<Grouping, Dictionary<string, string>> label, Dictionary<string, string> gold, Dictionary<string, string> webGold, Func<List<AnalyzedArticle>, Grouping> group)
        {
            var a = PairwiseScore.Of(ids, gold, label(group(set))).F1;
            return webIds.Count == 0 ? a : (a + PairwiseScore.Of(webIds, webGold, label(group(webSet))).F1) / 2;
        }

        foreach (var webWeight in WebWeights)
        {
            List<(double[], bool, double)> Weighed((List<(double[], bool)> A, List<(double[], bool)> Web) pairs) =>
                [.. pairs.A.Select(p => (p.Item1, p.Item2, 1.0)), .. pairs.Web.Select(p => (p.Item1, p.Item2, pairs.Web.Count == 0 ? 0 : webWeight * pairs.A.Count / pairs.Web.Count))];
            var datedUntitled = LogisticFit.Fit(Weighed(untitledPairs.Dated));
            var undatedUntitled = LogisticFit.Fit(Weighed(untitledPairs.Undated));
            var untitledLineWeights = LogisticFit.Fit(Weighed(untitledPairs.Lines));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## untitled tuning half weighed {webWeight}"));
            console.Out.WriteLine($"events, dated, no titles:   {datedUntitled}");
            console.Out.WriteLine($"events, undated, no titles: {undatedUntitled}");
            console.Out.WriteLine($"storylines, no titles: {untitledLineWeights}");

            var untitledOptions = both with { DatedUntitled = datedUntitled, UndatedUntitled = undatedUntitled };
            foreach (var join in joins.Concat([-4.5, -5.0]))
            {
                var withDates = Mean(tuningUntitled, web, g => Labels(g).Story, events, webEvents, set => StoryGrouping.Group(set, untitledOptions with { UntitledJoinScore = join }));
                var noDates = Mean(tuningUntitledUndated, webUndated, g => Labels(g).Story, events, webEvents, set => StoryGrouping.Group(set, untitledOptions with { UntitledUndatedJoinScore = join }));
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"untitled join {join:0.0}: mean events F1 (A without titles, {UntitledTuning}) {withDates:0.000} dated, {noDates:0.000} undated"));
            }

            // Stories without a title: their storyline model and bar, the stories grouped as shipped.
            foreach (var join in joins.Concat([-4.5, -5.0, -5.5, -6.0]))
            {
                var lines = new StorylineOptions { UntitledWeights = untitledLineWeights, UntitledJoinScore = join };
                var withDates = Mean(tuningUntitled, web, g => Labels(g).Storyline, storylines, webLines, set => StoryGrouping.Group(set, null, lines));
                var noDates = Mean(tuningUntitledUndated, webUndated, g => Labels(g).Storyline, storylines, webLines, set => StoryGrouping.Group(set, null, lines));
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"untitled storyline join {join:0.0}: mean storylines F1 (A without titles, {UntitledTuning}) {withDates:0.000} dated, {noDates:0.000} undated"));
            }
        }
    }

    /// <summary>
    /// How well the models just fitted on half A sort the pairs of each half whose articles carry titles (the halves of
    /// SaudiNewsNet), before any grouping (<see cref="PairRanking"/>): the ceiling the features set, in-sample on A and
    /// held out on the others.
    /// </summary>
    private void PrintPairRankings(List<AnalyzedArticle> dated, List<AnalyzedArticle> undated, Dictionary<string, GoldArticle> rowOf, StoryWeights datedWeights, StoryWeights undatedWeights)
    {
        var titled = dated.GroupBy(a => rowOf[a.Article.Id].Half).Where(g => g.All(a => !string.IsNullOrEmpty(a.Article.Title))).Select(g => g.Key).Order(StringComparer.Ordinal);
        foreach (var half in titled)
        {
            PairRanking Rank(List<AnalyzedArticle> set, bool withDates, StoryWeights weights) =>
                PairRanking.Of(StoryClusterer.PairFeatures(StoryClusterer.Order(set.Where(a => rowOf[a.Article.Id].Half == half).Select(StoryGrouping.ToStoryArticle)).ToList(), withDates)
                    .Select(p => (weights.Score(p.Features), rowOf[p.First].Event == rowOf[p.Second].Event)));
            var (withDates, noDates) = (Rank(dated, true, datedWeights), Rank(undated, false, undatedWeights));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pairs of half {half}{(half == "A" ? " (fitted on)" : "")}, events: best pair F1 {withDates.BestF1:0.000} dated (cut {withDates.BestCut:0.00}, average precision {withDates.AveragePrecision:0.000}), {noDates.BestF1:0.000} undated (cut {noDates.BestCut:0.00}, average precision {noDates.AveragePrecision:0.000}); {withDates.Positives} of {withDates.Pairs} pairs one event"));
        }
    }

    /// <summary>The shares of half A's weight the untitled tuning half's pairs are given in turn by <c>--fit</c>.</summary>
    private static readonly double[] WebWeights = [0.0, 0.25, 0.5, 1.0];

    /// <summary>Articles with their titles removed, as plain-text files come (a first line that reads as a headline still serves as one).</summary>
    private static List<AnalyzedArticle> WithoutTitles(IEnumerable<AnalyzedArticle> articles) =>
        [.. articles.Select(a => new AnalyzedArticle(a.Article with { Title = null }, a.Analysis))];

    /// <summary>
    /// Groups each half with every join threshold (events and storylines) moved by one shift at a time and prints
    /// the pairwise F1 of each, with dates and without: where each stream's best bar lies against the thresholds
    /// chosen on half A.
    /// </summary>
    private void Sweep(IReadOnlyList<GoldArticle> gold, List<AnalyzedArticle> dated, List<AnalyzedArticle> undated, Dictionary<string, GoldArticle> rowOf)
    {
        var shifts = Enumerable.Range(0, 11).Select(i => -4 + (i * 0.5)).ToList();
        var events = new StoryOptions();
        var lines = new StorylineOptions();
        console.Out.WriteLine("| half | shift | events F1, dates | events F1, no dates | storylines F1, dates | storylines F1, no dates |");
        console.Out.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var half in gold.Select(g => g.Half).Distinct().Order(StringComparer.Ordinal))
        {
            bool InHalf(AnalyzedArticle a) => rowOf[a.Article.Id].Half == half;
            var ids = dated.Where(InHalf).Select(a => a.Article.Id).ToList();
            var eventOf = ids.ToDictionary(id => id, id => rowOf[id].Event, StringComparer.Ordinal);
            var lineOf = ids.ToDictionary(id => id, id => rowOf[id].Storyline, StringComparer.Ordinal);

            // How alike one event's reports are in this stream, against how alike any two are.
            var pairs = StoryClusterer.PairFeatures(StoryClusterer.Order(undated.Where(InHalf).Select(StoryGrouping.ToStoryArticle)).ToList(), false).ToList();
            var same = pairs.Where(p => rowOf[p.First].Event == rowOf[p.Second].Event).Select(p => p.Features[(int)StoryFeature.Body]).DefaultIfEmpty().Average();
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mizan eval stories: {half}: mean body cosine of one event's pairs {same:0.000}, of all pairs {pairs.Select(p => p.Features[(int)StoryFeature.Body]).DefaultIfEmpty().Average():0.000}"));
            string Row(string knob, StoryOptions options, StorylineOptions lineOptions)
            {
                var cells = new[] { dated, undated }.Select(set => Labels(StoryGrouping.Group(set.Where(InHalf), options, lineOptions))).ToList();
                return string.Create(CultureInfo.InvariantCulture, $"| {half} | {knob} | {PairwiseScore.Of(ids, eventOf, cells[0].Story).F1:0.000} | {PairwiseScore.Of(ids, eventOf, cells[1].Story).F1:0.000} | {PairwiseScore.Of(ids, lineOf, cells[0].Storyline).F1:0.000} | {PairwiseScore.Of(ids, lineOf, cells[1].Storyline).F1:0.000} |");
            }

            foreach (var margin in new double?[] { -1, 0, 0.5, 1, 2, 3 })
            {
                console.Out.WriteLine(Row(string.Create(CultureInfo.InvariantCulture, $"merge {margin}"), events with { MergeMargin = margin }, lines));
            }

            // Every bar moved: articles and stories with titles and without, dated, undated and mixed.
            foreach (var shift in shifts)
            {
                var options = events with
                {
                    JoinScore = events.JoinScore + shift,
                    UndatedJoinScore = events.UndatedJoinScore + shift,
                    MixedJoinScore = events.MixedJoinScore + shift,
                    UntitledJoinScore = events.UntitledJoinScore + shift,
                    UntitledUndatedJoinScore = events.UntitledUndatedJoinScore + shift,
                };
                var lineOptions = lines with { JoinScore = lines.JoinScore + shift, UntitledJoinScore = lines.UntitledJoinScore + shift };
                console.Out.WriteLine(Row(string.Create(CultureInfo.InvariantCulture, $"{shift:+0.0;-0.0;0.0}"), options, lineOptions));
            }
        }
    }

    /// <summary>The half that tunes the models of articles without a title beside half A: web pages of other countries.</summary>
    private const string UntitledTuning = "W2";

    /// <summary>How long an excerpt is: about what the web part's saved excerpts hold.</summary>
    private const int ExcerptLength = 1000;

    /// <summary>An article cut to its first <see cref="ExcerptLength"/> characters (at the last space before), without its title.</summary>
    private static BriefArticle Excerpt(BriefArticle a)
    {
        var cut = a.Text.Length <= ExcerptLength ? a.Text.Length : a.Text.LastIndexOf(' ', ExcerptLength);
        return a with { Title = null, Text = a.Text[..(cut > 0 ? cut : Math.Min(ExcerptLength, a.Text.Length))], Removed = [] };
    }

    /// <summary>Whether an article is one of the half that loses its date in the mixed stream: the last hex digit of its id is odd.</summary>
    private static bool HalfUndated(string id) => Convert.ToInt32(id[^1..], 16) % 2 == 1;

    /// <summary>Article id to story and to storyline, as labels.</summary>
    private static (Dictionary<string, string> Story, Dictionary<string, string> Storyline) Labels(Grouping grouping)
    {
        var story = grouping.Stories.SelectMany(s => s.ArticleIds.Select(id => (id, s.Id))).ToDictionary(x => x.id, x => "s" + x.Id.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var lineOf = grouping.Storylines.SelectMany(l => l.StoryIds.Select(s => (s, l.Id))).ToDictionary(x => "s" + x.s.ToString(CultureInfo.InvariantCulture), x => "l" + x.Id.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return (story, story.ToDictionary(p => p.Key, p => lineOf[p.Value], StringComparer.Ordinal));
    }

    private static AgglomerativeBaseline BaselineTree(List<AnalyzedArticle> articles, Func<AnalyzedArticle, bool> where) =>
        new(articles.Where(where).Select(a => (a.Article.Id, (IReadOnlyDictionary<string, int>)ArticleTerms.Count(a.Article.Text, a.Article.Title))).ToList());

    private static (PairwiseScore Score, double Threshold) Best(AgglomerativeBaseline tree, List<string> ids, Dictionary<string, string> gold) =>
        Thresholds.Select(t => (Score: PairwiseScore.Of(ids, gold, tree.Cut(t)), Threshold: t)).MaxBy(x => x.Score.F1);

    private static string Cells(PairwiseScore s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000}");

    /// <summary>The labelled articles read from the corpus and cleaned as one batch, as <c>mizan brief</c> cleans what it reads.</summary>
    private static (List<BriefArticle> Articles, Dictionary<string, GoldArticle> RowOf, List<string> Missing) Read(IReadOnlyList<GoldArticle> gold, string corpus)
    {
        var wanted = gold.ToDictionary(g => g.Key, StringComparer.Ordinal);
        var found = new Dictionary<string, ArticleInput>(StringComparer.Ordinal);
        foreach (var file in gold.Select(g => g.File).Distinct(StringComparer.Ordinal))
        {
            foreach (var item in ArticleSources.Read(Path.Combine(corpus, file)))
            {
                // An article of a collection file is named FILE!ENTRY#N; a file of one article (a page saved as text
                // with its sidecar) is its own first and only article.
                var key = SourceKey(item.Article?.Article.Source, [file]) ?? $"{file}#1";
                if (item.Article is not null && wanted.ContainsKey(key))
                {
                    found[key] = item.Article.Article;
                }
            }
        }

        var missing = wanted.Keys.Where(k => !found.ContainsKey(k)).ToList();
        var inputs = gold.Where(g => found.ContainsKey(g.Key)).Select(g => found[g.Key]).ToList();
        var prepared = BatchPreparation.Prepare(inputs);
        var rowOf = new Dictionary<string, GoldArticle>(StringComparer.Ordinal);
        var articles = new List<BriefArticle>();
        foreach (var (row, p) in gold.Where(g => found.ContainsKey(g.Key)).Zip(prepared))
        {
            // Two labelled rows with one text (a page carried twice) would be one article: the first label stands.
            if (rowOf.TryAdd(p.Article.Id, row))
            {
                articles.Add(new BriefArticle(p.Article.Id, p.Article.Source, p.Article.Outlet, p.Article.Title, p.Article.Published, p.Article.PublishedInferred, p.Cleaned.Text, p.Cleaned.Removed, p.Copy.Of));
            }
        }

        return (articles, rowOf, missing);
    }
}
