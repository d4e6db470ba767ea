using System.Globalization;
using Mizan.Figures;

namespace Mizan.Briefs;

/// <summary>
/// Dates stated about the same event, lined up across sources: agree when they fall in the same month, conflict when
/// they do not (the concluding round of talks in July in one outlet, in August in another). Rules:
/// <list type="bullet">
/// <item>only dates of a day or a month count (a year is too coarse to disagree about, and so is a quarter or a half
/// of one, a month's reading that spans several: الربع الثاني, النصف الأول من العام; rule period-is-no-month), and not an article's own
/// publication day (every article's "today" differs and says nothing about the event), nor a day counted from the
/// publication date (أمس, أول من أمس, الخميس: no day number written) in an article whose publication date is
/// inferred (it is only as good as a guessed day);</item>
/// <item>two dates are about the same event when they lie on the same side of their articles' publication months
/// (before, within, after: the round that concluded in July is not the deadline of 31 December) and their
/// sentences, in two independent sources (copies of one article are one source), share at least
/// <see cref="SharedStems"/> content stems and a Jaccard similarity of at least <see cref="SameEvent"/> over them,
/// the date words left out;</item>
/// <item>a month counted from the article's date without its name (الشهر الماضي) is left out;</item>
/// <item>a sentence with two dates of a day or a month (a range, a comparison: from April to the end of June) states
/// no single date of an event, and dates more than six months apart are two events;</item>
/// <item>two months conflict only when an article giving the one leaves the other out entirely, and the other way
/// round (an economic report that names April and July is not at odds with one that names July);</item>
/// <item>a date joins a group when it reports the same event as at least half of the group's dates from other
/// sources; a group of two sources or more becomes one claim.</item>
/// </list>
/// </summary>
internal static class DateClaims
{
    /// <summary>Content stems two sentences must share to be about one event: the actors, the act and its object (بغداد, واشنطن, قوات, عراق).</summary>
    private const int SharedStems = 4;

    /// <summary>
    /// The stem-set overlap from which two date sentences report one event. Tuned on the seeds and checked on three
    /// days of SaudiNewsNet: at 0.07 most "conflicts" there were different events of one story (monthly figures of
    /// an economic report); at 0.15 with four shared stems they are few, while outlets that word one event very
    /// differently (بغداد وواشنطن اتفقتا / حكومتي الولايات المتحدة والعراق) can be missed.
    /// </summary>
    private const double SameEvent = 0.15;

    /// <summary>
    /// Two sources giving the same month need less in common to be counted as one account: calling two mentions of
    /// one month the same event can at worst overstate an agreement, while calling two months one event asserts a
    /// conflict. Three shared stems and 0.07: the seeds' "no combat troops by 31 December" in 002 and 004, and their
    /// July in 001 and 004, worded very differently.
    /// </summary>
    private const int SharedStemsAgreeing = 3;

    private const double SameEventAgreeing = 0.07;

    /// <summary>Dates further apart than this many months are two events, not two accounts of one.</summary>
    private const int MaximumMonthsApart = 6;

    /// <summary>Date mentions considered per story: a story's dated sentences rarely run past this, and pairs grow as its square.</summary>
    private const int MaximumMentions = 600;

    private sealed record Mention(string ArticleId, string Source, string Month, int Tense, DateMention Date, SentenceBag Sentence, HashSet<string> Stems);

    /// <param name="sentences">Each member's sentences by article id, in text order.</param>
    public static List<Claim> Find(IReadOnlyList<AnalyzedArticle> members, IReadOnlyDictionary<string, List<SentenceBag>> sentences, Func<string, HashSet<string>> stemsOf)
    {
        var mentions = new List<Mention>();
        foreach (var article in members)
        {
            var own = Mizan.Analysis.TextAnalyzer.ReferenceDate(article.Article.Published);
            var source = article.Article.NearDuplicateOf ?? article.Article.Id;
            var articleSentences = sentences[article.Article.Id];
            foreach (var found in article.Analysis.Dates)
            {
                // A clock time on a named day claims that day; one on the publication day alone claims nothing.
                var date = Dates.IsClock(found.Granularity) ? found with { Value = Dates.DayOf(found), Granularity = DateGranularity.Day } : found;
                if (date.Value is not { Length: >= 7 } value || date.Granularity is not (DateGranularity.Day or DateGranularity.Month)
                    || (own is { } day && value == day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    || (article.Article.PublishedInferred && date.Relative && date.Granularity == DateGranularity.Day && !date.Text.Any(char.IsDigit))
                    || CountedMonth(date) || SpansMonths(date))
                {
                    continue;
                }

                var sentence = articleSentences.FirstOrDefault(s => s.Start <= date.Start && date.End <= s.End);
                if (sentence is null || article.Analysis.Dates.Any(d => d != found && sentence.Start <= d.Start && d.End <= sentence.End && d.Granularity != DateGranularity.Year && !OnPublicationDay(d, own)))
                {
                    continue;
                }

                var stems = new HashSet<string>(sentence.Stems, StringComparer.Ordinal);
                stems.ExceptWith(stemsOf(date.Text));
                var tense = own is { } published ? string.CompareOrdinal(value[..7], published.ToString("yyyy-MM", CultureInfo.InvariantCulture)) : 0;
                mentions.Add(new Mention(article.Article.Id, source, value[..7], Math.Sign(tense), date, sentence, stems));
            }
        }

        if (mentions.Count > MaximumMentions)
        {
            mentions = mentions.Take(MaximumMentions).ToList();
        }

        // Greedy grouping in text order: a mention joins the first group in which it reports the same event as at
        // least half of the members from other sources (a chain of look-alike sentences does not merge two events),
        // else starts a group of its own.
        var groups = new List<List<Mention>>();
        foreach (var mention in mentions)
        {
            var home = groups.FirstOrDefault(g =>
            {
                var others = g.Where(m => m.Source != mention.Source).ToList();
                return others.Count > 0 && others.Count(m => SameEventOf(m, mention)) * 2 >= others.Count;
            });
            if (home is null)
            {
                groups.Add([mention]);
            }
            else
            {
                home.Add(mention);
            }
        }

        // The months each article mentions anywhere: an article that names both of two months is not at odds with itself.
        var monthsOf = members.ToDictionary(
            a => a.Article.Id,
            a => a.Analysis.Dates.Where(d => d.Value is { Length: >= 7 }).Select(d => d.Value![..7]).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        bool AtOdds(IGrouping<string, Mention> v, IGrouping<string, Mention> w) =>
            v.Any(m => !monthsOf[m.ArticleId].Contains(w.Key)) && w.Any(m => !monthsOf[m.ArticleId].Contains(v.Key));

        var claims = new List<Claim>();
        foreach (var group in groups)
        {
            if (group.Select(m => m.Source).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var months = group.GroupBy(m => m.Month, StringComparer.Ordinal).ToList();
            if (months.Count > 1)
            {
                // Months that no article gives without also giving the other are two events of one report, not a conflict.
                months = months.Where(v => months.Any(w => w.Key != v.Key && AtOdds(v, w))).ToList();
                if (months.Count < 2)
                {
                    continue;
                }
            }

            var values = months
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ClaimValue(
                    Precise(g),
                    g.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                    g.Select(m => new Evidence(m.ArticleId, m.Date.Start, m.Date.End, m.Date.Text)).ToList(),
                    g.Select(m => m.Source).Distinct(StringComparer.Ordinal).Count()))
                .ToList();
            var about = "تاريخ: " + EventPhrase(group, members, stemsOf);
            claims.Add(new Claim(about, values.Count > 1 ? "conflict" : "agree", values));
        }

        return claims;
    }

    private static bool SameEventOf(Mention a, Mention b)
    {
        if (a.Tense != b.Tense || Math.Abs(MonthIndex(a.Month) - MonthIndex(b.Month)) > MaximumMonthsApart)
        {
            return false;
        }

        var shared = a.Stems.Count(b.Stems.Contains);
        var union = a.Stems.Count + b.Stems.Count - shared;
        var agreeing = a.Month == b.Month;
        return shared >= (agreeing ? SharedStemsAgreeing : SharedStems) && union > 0
            && (double)shared / union >= (agreeing ? SameEventAgreeing : SameEvent);
    }

    /// <summary>
    /// Rule period-is-no-month: a reading of month granularity whose span runs past its month (a quarter, a half of the
    /// year: from 2015-01-01 until 2015-07-01) names a reporting period, not the month of an event. On the judged
    /// conflicts (docs/conflicts-judged.tsv) five of the eight date pairs shown were such periods set against a month or a
    /// day of another figure (the first half against the second quarter), none a conflict.
    /// </summary>
    private static bool SpansMonths(DateMention date) =>
        date.Granularity == DateGranularity.Month
        && DateOnly.TryParseExact(date.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
        && DateOnly.TryParseExact(date.Until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
        && end > start.AddMonths(1);

    /// <summary>A clock time alone (الساعة 3 عصرا), placed on the publication day or unresolved: it names no other day.</summary>
    private static bool OnPublicationDay(DateMention date, DateOnly? published) =>
        Dates.IsClock(date.Granularity) && (Dates.DayOf(date) is not { } day || (published is { } p && day == p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>
    /// A month counted from the publication date without its name (الشهر الماضي, هذا الشهر): it says when something
    /// happened relative to the article, not which month an outlet gives for it, so it is no evidence for or against.
    /// </summary>
    private static bool CountedMonth(DateMention date) =>
        date.Granularity == DateGranularity.Month && date.Relative
        && Text.Normalization.ArabicNormalizer.Matching.NormalizeToString(date.Text).Contains("الشهر", StringComparison.Ordinal);

    private static int MonthIndex(string month) =>
        (int.Parse(month[..4], CultureInfo.InvariantCulture) * 12) + int.Parse(month[5..7], CultureInfo.InvariantCulture);

    /// <summary>Words of the event phrase a date claim is labelled with: the event noun and what follows it (انتهاء المهمة القتالية).</summary>
    private const int PhraseWords = 4;

    /// <summary>
    /// A month's value at the precision the text gives: the day when every dated day of that month in the group is
    /// one day (26 تموز and تموز الماضي: 2021-07-26), else the month.
    /// </summary>
    private static string Precise(IGrouping<string, Mention> month)
    {
        var days = month.Where(m => m.Date.Granularity == DateGranularity.Day && m.Date.Value is { Length: >= 10 })
            .Select(m => m.Date.Value![..10]).Distinct(StringComparer.Ordinal).ToList();
        return days.Count == 1 ? days[0] : month.Key;
    }

    /// <summary>
    /// The event a group of dated sentences reports, as a span of one of its sentences: the run of at most
    /// <see cref="PhraseWords"/> words, no punctuation inside, that holds the most stems the group's sentences
    /// share (the nearer the date the better on a tie), with the date's own words left out.
    /// </summary>
    private static string EventPhrase(List<Mention> group, IReadOnlyList<AnalyzedArticle> members, Func<string, HashSet<string>> stemsOf)
    {
        var shared = Shared(group).ToHashSet(StringComparer.Ordinal);
        var best = (Score: 0, Distance: int.MaxValue, Text: string.Join(' ', shared.Take(PhraseWords)));
        foreach (var mention in group)
        {
            var analysis = members.First(a => a.Article.Id == mention.ArticleId).Analysis;
            var words = analysis.Tokens.Where(t => t.Start >= mention.Sentence.Start && t.End <= mention.Sentence.End && (t.End <= mention.Date.Start || t.Start >= mention.Date.End)).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                var score = 0;
                for (var j = i; j < words.Count && j < i + PhraseWords && words[j].Kind == "arabicWord"; j++)
                {
                    score += words[j].Stem is { } stem && shared.Contains(stem) && !stemsOf(mention.Date.Text).Contains(stem) ? 1 : 0;
                    var distance = Math.Min(Math.Abs(mention.Date.Start - words[j].End), Math.Abs(words[i].Start - mention.Date.End));
                    if (score > 0 && words[i].Stem is { } head && shared.Contains(head) && (score > best.Score || (score == best.Score && distance < best.Distance)))
                    {
                        best = (score, distance, analysis.Text[words[i].Start..words[j].End]);
                    }
                }
            }
        }

        return best.Text;
    }

    /// <summary>The stems most of a group's sentences share, most shared first: what the dated event is about.</summary>
    private static IEnumerable<string> Shared(List<Mention> group) =>
        group.SelectMany(m => m.Stems).GroupBy(s => s, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key);
}
