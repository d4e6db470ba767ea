using System.Buffers;
using System.Globalization;
using System.Text;

namespace Mizan.Text.Tokenization;

/// <summary>
/// Splits text into tokens with offsets into that same text. A hand-written scanner: linear time,
/// no regular expressions, no allocation beyond the output list. White space, control characters and
/// invisible format characters outside words belong to no token; every other character belongs to exactly one.
/// </summary>
public static class Tokenizer
{
    private enum CharClass
    {
        Space,
        Invisible,
        ArabicLetter,
        Mark,
        Digit,
        LatinLetter,
        OtherLetter,
        Punctuation,
        Symbol,
    }

    private static readonly byte[] Classes = ClassTable();

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Arabic news averages about six characters per word and separator.
        var tokens = new List<Token>((text.Length / 6) + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var i = 0;
        while (i < text.Length)
        {
            var cls = Classify(text, i, out var width);
            switch (cls)
            {
                case CharClass.Space:
                case CharClass.Invisible:
                    i += width;
                    continue;
                default:
                    break;
            }

            var end = ScanSpecial(text, i, out var special);
            if (end > i)
            {
                output.Add(new Token(i, end, special));
                i = end;
                continue;
            }

            switch (cls)
            {
                case CharClass.ArabicLetter:
                    end = ScanWord(text, i, CharClass.ArabicLetter);
                    output.Add(new Token(i, end, TokenKind.ArabicWord));
                    break;
                case CharClass.LatinLetter:
                    end = ScanWord(text, i, CharClass.LatinLetter);
                    output.Add(new Token(i, end, TokenKind.LatinWord));
                    break;
                case CharClass.OtherLetter:
                    end = ScanWord(text, i, CharClass.OtherLetter);
                    output.Add(new Token(i, end, TokenKind.OtherWord));
                    break;
                case CharClass.Digit:
                    end = ScanNumber(text, i);
                    output.Add(new Token(i, end, TokenKind.Number));
                    break;
                case CharClass.Punctuation:
                    if (IsPercent(text[i]) && i + 1 < text.Length && CodePoints.IsDigit(text[i + 1]))
                    {
                        // A leading percent sign, as Arabic text writes it: %60.
                        end = ScanNumber(text, i + 1);
                        output.Add(new Token(i, end, TokenKind.Number));
                        break;
                    }

                    end = i + width;
                    if (IsRepeatableTerminator(text[i]))
                    {
                        while (end < text.Length && text[end] == text[i])
                        {
                            end++;
                        }
                    }

                    output.Add(new Token(i, end, TokenKind.Punctuation));
                    break;
                default:
                    end = i + width;
                    output.Add(new Token(i, end, TokenKind.Symbol));
                    break;
            }

            i = end;
        }
    }

    private static bool IsRepeatableTerminator(char c) => c is '.' or '!' or '?' or CodePoints.ArabicQuestionMark;

    private static bool IsPercent(char c) => c is '%' or CodePoints.ArabicPercent;

    private static CharClass Classify(ReadOnlySpan<char> text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        return char.IsSurrogate(c) ? ClassifySurrogate(text, i, out width) : (CharClass)Classes[c];
    }

    /// <summary>The class of every UTF-16 code unit that is not a surrogate (it alone decides its class).</summary>
    private static byte[] ClassTable()
    {
        var table = new byte[char.MaxValue + 1];
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            table[code] = char.IsSurrogate(c) ? (byte)CharClass.Symbol : (byte)ClassifyOne(c);
        }

        return table;
    }

    private static CharClass ClassifyOne(char c)
    {
        if (c < 128)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                return CharClass.LatinLetter;
            }

            if (c is >= '0' and <= '9')
            {
                return CharClass.Digit;
            }

            if (c <= ' ' || c == '\u007F')
            {
                return CharClass.Space;
            }

            return char.IsPunctuation(c) ? CharClass.Punctuation : CharClass.Symbol;
        }

        if (CodePoints.IsArabicLetter(c))
        {
            return CharClass.ArabicLetter;
        }

        if (CodePoints.IsArabicWordMark(c))
        {
            return CharClass.Mark;
        }

        if (CodePoints.IsDigit(c))
        {
            return CharClass.Digit;
        }

        if (CodePoints.IsHorizontalSpace(c) || CodePoints.IsLineBreak(c))
        {
            return CharClass.Space;
        }

        if (CodePoints.IsInvisibleFormat(c))
        {
            return CharClass.Invisible;
        }

        return ClassifyCategory(new Rune(c));
    }

    private static CharClass ClassifySurrogate(ReadOnlySpan<char> text, int i, out int width)
    {
        width = 1;
        if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != OperationStatus.Done)
        {
            // A lone surrogate: a symbol of its own.
            return CharClass.Symbol;
        }

        width = consumed;
        return ClassifyCategory(rune);
    }

    private static CharClass ClassifyCategory(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return IsLatin(rune.Value) ? CharClass.LatinLetter : CharClass.OtherLetter;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return CharClass.Mark;
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.OtherLetter;
            case UnicodeCategory.Control:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return CharClass.Space;
            case UnicodeCategory.Format:
                return CharClass.Invisible;
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
                return CharClass.Punctuation;
            default:
                return CharClass.Symbol;
        }
    }

    // Latin script blocks: Basic Latin letters through Latin Extended-B and IPA, Latin Extended Additional,
    // Latin Extended-C/D/E and the fullwidth Latin letters.
    private static bool IsLatin(int codePoint) =>
        codePoint < 0x0300
        || (codePoint >= 0x1E00 && codePoint <= 0x1EFF)
        || (codePoint >= 0x2C60 && codePoint <= 0x2C7F)
        || (codePoint >= 0xA720 && codePoint <= 0xA7FF)
        || (codePoint >= 0xAB30 && codePoint <= 0xAB6F)
        || (codePoint >= 0xFF21 && codePoint <= 0xFF5A);

    /// <summary>Reads a word of one script: its letters, marks, and invisible characters that sit between two of its letters.</summary>
    private static int ScanWord(ReadOnlySpan<char> text, int start, CharClass script)
    {
        var i = start;
        while (i < text.Length)
        {
            var cls = Classify(text, i, out var width);
            if (cls == script || cls == CharClass.Mark || (script == CharClass.LatinLetter && cls == CharClass.Digit && text[i] < 128))
            {
                i += width;
                continue;
            }

            if (script == CharClass.LatinLetter && text[i] is '\'' or '\u2019' && i + 1 < text.Length
                && Classify(text, i + 1, out _) == CharClass.LatinLetter)
            {
                // An apostrophe between two Latin letters stays inside the word: don't, l'Irak.
                i += 1;
                continue;
            }

            if (cls == CharClass.Invisible)
            {
                var next = i;
                while (next < text.Length && Classify(text, next, out var w) == CharClass.Invisible)
                {
                    next += w;
                }

                if (next < text.Length && Classify(text, next, out _) is var after && (after == script || after == CharClass.Mark))
                {
                    i = next;
                    continue;
                }
            }

            break;
        }

        return i;
    }

    /// <summary>Digits with decimal or thousands separators between digits, a time's colon, and a trailing percent sign.</summary>
    private static int ScanNumber(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (CodePoints.IsDigit(c))
            {
                i++;
                continue;
            }

            if (c is '.' or ',' or CodePoints.ArabicDecimalSeparator or CodePoints.ArabicThousandsSeparator
                && i + 1 < text.Length && CodePoints.IsDigit(text[i + 1]))
            {
                i += 2;
                continue;
            }

            // A clock time: 10:30 (exactly two digits after the colon).
            if (c == ':' && i + 2 < text.Length && CodePoints.IsDigit(text[i + 1]) && CodePoints.IsDigit(text[i + 2])
                && (i + 3 >= text.Length || !CodePoints.IsDigit(text[i + 3])))
            {
                i += 3;
                continue;
            }

            break;
        }

        if (i < text.Length && IsPercent(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>URLs, e-mail addresses, @handles and #hashtags; returns <paramref name="start"/> when none starts here.</summary>
    private static int ScanSpecial(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        kind = TokenKind.Symbol;
        var c = text[start];
        var afterWordChar = start > 0 && IsAsciiWordChar(text[start - 1]);
        if (!afterWordChar && (c is 'h' or 'H' or 'w' or 'W'))
        {
            var end = ScanUrl(text, start);
            if (end > start)
            {
                kind = TokenKind.Url;
                return end;
            }
        }

        if (!afterWordChar && IsAsciiWordChar(c))
        {
            var end = ScanEmail(text, start);
            if (end > start)
            {
                kind = TokenKind.Email;
                return end;
            }
        }

        if (c == '@' && !afterWordChar)
        {
            var end = start + 1;
            while (end < text.Length && IsAsciiWordChar(text[end]))
            {
                end++;
            }

            if (end > start + 1)
            {
                kind = TokenKind.Mention;
                return end;
            }
        }

        if (c == '#' && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
        {
            var end = start + 1;
            var letters = 0;
            while (end < text.Length)
            {
                var cls = Classify(text, end, out var width);
                if (cls is CharClass.ArabicLetter or CharClass.LatinLetter or CharClass.OtherLetter)
                {
                    letters++;
                }
                else if (cls is not (CharClass.Digit or CharClass.Mark) && text[end] != '_')
                {
                    break;
                }

                end += width;
            }

            if (letters > 0)
            {
                kind = TokenKind.Hashtag;
                return end;
            }
        }

        return start;
    }

    private static bool IsAsciiWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';

    private static int ScanUrl(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        var prefix = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0)
        {
            return start;
        }

        var end = start + prefix;
        var openParens = 0;
        while (end < text.Length)
        {
            var c = text[end];
            if (c <= ' ' || CodePoints.IsHorizontalSpace(c) || CodePoints.IsLineBreak(c) || CodePoints.IsInvisibleFormat(c)
                || c is '"' or '<' or '>' or CodePoints.LeftGuillemet or CodePoints.RightGuillemet
                    or CodePoints.LeftDoubleQuote or CodePoints.RightDoubleQuote or '\u007F')
            {
                break;
            }

            if (char.IsHighSurrogate(c) || char.IsLowSurrogate(c))
            {
                // Keep a pair whole; stop at a lone surrogate.
                if (char.IsHighSurrogate(c) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]))
                {
                    end += 2;
                    continue;
                }

                break;
            }

            openParens += c == '(' ? 1 : c == ')' ? -1 : 0;
            end++;
        }

        // Sentence punctuation after a URL is not part of it; a closing parenthesis is when the URL opened one.
        while (end > start + prefix)
        {
            var last = text[end - 1];
            if (last == ')' && openParens >= 0)
            {
                break;
            }

            if (last is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\''
                or CodePoints.ArabicComma or CodePoints.ArabicSemicolon or CodePoints.ArabicQuestionMark)
            {
                openParens += last == ')' ? 1 : 0;
                end--;
                continue;
            }

            break;
        }

        return end > start + prefix ? end : start;
    }

    private static int ScanEmail(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && (IsAsciiWordChar(text[i]) || text[i] is '.' or '%' or '+' or '-'))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '@' || i == start)
        {
            return start;
        }

        var domainStart = ++i;
        while (i < text.Length && (IsAsciiWordChar(text[i]) || text[i] is '-' or '.'))
        {
            i++;
        }

        while (i > domainStart && text[i - 1] is '.' or '-')
        {
            i--;
        }

        // The domain needs a dot and a top-level label of two or more letters.
        var lastDot = text[domainStart..i].LastIndexOf('.') + domainStart;
        if (lastDot <= domainStart || lastDot >= i - 2)
        {
            return start;
        }

        for (var k = lastDot + 1; k < i; k++)
        {
            if (!char.IsAsciiLetter(text[k]))
            {
                return start;
            }
        }

        return i;
    }
}
