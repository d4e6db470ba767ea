using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Text;

/// <summary>The result of one pass of the text core over a text.</summary>
/// <param name="Words">Word tokens (Arabic, Latin and other scripts).</param>
/// <param name="Tokens">All tokens.</param>
/// <param name="Checksum">A sum over the stems, so no step can be skipped as dead code.</param>
public readonly record struct TextCorePassResult(int Words, int Tokens, long Checksum);

/// <summary>
/// The hot path measured by <c>mizan bench text</c> and the benchmark project: the display view of the whole text
/// (with its offset map), tokens, and for every word its matching form and stem. Reuses the caller's scratch
/// list and allocates nothing per word.
/// </summary>
public static class TextCorePass
{
    public static TextCorePassResult Run(string text, List<Token> scratch, LightStemmer stemmer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scratch);
        ArgumentNullException.ThrowIfNull(stemmer);
        var display = ArabicNormalizer.Display.Normalize(text);
        scratch.Clear();
        Tokenizer.Tokenize(text, scratch);
        var matching = ArabicNormalizer.Matching;
        Span<char> buffer = stackalloc char[(LightStemmer.MaxWordLength * 4) + 8];
        var words = 0;
        long checksum = display.Value.Length;
        foreach (var token in scratch)
        {
            if (!token.IsWord)
            {
                continue;
            }

            words++;
            var surface = text.AsSpan(token.Start, token.Length);
            var length = token.Kind == TokenKind.ArabicWord
                ? stemmer.Stem(surface, buffer, out _)
                : surface.Length <= LightStemmer.MaxWordLength ? matching.Normalize(surface, buffer) : -1;
            checksum += length > 0 ? buffer[length - 1] + length : 0;
        }

        return new TextCorePassResult(words, scratch.Count, checksum);
    }
}
