namespace Mizan.Ingest.Cleaning;

/// <summary>One line of a text: the UTF-16 span [Start, End) of its content, white space at both ends excluded.</summary>
internal readonly record struct TextLine(int Start, int End)
{
    public int Length => End - Start;
}

internal static class TextLines
{
    /// <summary>
    /// The lines of a text that have content, in order. Lines end at U+000A (a U+000D before it is white space);
    /// white space includes the no-break spaces that pages print as empty paragraphs.
    /// </summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var from = start;
            var to = end;
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                lines.Add(new TextLine(from, to));
            }

            start = end + 1;
        }

        return lines;
    }
}
