namespace Mizan.Quotes;

/// <summary>How the speaker of a quote was found.</summary>
public enum SpeakerSource
{
    /// <summary>The subject of the reporting verb (قال الخفاجي إن ...).</summary>
    Subject,

    /// <summary>No subject: the speaker of the previous speech goes on (وأضاف: ..., مضيفا أن ...).</summary>
    CarriedOver,

    /// <summary>A written statement (وبحسب بيان X, وذكر بيان لـ X, وأفاد البيان).</summary>
    Statement,

    /// <summary>Relayed by another source (نقلت وكالة X عن Y قوله).</summary>
    Relayed,

    /// <summary>An embedded tweet: the line "— Name (@handle) date" under the tweet's text.</summary>
    Tweet,

    /// <summary>An unnamed source (مصدر مسؤول, مصادر مطلعة).</summary>
    Anonymous,

    /// <summary>No speaker could be found.</summary>
    Unknown,
}

/// <summary>
/// A quote: the span of what was said (inside the quotation marks for direct speech, the clause after إن/أن for
/// indirect speech), the reporting cue, and the speaker and role with their own spans. Offsets are UTF-16 offsets
/// [start, end) into the analysed text.
/// </summary>
public sealed record Quote(
    int Start,
    int End,
    string Text,
    bool Direct,
    string Cue,
    int CueStart,
    int CueEnd,
    SpeakerSource Source,
    string? Speaker = null,
    int? SpeakerStart = null,
    int? SpeakerEnd = null,
    string? Role = null,
    int? RoleStart = null,
    int? RoleEnd = null);

/// <summary>A person or organization mention found by an entity recognizer, which the extractor prefers as a speaker name.</summary>
/// <param name="Body">True for an organization (a body), false for a person or when the recognizer did not say.</param>
/// <param name="Glued">True when the name's first word carries a glued clitic the recognizer set aside (لحماس: the span
/// still starts at the word).</param>
public readonly record struct NameSpan(int Start, int End, bool Body = false, bool Glued = false);

/// <summary>What a general dictionary and the place lists say of a word, for names the recognizer missed.</summary>
public enum NameWordEvidence
{
    /// <summary>Nothing known against it: it may be a name's.</summary>
    None,

    /// <summary>A verb or particle of the dictionary that no list of given names holds (ندد, ليس): no given name.</summary>
    VerbOrParticle,

    /// <summary>A country or a city (بكين, تركيا): a place, no person's name.</summary>
    Place,
}
