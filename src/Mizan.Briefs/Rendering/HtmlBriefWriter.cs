using System.Net;
using System.Text;

namespace Mizan.Briefs.Rendering;

/// <summary>
/// Writes a brief as the body of one HTML page: every value HTML-encoded (article text comes from the outside world
/// and is never markup), Latin text and numbers isolated with &lt;bdi&gt;, citations linked to the story's source
/// list, and a table longer than <see cref="FoldAfter"/> rows folded behind its row count (&lt;details&gt;, no script).
/// </summary>
internal sealed class HtmlBriefWriter(StringBuilder html, string storyPrefix) : IBriefWriter
{
    /// <summary>Rows shown before a table folds: a screenful; the quotes table of one story ran to 55 rows.</summary>
    private const int FoldAfter = 12;

    private string prefix = storyPrefix;

    public void Heading(int level, string text, string? anchor = null)
    {
        if (anchor is not null)
        {
            prefix = anchor;
        }

        var id = anchor is null ? string.Empty : $" id=\"{E(anchor)}\"";
        html.Append($"<h{level}{id}><bdi>{E(text)}</bdi></h{level}>\n");
    }

    public void Paragraph(Cited text)
    {
        ArgumentNullException.ThrowIfNull(text);
        html.Append($"<p>{Content(text)}</p>\n");
    }

    public void List(IReadOnlyList<Cited> items, bool numbered = false)
    {
        ArgumentNullException.ThrowIfNull(items);
        html.Append("<ul>\n");
        for (var i = 0; i < items.Count; i++)
        {
            var id = numbered ? $" id=\"{E(prefix)}-{i + 1}\"" : string.Empty;
            html.Append($"<li{id}>{Content(items[i])}</li>\n");
        }

        html.Append("</ul>\n");
    }

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cited>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var head = "<tr>" + string.Concat(headers.Select(h => $"<th>{E(h)}</th>")) + "</tr>\n";
        html.Append("<table>\n").Append(head);
        foreach (var row in rows.Take(FoldAfter))
        {
            Row(row);
        }

        html.Append("</table>\n");
        if (rows.Count > FoldAfter)
        {
            html.Append($"<details><summary>{E($"{ArabicCount.Of(rows.Count, ArabicNoun.Row)} — عرض الكل")}</summary>\n<table>\n").Append(head);
            foreach (var row in rows.Skip(FoldAfter))
            {
                Row(row);
            }

            html.Append("</table>\n</details>\n");
        }
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);

    private void Row(IReadOnlyList<Cited> row) =>
        html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{Content(c)}</td>"))).Append("</tr>\n");

    private string Content(Cited cited)
    {
        var markers = cited.Sources.Count == 0
            ? string.Empty
            : " <span class=\"src\">" + string.Concat(cited.Sources.Select(n => $"<a href=\"#{E(prefix)}-{n}\">[{n}]</a>")) + "</span>";
        var lines = cited.Text.Split(BriefRenderer.LineBreak).Select(line => $"<bdi>{E(line)}</bdi>");
        return string.Join("<br>", lines) + markers;
    }
}
