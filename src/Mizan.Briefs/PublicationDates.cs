using System.Globalization;
using Mizan.Analysis;
using Mizan.Figures;

namespace Mizan.Briefs;

/// <summary>A publication date worked out for an article that states none, and how.</summary>
public sealed record InferredDate(DateOnly Date, string Basis);

/// <summary>
/// Infers the publication date of an undated article from its story: the story's dated articles give the time of
/// the event, and the article's own text may name the weekday it was written on (اليوم السبت). Rules, in order:
/// <list type="number">
/// <item>the story has no dated article: no inference (nothing to anchor to);</item>
/// <item>the article names a weekday as its day (a weekday the text mentions without a date): the day of that
/// weekday nearest the story's first dated article, the earlier one when two are as near;</item>
/// <item>otherwise the date of the story's first dated article.</item>
/// </list>
/// The result is always marked inferred, with its basis, so a reader can weigh it.
/// </summary>
public static class PublicationDates
{
    /// <summary>The weekday an undated article names as a day it speaks of (a weekday mention left without a date), or null.</summary>
    public static DayOfWeek? WeekdayNamed(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Analysis.Dates
            .Where(d => d.Value is null && (d.Granularity == DateGranularity.Day || Dates.IsClock(d.Granularity)))
            .Select(d => Dates.WeekdayNamed(d.Text))
            .OfType<DayOfWeek>()
            .Cast<DayOfWeek?>()
            .FirstOrDefault();
    }

    /// <summary>
    /// How far into the text a date may stand and still be the article's dateline (الرياض 25 شوال 1436 هـ الموافق 10
    /// أغسطس 2015 م واس): the place, the agency and the two calendars' dates fit in it; a date later in the lede is
    /// mostly the event's. Measured by <c>eval stories --gold docs/stories-dev.tsv</c> on its 807 dated articles: 10
    /// state a full date within 120 characters, 7 of them within a day of their publication date (300 characters: 19
    /// and 9; 1,000: 29 and 11). Too few and too loose to date an undated article by, so the grouping does not use it
    /// (docs/stories.md); the measurement is kept for other collections, whose datelines may carry dates.
    /// </summary>
    public const int DatelineReach = 120;

    /// <summary>
    /// The date an article's dateline states: the first full date (day, month and year as written, not worked out from
    /// a publication date) that starts within <see cref="DatelineReach"/> characters of the text's start; null when
    /// there is none.
    /// </summary>
    public static DateOnly? DatelineDate(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Analysis.Dates
            .Where(d => d.Start < DatelineReach && !d.Relative && d.Granularity == DateGranularity.Day && d.Until is null && d.Value is not null)
            .Select(DayOf)
            .FirstOrDefault(d => d is not null);
    }

    /// <summary>How far into the text the lede's relative day is looked for: about its first two sentences.</summary>
    private const int EventDayReach = 300;

    /// <summary>
    /// The day a dated article's lede says its event happened: its first relative day (اليوم, أمس, غدا, أمس الأول) within
    /// <see cref="EventDayReach"/> characters, resolved against the publication date and kept when it lies from two days
    /// before to one day after it (a farther one is a date of the story told, not of the report). Null for an undated
    /// article or a lede that says no such day. Measured on half A of docs/stories-dev.tsv (docs/stories.md): events F1
    /// with dates 0.678 with the publication day, 0.705 with this day and the dated model refitted on it. The reach and
    /// the window were set once before that measurement (a news lede's first two sentences; a report a day late, a
    /// preview a day early) and not swept, so that half A chose only whether to use the day at all.
    /// </summary>
    public static int? EventDay(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (TextAnalyzer.ReferenceDate(article.Article.Published) is not { } published)
        {
            return null;
        }

        foreach (var d in article.Analysis.Dates)
        {
            if (d.Start < EventDayReach && d.Relative && d.Granularity == DateGranularity.Day && d.Until is null
                && DayOf(d) is { } day && day.DayNumber - published.DayNumber is >= -2 and <= 1)
            {
                return day.DayNumber;
            }
        }

        return null;
    }

    /// <summary>The calendar day a day mention's value names ("2015-08-03"), or null.</summary>
    private static DateOnly? DayOf(DateMention mention) =>
        DateOnly.TryParseExact(mention.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static InferredDate? Infer(AnalyzedArticle article, IReadOnlyList<AnalyzedArticle> story)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(story);
        if (TextAnalyzer.ReferenceDate(article.Article.Published) is not null)
        {
            return null;
        }

        var anchor = story.Select(a => TextAnalyzer.ReferenceDate(a.Article.Published)).OfType<DateOnly>().Order().Cast<DateOnly?>().FirstOrDefault();
        if (anchor is not { } first)
        {
            return null;
        }

        var weekday = WeekdayNamed(article);
        var anchorText = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (weekday is not { } day)
        {
            return new InferredDate(first, $"the date of the story's first dated article ({anchorText})");
        }

        var back = ((int)first.DayOfWeek - (int)day + 7) % 7;
        var forward = ((int)day - (int)first.DayOfWeek + 7) % 7;
        var date = back <= forward ? first.AddDays(-back) : first.AddDays(forward);
        return new InferredDate(date, $"the {day} the article names, nearest the story's first dated article ({anchorText})");
    }
}
