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
            .Select(d => DateOnly.TryParseExact(d.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null)
            .FirstOrDefault(d => d is not null);
    }

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
