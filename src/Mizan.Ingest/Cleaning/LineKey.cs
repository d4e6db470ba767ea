using System.Text;
using Mizan.Text.Normalization;

namespace Mizan.Ingest.Cleaning;

/// <summary>
/// The form in which lines are compared with phrases and with each other: the matching normalization (letter
/// variants, marks, digits and case folded), white space collapsed, every number written '#', and the punctuation
/// that widgets put around their words (': - | ( ) . « »' and the like) dropped at both ends.
/// </summary>
internal static class LineKey
{
    public static string Of(ReadOnlySpan<char> line)
    {
        var normalized = ArabicNormalizer.Matching.NormalizeToString(line);
        var builder = new StringBuilder(normalized.Length);
        var inNumber = false;
        foreach (var c in normalized)
        {
            if (char.IsDigit(c))
            {
                if (!inNumber)
                {
                    builder.Append('#');
                }

                inNumber = true;
                continue;
            }

            inNumber = false;
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim().Trim(Signs.LineEdges).Trim();
    }

    /// <summary>The number of words of a key (runs between spaces).</summary>
    public static int Words(string key) => key.Length == 0 ? 0 : key.Count(c => c == ' ') + 1;
}
