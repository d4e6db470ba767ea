namespace Mizan.Entities;

/// <summary>The kinds of entity the tagger finds (ANERcorp's PERS, ORG, LOC, MISC).</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
    Misc,
}

/// <summary>
/// An entity mentioned in a text: its type and span [Start, End) in UTF-16 code units of the text given, with
/// <see cref="Text"/> equal to the text at that span. For a person, the title or role that introduces the name
/// (رئيس الوزراء العراقي, الجنرال) is kept apart from it, with its own span: before the name, or after it between
/// commas (كينيث ماكنزي، قائد القيادة المركزية الأمريكية) when only a title stands before it.
/// </summary>
public sealed record EntityMention(EntityType Type, int Start, int End, string Text, string? Role, int? RoleStart, int? RoleEnd);
