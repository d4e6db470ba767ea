using Mizan.Ingest.Fetch;

namespace Mizan.Ingest.Tests.Fetch;

public class RobotsRulesTests
{
    private const string Text = """
        # a comment
        User-agent: *
        Disallow: /private/
        Allow: /private/open
        Crawl-delay: 2

        User-agent: OtherBot
        User-agent: mizan/1.0
        Disallow: /no-mizan   # trailing comment
        Disallow: /*.pdf$
        Allow: /no-mizan/but-this
        Crawl-delay: 0.5

        Sitemap: https://example.com/sitemap.xml
        User-agent: Mizan
        Disallow: /also-not
        """;

    private static bool Allowed(RobotsRules rules, string path) => rules.IsAllowed(new Uri("https://example.com" + path));

    [Fact]
    public void The_groups_naming_the_product_apply_merged_and_the_star_group_does_not()
    {
        var rules = RobotsRules.Parse(Text, "Mizan");
        Assert.False(Allowed(rules, "/no-mizan/page"));
        Assert.False(Allowed(rules, "/also-not"));
        Assert.True(Allowed(rules, "/private/page"));
        Assert.Equal(TimeSpan.FromSeconds(0.5), rules.CrawlDelay);
    }

    [Fact]
    public void Another_product_falls_back_to_the_star_group()
    {
        var rules = RobotsRules.Parse(Text, "SomeBot");
        Assert.False(Allowed(rules, "/private/page"));
        Assert.True(Allowed(rules, "/no-mizan"));
        Assert.Equal(TimeSpan.FromSeconds(2), rules.CrawlDelay);
    }

    [Theory]
    [InlineData("/private/open/x", true)]
    [InlineData("/private/opener", true)]
    [InlineData("/private/x", false)]
    [InlineData("/public", true)]
    [InlineData("/robots.txt", true)]
    public void The_longest_matching_rule_decides(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed(RobotsRules.Parse(Text, "AnyBot"), path));

    [Theory]
    [InlineData("/doc.pdf", false)]
    [InlineData("/doc.pdf?x=1", true)]
    [InlineData("/a/b/c.pdf", false)]
    [InlineData("/no-mizan/but-this/x", true)]
    public void Wildcards_and_end_anchors_match_as_the_rfc_says(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed(RobotsRules.Parse(Text, "Mizan"), path));

    [Fact]
    public void Allow_wins_a_tie_and_an_empty_disallow_forbids_nothing()
    {
        var tie = RobotsRules.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "Mizan");
        Assert.True(Allowed(tie, "/page"));
        var empty = RobotsRules.Parse("User-agent: *\nDisallow:\n", "Mizan");
        Assert.True(Allowed(empty, "/anything"));
        Assert.True(Allowed(RobotsRules.Parse(string.Empty, "Mizan"), "/x"));
        Assert.False(Allowed(RobotsRules.DisallowAll, "/x"));
    }

    [Fact]
    public void A_pattern_in_arabic_matches_the_percent_encoded_path()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /أخبار/\n", "Mizan");
        Assert.False(Allowed(rules, "/أخبار/1"));
        Assert.True(Allowed(rules, "/سياسة/1"));
    }

    [Fact]
    public void A_pathological_pattern_is_matched_quickly()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 200)) + "b$\n", "Mizan");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(Allowed(rules, "/" + new string('a', 5000)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2));
    }
}
