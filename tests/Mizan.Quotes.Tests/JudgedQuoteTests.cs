using Mizan.Quotes.Evaluation;
using Mizan.Testing;

namespace Mizan.Quotes.Tests;

/// <summary>docs/quotes-judged.tsv: ids and labels only, all three parts present, and the matching rule of its protocol.</summary>
public sealed class JudgedQuoteTests
{
    private static string TablePath => Path.Combine(Repository.Root, "docs", "quotes-judged.tsv");

    [Fact]
    public void The_table_holds_ids_and_labels_only()
    {
        var rows = JudgedQuotes.Load(TablePath);
        Assert.Equal(100, rows.Count(r => r.Part == "tune"));
        Assert.Equal(100, rows.Count(r => r.Part == "tune2"));
        Assert.Equal(150, rows.Count(r => r.Part == "held-out"));
        Assert.Equal(150, rows.Count(r => r.Part == "held-out3"));
        Assert.Equal(150, rows.Count(r => r.Part == "held-out4"));
        Assert.All(rows, r => Assert.Matches(@"^2015-\d\d-\d\d\.zip!2015-\d\d-\d\d\.json#\d+$", r.Article));

        // A gold speaker is a name, not a sentence of the news text: each accepted form at most ten words, as in the web
        // tables (a statement and its issuer: مكتب رئيس الوزراء العراقي/بيان صادر عن مكتب رئيس الوزراء العراقي).
        Assert.All(rows, r => Assert.True(r.GoldVariants.All(g => g.Split(' ').Length <= 10) && r.Cue.Split(' ').Length == 1, $"{r.Article} {r.Anchor}"));
        // Each quote once per part; two draws from the same days may both hold it (tune and tune2 share one).
        Assert.Equal(rows.Count, rows.Select(r => (r.Part, r.Article, r.Anchor)).Distinct().Count());
    }

    [Theory]
    [InlineData("docs/quotes-judged-web.tsv", "web", "a")]
    [InlineData("docs/quotes-judged-web-b.tsv", "web-b", "b")]
    [InlineData("docs/quotes-judged-web-c.tsv", "web-c", "c")]
    [InlineData("docs/quotes-judged-web-d.tsv", "web-d", "d")]
    [InlineData("docs/quotes-judged-web-e.tsv", "web-e", "e")]
    [InlineData("docs/quotes-judged-web-f.tsv", "web-f", "f")]
    [InlineData("docs/quotes-judged-web-g.tsv", "web-g", "g")]
    [InlineData("docs/quotes-judged-web-h.tsv", "web-h", "h")]
    [InlineData("docs/quotes-judged-web-i.tsv", "web-i", "i")]
    [InlineData("docs/quotes-judged-web-j.tsv", "web-j", "j")]
    [InlineData("docs/quotes-judged-web-k.tsv", "web-k", "k")]
    [InlineData("docs/quotes-judged-web-l.tsv", "web-l", "l")]
    [InlineData("docs/quotes-judged-web-m.tsv", "web-m", "m")]
    [InlineData("docs/quotes-judged-web-n.tsv", "web-n", "n")]
    [InlineData("docs/quotes-judged-web-o.tsv", "web-o", "o")]
    [InlineData("docs/quotes-judged-web-p.tsv", "web-p", "p")]
    [InlineData("docs/quotes-judged-web-q.tsv", "web-q", "q")]
    [InlineData("docs/quotes-judged-web-r.tsv", "web-r", "r")]
    [InlineData("docs/quotes-judged-web-s.tsv", "web-s", "s")]
    [InlineData("docs/quotes-judged-web-t.tsv", "web-t", "t")]
    [InlineData("docs/quotes-judged-web-u.tsv", "web-u", "u")]
    [InlineData("docs/quotes-judged-web-v.tsv", "web-v", "v")]
    [InlineData("docs/quotes-judged-web-w.tsv", "web-w", "w")]
    [InlineData("docs/quotes-judged-web-x.tsv", "web-x", "x")]
    [InlineData("docs/quotes-judged-web-y.tsv", "web-y", "y")]
    [InlineData("docs/quotes-judged-web-z.tsv", "web-z", "z")]
    [InlineData("docs/quotes-judged-web-aa.tsv", "web-aa", "aa")]
    [InlineData("docs/quotes-judged-web-ab.tsv", "web-ab", "ab")]
    [InlineData("docs/quotes-judged-web-ac.tsv", "web-ac", "ac")]
    [InlineData("docs/quotes-judged-web-ad.tsv", "web-ad", "ad")]
    [InlineData("docs/quotes-judged-web-ae.tsv", "web-ae", "ae")]
    [InlineData("docs/quotes-judged-web-af.tsv", "web-af", "af")]
    [InlineData("docs/quotes-judged-web-ag.tsv", "web-ag", "ag")]
    [InlineData("docs/quotes-judged-web-ah.tsv", "web-ah", "ah")]
    [InlineData("docs/quotes-judged-web-ai.tsv", "web-ai", "ai")]
    [InlineData("docs/quotes-judged-web-aj.tsv", "web-aj", "aj")]
    [InlineData("docs/quotes-judged-web-ak.tsv", "web-ak", "ak")]
    [InlineData("docs/quotes-judged-web-al.tsv", "web-al", "al")]
    [InlineData("docs/quotes-judged-web-am.tsv", "web-am", "am")]
    [InlineData("docs/quotes-judged-web-an.tsv", "web-an", "an")]
    [InlineData("docs/quotes-judged-web-ao.tsv", "web-ao", "ao")]
    public void The_web_samples_hold_ids_and_labels_of_listed_pages(string table, string part, string half)
    {
        var pages = File.ReadLines(Path.Combine(Repository.Root, "docs", "quote-pages.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("file	", StringComparison.Ordinal))
            .Select(l => l.Split('	'))
            .ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);
        var rows = JudgedQuotes.Load(Path.Combine(Repository.Root, table));
        Assert.Equal(150, rows.Count);
        Assert.All(rows, r => Assert.Equal(part, r.Part));
        Assert.All(rows, r => Assert.Equal(half, pages[r.Article]));
        Assert.All(rows, r => Assert.True(r.GoldVariants.All(g => g.Split(' ').Length <= 10) && (r.Speech || r.Gold.Length == 0), $"{r.Article} {r.Anchor}"));
        Assert.Equal(rows.Count, rows.Select(r => (r.Article, r.Anchor)).Distinct().Count());
    }

    [Theory]
    [InlineData("الجبير", "عادل الجبير", true)]
    [InlineData("وزارة الداخلية", "الداخلية", true)]
    [InlineData("المصدر", "مصدر مطلع", true)]
    [InlineData("للقيادة", "القيادة", false)]
    [InlineData("الوزير", "وزير الخارجية", false)]
    [InlineData("الجبير", "عادل الطريفي", false)]
    [InlineData("النائب", "النائب", true)]
    [InlineData("النائب", "نائب آخر", false)]
    [InlineData("إدارة العلاقات العامة و الإعلام", "إدارة العلاقات العامة والإعلام في الشرطة", true)]
    [InlineData("إدارة العلاقات العامة و الإعلام", "إدارة العلاقات العامة والنشر", false)]
    public void A_predicted_speaker_matches_the_gold_by_its_head_name(string predicted, string gold, bool same) =>
        Assert.Equal(same, JudgedQuotes.SameSpeaker(predicted, gold));

    [Theory]
    [InlineData(100, 100)]
    [InlineData(110, 100)]
    [InlineData(160, 40)]
    [InlineData(300, -1)]
    public void A_judged_row_finds_its_quote_at_its_anchor_near_it_or_holding_it(int anchor, int expectedStart)
    {
        Quote At(int start, int end, string cue) => new(start, end, "...", false, cue, start - 10, start - 5, SpeakerSource.Subject);
        var quotes = new[] { At(40, 200, "وأضاف"), At(100, 140, "وأضاف"), At(150, 320, "وقال") };
        var found = JudgedQuotes.Find(new JudgedQuote("web", "p1.txt", anchor, "وأضاف", true, "المضف"), quotes);
        Assert.Equal(expectedStart, found?.Start ?? -1);
    }

    [Theory]
    [InlineData("للقيادة", true)]
    [InlineData("هو", true)]
    [InlineData("لوزير الخارجية", true)]
    [InlineData("البعض", true)]
    [InlineData("وزارة الداخلية", false)]
    [InlineData("لافازانيس", false)]
    [InlineData("كالفين كوليدج", false)]
    [InlineData("كالرئيس الأمريكي", true)]
    public void A_speaker_led_by_a_preposition_or_pronoun_is_told(string speaker, bool bad) =>
        Assert.Equal(bad, SpeakerShape.OpensWithPrepositionOrPronoun(speaker));

    [SharedDataFact]
    public void Every_judged_article_names_a_day_of_the_corpus()
    {
        var folder = Path.Combine(Repository.Shared!, "data", "saudinewsnet", "dataset");
        Assert.True(Directory.Exists(folder), $"skipped in effect: {folder} not found");
        foreach (var day in JudgedQuotes.Load(TablePath).Select(r => r.Article[..r.Article.IndexOf('!', StringComparison.Ordinal)]).Distinct())
        {
            Assert.True(File.Exists(Path.Combine(folder, day)), day);
        }
    }
}
