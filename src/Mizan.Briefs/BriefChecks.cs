using Mizan.Quotes;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;

namespace Mizan.Briefs;

/// <summary>What a brief must never show, counted over a whole brief (the checks of <c>mizan eval brief</c>).</summary>
/// <param name="RepeatingSummaries">Stories whose summary holds two items sharing more than 60% of the smaller item's content words.</param>
/// <param name="PrepositionSpeakers">Quote rows whose speaker opens with a preposition or a pronoun.</param>
/// <param name="PeriodClaims">Claims about a word of period or rank (سنوي, شهريا, نهائي): an adjective, not a counted thing.</param>
public sealed record BriefCheckCounts(
    int Stories,
    int Summaries,
    int QuoteRows,
    int Claims,
    IReadOnlyList<string> RepeatingSummaries,
    IReadOnlyList<string> PrepositionSpeakers,
    IReadOnlyList<string> PeriodClaims);

/// <summary>Counts what a brief must never show: a summary repeating itself, a speaker behind a preposition, a claim about a period word.</summary>
public static class BriefChecks
{
    /// <summary>The bound: two summary items sharing more than this share of the smaller one's content words
    /// repeat each other. The summary refuses such a pair by the same bound.</summary>
    internal const double Repeats = 0.6;

    /// <summary>Stems of period and rank adjectives (yearly, monthly, weekly, daily, final, quarterly): never the thing a figure counts.</summary>
    private static readonly HashSet<string> PeriodStems = new(
        new[] { "سنوي", "سنويا", "شهري", "شهريا", "اسبوعي", "اسبوعيا", "يومي", "يوميا", "نهائي", "فصلي", "ربعي" }
            .Select(w => LightStemmer.Default.Stem(ArabicNormalizer.Matching.NormalizeToString(w)).Stem),
        StringComparer.Ordinal);

    public static BriefCheckCounts Count(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var repeating = new List<string>();
        var speakers = new List<string>();
        var periods = new List<string>();
        foreach (var story in brief.Stories)
        {
            var stems = story.Summary.Select(s => ContentStems(s.Text)).ToList();
            var pair = Enumerable.Range(0, stems.Count)
                .SelectMany(i => Enumerable.Range(i + 1, stems.Count - i - 1).Select(j => (First: i, Second: j)))
                .FirstOrDefault(p => SummaryBuilder.Overlap(stems[p.First], stems[p.Second]) > Repeats, (First: -1, Second: -1));
            if (pair.First >= 0)
            {
                repeating.Add($"{story.Id}: {story.Summary[pair.First].Text} // {story.Summary[pair.Second].Text}");
            }

            speakers.AddRange(story.Quotes.Where(q => q.Speaker is { } s && SpeakerShape.OpensWithPrepositionOrPronoun(s)).Select(q => $"{story.Id}: {q.Speaker}"));
            periods.AddRange(story.Claims.Where(IsAboutAPeriod).Select(c => $"{story.Id}: {c.About} ({c.Status})"));
        }

        return new BriefCheckCounts(
            brief.Stories.Count,
            brief.Stories.Count(s => s.Summary.Count > 1),
            brief.Stories.Sum(s => s.Quotes.Count),
            brief.Stories.Sum(s => s.Claims.Count),
            repeating,
            speakers,
            periods);
    }

    /// <summary>A figure claim whose counted thing (the first word of its label) is a period or rank word; date claims name an event, not a thing counted.</summary>
    private static bool IsAboutAPeriod(Claim claim) =>
        !claim.About.StartsWith("تاريخ", StringComparison.Ordinal)
        && Words(claim.About).FirstOrDefault() is { } first
        && PeriodStems.Contains(LightStemmer.Default.Stem(first).Stem);

    /// <summary>The light stems of a text's content words, as the summary compares them.</summary>
    internal static HashSet<string> ContentStems(string text) =>
        Words(text).Where(w => !LightStemmer.Default.IsFunctionWord(w))
            .Select(w => LightStemmer.Default.Stem(w).Stem)
            .Where(s => s.Length >= 2)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n', '،', '.', ',', '«', '»', '“', '”', ':', '"', '(', ')', '؛'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => ArabicNormalizer.Matching.NormalizeToString(w))
            .Where(w => w.Length > 0);
}
