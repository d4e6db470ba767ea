using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Text.Sentences;

/// <summary>A sentence: the span [Start, End) of the text, from its first token's start to its last token's end.</summary>
public readonly record struct Sentence(int Start, int End);

/// <summary>
/// Splits tokenized text into sentences. Rules, each tested by name:
/// a line break ends a sentence (headlines and paragraphs carry no full stop);
/// . ! ? ؟ … ۔ end a sentence, and so does a run of three or more dots, but the ".." separator of headlines does not;
/// a full stop right after an abbreviation (د. , 2021م. , Mr.) or a Latin initial does not, when text follows on the same line,
/// nor does one glued between two short words, an abbreviation's inner stop (بي.بي.سي);
/// a terminator inside an open quotation does not: the sentence goes on to the closing mark;
/// closing quotation marks and brackets right after a terminator stay with the sentence they close.
/// Decimals never reach this splitter: 2.5 is one number token.
/// </summary>
public static class SentenceSplitter
{
    private static readonly Lazy<HashSet<string>> Abbreviations = new(() =>
        LanguageData.Lines("abbreviations.txt").Select(a => ArabicNormalizer.Matching.NormalizeToString(a)).ToHashSet(StringComparer.Ordinal));

    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>();
        var first = -1;
        var guillemetDepth = 0;
        var curlyDepth = 0;
        var straightOpen = false;

        for (var k = 0; k < tokens.Count; k++)
        {
            if (first < 0)
            {
                first = k;
            }

            var token = tokens[k];
            var boundary = false;
            if (token.Kind == TokenKind.Punctuation)
            {
                var c = text[token.Start];
                var wasOpen = guillemetDepth + curlyDepth > 0 || straightOpen;
                UpdateQuotes(c, ref guillemetDepth, ref curlyDepth, ref straightOpen);
                var isOpen = guillemetDepth + curlyDepth > 0 || straightOpen;
                if (IsTerminator(text, token))
                {
                    boundary = !isOpen && !IsAbbreviationStop(text, tokens, k);
                }
                else if (wasOpen && !isOpen && k > 0 && IsTerminator(text, tokens[k - 1]) && !NextIsTerminator(text, tokens, k))
                {
                    // A quotation that ended with its own terminator ends the sentence: "...انتهى." وقال
                    boundary = true;
                }
            }

            if (boundary)
            {
                // Closing marks that follow the terminator belong to this sentence.
                while (k + 1 < tokens.Count && !LineBreakBetween(text, tokens[k].End, tokens[k + 1].Start)
                    && IsClosing(text[tokens[k + 1].Start], straightOpen) && tokens[k + 1].Kind == TokenKind.Punctuation)
                {
                    k++;
                    UpdateQuotes(text[tokens[k].Start], ref guillemetDepth, ref curlyDepth, ref straightOpen);
                }
            }

            var last = k == tokens.Count - 1;
            if (!last && LineBreakBetween(text, tokens[k].End, tokens[k + 1].Start))
            {
                boundary = true;
            }

            if (boundary || last)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[k].End));
                first = -1;
                if (!last && LineBreakBetween(text, tokens[k].End, tokens[k + 1].Start))
                {
                    // An unclosed quotation does not run past its paragraph.
                    guillemetDepth = 0;
                    curlyDepth = 0;
                    straightOpen = false;
                }
            }
        }

        return sentences;
    }

    private static void UpdateQuotes(char c, ref int guillemetDepth, ref int curlyDepth, ref bool straightOpen)
    {
        switch (c)
        {
            case CodePoints.LeftGuillemet:
                guillemetDepth++;
                break;
            case CodePoints.RightGuillemet:
                guillemetDepth = Math.Max(0, guillemetDepth - 1);
                break;
            case CodePoints.LeftDoubleQuote or CodePoints.LowDoubleQuote:
                curlyDepth++;
                break;
            case CodePoints.RightDoubleQuote:
                curlyDepth = Math.Max(0, curlyDepth - 1);
                break;
            case '"':
                straightOpen = !straightOpen;
                break;
            default:
                break;
        }
    }

    private static bool IsClosing(char c, bool straightOpen) =>
        c is CodePoints.RightGuillemet or CodePoints.RightDoubleQuote or ')' or ']' or '}' || (c == '"' && straightOpen);

    private static bool IsTerminator(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var c = text[token.Start];
        return c switch
        {
            // Two dots join the halves of a headline (الأمن.. ومغادرة); one or three and more end a sentence.
            '.' => token.Length != 2,
            '!' or '?' or CodePoints.ArabicQuestionMark or CodePoints.Ellipsis or CodePoints.ArabicFullStop => true,
            _ => false,
        };
    }

    private static bool NextIsTerminator(string text, IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && IsTerminator(text, tokens[k + 1]) && !LineBreakBetween(text, tokens[k].End, tokens[k + 1].Start);

    private static bool IsAbbreviationStop(string text, IReadOnlyList<Token> tokens, int k)
    {
        var stop = tokens[k];
        if (stop.Length != 1 || text[stop.Start] != '.' || k == 0 || k + 1 >= tokens.Count)
        {
            return false;
        }

        var previous = tokens[k - 1];
        if (previous.End != stop.Start || LineBreakBetween(text, stop.End, tokens[k + 1].Start))
        {
            return false;
        }

        if (DottedAbbreviations.IsInnerStop(text, tokens, k))
        {
            // An abbreviation's inner stop, glued on both sides: بي.بي.سي, م.ت.ف (read on web-ai, where the split took the
            // current speaker away from the sentence after it).
            return true;
        }

        var word = text.AsSpan(previous.Start, previous.Length);
        if (previous.Kind == TokenKind.LatinWord && word.Length == 1 && char.IsUpper(word[0]))
        {
            // A Latin initial: J. Smith, U.S.
            return true;
        }

        if (previous.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord))
        {
            return false;
        }

        // Abbreviations with inner stops (ق.م) are matched with the token before the inner stop.
        var candidate = word.ToString();
        if (k >= 3 && tokens[k - 2].End == previous.Start && text[tokens[k - 2].Start] == '.' && tokens[k - 3].End == tokens[k - 2].Start)
        {
            var joined = text[tokens[k - 3].Start..previous.End];
            if (Abbreviations.Value.Contains(ArabicNormalizer.Matching.NormalizeToString(joined)))
            {
                return true;
            }
        }

        return Abbreviations.Value.Contains(ArabicNormalizer.Matching.NormalizeToString(candidate));
    }

    private static bool LineBreakBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (CodePoints.IsLineBreak(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
