namespace Mizan.Ingest.Cleaning;

/// <summary>A text with its boilerplate removed, and what was removed.</summary>
/// <param name="Text">What remains of the raw text.</param>
/// <param name="Removed">Each removed span, in order, with offsets into the raw text given to the cleaner.</param>
public sealed record CleanedText(string Text, IReadOnlyList<RemovedSpan> Removed);

/// <summary>One removed span: UTF-16 offsets [Start, End) into the raw text, the text there, and why it went.</summary>
public sealed record RemovedSpan(int Start, int End, string Text, string Reason);
