using System.Globalization;
using Mizan.Analysis;
using Mizan.Quotes;
using Mizan.Stories;
using Mizan.Text;
using Mizan.Text.Morphology;
using Mizan.Text.Tokenization;

namespace Mizan.Briefs;

/// <summary>An article with its analysis, ready for the brief.</summary>
public sealed record AnalyzedArticle(BriefArticle Article, TextAnalysis Analysis);

/// <summary>
/// Builds the brief of a collection: groups the articles into stories and storylines, then for each story writes an
/// attributed extractive summary, the quotes table and each outlet's view (what only it reports, the words it
/// chooses). Every item carries its evidence. Pure: the same articles give the same brief.
/// </summary>
public static class BriefBuilder
{
    /// <summary>Sentences this alike (cosine of their content stems) say the same thing.</summary>
    private const double SameThing = 0.45;

    /// <summary>Quotes whose stems overlap this much (Jaccard) are the same quote carried by several outlets.</summary>
    private const double SameQuote = 0.6;

    /// <summary>Sentences shorter than this (in content words) are headings, captions or widgets, not statements.</summary>
    private const int MinSentenceWords = 6;

    /// <summary>A stem in more sentences of a story than this is its subject, not a sign that two sentences match.</summary>
    private const int MaxPostings = 300;

    /// <summary>A quote whose words (stems) are this much inside a longer one was cut from it.</summary>
    private const double SameQuoteInside = 0.8;

    /// <summary>At most this many details per outlet that only it reports.</summary>
    private const int UniquePerOutlet = 3;

    private static readonly Lazy<List<(string Frame, string Term, string Stem)>> Lexicon = new(LoadLexicon);

    public static BriefDocument Build(IReadOnlyList<AnalyzedArticle> articles, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var byId = articles.GroupBy(a => a.Article.Id)
            .Select(g => Prepare(g.First()))
            .ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        var grouping = StoryGrouping.Group(byId.Values, options);
        var briefs = new List<StoryBrief>(grouping.Stories.Count);
        foreach (var story in grouping.Stories)
        {
            var (brief, shown) = Story(story, story.ArticleIds.Select(id => byId[id]).ToList());
            briefs.Add(brief);
            foreach (var member in shown)
            {
                byId[member.Article.Id] = member;
            }
        }

        var ordered = byId.Values.OrderBy(a => a.Article.Id, StringComparer.Ordinal).Select(a => a.Article).ToList();
        return new BriefDocument(BriefDocument.CurrentVersion, ordered, Storylines(grouping.Storylines), briefs);
    }

    /// <summary>
    /// An article as the brief groups and shows it: one without a title takes its first line when that reads as a
    /// headline (a plain text saved from a page).
    /// </summary>
    public static AnalyzedArticle Prepare(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return string.IsNullOrWhiteSpace(article.Article.Title) && Mizan.Text.Headline.FirstLine(article.Article.Text) is { } line
            ? article with { Article = article.Article with { Title = line } }
            : article;
    }

    /// <summary>A story's id in the brief ("s12" for the grouping's story 12).</summary>
    public static string StoryId(int story) => $"s{story}";

    /// <summary>The storylines as the brief shows them ("l3" holding "s12", "s40").</summary>
    public static List<StorylineView> Storylines(IEnumerable<Storyline> storylines)
    {
        ArgumentNullException.ThrowIfNull(storylines);
        return storylines.Select(l => new StorylineView($"l{l.Id}", l.StoryIds.Select(StoryId).ToList())).ToList();
    }

    /// <summary>
    /// The brief of one story from its own articles (each <see cref="Prepare"/>d), and those articles as it shows them:
    /// an article without a publication date takes one inferred from its story (marked so, with its basis), and its
    /// relative dates (آب الماضي, السبت) are read again against it. Depends on nothing but the story and its articles,
    /// so a stored story is rebuilt alone when an article joins it.
    /// </summary>
    public static (StoryBrief Brief, IReadOnlyList<AnalyzedArticle> Members) Story(Story story, IReadOnlyList<AnalyzedArticle> members)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(members);
        var shown = members.Select(member => PublicationDates.Infer(member, members) is { } inferred
                ? new AnalyzedArticle(
                    member.Article with { Published = inferred.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), PublishedInferred = true, PublishedBasis = inferred.Basis },
                    TextAnalyzer.Default.Analyze(member.Analysis.Text, inferred.Date))
                : member)
            .ToList();
        return (BuildStory(StoryId(story.Id), story, shown), shown);
    }

    private static StoryBrief BuildStory(string id, Story story, IReadOnlyList<AnalyzedArticle> members)
    {
        var sources = StorySources.Number(members);
        var keys = StorySources.Keys(sources);
        string OutletOf(AnalyzedArticle article) => keys[article.Article.Id];

        // Every sentence of every article, split once for the summary, the date claims and the toll check.
        var sentences = members.ToDictionary(a => a.Article.Id, a => SentenceBag.All(a.Article.Id, OutletOf(a), a.Analysis).ToList(), StringComparer.Ordinal);
        var bags = members.SelectMany(a => sentences[a.Article.Id].Where(bag => bag.Stems.Count >= MinSentenceWords)).ToList();
        var alike = AlikeSentences(bags);
        var support = bags.ToDictionary(b => b, b => Supporters(b, alike[b]));
        var quantities = FigureClaims.Rows(members);
        List<Claim> claims = [.. FigureClaims.Find(quantities, members), .. DateClaims.Find(members, sentences, StemsOf), .. members.SelectMany(a => InnerConflicts.Find(a, sentences[a.Article.Id]))];
        var titles = members.ToDictionary(a => a.Article.Id, a => a.Article.Title, StringComparer.Ordinal);
        var summary = SummaryBuilder.Build(bags, support, sentences, claims, titles, articleId => keys[articleId]);
        var statements = bags.Where(b => SummaryBuilder.Readable(b, titles)).ToList();
        var entities = EntityResolver.Resolve(members, id);
        var outlets = members.GroupBy(OutletOf).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutletView(
                g.Key,
                g.Select(a => a.Article.Id).ToList(),
                Unique(statements.Where(b => b.Outlet == g.Key).ToList(), support, alike, statements.Count),
                Wording(g.ToList()),
                Omitted(g.Key, statements, support, members.Select(OutletOf).Distinct(StringComparer.Ordinal).Count())))
            .ToList();
        return new StoryBrief(
            id,
            Headline(members, summary),
            members.Select(a => a.Article.Id).ToList(),
            story.Outlets,
            story.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            story.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            summary,
            entities,
            QuotesTable(members, OutletOf, entities),
            quantities,
            Timeline(members),
            claims,
            outlets,
            sources);
    }

    /// <summary>
    /// For every sentence, the sentences of other outlets with a cosine of at least <see cref="SameThing"/>. Candidates
    /// come from an inverted index over stems; a stem in more than <see cref="MaxPostings"/> sentences (the story's
    /// own subject words) finds no candidates but still counts in the cosine, so a big story costs far less than
    /// comparing every pair.
    /// </summary>
    private static Dictionary<SentenceBag, List<(SentenceBag Bag, double Score)>> AlikeSentences(List<SentenceBag> bags)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < bags.Count; i++)
        {
            foreach (var stem in bags[i].Stems)
            {
                if (!index.TryGetValue(stem, out var list))
                {
                    list = [];
                    index[stem] = list;
                }

                list.Add(i);
            }
        }

        var alike = new Dictionary<SentenceBag, List<(SentenceBag, double)>>();
        for (var i = 0; i < bags.Count; i++)
        {
            // Only other outlets' sentences are candidates: a story of one outlet weighs none.
            var candidates = new HashSet<int>();
            foreach (var stem in bags[i].Stems)
            {
                if (index[stem].Count <= MaxPostings)
                {
                    foreach (var j in index[stem])
                    {
                        if (bags[j].Outlet != bags[i].Outlet)
                        {
                            candidates.Add(j);
                        }
                    }
                }
            }

            alike[bags[i]] = candidates
                .Select(j => (bags[j], bags[i].Similarity(bags[j])))
                .Where(x => x.Item2 >= SameThing)
                .ToList();
        }

        return alike;
    }

    /// <summary>For a sentence, the most alike sentence of each other outlet that says the same thing.</summary>
    private static List<SentenceBag> Supporters(SentenceBag sentence, List<(SentenceBag Bag, double Score)> alike) =>
        alike
            .GroupBy(x => x.Bag.Outlet)
            .Select(g => g.OrderByDescending(x => x.Score).ThenBy(x => x.Bag.ArticleId, StringComparer.Ordinal).First().Bag)
            .OrderBy(b => b.Outlet, StringComparer.Ordinal)
            .ToList();

    /// <summary>Details only one outlet gives: its sentences no other outlet says, earliest first.</summary>
    private static List<SummarySentence> Unique(
        List<SentenceBag> own, Dictionary<SentenceBag, List<SentenceBag>> support, Dictionary<SentenceBag, List<(SentenceBag Bag, double Score)>> alike, int all)
    {
        if (own.Count == 0 || own.Count == all)
        {
            return [];
        }

        return own.Where(b => support[b].Count == 0 && alike[b].Count == 0)
            .OrderBy(b => b.Position)
            .ThenBy(b => b.ArticleId, StringComparer.Ordinal)
            .Take(UniquePerOutlet)
            .Select(b => new SummarySentence(b.Text, [b.Evidence()]))
            .ToList();
    }

    /// <summary>
    /// What an outlet leaves out: sentences that at least half of the other outlets (two at least) say alike, when
    /// none of this outlet's sentences says the same; one sentence per fact (the one most outlets support), at most
    /// <see cref="UniquePerOutlet"/>, with every supporting sentence as evidence. A story of fewer than three outlets
    /// has no majority to leave out.
    /// </summary>
    private static List<SummarySentence> Omitted(string outlet, List<SentenceBag> bags, Dictionary<SentenceBag, List<SentenceBag>> support, int outlets)
    {
        if (outlets < 3)
        {
            return [];
        }

        var needed = Math.Max(2, (int)Math.Ceiling((outlets - 1) / 2.0));
        var taken = new HashSet<SentenceBag>();
        var omitted = new List<SummarySentence>();
        var facts = bags.Where(b => b.Outlet != outlet)
            .Select(b => (Bag: b, Outlets: support[b].Select(x => x.Outlet).Append(b.Outlet).ToHashSet(StringComparer.Ordinal)))
            .Where(x => !x.Outlets.Contains(outlet) && x.Outlets.Count >= needed)
            .OrderByDescending(x => x.Outlets.Count).ThenBy(x => x.Bag.Position).ThenBy(x => x.Bag.ArticleId, StringComparer.Ordinal);
        foreach (var (bag, _) in facts)
        {
            if (omitted.Count == UniquePerOutlet || taken.Contains(bag))
            {
                continue;
            }

            taken.Add(bag);
            taken.UnionWith(support[bag]);
            omitted.Add(new SummarySentence(bag.Text, [bag.Evidence(), .. support[bag].Select(x => x.Evidence())]));
        }

        return omitted;
    }

    /// <summary>
    /// Who said what: quotes merged when several outlets carry the same words, each under its speaker's entity (the
    /// fullest name the story gives them, so برنين and جون دبليو برنين are one speaker), with the role the quote
    /// gives, else the entity's.
    /// </summary>
    private static List<QuoteRow> QuotesTable(IReadOnlyList<AnalyzedArticle> members, Func<AnalyzedArticle, string> outletOf, IReadOnlyList<BriefEntity> entities)
    {
        var rows = new List<(HashSet<string> Stems, Quote First, List<Evidence> Evidence, SortedSet<string> Outlets, string? Speaker, string? Role)>();
        foreach (var article in members)
        {
            foreach (var quote in article.Analysis.Quotes)
            {
                var stems = StemsOf(quote.Text);
                if (stems.Count == 0)
                {
                    continue;
                }

                var evidence = new Evidence(article.Article.Id, quote.Start, quote.End, quote.Text);
                var match = rows.FindIndex(r => Jaccard(r.Stems, stems) >= SameQuote || Containment(r.Stems, stems) >= SameQuoteInside);
                if (match >= 0)
                {
                    var row = rows[match];
                    row.Evidence.Add(evidence);
                    row.Outlets.Add(outletOf(article));
                    rows[match] = (row.Stems, row.First, row.Evidence, row.Outlets, row.Speaker ?? quote.Speaker, row.Role ?? quote.Role);
                }
                else
                {
                    rows.Add((stems, quote, [evidence], new SortedSet<string>(StringComparer.Ordinal) { outletOf(article) }, quote.Speaker, quote.Role));
                }
            }
        }

        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return rows.OrderByDescending(r => r.Outlets.Count)
            .Select(r =>
            {
                var entity = EntityResolver.EntityOf(r.Speaker, entities) is { } found ? byId[found] : null;
                var speaker = entity is { Type: "person" or "organization" } && !SpeakerShape.OpensWithPrepositionOrPronoun(entity.Name) ? entity.Name : r.Speaker;
                var role = r.Role ?? (entity is { Type: "person", Roles.Count: > 0 } ? entity.Roles[0] : null);
                return new QuoteRow(speaker, entity?.Id, role, r.First.Text, r.First.Direct, r.Outlets.ToList(), r.Evidence);
            })
            .ToList();
    }

    /// <summary>The dated events the coverage mentions, in date order: one entry per date, every sentence naming it as evidence.</summary>
    private static List<TimelineEntry> Timeline(IReadOnlyList<AnalyzedArticle> members)
    {
        var entries = new List<(string Date, string Granularity, string Sentence, List<Evidence> Evidence)>();
        foreach (var article in members)
        {
            foreach (var date in article.Analysis.Dates.Where(d => d.Value is not null))
            {
                var sentence = article.Analysis.Sentences.FirstOrDefault(s => s.Start <= date.Start && date.End <= s.End);
                var sentenceText = sentence.End > sentence.Start ? AroundDate(article.Analysis.Text, sentence.Start, sentence.End, date.Start) : date.Text;
                // A clock time (an hour, a minute, a second) is placed on its day.
                var clock = Figures.Dates.IsClock(date.Granularity);
                var value = clock ? Figures.Dates.DayOf(date)! : date.Value!;
                var granularity = clock ? "day" : date.Granularity.ToString().ToLowerInvariant();
                var evidence = new Evidence(article.Article.Id, date.Start, date.End, date.Text);
                var existing = entries.FindIndex(e => e.Date == value && e.Granularity == granularity);
                if (existing >= 0)
                {
                    entries[existing].Evidence.Add(evidence);
                }
                else
                {
                    entries.Add((value, granularity, sentenceText, [evidence]));
                }
            }
        }

        return entries.OrderBy(e => e.Date, StringComparer.Ordinal)
            .Select(e => new TimelineEntry(e.Date, e.Granularity, e.Sentence, e.Evidence))
            .ToList();
    }

    /// <summary>
    /// The longest timeline text kept whole: the renderers cut a longer one after as many characters, so a date late in a
    /// long sentence fell outside what the reader saw, and one sentence naming three days showed three times as its
    /// same first words (إلى ذلك عقدت أمانة منطقة المدينة المنورة ..., the brief of 2015-08-03).
    /// </summary>
    private const int TimelineText = BriefLayout.CellLength;

    /// <summary>How far before its date a timeline text cut from a long sentence begins.</summary>
    private const int TimelineLead = 60;

    /// <summary>
    /// The sentence [start, end) of a timeline entry, or, when longer than <see cref="TimelineText"/>, the part of it
    /// around the date at <paramref name="date"/>: from a word about <see cref="TimelineLead"/> characters before it, to
    /// a word end within <see cref="TimelineText"/> characters, with … where the sentence goes on.
    /// </summary>
    internal static string AroundDate(string text, int start, int end, int date)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end - start <= TimelineText)
        {
            return text[start..end];
        }

        var from = Math.Max(start, date - TimelineLead);
        while (from > start && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = Math.Min(end, from + TimelineText);
        while (to < end && to > from && !char.IsWhiteSpace(text[to]))
        {
            to--;
        }

        to = to > date ? to : Math.Min(end, from + TimelineText);
        return (from > start ? "…" : string.Empty) + text[from..to].Trim() + (to < end ? "…" : string.Empty);
    }

    /// <summary>Each framing term the outlet's articles use, with every occurrence as evidence.</summary>
    private static List<WordingTerm> Wording(IReadOnlyList<AnalyzedArticle> articles)
    {
        var found = new Dictionary<(string Frame, string Term), List<Evidence>>();
        foreach (var article in articles)
        {
            foreach (var token in article.Analysis.Tokens.Where(t => t.Kind == "arabicWord"))
            {
                foreach (var (frame, term, stem) in Lexicon.Value)
                {
                    if (token.Stem == stem)
                    {
                        if (!found.TryGetValue((frame, term), out var list))
                        {
                            list = [];
                            found[(frame, term)] = list;
                        }

                        list.Add(new Evidence(article.Article.Id, token.Start, token.End, token.Text));
                    }
                }
            }
        }

        return found.OrderBy(p => p.Key.Frame, StringComparer.Ordinal).ThenByDescending(p => p.Value.Count).ThenBy(p => p.Key.Term, StringComparer.Ordinal)
            .Select(p => new WordingTerm(p.Key.Frame, p.Key.Term, p.Value.Count, p.Value))
            .ToList();
    }

    /// <summary>
    /// The headline: among the articles' titles, the one whose words the most articles of the story use (the average
    /// share of articles holding each of its content stems), so that it states what most sources agree on; ties go
    /// to the earliest article. A story without a title takes its first summary item.
    /// </summary>
    private static string Headline(IReadOnlyList<AnalyzedArticle> members, List<SummarySentence> summary)
    {
        var titled = members.Where(a => !string.IsNullOrWhiteSpace(a.Article.Title)).ToList();
        if (titled.Count == 0)
        {
            // A sentence that opens with و or ف glued to its first word goes on from one before it (وسيتمكن من إنتاج 20 في
            // المئة): the first item that does not is the headline, when there is one.
            var first = summary.FirstOrDefault(s => !OpensWithConjunction(s.Text))?.Text ?? summary.FirstOrDefault()?.Text ?? members[0].Article.Text;
            return first.Length <= 140 ? first : first[..140] + "…";
        }

        if (titled.Count == 1)
        {
            // One title: nothing to weigh it against (most stories are one article), so no article is stemmed.
            return titled[0].Article.Title!.Trim();
        }

        var stems = members.Select(a => StemsOf(a.Analysis.Text)).ToList();
        return titled
            .Select(a => (Title: a.Article.Title!.Trim(), Words: StemsOf(a.Article.Title!), a.Article.Published, a.Article.Id))
            .Select(t => (t.Title, Score: t.Words.Count == 0 ? 0 : t.Words.Average(w => stems.Count(s => s.Contains(w))), t.Published, t.Id))
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Published is null)
            .ThenBy(t => t.Published, StringComparer.Ordinal)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .First().Title;
    }

    /// <summary>Whether the first Arabic word of a sentence carries و or ف as a proclitic (وقال, فقد; not وزير, وفد).</summary>
    private static bool OpensWithConjunction(string sentence)
    {
        var token = Tokenizer.Tokenize(sentence).FirstOrDefault(t => t.Kind == TokenKind.ArabicWord);
        if (token.Length == 0)
        {
            return false;
        }

        var clitics = LightStemmer.Default.Stem(sentence.AsSpan(token.Start, token.Length)).Clitics;
        return clitics.Count > 0 && clitics[0] is "و+" or "ف+";
    }

    private static HashSet<string> StemsOf(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.ArabicWord))
        {
            var word = text.AsSpan(token.Start, token.Length);
            if (!LightStemmer.Default.IsFunctionWord(word))
            {
                stems.Add(LightStemmer.Default.Stem(word).Stem);
            }
        }

        return stems;
    }

    /// <summary>The share of the smaller set found in the larger: a short quote cut from a longer one.</summary>
    private static double Containment(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count < MinSentenceWords ? 0 : (double)small.Count(large.Contains) / small.Count;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Count(b.Contains) / a.Union(b).Count();

    private static List<(string Frame, string Term, string Stem)> LoadLexicon() =>
        new LanguageDataFiles(typeof(BriefBuilder).Assembly, "Mizan.Briefs.Data.").Lines("framing-lexicon.txt")
            .Select(l => l.Split('\t'))
            .Select(p => (Frame: p[0], Term: p[1], Stem: LightStemmer.Default.Stem(p[1]).Stem))
            .DistinctBy(e => (e.Frame, e.Stem))
            .ToList();
}
