using Mizan.Core.Articles;

namespace Mizan.Ingest.Cleaning;

/// <summary>A text with its boilerplate removed, and what was removed.</summary>
/// <param name="Text">What remains of the raw text.</param>
/// <param name="Removed">Each removed span, in order, with offsets into the raw text given to the cleaner.</param>
public sealed record CleanedText(string Text, IReadOnlyList<RemovedText> Removed);
