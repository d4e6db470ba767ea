using Mizan.Text;
using Mizan.Text.Morphology;
using Mizan.Text.Tokenization;

namespace Mizan.Stories.Evaluation;

/// <summary>An article as the labelling sees it.</summary>
public sealed record LabelledArticle(string Id, string? Outlet, DateTimeOffset? Published, string Text);

/// <summary>A pair of articles that must (or must not) share a story, and why.</summary>
public sealed record LabelledPair(string First, string Second, string Reason);

/// <summary>The labelled pairs the grouping is scored on.</summary>
public sealed record GroupingLabels(IReadOnlyList<LabelledPair> Together, IReadOnlyList<LabelledPair> Apart);

/// <summary>
/// Builds a labelled set from a collection itself, with rules stated up front (docs/stories.md):
/// <list type="bullet">
/// <item>Together: articles of different outlets whose first <see cref="LedeWords"/> content words are the same
/// (a wire copy republished: the lede survives small edits to the rest).</item>
/// <item>Apart: articles published one to three days apart whose places (Data/evaluation-places.txt) are disjoint
/// and not empty: a different place on a different day is a different event. Sampled with a fixed seed.</item>
/// </list>
/// </summary>
public static class GroupingLabeller
{
    /// <summary>Content words that make a lede fingerprint: long enough that two different stories never share one.</summary>
    public const int LedeWords = 12;

    private static readonly LanguageDataFiles Files = new(typeof(GroupingLabeller).Assembly, "Mizan.Stories.Data.");
    private static readonly Lazy<HashSet<string>> Places = new(() =>
        Files.Lines("evaluation-places.txt").Select(p => LightStemmer.Default.Stem(p).Stem).ToHashSet(StringComparer.Ordinal));

    public static GroupingLabels Build(IReadOnlyList<LabelledArticle> articles, int apartPairs, int seed)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var together = new List<LabelledPair>();
        foreach (var group in articles.GroupBy(a => Lede(a.Text)).Where(g => g.Key.Length > 0))
        {
            var members = group.DistinctBy(a => a.Outlet).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            for (var i = 1; i < members.Count; i++)
            {
                together.Add(new LabelledPair(members[0].Id, members[i].Id, "same lede, different outlets"));
            }
        }

        var placed = articles.Where(a => a.Published is not null)
            .Select(a => (Article: a, Places: PlacesOf(a.Text)))
            .Where(x => x.Places.Count > 0)
            .ToList();
        var apart = new List<LabelledPair>();
        var random = new Random(seed);
        var attempts = 0;
        while (apart.Count < apartPairs && placed.Count > 1 && attempts++ < apartPairs * 50)
        {
            var a = placed[random.Next(placed.Count)];
            var b = placed[random.Next(placed.Count)];
            // Within three days of each other, so that a grouping could wrongly merge them (its stories span days).
            var days = Math.Abs((a.Article.Published!.Value.Date - b.Article.Published!.Value.Date).TotalDays);
            if (days is >= 1 and <= 3 && !a.Places.Overlaps(b.Places))
            {
                apart.Add(new LabelledPair(a.Article.Id, b.Article.Id, "different days, different places"));
            }
        }

        return new GroupingLabels(together, apart);
    }

    /// <summary>The lede fingerprint: the first content words' stems, or empty when the text is too short.</summary>
    public static string Lede(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stems = new List<string>(LedeWords);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.ArabicWord || LightStemmer.Default.IsFunctionWord(text.AsSpan(token.Start, token.Length)))
            {
                continue;
            }

            stems.Add(LightStemmer.Default.Stem(text.AsSpan(token.Start, token.Length)).Stem);
            if (stems.Count == LedeWords)
            {
                return string.Join(' ', stems);
            }
        }

        return string.Empty;
    }

    public static HashSet<string> PlacesOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.ArabicWord && LightStemmer.Default.Stem(text.AsSpan(token.Start, token.Length)).Stem is var stem && Places.Value.Contains(stem))
            {
                found.Add(stem);
            }
        }

        return found;
    }
}

/// <summary>How a grouping does on labelled pairs.</summary>
/// <param name="TogetherRecall">Share of "together" pairs the grouping puts in one story.</param>
/// <param name="ApartPrecision">Share of "apart" pairs the grouping keeps in different stories.</param>
public sealed record GroupingScore(int Together, double TogetherRecall, int Apart, double ApartPrecision)
{
    public static GroupingScore Of(GroupingLabels labels, IReadOnlyDictionary<string, int> storyOf)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(storyOf);
        var together = labels.Together.Count(p => storyOf[p.First] == storyOf[p.Second]);
        var apart = labels.Apart.Count(p => storyOf[p.First] != storyOf[p.Second]);
        return new GroupingScore(
            labels.Together.Count,
            labels.Together.Count == 0 ? 0 : (double)together / labels.Together.Count,
            labels.Apart.Count,
            labels.Apart.Count == 0 ? 0 : (double)apart / labels.Apart.Count);
    }
}
