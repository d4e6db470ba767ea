using System.Text;
using AngleSharp.Dom;

namespace Mizan.Ingest.Html;

/// <summary>Turns an element into plain text: one paragraph per block element, separated by blank lines.</summary>
internal static class HtmlBlocks
{
    /// <summary>Elements that start a new paragraph of text (HTML's block-level and table elements).</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "caption",
    };

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    /// <summary>The element's text: white space collapsed, a &lt;br&gt; as a line break, blocks as paragraphs.</summary>
    public static string Render(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit, bool Pre)>();
        stack.Push((root, false, false));
        while (stack.Count > 0)
        {
            var (node, exit, pre) = stack.Pop();
            if (node.NodeType == NodeType.Text)
            {
                Append(current, node.TextContent, pre);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            if (tag == "br")
            {
                TrimEnd(current);
                current.Append('\n');
                continue;
            }

            var block = IsBlock(tag);
            if (block)
            {
                Flush(current, paragraphs);
            }

            if (exit)
            {
                continue;
            }

            var inPre = pre || tag == "pre";
            if (block)
            {
                stack.Push((element, true, inPre));
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false, inPre));
            }
        }

        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Append(StringBuilder current, string text, bool pre)
    {
        foreach (var c in text)
        {
            if (pre && c == '\n')
            {
                TrimEnd(current);
                current.Append('\n');
            }
            else if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 && current[^1] is not (' ' or '\n'))
                {
                    current.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                current.Append(c);
            }
        }
    }

    private static void TrimEnd(StringBuilder current)
    {
        while (current.Length > 0 && current[^1] == ' ')
        {
            current.Length--;
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var text = current.ToString().Trim();
        current.Clear();
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }
    }
}
