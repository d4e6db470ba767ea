using System.Text.Json;
using Mizan.Briefs.Rendering;
using Mizan.Analysis;
using Mizan.Application;
using Mizan.Core.Json;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Testing;
using Mizan.Text;
using Mizan.Text.Morphology;

namespace Mizan.Briefs.Tests;

/// <summary>
/// The brief of the five samples, checked in as JSON and as the Markdown rendered from it
/// (<c>Golden/samples.brief.json</c>, <c>Golden/samples.brief.md</c>), so that every change to the brief shows up in
/// review; and what an analyst must find in it. After a deliberate change, rewrite the golden files with
/// <c>MIZAN_UPDATE_GOLDEN=1 dotnet test tests/Mizan.Briefs.Tests</c> and read the diff.
/// </summary>
public sealed class GoldenBriefTests
{
    private static readonly Lazy<BriefDocument> Brief = new(() => BriefBuilder.Build(Prepare(Repository.SampleArticles().Order(StringComparer.Ordinal).ToList())));

    private static string GoldenFolder => Path.Combine(Repository.Root, "tests", "Mizan.Briefs.Tests", "Golden");

    [Fact]
    public void The_json_brief_of_the_samples_is_the_golden_one()
    {
        var json = JsonSerializer.Serialize(Brief.Value, MizanJson.Indented).ReplaceLineEndings("\n") + "\n";
        Compare("samples.brief.json", json);
    }

    [Fact]
    public void The_markdown_brief_of_the_samples_is_the_golden_one()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        MarkdownBriefWriter.Write(Brief.Value, writer);
        Compare("samples.brief.md", writer.ToString());
    }

    [Fact]
    public void The_summary_says_each_fact_once_and_opens_with_the_troops_three_sources_give()
    {
        var story = StoryOf("000");
        var first = story.Summary.Take(3).ToList();
        Assert.Contains(first, s => s.Text.Contains("2500", StringComparison.Ordinal) && Sources(s.Evidence) >= 3);
        var stems = story.Summary.Select(s => BriefChecks.ContentStems(s.Text)).ToList();
        for (var i = 0; i < stems.Count; i++)
        {
            for (var j = i + 1; j < stems.Count; j++)
            {
                Assert.True(SummaryBuilder.Overlap(stems[i], stems[j]) <= 0.6, $"items {i} and {j} repeat each other: {story.Summary[i].Text} / {story.Summary[j].Text}");
            }
        }

        Assert.DoesNotContain(story.Summary, s => SummaryBuilder.Broken(s.Text));
    }

    [Fact]
    public void Headlines_are_titles_and_every_source_is_counted_and_named()
    {
        var lone = StoryOf("003");
        Assert.Equal("%60 من قوات التحالف الدولي تغادر العراق", lone.Headline);
        var story = StoryOf("000");
        Assert.Equal(4, story.Sources.Count);
        Assert.Equal(Enumerable.Range(1, 4), story.Sources.Select(s => s.Number));
        Assert.All(story.Sources, s => Assert.DoesNotContain("unknown", s.Name, StringComparison.Ordinal));
        Assert.All(story.OutletViews, o => Assert.DoesNotContain("unknown", o.Outlet, StringComparison.Ordinal));
        Assert.Contains(Brief.Value.Articles, a => a.Title == "%60 من قوات التحالف الدولي تغادر العراق");
    }

    [Fact]
    public void The_quotes_table_has_one_row_per_person()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        MarkdownBriefWriter.Write(Brief.Value, writer);
        var table = writer.ToString().Split('\n').SkipWhile(l => l != "### Who said what").Skip(4).TakeWhile(l => l.StartsWith('|')).ToList();
        var speakers = table.Select(l => l.Split(" | ")[0].TrimStart('|', ' ')).ToList();
        Assert.NotEmpty(speakers);
        Assert.Equal(speakers.Count, speakers.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(speakers, s => s is "برنين" or "الأعرجي");
    }

    [Fact]
    public void Speakers_are_people_or_bodies_roles_are_offices_and_claims_count_things_at_the_text_s_precision()
    {
        var stories = Brief.Value.Stories;
        var quotes = stories.SelectMany(s => s.Quotes).ToList();
        Assert.DoesNotContain(quotes, q => q.Speaker is { } speaker && Mizan.Quotes.SpeakerShape.OpensWithPrepositionOrPronoun(speaker));
        var mckenzie = quotes.Where(q => q.Speaker is { } speaker && speaker.Contains("ماكنزي", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mckenzie);
        Assert.All(mckenzie, q => Assert.True(q.Role is null || q.Role.StartsWith("قائد", StringComparison.Ordinal), $"McKenzie's role: {q.Role}"));

        var claims = stories.SelectMany(s => s.Claims).ToList();
        Assert.DoesNotContain(claims, c => c.About.Contains("سنوي", StringComparison.Ordinal));
        Assert.DoesNotContain(claims.SelectMany(c => c.Values), v => v.Value.Contains("0.333", StringComparison.Ordinal));
        Assert.Contains(claims.SelectMany(c => c.Values), v => v.Value == "2021-07-26");
    }

    [Fact]
    public void Markdown_and_html_carry_every_section_and_the_page_folds_a_long_table()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        MarkdownBriefWriter.Write(Brief.Value, writer);
        var markdown = writer.ToString();
        var html = BriefHtml.Render(Brief.Value);
        var english = BriefLabels.English;
        var arabic = BriefLabels.Arabic;
        foreach (var (en, ar) in new[]
                 {
                     (english.Sources, arabic.Sources), (english.Summary, arabic.Summary), (english.Claims, arabic.Claims),
                     (english.Quotes, arabic.Quotes), (english.Figures, arabic.Figures), (english.Timeline, arabic.Timeline),
                     (english.Entities, arabic.Entities), (english.Outlets, arabic.Outlets),
                 })
        {
            Assert.Contains($"### {en}\n", markdown, StringComparison.Ordinal);
            Assert.Contains($"<h3><bdi>{ar}</bdi></h3>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<details><summary>", html, StringComparison.Ordinal);
        Assert.Contains("4 مقالات من 4 مصادر، منها 3 مصادر بلا اسم منفذ", html, StringComparison.Ordinal);
    }

    private static StoryBrief StoryOf(string sample)
    {
        var id = Brief.Value.Articles.Single(a => Path.GetFileName(a.Source!).StartsWith(sample, StringComparison.Ordinal)).Id;
        return Brief.Value.Stories.Single(s => s.ArticleIds.Contains(id));
    }

    private static int Sources(IEnumerable<Evidence> evidence) => evidence.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Count();

    private static void Compare(string name, string actual)
    {
        var path = Path.Combine(GoldenFolder, name);
        if (Environment.GetEnvironmentVariable("MIZAN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: write it with MIZAN_UPDATE_GOLDEN=1 dotnet test tests/Mizan.Briefs.Tests");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var lines = (Expected: expected.Split('\n'), Actual: actual.Split('\n'));
            var at = Enumerable.Range(0, Math.Min(lines.Expected.Length, lines.Actual.Length)).FirstOrDefault(i => lines.Expected[i] != lines.Actual[i], Math.Min(lines.Expected.Length, lines.Actual.Length));
            Assert.Fail($"{name} differs from the golden brief at line {at + 1}:\n- {lines.Expected.ElementAtOrDefault(at)}\n+ {lines.Actual.ElementAtOrDefault(at)}\n(rewrite with MIZAN_UPDATE_GOLDEN=1 after reading the change)");
        }
    }

    /// <summary>
    /// The samples as the command line briefs them: read, and made ready as a batch the way ingest stores them
    /// (boilerplate learned from the batch and removed, wire copies linked), each named by its path inside the
    /// repository so the golden brief is the same on every machine.
    /// </summary>
    private static List<AnalyzedArticle> Prepare(IReadOnlyList<string> paths)
    {
        var articles = paths.Select(p => ArticleSources.Read(p).Single().Article!.Article).ToList();
        return StoreBriefs.Analyse(BatchPreparation.Prepare(articles).Zip(paths, (p, path) =>
        {
            var a = p.Article;
            var source = Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
            return new BriefArticle(a.Id, source, a.Outlet, a.Title, a.Published, a.PublishedInferred, p.Cleaned.Text, p.Cleaned.Removed, p.Copy.Of);
        }).ToList());
    }
}
