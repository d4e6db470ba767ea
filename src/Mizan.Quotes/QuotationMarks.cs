using Mizan.Text;
using Mizan.Text.Tokenization;

namespace Mizan.Quotes;

/// <summary>A quoted stretch: the tokens of the opening and closing marks.</summary>
internal readonly record struct QuotedSpan(int OpenToken, int CloseToken);

/// <summary>
/// Pairs quotation marks the way news text really uses them: “ ” « » „ and straight quotes, mixed and mismatched
/// (an opening “ used to close, as in seed 002). A mark glued to the word after it and not to the word before opens;
/// any other mark closes the innermost open quotation. A quotation left open at the end of its paragraph is
/// dropped, but the pairs inside it stand. Only outermost pairs are returned.
/// </summary>
internal static class QuotationMarks
{
    public static bool IsQuoteMark(char c) =>
        c is '"' or CodePoints.LeftDoubleQuote or CodePoints.RightDoubleQuote or CodePoints.LowDoubleQuote
            or CodePoints.LeftGuillemet or CodePoints.RightGuillemet;

    /// <summary>True when the token is punctuation and a quotation mark.</summary>
    public static bool IsQuoteMark(string text, Token token) => token.Kind == TokenKind.Punctuation && IsQuoteMark(text[token.Start]);

    public static List<QuotedSpan> Find(string text, IReadOnlyList<Token> tokens)
    {
        var pairs = new List<QuotedSpan>();
        var open = new Stack<int>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k > 0 && LineBreakBetween(text, tokens[k - 1].End, tokens[k].Start))
            {
                open.Clear();
            }

            var token = tokens[k];
            if (token.Kind != TokenKind.Punctuation || !IsQuoteMark(text[token.Start]))
            {
                continue;
            }

            var c = text[token.Start];
            var gluedBefore = k > 0 && tokens[k - 1].End == token.Start && tokens[k - 1].Kind != TokenKind.Punctuation;
            var gluedAfter = k + 1 < tokens.Count && tokens[k + 1].Start == token.End && tokens[k + 1].Kind != TokenKind.Punctuation;
            var closingOnly = c is CodePoints.RightGuillemet or CodePoints.RightDoubleQuote;
            if (open.Count == 0)
            {
                if (!closingOnly || gluedAfter || (!gluedBefore && SameMarkClosesSoon(text, tokens, k)))
                {
                    open.Push(k);
                }

                continue;
            }

            if (gluedAfter && !gluedBefore && !closingOnly)
            {
                open.Push(k);
                continue;
            }

            pairs.Add(new QuotedSpan(open.Pop(), k));
        }

        // Outermost pairs only, in text order.
        pairs.Sort((a, b) => a.OpenToken.CompareTo(b.OpenToken));
        var outer = new List<QuotedSpan>();
        foreach (var pair in pairs)
        {
            if (outer.Count == 0 || pair.OpenToken > outer[^1].CloseToken)
            {
                outer.Add(pair);
            }
        }

        return outer;
    }

    /// <summary>
    /// True when the same closing mark, glued to the word before it or standing alone, follows within
    /// <see cref="MaxTokensToSameMark"/> tokens on the same line: a closing mark standing alone then opens (مدرب الفريق ”
    /// إيمليو فيريرا” أن; المتحدث باسم الكرملين ” دميتري بيسكوف ” ، read on web-ai), as in pages that write one mark for
    /// both ends.
    /// </summary>
    private static bool SameMarkClosesSoon(string text, IReadOnlyList<Token> tokens, int k)
    {
        for (var j = k + 1; j < tokens.Count && j <= k + MaxTokensToSameMark && !LineBreakBetween(text, tokens[j - 1].End, tokens[j].Start); j++)
        {
            if (tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Start] == text[tokens[k].Start])
            {
                var gluedAfter = j + 1 < tokens.Count && tokens[j + 1].Start == tokens[j].End && tokens[j + 1].Kind != TokenKind.Punctuation;
                return tokens[j - 1].Kind != TokenKind.Punctuation && (tokens[j - 1].End == tokens[j].Start || !gluedAfter);
            }
        }

        return false;
    }

    /// <summary>
    /// A quoted name holds at most four words (the extractor's bound for a name in quotation marks), so the mark that closes
    /// it comes within six tokens: four words, one spare token (a dot of an initial) and the mark. A mark further away closes
    /// another quotation.
    /// </summary>
    private const int MaxTokensToSameMark = 6;

    public static bool LineBreakBetween(string text, int from, int to)
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
