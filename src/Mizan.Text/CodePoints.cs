namespace Mizan.Text;

/// <summary>
/// Every code point the text core treats specially, by name. Rules refer to these names
/// instead of bare literals so each rule reads as the Unicode it implements.
/// </summary>
public static class CodePoints
{
    // Letters
    public const char Hamza = '\u0621';                 // ء arabic letter hamza
    public const char AlefMadda = '\u0622';             // آ alef with madda above
    public const char AlefHamzaAbove = '\u0623';        // أ alef with hamza above
    public const char WawHamzaAbove = '\u0624';         // ؤ waw with hamza above
    public const char AlefHamzaBelow = '\u0625';        // إ alef with hamza below
    public const char YehHamzaAbove = '\u0626';         // ئ yeh with hamza above
    public const char Alef = '\u0627';                  // ا alef
    public const char Beh = '\u0628';                   // ب beh
    public const char TehMarbuta = '\u0629';            // ة teh marbuta
    public const char Teh = '\u062A';                   // ت teh
    public const char Seen = '\u0633';                  // س seen
    public const char Feh = '\u0641';                   // ف feh
    public const char Kaf = '\u0643';                   // ك kaf
    public const char Lam = '\u0644';                   // ل lam
    public const char Meem = '\u0645';                  // م meem
    public const char Noon = '\u0646';                  // ن noon
    public const char Heh = '\u0647';                   // ه heh
    public const char Waw = '\u0648';                   // و waw
    public const char AlefMaksura = '\u0649';           // ى alef maksura
    public const char Yeh = '\u064A';                   // ي yeh
    public const char AlefWasla = '\u0671';             // ٱ alef wasla
    public const char KehehPersian = '\u06A9';          // ک keheh (Persian kaf)
    public const char SwashKaf = '\u06AA';              // ڪ swash kaf
    public const char HehDoachashmee = '\u06BE';        // ھ heh doachashmee (Urdu)
    public const char HehYehAbove = '\u06C0';           // ۀ heh with yeh above
    public const char HehGoal = '\u06C1';               // ہ heh goal (Urdu)
    public const char FarsiYeh = '\u06CC';              // ی farsi yeh
    public const char Ae = '\u06D5';                    // ە ae (Kurdish heh)

    // Marks and the elongation sign
    public const char Tatweel = '\u0640';               // ـ tatweel (kashida)
    public const char Fathatan = '\u064B';              // first harakah: fathatan
    public const char Shadda = '\u0651';                // shadda (gemination)
    public const char Sukun = '\u0652';                 // last common harakah: sukun
    public const char MaddahAbove = '\u0653';           // combining maddah above
    public const char HamzaBelow = '\u0655';            // combining hamza below
    public const char WavyHamzaBelow = '\u065F';        // last mark of the 064B..065F block
    public const char SuperscriptAlef = '\u0670';       // dagger alef
    public const char QuranicMarksFirst = '\u0610';     // sign sallallahou alayhe wassallam
    public const char QuranicMarksLast = '\u061A';      // small kasra
    public const char QuranicAnnotationFirst = '\u06D6'; // small high ligature sad with lam with alef maksura
    public const char QuranicAnnotationLast = '\u06ED'; // small low meem

    // Digits and number signs
    public const char ArabicIndicZero = '\u0660';       // ٠ arabic-indic digit zero
    public const char ArabicIndicNine = '\u0669';       // ٩ arabic-indic digit nine
    public const char ExtendedIndicZero = '\u06F0';     // ۰ extended arabic-indic (Persian) digit zero
    public const char ExtendedIndicNine = '\u06F9';     // ۹ extended arabic-indic (Persian) digit nine
    public const char ArabicPercent = '\u066A';         // ٪ arabic percent sign
    public const char ArabicDecimalSeparator = '\u066B'; // ٫ arabic decimal separator
    public const char ArabicThousandsSeparator = '\u066C'; // ٬ arabic thousands separator

    // Punctuation
    public const char ArabicComma = '\u060C';           // ، arabic comma
    public const char ArabicSemicolon = '\u061B';       // ؛ arabic semicolon
    public const char ArabicQuestionMark = '\u061F';    // ؟ arabic question mark
    public const char ArabicFullStop = '\u06D4';        // ۔ arabic full stop (Urdu)
    public const char LeftGuillemet = '\u00AB';         // « left-pointing double angle quotation mark
    public const char RightGuillemet = '\u00BB';        // » right-pointing double angle quotation mark
    public const char LeftDoubleQuote = '\u201C';       // “ left double quotation mark
    public const char RightDoubleQuote = '\u201D';      // ” right double quotation mark
    public const char LowDoubleQuote = '\u201E';        // „ double low-9 quotation mark
    public const char Ellipsis = '\u2026';              // … horizontal ellipsis

    // White space
    public const char NoBreakSpace = '\u00A0';          // no-break space
    public const char NarrowNoBreakSpace = '\u202F';    // narrow no-break space
    public const char OghamSpace = '\u1680';            // ogham space mark
    public const char EnQuad = '\u2000';                // first of the 2000..200A spaces
    public const char HairSpace = '\u200A';             // last of the 2000..200A spaces
    public const char MediumMathSpace = '\u205F';       // medium mathematical space
    public const char IdeographicSpace = '\u3000';      // ideographic space
    public const char LineSeparator = '\u2028';         // line separator
    public const char ParagraphSeparator = '\u2029';    // paragraph separator
    public const char NextLine = '\u0085';              // next line (C1 control)

    // Invisible format characters
    public const char SoftHyphen = '\u00AD';            // soft hyphen
    public const char ArabicLetterMark = '\u061C';      // arabic letter mark (bidi)
    public const char ZeroWidthSpace = '\u200B';        // zero width space
    public const char ZeroWidthNonJoiner = '\u200C';    // zero width non-joiner
    public const char ZeroWidthJoiner = '\u200D';       // zero width joiner
    public const char LeftToRightMark = '\u200E';       // left-to-right mark
    public const char RightToLeftMark = '\u200F';       // right-to-left mark
    public const char BidiEmbeddingFirst = '\u202A';    // left-to-right embedding
    public const char BidiEmbeddingLast = '\u202E';     // right-to-left override
    public const char WordJoiner = '\u2060';            // word joiner
    public const char BidiIsolateFirst = '\u2066';      // left-to-right isolate
    public const char BidiIsolateLast = '\u2069';       // pop directional isolate
    public const char ByteOrderMark = '\uFEFF';         // zero width no-break space / BOM

    // Presentation-form blocks (compatibility forms that fold to base letters)
    public const char PresentationFormsAFirst = '\uFB50';
    public const char PresentationFormsALast = '\uFDFF';
    public const char PresentationFormsBFirst = '\uFE70';
    public const char PresentationFormsBLast = '\uFEFC';

    /// <summary>True for the Arabic harakat, Quranic marks and the dagger alef: the tashkeel rule removes these.</summary>
    public static bool IsTashkeel(char c) =>
        (c >= Fathatan && c <= WavyHamzaBelow)
        || c == SuperscriptAlef
        || (c >= QuranicMarksFirst && c <= QuranicMarksLast)
        || (c >= QuranicAnnotationFirst && c <= QuranicAnnotationLast && c != '\u06DD' && c != '\u06DE' && c != '\u06E5' && c != '\u06E6' && c != '\u06E9');

    /// <summary>Zero-width characters and bidirectional controls: invisible, never part of what a word says.</summary>
    public static bool IsInvisibleFormat(char c) =>
        c == SoftHyphen || c == ArabicLetterMark
        || (c >= ZeroWidthSpace && c <= RightToLeftMark)
        || (c >= BidiEmbeddingFirst && c <= BidiEmbeddingLast)
        || c == WordJoiner
        || (c >= BidiIsolateFirst && c <= BidiIsolateLast)
        || c == ByteOrderMark;

    /// <summary>Horizontal white space of every kind, the no-break spaces included.</summary>
    public static bool IsHorizontalSpace(char c) =>
        c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == NoBreakSpace || c == NarrowNoBreakSpace
        || c == OghamSpace || (c >= EnQuad && c <= HairSpace) || c == MediumMathSpace || c == IdeographicSpace;

    /// <summary>Characters that end a line.</summary>
    public static bool IsLineBreak(char c) =>
        c == '\n' || c == '\r' || c == NextLine || c == LineSeparator || c == ParagraphSeparator;

    /// <summary>ASCII, Arabic-Indic or Extended (Persian) Arabic-Indic digit value, or -1.</summary>
    public static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= ArabicIndicZero && c <= ArabicIndicNine)
        {
            return c - ArabicIndicZero;
        }

        if (c >= ExtendedIndicZero && c <= ExtendedIndicNine)
        {
            return c - ExtendedIndicZero;
        }

        return -1;
    }

    public static bool IsDigit(char c) => DigitValue(c) >= 0;

    /// <summary>A letter of the Arabic script (base letters, extended letters, presentation forms), not a mark or digit.</summary>
    public static bool IsArabicLetter(char c) =>
        (c >= '\u0620' && c <= '\u063F') || (c >= Feh && c <= Yeh)
        || (c >= '\u066E' && c <= '\u066F') || (c >= AlefWasla && c <= '\u06D3') || c == Ae
        || (c >= '\u06EE' && c <= '\u06EF') || (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF'
        || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9')
        || (c >= PresentationFormsAFirst && c <= '\uFDFB' && !(c >= '\uFD3E' && c <= '\uFD4F'))
        || (c >= PresentationFormsBFirst && c <= PresentationFormsBLast);

    /// <summary>A character that continues an Arabic word without being a letter: marks and tatweel.</summary>
    public static bool IsArabicWordMark(char c) => c == Tatweel || IsTashkeel(c) || (c >= '\u08CA' && c <= '\u08FF');
}
