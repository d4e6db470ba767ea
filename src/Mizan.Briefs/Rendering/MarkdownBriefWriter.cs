namespace Mizan.Briefs.Rendering;

/// <summary>Writes a brief as Markdown: headings, lists, pipe tables; citations as [n].</summary>
public sealed class MarkdownBriefWriter(TextWriter output) : IBriefWriter
{
    private bool started;

    /// <summary>The brief as Markdown, in the command line's English labels.</summary>
    public static void Write(BriefDocument brief, TextWriter output) =>
        BriefRenderer.Render(brief, new MarkdownBriefWriter(output), BriefLabels.English);

    /// <summary>
    /// Each story's part of <see cref="Write"/>'s Markdown, from the blank line before its heading, in the brief's
    /// order, rendered on every core: the Markdown of the brief is that of the brief without stories followed by these.
    /// </summary>
    public static string[] Stories(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var articles = BriefRenderer.Articles(brief);
        var parts = new string[brief.Stories.Count];
        Parallel.For(0, parts.Length, i =>
        {
            using var part = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            BriefRenderer.Story(brief.Stories[i], articles, new MarkdownBriefWriter(part) { started = true }, BriefLabels.English);
            parts[i] = part.ToString();
        });
        return parts;
    }

    /// <summary>One story's part of the Markdown brief, as <see cref="Stories"/> renders it, from the story's own articles.</summary>
    public static string Story(StoryBrief story, IEnumerable<BriefArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        using var part = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        BriefRenderer.Story(story, articles.ToDictionary(a => a.Id, StringComparer.Ordinal), new MarkdownBriefWriter(part) { started = true }, BriefLabels.English);
        return part.ToString();
    }

    public void Heading(int level, string text, string? anchor = null)
    {
        Gap();
        output.WriteLine($"{new string('#', level)} {Line(text)}");
    }

    public void Paragraph(Cited text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Gap();
        output.WriteLine(Join(text));
    }

    public void List(IReadOnlyList<Cited> items, bool numbered = false)
    {
        ArgumentNullException.ThrowIfNull(items);
        Gap();
        foreach (var item in items)
        {
            output.WriteLine($"- {Join(item)}");
        }
    }

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cited>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        Gap();
        output.WriteLine("| " + string.Join(" | ", headers.Select(Cell)) + " |");
        output.WriteLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows)
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(c => Cell(Join(c)))) + " |");
        }
    }

    private static string Join(Cited cited)
    {
        var markers = string.Concat(cited.Sources.Select(n => $"[{n}]"));
        var text = Line(cited.Text);
        return text.Length == 0 ? markers : markers.Length == 0 ? text : text + " " + markers;
    }

    private static string Line(string text) => text.Replace(BriefRenderer.LineBreak, " / ", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A blank line between blocks, none before the first.</summary>
    private void Gap()
    {
        if (started)
        {
            output.WriteLine();
        }

        started = true;
    }
}
