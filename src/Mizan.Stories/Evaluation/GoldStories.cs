using System.Globalization;
using Mizan.Text;

namespace Mizan.Stories.Evaluation;

/// <summary>
/// One labelled article of a story development set: where it is (a file of the corpus and its 1-based position in
/// that file's article array, as Mizan names sources: <c>2015-07-22.zip!2015-07-22.json#17</c>), the half of the set it
/// belongs to, and the event and storyline a reader put it in. No text: the set names articles, the corpus holds them.
/// </summary>
/// <param name="Kind">How the labeller placed it: <c>event</c> (reports a labelled event), <c>hard</c> (same actors,
/// place or subject as an event, but another event), <c>other</c> (related words only).</param>
public sealed record GoldArticle(string Half, string File, int Index, string Event, string Storyline, string Kind)
{
    /// <summary>The key that ties a row to the article read from the corpus: the file name and the position.</summary>
    public string Key => $"{File}#{Index.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>A line of a gold file that could not be read, with its number.</summary>
public sealed class GoldFormatException(string message) : FormatException(message);

/// <summary>
/// Reads a story development set: one article per line, tab-separated <c>half file index event storyline kind</c>;
/// blank lines and lines starting with <c>#</c> (the header naming the protocol) are skipped.
/// </summary>
public static class GoldStories
{
    private static readonly string[] Kinds = ["event", "hard", "other"];

    public static IReadOnlyList<GoldArticle> Parse(IEnumerable<string> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = new List<GoldArticle>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, cells) in TabTable.Rows(lines))
        {
            if (cells.Length < 6)
            {
                throw new GoldFormatException($"{name}:{number}: expected 6 tab-separated columns (half, file, index, event, storyline, kind), found {cells.Length}.");
            }

            if (!int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1)
            {
                throw new GoldFormatException($"{name}:{number}: the index '{cells[2]}' is not a position (1, 2, ...).");
            }

            if (!Kinds.Contains(cells[5], StringComparer.Ordinal))
            {
                throw new GoldFormatException($"{name}:{number}: the kind '{cells[5]}' is not one of {string.Join(", ", Kinds)}.");
            }

            if (cells[..5].Any(string.IsNullOrWhiteSpace))
            {
                throw new GoldFormatException($"{name}:{number}: an empty column.");
            }

            var row = new GoldArticle(cells[0], cells[1], index, cells[3], cells[4], cells[5]);
            if (!seen.Add(row.Key))
            {
                throw new GoldFormatException($"{name}:{number}: {row.Key} is labelled twice.");
            }

            rows.Add(row);
        }

        return rows;
    }

    public static IReadOnlyList<GoldArticle> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadLines(path), path);
    }
}
