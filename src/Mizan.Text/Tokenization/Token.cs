namespace Mizan.Text.Tokenization;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>A word in Arabic script (letters, with any marks and tatweel inside it).</summary>
    ArabicWord,

    /// <summary>A word in Latin script; digits inside it stay (F16, COVID19).</summary>
    LatinWord,

    /// <summary>A word in any other script.</summary>
    OtherWord,

    /// <summary>A number in any digit script, with decimal and thousands separators and an attached percent sign.</summary>
    Number,

    /// <summary>One punctuation mark, or a run of the same sentence-ending mark (..., !!).</summary>
    Punctuation,

    /// <summary>Anything else that is visible: currency signs, emoji, stray marks, lone surrogates.</summary>
    Symbol,

    Url,
    Email,

    /// <summary>An @handle.</summary>
    Mention,

    /// <summary>A #hashtag.</summary>
    Hashtag,
}

/// <summary>A token: the span [Start, End) of the text it was read from, in UTF-16 code units, and its kind.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord;
}
