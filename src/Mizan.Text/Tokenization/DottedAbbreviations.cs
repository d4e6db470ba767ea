namespace Mizan.Text.Tokenization;

/// <summary>
/// Abbreviations written with inner stops and no spaces (بي.بي.سي, إتش.إس.بي.سي, م.ت.ف): the tokenizer gives each letter
/// group and each stop a token of its own; readers that want the abbreviation as one word join them here.
/// </summary>
public static class DottedAbbreviations
{
    /// <summary>
    /// The longest part of a dotted abbreviation: three letters (بي.بي.سي, إتش.إس). A stop glued between longer words is a
    /// missing space after a sentence's end (الأمر.وأضاف), not an abbreviation's.
    /// </summary>
    public const int MaxPartLetters = 3;

    /// <summary>The longest part of a dotted abbreviation of two parts: two letters (بي.سي); د.علي is a title and a name.</summary>
    private const int MaxTwoPartLetters = 2;

    /// <summary>True when token k is a single full stop glued between two words of one script, each of at most <see cref="MaxPartLetters"/> letters.</summary>
    public static bool IsInnerStop(string text, IReadOnlyList<Token> tokens, int k)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        if (k <= 0 || k + 1 >= tokens.Count || tokens[k].Length != 1 || text[tokens[k].Start] != '.')
        {
            return false;
        }

        var (previous, next) = (tokens[k - 1], tokens[k + 1]);
        return previous.End == tokens[k].Start && next.Start == tokens[k].End && next.Kind == previous.Kind
            && previous.Kind is TokenKind.ArabicWord or TokenKind.LatinWord && previous.Length <= MaxPartLetters && next.Length <= MaxPartLetters;
    }

    /// <summary>
    /// The tokens with each dotted abbreviation joined into one word token of its first part's kind; the same list when there
    /// is none. An abbreviation has three parts or more (د.ب.أ, إتش.إس.بي.سي), or two of at most two letters each (بي.سي,
    /// U.N): a title's abbreviation before a short name (د.علي, د.هيا) stays two words.
    /// </summary>
    public static IReadOnlyList<Token> Joined(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        List<Token>? joined = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!IsInnerStop(text, tokens, k))
            {
                joined?.Add(tokens[k]);
                continue;
            }

            var last = k + 1;
            while (IsInnerStop(text, tokens, last + 1))
            {
                last += 2;
            }

            if (last == k + 1 && (tokens[k - 1].Length > MaxTwoPartLetters || tokens[k + 1].Length > MaxTwoPartLetters))
            {
                joined?.Add(tokens[k]);
                continue;
            }

            joined ??= [.. tokens.Take(k)];
            joined[^1] = joined[^1] with { End = tokens[last].End };
            k = last;
        }

        return (IReadOnlyList<Token>?)joined ?? tokens;
    }
}
