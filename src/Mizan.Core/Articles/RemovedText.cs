namespace Mizan.Core.Articles;

/// <summary>
/// A span removed from an article's raw text (boilerplate, a repeated line), with why: UTF-16 offsets
/// [Start, End) into the raw text as read, before cleaning.
/// </summary>
public sealed record RemovedText(int Start, int End, string Text, string Reason);
