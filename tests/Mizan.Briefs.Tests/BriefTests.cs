using System.Text.Json;
using Mizan.Analysis;
using Mizan.Core.Json;
using Mizan.Ingest.Sources;
using Mizan.Testing;
using Mizan.Text;

namespace Mizan.Briefs.Tests;

/// <summary>The brief of the five samples: its shape, its evidence, and what an analyst expects in it.</summary>
public sealed class BriefTests
{
    private static readonly Lazy<BriefDocument> SampleBrief = new(() => BriefBuilder.Build(Repository.SampleArticles().Select(Analyze).ToList()));

    private static AnalyzedArticle Analyze(string path)
    {
        var article = ArticleSources.Read(path).Single().Article!.Article;
        var analysis = TextAnalyzer.Default.Analyze(article.Text, TextAnalyzer.ReferenceDate(article.Published));
        return new AnalyzedArticle(new BriefArticle(article.Id, path, article.Outlet, article.Title, article.Published, article.PublishedInferred, analysis.Text, []), analysis);
    }

    [Fact]
    public void Every_piece_of_evidence_points_at_its_text()
    {
        var brief = SampleBrief.Value;
        var texts = brief.Articles.ToDictionary(a => a.Id, a => a.Text);
        var evidence = brief.Stories.SelectMany(s =>
            s.Summary.SelectMany(x => x.Evidence)
                .Concat(s.Quotes.SelectMany(q => q.Evidence))
                .Concat(s.OutletViews.SelectMany(o => o.Unique.SelectMany(u => u.Evidence).Concat(o.Wording.SelectMany(w => w.Evidence)))))
            .ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(texts[e.ArticleId][e.Start..e.End], e.Text));
    }

    [Fact]
    public void The_announcement_story_holds_the_three_reports_and_a_summary_of_at_most_seven_items()
    {
        var brief = SampleBrief.Value;
        var ids = brief.Articles.ToDictionary(a => Path.GetFileName(a.Source!)[..3], a => a.Id);
        var story = brief.Stories.Single(s => s.ArticleIds.Contains(ids["000"]));
        Assert.Contains(ids["001"], story.ArticleIds);
        Assert.Contains(ids["004"], story.ArticleIds);
        Assert.DoesNotContain(ids["003"], story.ArticleIds);
        Assert.InRange(story.Summary.Count, 1, 7);
        Assert.True(story.Summary[0].Evidence.Select(e => e.ArticleId).Distinct().Count() >= 2, "the first summary sentence is one several outlets give");
        Assert.Single(brief.Storylines, l => l.StoryIds.Count == brief.Stories.Count);
    }

    [Fact]
    public void The_quotes_table_merges_a_quote_cut_from_a_longer_one()
    {
        var story = SampleBrief.Value.Stories[0];
        var araji = story.Quotes.Where(q => q.Text.StartsWith("اليوم أنهينا", StringComparison.Ordinal)).ToList();
        Assert.Single(araji);
        Assert.Equal(2, araji[0].Evidence.Count);
    }

    [Fact]
    public void Wording_counts_the_framing_terms_each_outlet_uses()
    {
        var brief = SampleBrief.Value;
        var framing = brief.Stories.SelectMany(s => s.OutletViews).SelectMany(o => o.Wording).ToList();
        Assert.Contains(framing, w => w.Frame == "death" && w.Term == "شهيد");
        Assert.Contains(framing, w => w.Frame == "armed" && w.Term == "إرهابي");
        Assert.All(framing, w => Assert.Equal(w.Count, w.Evidence.Count));
    }

    [Fact]
    public void The_json_contract_has_the_designed_fields()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(SampleBrief.Value, MizanJson.Compact));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var article = root.GetProperty("articles")[0];
        foreach (var field in new[] { "id", "text", "removed", "publishedInferred" })
        {
            Assert.True(article.TryGetProperty(field, out _), field);
        }

        var story = root.GetProperty("stories")[0];
        foreach (var field in new[] { "id", "headline", "articleIds", "outletNames", "summary", "entities", "quotes", "quantities", "timeline", "claims", "outlets" })
        {
            Assert.True(story.TryGetProperty(field, out _), field);
        }

        Assert.True(story.GetProperty("outlets")[0].TryGetProperty("wording", out _));
        Assert.True(root.GetProperty("storylines")[0].TryGetProperty("storyIds", out _));
    }

    [Fact]
    public void The_same_articles_give_the_same_brief_in_any_order()
    {
        var articles = Repository.SampleArticles().Select(Analyze).ToList();
        var forward = JsonSerializer.Serialize(BriefBuilder.Build(articles), MizanJson.Compact);
        var backward = JsonSerializer.Serialize(BriefBuilder.Build(Enumerable.Reverse(articles).ToList()), MizanJson.Compact);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void The_framing_lexicon_and_casualty_words_state_their_provenance() =>
        DataFileChecks.HaveProvenance(new LanguageDataFiles(typeof(BriefBuilder).Assembly, "Mizan.Briefs.Data."), expectedFiles: 4);

    [Fact]
    public void The_html_page_escapes_article_text_and_runs_no_script()
    {
        const string hostile = "قال الوزير إن \"<script>alert(1)</script><img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">رابط</a> سيستمر العمل في كل المحافظات العراقية\".";
        var analysis = TextAnalyzer.Default.Analyze(hostile);
        var article = new BriefArticle("x1", "<b>source</b>", "<i>outlet</i>", "<title>", null, false, analysis.Text, []);
        var page = BriefHtml.Render(BriefBuilder.Build([new AnalyzedArticle(article, analysis)]));
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outlets_agree_on_2500_troops_and_the_3000_total_is_no_conflict()
    {
        var story = SampleBrief.Value.Stories[0];
        var troops = Assert.Single(story.Claims, c => c.Status == "agree" && c.Values.Any(v => v.Value == "2500"));
        Assert.True(troops.Values[0].ArticleIds.Count >= 3, string.Join(",", troops.Values[0].ArticleIds));
        Assert.DoesNotContain(story.Claims, c => c.Status == "conflict" && c.Values.Any(v => v.Value == "3000"));
    }

    [Fact]
    public void A_wire_copy_counts_once_a_second_source_makes_agreement()
    {
        const string wire = "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي انتهاء المهمة القتالية لقوات التحالف الدولي، وقال إن 2500 جندي أمريكي سيبقون في العراق للتدريب والاستشارة بعد نهاية العام.";
        const string own = "قالت مصادر عسكرية إن 2500 جندي أمريكي سيبقون في العراق بعد انتهاء المهمة القتالية لقوات التحالف الدولي، في مهام التدريب والاستشارة والتمكين.";
        AnalyzedArticle Make(string id, string text, string outlet, string? copyOf) =>
            new(new BriefArticle(id, null, outlet, null, "2021-12-09", false, text, [], copyOf), TextAnalyzer.Default.Analyze(text, new DateOnly(2021, 12, 9)));

        var copies = BriefBuilder.Build([Make("a", wire, "وكالة", null), Make("b", wire, "صحيفة", "a")]);
        var story = Assert.Single(copies.Stories);
        var single = Assert.Single(story.Claims, c => c.Values.Any(v => v.Value == "2500"));
        Assert.Equal(("single", 1, 2), (single.Status, single.Values[0].Sources, single.Values[0].ArticleIds.Count));

        var independent = BriefBuilder.Build([Make("a", wire, "وكالة", null), Make("b", wire, "صحيفة", "a"), Make("c", own, "موقع", null)]);
        var agree = Assert.Single(independent.Stories.SelectMany(s => s.Claims), c => c.Values.Any(v => v.Value == "2500"));
        Assert.Equal(("agree", 2, 3), (agree.Status, agree.Values[0].Sources, agree.Values[0].ArticleIds.Count));
    }

    [Fact]
    public void The_concluding_round_is_dated_july_by_one_outlet_and_august_by_another()
    {
        var brief = SampleBrief.Value;
        var ids = brief.Articles.ToDictionary(a => Path.GetFileName(a.Source!)[..3], a => a.Id);
        var conflict = Assert.Single(brief.Stories[0].Claims, c => c.Status == "conflict" && c.About.StartsWith("تاريخ", StringComparison.Ordinal));
        var july = Assert.Single(conflict.Values, v => v.Value == "2021-07-26");
        var august = Assert.Single(conflict.Values, v => v.Value == "2021-08");
        Assert.Contains(ids["001"], july.ArticleIds);
        Assert.Equal([ids["002"]], august.ArticleIds);
        Assert.Equal("آب / أغسطس الماضي", august.Evidence[0].Text);
        var deadline = Assert.Single(brief.Stories[0].Claims, c => c.Status == "agree" && c.About.StartsWith("تاريخ", StringComparison.Ordinal));
        List<string> both = [ids["002"], ids["004"]];
        Assert.Equal(both.Order(StringComparer.Ordinal), deadline.Values.Single().ArticleIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_undated_article_takes_its_date_from_its_story_and_the_weekday_it_names()
    {
        var article = SampleBrief.Value.Articles.Single(a => Path.GetFileName(a.Source!).StartsWith("002", StringComparison.Ordinal));
        Assert.Equal(("2021-12-11", true), (article.Published, article.PublishedInferred));
        Assert.Contains("Saturday", article.PublishedBasis, StringComparison.Ordinal);
        var alone = SampleBrief.Value.Articles.Single(a => Path.GetFileName(a.Source!).StartsWith("003", StringComparison.Ordinal));
        Assert.Null(alone.Published);
    }

    [Fact]
    public void Two_months_one_article_names_together_are_two_events_not_a_conflict()
    {
        const string first = "أعلنت وزارة المالية في بغداد أن عائدات النفط العراقية بلغت ستة مليارات دولار في يونيو الماضي. وكانت عائدات النفط العراقية قد بلغت خمسة مليارات دولار في أبريل الماضي بحسب وزارة المالية.";
        const string second = "قالت وزارة المالية في بغداد إن عائدات النفط العراقية بلغت خمسة مليارات دولار في أبريل الماضي بحسب بيان رسمي للوزارة.";
        AnalyzedArticle Make(string id, string text) =>
            new(new BriefArticle(id, null, id, null, "2015-07-20", false, text, []), TextAnalyzer.Default.Analyze(text, new DateOnly(2015, 7, 20)));
        var brief = BriefBuilder.Build([Make("a", first), Make("b", second)]);
        Assert.DoesNotContain(brief.Stories.SelectMany(s => s.Claims), c => c.Status == "conflict" && c.About.StartsWith("تاريخ", StringComparison.Ordinal));
    }

    [Fact]
    public void Period_is_no_month_a_half_and_a_quarter_of_the_year_are_no_dates_at_odds()
    {
        AnalyzedArticle Make(string id, string text) =>
            new(new BriefArticle(id, null, id, null, "2015-07-27", false, text, []), TextAnalyzer.Default.Analyze(text, new DateOnly(2015, 7, 27)));
        static bool DateConflict(StoryBrief story) => story.Claims.Any(c => c.Status == "conflict" && c.About.StartsWith("تاريخ", StringComparison.Ordinal));

        var periods = BriefBuilder.Build(
        [
            Make("a", "أعلنت الشركة السعودية للصناعات الأساسية ارتفاع أرباحها الصافية إلى خمسة مليارات ريال في النصف الأول من العام الحالي بحسب بيان الشركة."),
            Make("b", "أعلنت الشركة السعودية للصناعات الأساسية ارتفاع أرباحها الصافية إلى ثلاثة مليارات ريال في الربع الثاني من العام الجاري بحسب بيان الشركة."),
        ]);
        Assert.DoesNotContain(periods.Stories, DateConflict);

        var months = BriefBuilder.Build(
        [
            Make("a", "أعلنت الشركة السعودية للصناعات الأساسية ارتفاع أرباحها الصافية إلى خمسة مليارات ريال في يناير الماضي بحسب بيان الشركة."),
            Make("b", "أعلنت الشركة السعودية للصناعات الأساسية ارتفاع أرباحها الصافية إلى خمسة مليارات ريال في أبريل الماضي بحسب بيان الشركة."),
        ]);
        Assert.Contains(months.Stories, DateConflict);
    }

    [Fact]
    public void An_untitled_story_is_not_headed_by_a_sentence_that_goes_on_from_another()
    {
        const string first = "وسيتمكن المشروع الجديد من إنتاج عشرين في المئة من الطاقة المستهدفة في البلاد خلال السنوات المقبلة. أطلقت الحكومة أمس أضخم مشروع للطاقة الشمسية في المنطقة بكلفة بلغت مئة وسبعين مليون دولار.";
        const string second = "أطلقت الحكومة أمس أضخم مشروع للطاقة الشمسية في المنطقة بكلفة بلغت مئة وسبعين مليون دولار. وسيتمكن المشروع الجديد من إنتاج عشرين في المئة من الطاقة المستهدفة في البلاد خلال السنوات المقبلة.";
        AnalyzedArticle Make(string id, string outlet, string text) =>
            new(new BriefArticle(id, null, outlet, null, "2015-07-20", false, text, []), TextAnalyzer.Default.Analyze(text, new DateOnly(2015, 7, 20)));
        var story = Assert.Single(BriefBuilder.Build([Make("a", "صحيفة", first), Make("b", "موقع", second)]).Stories);
        Assert.Contains(story.Summary, s => s.Text.StartsWith("وسيتمكن", StringComparison.Ordinal));
        Assert.StartsWith("أطلقت الحكومة", story.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Frank_and_kenneth_mckenzie_of_two_outlets_are_one_person_not_a_conflict()
    {
        var person = Assert.Single(SampleBrief.Value.Stories[0].Entities, e => e.Aliases.Contains("فرانك ماكينزي"));
        Assert.Contains("كينيث ماكنزي", person.Aliases);
        Assert.Contains(person.Roles, r => r.Contains("القيادة المركزية", StringComparison.Ordinal));
    }

    [Fact]
    public void The_earlier_report_leaves_out_the_announcement_the_others_give()
    {
        var brief = SampleBrief.Value;
        var earlier = brief.Articles.Single(a => Path.GetFileName(a.Source!).StartsWith("002", StringComparison.Ordinal)).Id;
        var view = Assert.Single(brief.Stories[0].OutletViews, o => o.ArticleIds.Contains(earlier));
        var fact = Assert.Single(view.Omitted, f => f.Text.Contains("الأعرجي", StringComparison.Ordinal) && f.Text.Contains("رسميا", StringComparison.Ordinal));
        Assert.DoesNotContain(fact.Evidence, e => e.ArticleId == earlier);
        Assert.True(fact.Evidence.Select(e => e.ArticleId).Distinct().Count() >= 2);
    }

    [Fact]
    public void An_article_whose_death_toll_differs_from_the_spokesman_it_quotes_is_flagged()
    {
        var brief = SampleBrief.Value;
        var article = brief.Articles.Single(a => Path.GetFileName(a.Source!).StartsWith("003", StringComparison.Ordinal)).Id;
        var claim = Assert.Single(brief.Stories.SelectMany(s => s.Claims), c => c.WithinArticle);
        Assert.Equal(["60", "27"], claim.Values.Select(v => v.Value));
        Assert.All(claim.Values, v => Assert.Equal([article], v.ArticleIds));
    }

    [Fact]
    public void The_timeline_orders_the_dated_events_of_the_coverage()
    {
        var dates = SampleBrief.Value.Stories[0].Timeline.Select(t => t.Date).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        foreach (var expected in new[] { "2014", "2017", "2021-07-26", "2021-12-09", "2021-12-31" })
        {
            Assert.Contains(expected, dates);
        }
    }

    [Fact]
    public void A_long_sentence_is_shown_in_the_timeline_around_each_of_its_dates()
    {
        var filler = string.Concat(Enumerable.Repeat("واستمرت الفعاليات في أنحاء المدينة وسط حضور كبير من الأهالي والزوار ", 3));
        var text = "افتتح المعرض يوم الأحد 2 أغسطس 2015 في جدة " + filler + "ثم انتقل إلى الرياض يوم الخميس 6 أغسطس 2015 حيث يستمر أسبوعا.";
        var analysis = TextAnalyzer.Default.Analyze(text, new DateOnly(2015, 8, 7));
        var article = new BriefArticle("t1", null, "outlet", "title", "2015-08-07", false, analysis.Text, []);
        var timeline = BriefBuilder.Build([new AnalyzedArticle(article, analysis)]).Stories.Single().Timeline;
        var first = Assert.Single(timeline, t => t.Date == "2015-08-02");
        var second = Assert.Single(timeline, t => t.Date == "2015-08-06");
        Assert.Contains("2 أغسطس", first.Text, StringComparison.Ordinal);
        Assert.Contains("6 أغسطس", second.Text, StringComparison.Ordinal);
        Assert.NotEqual(first.Text, second.Text);
        Assert.All(timeline, t => Assert.True(t.Text.Length <= 162, t.Text));
    }

    [Fact]
    public void A_clock_time_is_placed_on_its_day_in_the_timeline()
    {
        const string text = "وقع الانفجار الخميس 9 ديسمبر 2021 الساعة الثالثة عصرا قرب السوق.";
        var analysis = TextAnalyzer.Default.Analyze(text, new DateOnly(2021, 12, 11));
        var clock = Assert.Single(analysis.Dates);
        Assert.Equal(("2021-12-09T15:00", Figures.DateGranularity.Hour), (clock.Value, clock.Granularity));
        var article = new BriefArticle("c1", null, "outlet", "title", "2021-12-11", false, analysis.Text, []);
        var entry = Assert.Single(BriefBuilder.Build([new AnalyzedArticle(article, analysis)]).Stories.Single().Timeline);
        Assert.Equal(("2021-12-09", "day"), (entry.Date, entry.Granularity));
    }
}
