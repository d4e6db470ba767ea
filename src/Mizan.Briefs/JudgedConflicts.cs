using System.Globalization;
using Mizan.Core.Articles;
using Mizan.Text;

namespace Mizan.Briefs;

/// <summary>
/// A pair of values a brief showed as a conflict, judged by reading (a row of docs/conflicts-judged.tsv): the part of
/// the days it was drawn from, each value's first evidence (the article as its source names it, FILE.zip!DAY.json#N for
/// SaudiNewsNet, and the offset in its cleaned text), and the label: <c>conflict</c> when both count one thing at one
/// time and the sources differ on it; <c>different</c> when they count different things (men's centres and women's, one
/// deal and another market's), places or times; <c>misread</c> when a value is not what the text says. Ids and labels
/// only, never the news text.
/// </summary>
public sealed record JudgedConflict(string Part, string First, int FirstStart, string Second, int SecondStart, string Label);

/// <summary>Draws conflict pairs from a brief to judge, reads and writes the judged table, and finds a judged pair in a brief.</summary>
public static class JudgedConflicts
{
    /// <summary>The table's column names, in order.</summary>
    public const string Header = "part\tfirst\tfirstStart\tsecond\tsecondStart\tlabel";

    /// <summary>The labels a judged pair may carry; the first is a real conflict.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["conflict", "different", "misread"];

    public static List<JudgedConflict> Load(string path)
    {
        var rows = new List<JudgedConflict>();
        foreach (var (number, cells) in TabTable.Rows(File.ReadLines(path), Header))
        {
            if (cells.Length != 6 || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                || !int.TryParse(cells[4], NumberStyles.None, CultureInfo.InvariantCulture, out var second) || !(cells[5].Length == 0 || Labels.Contains(cells[5])))
            {
                throw new InvalidDataException($"{path}:{number}: expected six tab-separated cells ({Header}) with numbers for the starts and a label of {string.Join(", ", Labels)} (or none yet).");
            }

            rows.Add(new JudgedConflict(cells[0], cells[1], first, cells[3], second, cells[5]));
        }

        return rows;
    }

    public static string Format(JudgedConflict row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Join('\t', row.Part, row.First, row.FirstStart.ToString(CultureInfo.InvariantCulture), row.Second, row.SecondStart.ToString(CultureInfo.InvariantCulture), row.Label);
    }

    /// <summary>An article as the table names it: its source's last path segment (FILE.zip!DAY.json#N), else its id.</summary>
    public static string NameOf(BriefArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Source is { Length: > 0 } source ? SourceName.WithoutFolder(source) : article.Id;
    }

    /// <summary>Every conflict claim of the brief (two values or more) with its story, in story and claim order.</summary>
    public static List<(StoryBrief Story, Claim Claim)> Conflicts(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return brief.Stories.SelectMany(s => s.Claims.Where(c => c.Status == "conflict" && c.Values.Count > 1).Select(c => (s, c))).ToList();
    }

    /// <summary>
    /// Every conflict claim of the brief with its story (<see cref="Conflicts"/>), shuffled by <see cref="Random"/> with
    /// the seed (Fisher-Yates); of the first <paramref name="count"/>, two of its values drawn with the same generator
    /// and the first evidence of each, as a pair to judge (the label left empty).
    /// </summary>
    public static List<(JudgedConflict Row, StoryBrief Story, Evidence First, Evidence Second)> Draw(BriefDocument brief, int count, int seed, string part)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var names = brief.Articles.ToDictionary(a => a.Id, NameOf, StringComparer.Ordinal);
        var all = Conflicts(brief);
        var random = new Random(seed);
        var order = Sampling.Shuffled(all.Count, random);
        var drawn = new List<(JudgedConflict, StoryBrief, Evidence, Evidence)>();
        foreach (var (story, claim) in order.Take(count).Select(i => all[i]))
        {
            var a = random.Next(claim.Values.Count);
            var b = random.Next(claim.Values.Count - 1);
            b += b >= a ? 1 : 0;
            var (first, second) = (claim.Values[a].Evidence[0], claim.Values[b].Evidence[0]);
            drawn.Add((new JudgedConflict(part, names[first.ArticleId], first.Start, names[second.ArticleId], second.Start, string.Empty), story, first, second));
        }

        return drawn;
    }

    /// <summary>
    /// Whether the brief still shows the judged pair as a conflict: one conflict claim gives the first evidence under one
    /// value and the second under another. Null when either article is not in the brief (another day's pair).
    /// </summary>
    public static bool? IsShown(BriefDocument brief, JudgedConflict row) => ShownIn(brief)(row);

    /// <summary>
    /// <see cref="IsShown"/> for many rows of one brief: its articles' names and its conflict claims are gathered once.
    /// </summary>
    public static Func<JudgedConflict, bool?> ShownIn(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in brief.Articles)
        {
            ids.TryAdd(NameOf(article), article.Id);
        }

        var conflicts = Conflicts(brief).Select(c => c.Claim).ToList();
        return row =>
        {
            ArgumentNullException.ThrowIfNull(row);
            if (!ids.TryGetValue(row.First, out var first) || !ids.TryGetValue(row.Second, out var second))
            {
                return null;
            }

            return conflicts.Any(c => IndexOf(c, first, row.FirstStart) is { } i && IndexOf(c, second, row.SecondStart) is { } j && i != j);
        };
    }

    private static int? IndexOf(Claim claim, string articleId, int start)
    {
        for (var i = 0; i < claim.Values.Count; i++)
        {
            if (claim.Values[i].Evidence.Any(e => e.ArticleId == articleId && e.Start == start))
            {
                return i;
            }
        }

        return null;
    }
}
