using Mizan.Testing;

namespace Mizan.Briefs.Tests;

/// <summary>The judged conflicts: drawn from a brief the same way for one seed, found again in a later brief, and the table in docs.</summary>
public sealed class JudgedConflictsTests
{
    private static Evidence At(string article, int start) => new(article, start, start + 2, "xx");

    private static ClaimValue Value(string value, string article, int start) => new(value, [article], [At(article, start)], 1);

    private static BriefDocument Brief(params Claim[] claims)
    {
        BriefArticle Article(string id) => new(id, $"../data/2015-08-10.zip!2015-08-10.json#{id}", "outlet", "title", "2015-08-10 10:00:00", false, new string('x', 100), []);
        var story = new StoryBrief("s0", "headline", ["1", "2", "3"], ["outlet"], null, null, [], [], [], [], [], claims, [], []);
        return new BriefDocument(BriefDocument.CurrentVersion, [Article("1"), Article("2"), Article("3")], [], [story]);
    }

    [Fact]
    public void A_draw_is_the_same_for_one_seed_and_pairs_two_values_of_one_conflict()
    {
        var brief = Brief(
            new Claim("مركزا", "conflict", [Value("74", "1", 10), Value("64", "2", 20), Value("50", "3", 30)]),
            new Claim("لوحة", "agree", [Value("400", "1", 40)]),
            new Claim("جريحا", "conflict", [Value("79", "1", 50), Value("100", "2", 60)]));
        var first = JudgedConflicts.Draw(brief, 5, 7, "tune").Select(d => d.Row).ToList();
        Assert.Equal(first, JudgedConflicts.Draw(brief, 5, 7, "tune").Select(d => d.Row));
        Assert.Equal(2, first.Count);
        Assert.All(first, row => Assert.NotEqual((row.First, row.FirstStart), (row.Second, row.SecondStart)));
        Assert.All(first, row => Assert.True(JudgedConflicts.IsShown(brief, row)));
        Assert.All(first, row => Assert.StartsWith("2015-08-10.zip!2015-08-10.json#", row.First, StringComparison.Ordinal));
    }

    [Fact]
    public void A_pair_is_shown_only_as_two_values_of_one_conflict_claim()
    {
        var row = new JudgedConflict("tune", "2015-08-10.zip!2015-08-10.json#1", 10, "2015-08-10.zip!2015-08-10.json#2", 20, "different");
        Assert.True(JudgedConflicts.IsShown(Brief(new Claim("مركزا", "conflict", [Value("74", "1", 10), Value("64", "2", 20)])), row));
        Assert.False(JudgedConflicts.IsShown(Brief(new Claim("مركزا", "agree", [Value("74", "1", 10), Value("64", "2", 20)])), row));
        Assert.False(JudgedConflicts.IsShown(Brief(new Claim("مركزا", "conflict", [new ClaimValue("74", ["1", "2"], [At("1", 10), At("2", 20)], 2), Value("50", "3", 30)])), row));
        Assert.Null(JudgedConflicts.IsShown(Brief(), row with { Second = "2015-08-11.zip!2015-08-11.json#2" }));
    }

    [Fact]
    public void A_bad_row_is_an_error_naming_the_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [JudgedConflicts.Header, "tune\ta\t1\tb\t2\tmaybe"]);
            var error = Assert.Throws<InvalidDataException>(() => JudgedConflicts.Load(path));
            Assert.Contains($"{path}:2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_judged_table_holds_its_seven_parts_of_labelled_pairs()
    {
        var rows = JudgedConflicts.Load(Path.Combine(Repository.Root, "docs", "conflicts-judged.tsv"));
        Assert.Equal(347, rows.Count);
        Assert.Equal([("fresh", 53), ("fresh2", 53), ("fresh3", 51), ("fresh4", 10), ("held-out", 60), ("tune", 60), ("tune2", 60)], rows.GroupBy(r => r.Part).Select(g => (g.Key, g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Contains(r.Label, JudgedConflicts.Labels));
        Assert.All(rows, r => Assert.Matches(@"^2015-\d\d-\d\d\.zip!2015-\d\d-\d\d\.json#\d+$", r.First));
        Assert.Equal(rows.Count, rows.Select(r => (r.First, r.FirstStart, r.Second, r.SecondStart)).Distinct().Count());
    }
}
