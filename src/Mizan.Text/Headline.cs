namespace Mizan.Text;

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

        // Line by line, stopping at the first line past the headline: the rest of the text is never split.
        string? headline = null;
        var seen = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (headline is not null)
            {
                return headline;
            }

            if (seen++ > MaxLabels)
            {
                return null;
            }

            var words = Words(line);
            if (words < MinWords)
            {
                continue;
            }

            if (words > MaxWords || line[^1] is '.' or ':' or '،' or ',')
            {
                return null;
            }

            headline = line.ToString();
        }

        return null;
    }

    private static int Words(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            words += !inWord && c != ' ' ? 1 : 0;
            inWord = c != ' ';
        }

        return words;
    }
}
