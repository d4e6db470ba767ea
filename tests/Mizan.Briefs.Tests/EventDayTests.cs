using Mizan.Analysis;

namespace Mizan.Briefs.Tests;

/// <summary>The day a dated article's lede says its event happened, which the grouping's days feature counts from.</summary>
public sealed class EventDayTests
{
    private static int? EventDay(string text, string? published)
    {
        var analysis = TextAnalyzer.Default.Analyze(text, TextAnalyzer.ReferenceDate(published));
        return PublicationDates.EventDay(new AnalyzedArticle(new BriefArticle("a", null, "x", null, published, false, analysis.Text, []), analysis));
    }

    private static int Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).DayNumber;

    [Fact]
    public void Yesterday_in_the_lede_is_the_event_s_day()
    {
        Assert.Equal(Day("2015-08-03"), EventDay("أعلنت وزارة الداخلية أمس القبض على خلية إرهابية في الرياض.", "2015-08-04"));
    }

    [Fact]
    public void Today_in_the_lede_is_the_publication_day()
    {
        Assert.Equal(Day("2015-08-04"), EventDay("افتتح وزير الصحة اليوم مستشفى جديدا في جدة.", "2015-08-04"));
    }

    [Fact]
    public void A_lede_without_a_relative_day_says_none()
    {
        Assert.Null(EventDay("افتتح وزير الصحة مستشفى جديدا في جدة يضم مئتي سرير.", "2015-08-04"));
    }

    [Fact]
    public void A_relative_day_far_into_the_text_is_not_the_lede_s()
    {
        var text = "افتتح وزير الصحة مستشفى جديدا في جدة يضم مئتي سرير. " + string.Concat(Enumerable.Repeat("وأضاف الوزير أن المستشفى يخدم سكان المحافظة. ", 8)) + "وكان الوزير قد زار مكة أمس.";
        Assert.Null(EventDay(text, "2015-08-04"));
    }

    [Fact]
    public void An_undated_article_has_no_event_day()
    {
        Assert.Null(EventDay("أعلنت وزارة الداخلية أمس القبض على خلية إرهابية في الرياض.", null));
    }
}
