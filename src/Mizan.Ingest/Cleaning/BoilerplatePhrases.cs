using Mizan.Text;

namespace Mizan.Ingest.Cleaning;

/// <summary>The widget and label phrases of Data/boilerplate-phrases.txt, compared as <see cref="LineKey"/> keys.</summary>
internal sealed class BoilerplatePhrases
{
    private readonly Dictionary<string, string> lines = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, string Reason)> prefixes = [];
    private readonly List<(string[] Words, string Reason)> words = [];
    private readonly List<(string[] Words, string Reason)> openings = [];

    internal BoilerplatePhrases(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var parts = entry.Split('\t');
            if (parts.Length != 3)
            {
                throw new InvalidOperationException($"boilerplate-phrases.txt: '{entry}' is not REASON<TAB>MODE<TAB>PHRASE.");
            }

            var (reason, mode, key) = (parts[0], parts[1], LineKey.Of(parts[2]));
            switch (mode)
            {
                case "line":
                    lines[key] = reason;
                    break;
                case "prefix":
                    prefixes.Add((key, reason));
                    break;
                case "word":
                    words.Add((key.Split(' '), reason));
                    break;
                case "opening":
                    openings.Add((key.Split(' '), reason));
                    break;
                default:
                    throw new InvalidOperationException($"boilerplate-phrases.txt: unknown mode '{mode}' in '{entry}'.");
            }
        }

        // Longest first, so that "share this article" wins over "share" and "فيس بوك" over a shorter entry.
        prefixes.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        words.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public static BoilerplatePhrases Default { get; } =
        new(new LanguageDataFiles(typeof(BoilerplatePhrases).Assembly, "Mizan.Ingest.Data.").Lines("boilerplate-phrases.txt"));

    /// <summary>
    /// The reason and the raw length of a widget's run of words that opens <paramref name="line"/> with the article's own
    /// text right after it on the same line, no separator between (" شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك وجه مدير
    /// عام ..."), or null. Words are compared one by one as <see cref="LineKey"/> keys; the run takes the white space
    /// after it.
    /// </summary>
    public (string Reason, int Length)? Opening(ReadOnlySpan<char> line)
    {
        foreach (var (phrase, reason) in openings)
        {
            var at = 0;
            var matched = 0;
            while (matched < phrase.Length)
            {
                while (at < line.Length && char.IsWhiteSpace(line[at]))
                {
                    at++;
                }

                var start = at;
                while (at < line.Length && !char.IsWhiteSpace(line[at]))
                {
                    at++;
                }

                if (start == at || LineKey.Of(line[start..at]) != phrase[matched])
                {
                    break;
                }

                matched++;
            }

            if (matched == phrase.Length)
            {
                while (at < line.Length && char.IsWhiteSpace(line[at]))
                {
                    at++;
                }

                return (reason, at);
            }
        }

        return null;
    }

    /// <summary>The reason when the whole line is a widget phrase, or made only of share-button words.</summary>
    public string? WholeLine(string key)
    {
        if (lines.TryGetValue(key, out var reason))
        {
            return reason;
        }

        return OnlyWords(key);
    }

    /// <summary>
    /// The reason and the rest of the line when it starts with a label such as "اقرأ أيضا" followed by the end
    /// of the line or a separator (so a sentence that merely begins with the same words is not a label).
    /// </summary>
    public (string Reason, string Remainder)? Label(string key)
    {
        foreach (var (phrase, reason) in prefixes)
        {
            if (!key.StartsWith(phrase, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[phrase.Length..].TrimStart();
            if (rest.Length == 0)
            {
                return (reason, string.Empty);
            }

            if (Signs.LabelEnds.Contains(rest[0]))
            {
                return (reason, rest[1..].Trim());
            }
        }

        return null;
    }

    private string? OnlyWords(string key)
    {
        var tokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Any(char.IsLetterOrDigit)).ToArray();
        if (tokens.Length == 0)
        {
            return null;
        }

        string? reason = null;
        var at = 0;
        while (at < tokens.Length)
        {
            var matched = false;
            foreach (var (phrase, why) in words)
            {
                if (at + phrase.Length <= tokens.Length && phrase.AsSpan().SequenceEqual(tokens.AsSpan(at, phrase.Length)))
                {
                    at += phrase.Length;
                    reason ??= why;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        return reason;
    }
}
