namespace Mizan.Text.Normalization;

/// <summary>
/// The normalization rules, each named and testable alone. <see cref="Display"/> and
/// <see cref="Matching"/> are the two strengths the rest of Mizan uses.
/// </summary>
[Flags]
public enum NormalizationRules
{
    None = 0,

    /// <summary>Arabic presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFC) fold to base letters: ﻻ → لا.</summary>
    PresentationForms = 1 << 0,

    /// <summary>Every horizontal space (no-break spaces included) becomes U+0020; every line break becomes U+000A; CR LF becomes one U+000A.</summary>
    WhiteSpace = 1 << 1,

    /// <summary>Zero-width characters, bidirectional controls, the soft hyphen and the byte-order mark are dropped.</summary>
    InvisibleFormat = 1 << 2,

    /// <summary>Tatweel (U+0640) is dropped: داعـش → داعش.</summary>
    Tatweel = 1 << 3,

    /// <summary>Harakat, Quranic marks and the dagger alef are dropped: شَهِيد → شهيد.</summary>
    Tashkeel = 1 << 4,

    /// <summary>أ إ آ ٱ → ا.</summary>
    AlefVariants = 1 << 5,

    /// <summary>ى → ي.</summary>
    AlefMaksura = 1 << 6,

    /// <summary>ة → ه.</summary>
    TehMarbuta = 1 << 7,

    /// <summary>Persian and Urdu letters → Arabic: ی → ي, ک ڪ → ك, ە ۀ ھ ہ → ه.</summary>
    PersianLetters = 1 << 8,

    /// <summary>Arabic-Indic and Persian digits → ASCII digits: ٢٥٠٠ → 2500.</summary>
    Digits = 1 << 9,

    /// <summary>Arabic number signs → ASCII: ٪ → %, ٫ → ., ٬ → ,.</summary>
    NumberSigns = 1 << 10,

    /// <summary>Latin (and other cased scripts') capitals → lower case.</summary>
    LetterCase = 1 << 11,

    /// <summary>For showing text: same letters, clean spacing, nothing invisible.</summary>
    Display = PresentationForms | WhiteSpace | InvisibleFormat | Tatweel,

    /// <summary>For comparing words: the display rules plus every orthographic variant folded.</summary>
    Matching = Display | Tashkeel | AlefVariants | AlefMaksura | TehMarbuta | PersianLetters | Digits | NumberSigns | LetterCase,
}
