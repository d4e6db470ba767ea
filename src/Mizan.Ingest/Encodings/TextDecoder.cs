using System.Text;

namespace Mizan.Ingest.Encodings;

/// <summary>Text decoded from bytes, with the encoding it was read as; or a reason it could not be read.</summary>
/// <param name="Text">The decoded text (without a byte-order mark), or null.</param>
/// <param name="Encoding">The encoding's web name: utf-8, utf-16le, utf-16be, windows-1256 or iso-8859-6.</param>
/// <param name="Error">Why the bytes are not text Mizan reads, when <paramref name="Text"/> is null.</param>
/// <param name="Warning">What was repaired or guessed while reading text that was kept (a few broken bytes read as
/// U+FFFD, naming the first offset; an encoding guessed from the bytes of a page that declared none).</param>
public sealed record DecodedText(string? Text, string? Encoding, string? Error, string? Warning = null)
{
    internal static DecodedText Fail(string error) => new(null, null, error);
}

/// <summary>
/// Decodes news text in the encodings Arabic collections come in: UTF-8 (with or without a byte-order mark),
/// UTF-16 (with a byte-order mark, or recognised by its zero and 0x06 high bytes), windows-1256 and ISO-8859-6; and
/// pages in any other encoding .NET can decode. A declared charset (an HTTP header or a <c>&lt;meta charset&gt;</c>)
/// is honoured when the bytes agree with it, whatever it is (windows-1252, KOI8-R, Shift_JIS, GB2312 ...); an
/// undeclared page is read in the encoding whose reading looks like text of its script (<see cref="Guesses"/>). UTF-8
/// with a few broken bytes is read with U+FFFD in their place and a warning naming the first offset. Binary files
/// and bytes that read as nothing are refused with a reason.
/// </summary>
public static class TextDecoder
{
    public const string Utf8 = "utf-8";
    public const string Utf16LittleEndian = "utf-16le";
    public const string Utf16BigEndian = "utf-16be";
    public const string Windows1256 = "windows-1256";
    public const string Iso88596 = "iso-8859-6";

    /// <summary>
    /// Of the characters outside ASCII, at least this share must be Arabic (U+0600 to U+06FF, and the no-break
    /// space and punctuation both code pages share) for a single-byte reading to count as Arabic text: French or
    /// Cyrillic bytes read as windows-1256 give mostly Latin letters and symbols and stay far below it.
    /// </summary>
    private const double ArabicShare = 0.85;

    /// <summary>
    /// BOM-less UTF-16 is recognised when at least this share of the code units' high bytes are 0x00 (ASCII,
    /// spaces, digits) or 0x06 (the Arabic block) while the low bytes are almost never zero.
    /// </summary>
    private const double Utf16HighByteShare = 0.9;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Decodes <paramref name="bytes"/>. A byte-order mark decides; then a declared charset when the bytes decode
    /// cleanly in it; then UTF-8 when the bytes are valid UTF-8; then BOM-less UTF-16; then whichever of
    /// windows-1256 and ISO-8859-6 reads as Arabic (the one giving more words that start with ال, when both do).
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(StrictUtf8, bytes[3..], Utf8) ?? DecodedText.Fail("starts with a UTF-8 byte-order mark but is not valid UTF-8.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(StrictUtf16LittleEndian, bytes[2..], Utf16LittleEndian) ?? DecodedText.Fail("starts with a UTF-16 byte-order mark but is not valid UTF-16.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(StrictUtf16BigEndian, bytes[2..], Utf16BigEndian) ?? DecodedText.Fail("starts with a UTF-16 byte-order mark but is not valid UTF-16.");
        }

        if (bytes.IsEmpty)
        {
            return new DecodedText(string.Empty, Utf8, null);
        }

        if (Canonical(declaredCharset) is { } declared && DecodeAs(bytes, declared) is { } asDeclared)
        {
            return asDeclared;
        }

        if (bytes.IndexOf((byte)0) < 0 && Strict(StrictUtf8, bytes, Utf8) is { } utf8)
        {
            return utf8;
        }

        if (Utf16Order(bytes) is { } order && Strict(order == Utf16LittleEndian ? StrictUtf16LittleEndian : StrictUtf16BigEndian, bytes, order) is { } utf16)
        {
            return utf16;
        }

        if (LooksBinary(bytes))
        {
            return DecodedText.Fail("looks binary (it holds NUL or other control bytes), not text.");
        }

        if (BrokenUtf8(bytes) is { } broken)
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), Utf8, null, broken);
        }

        var windows = InCodePage(bytes, Windows1256);
        var iso = InCodePage(bytes, Iso88596);
        var windowsScore = windows is null ? -1 : ArabicScore(windows);
        var isoScore = iso is null ? -1 : ArabicScore(iso);
        if (windowsScore >= 0 || isoScore >= 0)
        {
            return isoScore > windowsScore ? new DecodedText(iso, Iso88596, null) : new DecodedText(windows, Windows1256, null);
        }

        return Guess(bytes) ?? DecodedText.Fail("is not valid UTF-8 and reads as no script's text in UTF-16, windows-1256, ISO-8859-6 or the other encodings tried (unknown encoding).");
    }

    /// <summary>
    /// The other encodings an undeclared page is tried in, in order, each with what its reading must look like:
    /// most letters outside ASCII, of its script and shaped as its words (Cyrillic, Greek, Hebrew: <see cref="ScriptGuess"/>),
    /// or for East Asian multi-byte encodings, the characters that text of that language uses most (<see cref="EastAsianText"/>); Latin text last,
    /// as windows-1252 (a superset of ISO-8859-1 for text), when its letters are mostly ASCII.
    /// </summary>
    internal static IReadOnlyList<EncodingGuess> Guesses { get; } =
    [
        new ScriptGuess("koi8-r", IsCyrillic, CyrillicVowels, Finals: string.Empty, Cased: true),
        new ScriptGuess("windows-1251", IsCyrillic, CyrillicVowels, Finals: string.Empty, Cased: true),
        new ScriptGuess("windows-1253", c => c is >= '\u0370' and <= '\u03FF', "αεηιουωάέήίόύώϊϋΐΰ", Finals: "ς", Cased: true),
        new ScriptGuess("windows-1255", c => c is >= '\u0590' and <= '\u05FF', Vowels: null, Finals: "ךםןףץ", Cased: false),
        new EastAsianGuess("shift_jis"),
        new EastAsianGuess("euc-jp"),
        new EastAsianGuess("gb18030"),
        new EastAsianGuess("big5"),
        new EastAsianGuess("euc-kr"),
        new LatinGuess("windows-1252"),
    ];

    /// <summary>The best reading among <see cref="Guesses"/>, with a warning saying it was guessed; null when none reads as text.</summary>
    private static DecodedText? Guess(ReadOnlySpan<byte> bytes)
    {
        (string Name, string Text, double Score)? best = null;
        foreach (var guess in Guesses)
        {
            if (InCodePage(bytes, guess.Name) is { } text && guess.Score(text) is > 0 and var score && (best is null || score > best.Value.Score))
            {
                best = (guess.Name, text, score);
            }
        }

        return best is { } found
            ? new DecodedText(found.Text, found.Name, null, $"declares no charset; read as {found.Name}, the encoding its bytes read best in.")
            : null;
    }

    private const string CyrillicVowels = "аеёиоуыэюяіїєў";

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>
    /// The canonical name of a charset label: Mizan's own names for the Unicode and Arabic encodings, else the web
    /// name of any encoding .NET decodes (code pages registered), else null. UTF-7 is never taken: a page that
    /// declares it is read as if it declared nothing (it can smuggle markup past filters).
    /// </summary>
    public static string? Canonical(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        return name switch
        {
            "utf-8" or "utf8" or "unicode-1-1-utf-8" => Utf8,
            "utf-16" or "utf-16le" or "unicode" => Utf16LittleEndian,
            "utf-16be" => Utf16BigEndian,
            "windows-1256" or "cp1256" or "x-cp1256" => Windows1256,
            "iso-8859-6" or "iso8859-6" or "iso_8859-6" or "arabic" or "asmo-708" or "iso-ir-127" or "ecma-114" => Iso88596,
            "utf-7" or "utf7" or "unicode-1-1-utf-7" or "csunicode11utf7" => null,
            _ => OtherEncoding(name),
        };
    }

    private static string? OtherEncoding(string name)
    {
        try
        {
            var web = Encoding.GetEncoding(name).WebName;
            return web is "utf-7" ? null : web;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DecodedText? DecodeAs(ReadOnlySpan<byte> bytes, string name) => name switch
    {
        Utf8 => Strict(StrictUtf8, bytes, Utf8),
        Utf16LittleEndian => Strict(StrictUtf16LittleEndian, bytes, Utf16LittleEndian),
        Utf16BigEndian => Strict(StrictUtf16BigEndian, bytes, Utf16BigEndian),
        _ => InCodePage(bytes, name) is { } text && !LooksBinary(bytes) ? new DecodedText(text, name, null) : null,
    };

    private static DecodedText? Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal) ? null : new DecodedText(text, name, null);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The text in a code page (single- or multi-byte), or null when some bytes are no character there.</summary>
    private static string? InCodePage(ReadOnlySpan<byte> bytes, string name)
    {
        var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: an even length, high bytes that are 0x00 or 0x06 in at least 90% of the
    /// code units, and low bytes that are zero in under 10% of them (they are zero only for U+0600 and U+0000).
    /// </summary>
    private static string? Utf16Order(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var units = bytes.Length / 2;
        int evenHigh = 0, oddHigh = 0, evenZero = 0, oddZero = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            var (even, odd) = (bytes[i], bytes[i + 1]);
            evenHigh += even is 0x00 or 0x06 ? 1 : 0;
            oddHigh += odd is 0x00 or 0x06 ? 1 : 0;
            evenZero += even == 0 ? 1 : 0;
            oddZero += odd == 0 ? 1 : 0;
        }

        var limit = Utf16HighByteShare * units;
        var rare = (1 - Utf16HighByteShare) * units;
        if (oddHigh >= limit && evenZero <= rare && oddZero > 0)
        {
            return Utf16LittleEndian;
        }

        return evenHigh >= limit && oddZero <= rare && evenZero > 0 ? Utf16BigEndian : null;
    }

    /// <summary>
    /// A warning when the bytes are UTF-8 with some bytes broken (a cut or corrupted file) rather than a single-byte
    /// encoding: at least 10 well-formed multi-byte sequences and fewer bad bytes than a tenth of them. Reading
    /// such a file as windows-1256 would turn every Arabic letter into two wrong ones; it is read as UTF-8 with
    /// U+FFFD for each bad byte. More bad bytes than that and the file is not taken for UTF-8.
    /// </summary>
    private static string? BrokenUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1;
        for (var i = 0; i < bytes.Length;)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            var length = lead switch
            {
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            var continued = length > 0 && i + length <= bytes.Length;
            for (var k = 1; continued && k < length; k++)
            {
                continued = bytes[i + k] is >= 0x80 and <= 0xBF;
            }

            if (continued)
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                first = first < 0 ? i : first;
                i++;
            }
        }

        return valid >= 10 && invalid * 10 < valid
            ? $"is not valid UTF-8: {invalid:N0} bad byte(s) among {valid:N0} good multi-byte characters, the first at offset {first:N0} (a cut or corrupted file?); read with U+FFFD in their place."
            : null;
    }

    /// <summary>NUL bytes, or C0 control bytes other than tab, line feed, form feed, carriage return and escape.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How Arabic a single-byte reading is: -1 when under 85% of its non-ASCII characters are Arabic or no word
    /// begins with ال, otherwise
    /// the number of words beginning with ال (the definite article begins a fifth of the words of news text,
    /// so the right code page gives many and the wrong one almost none).
    /// </summary>
    private static int ArabicScore(string text)
    {
        int nonAscii = 0, arabic = 0, definite = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            if (c is (>= '\u0600' and <= '\u06FF') or '\u00A0' or '\u00AB' or '\u00BB')
            {
                arabic++;
            }

            if (c == '\u0627' // alef
                && i + 1 < text.Length && text[i + 1] == '\u0644' // lam
                && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                definite++;
            }
        }

        // Latin letters read as ISO-8859-6 land on Arabic letters too (é is ى there), but never spell the article.
        return nonAscii == 0 || arabic < ArabicShare * nonAscii || definite == 0 ? -1 : definite;
    }
}
