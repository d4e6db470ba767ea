using AngleSharp.Dom;
using Mizan.Text;

namespace Mizan.Ingest.Html;

/// <summary>
/// Measures of an element's visible text: its length with every run of white space counted as one character,
/// how much of it sits inside links, and how many commas it has (Latin and Arabic).
/// </summary>
internal readonly record struct TextStats(int Length, int LinkLength, int Commas)
{
    /// <summary>Share of the text inside &lt;a&gt; elements, 0 for an element without text.</summary>
    public double LinkDensity => Length == 0 ? 0 : (double)LinkLength / Length;

    public static TextStats Of(INode root)
    {
        var length = 0;
        var linkLength = 0;
        var commas = 0;
        var lastWasSpace = true;
        var stack = new Stack<(INode Node, bool InLink)>();
        stack.Push((root, root is IElement { LocalName: "a" }));
        while (stack.Count > 0)
        {
            var (node, inLink) = stack.Pop();
            if (node.NodeType == NodeType.Text)
            {
                foreach (var c in node.TextContent)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        if (lastWasSpace)
                        {
                            continue;
                        }

                        lastWasSpace = true;
                    }
                    else
                    {
                        lastWasSpace = false;
                        if (c is ',' or CodePoints.ArabicComma)
                        {
                            commas++;
                        }
                    }

                    length++;
                    if (inLink)
                    {
                        linkLength++;
                    }
                }

                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                var child = children[i];
                if (child.NodeType is NodeType.Text or NodeType.Element)
                {
                    stack.Push((child, inLink || child is IElement { LocalName: "a" }));
                }
            }
        }

        return new TextStats(length, linkLength, commas);
    }
}
