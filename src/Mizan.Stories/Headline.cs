namespace Mizan.Stories;

/// <summary>The headline a plain text carries on its first line, for articles that came without a title.</summary>
public static class Headline
{
    /// <summary>A headline has at least this many words: a shorter first line is a label (a section, a byline).</summary>
    private const int MinWords = 3;

    /// <summary>A headline has at most this many words: a longer first line is the lede itself.</summary>
    private const int MaxWords = 25;

    /// <summary>Leading lines shorter than a headline (section labels, a byline) passed over before it: at most this many.</summary>
    private const int MaxLabels = 2;

    /// <summary>
    /// The first line of <paramref name="text"/> that reads as a headline, after at most two shorter label lines (a
    /// section name above the title, as pages copied to text keep it): three to 25 words, not ending a sentence (a
    /// full stop, a colon or a comma), and followed by more text; otherwise null.
    /// </summary>
    public static string? FirstLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(MaxLabels + 2).ToList();
        for (var i = 0; i < lines.Count - 1 && i <= MaxLabels; i++)
        {
            var words = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < MinWords)
            {
                continue;
            }

            return words <= MaxWords && lines[i][^1] is not ('.' or ':' or '،' or ',') ? lines[i] : null;
        }

        return null;
    }
}
