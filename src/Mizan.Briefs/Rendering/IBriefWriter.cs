namespace Mizan.Briefs.Rendering;

/// <summary>A piece of text and the story's source numbers it cites.</summary>
public sealed record Cited(string Text, IReadOnlyList<int> Sources)
{
    public static Cited Plain(string text) => new(text, []);
}

/// <summary>What a brief is written with; Markdown and HTML each write these the way their format wants.</summary>
public interface IBriefWriter
{
    void Heading(int level, string text, string? anchor = null);

    void Paragraph(Cited text);

    /// <summary>A bulleted list; <paramref name="numbered"/> lists show each item's number (the sources).</summary>
    void List(IReadOnlyList<Cited> items, bool numbered = false);

    /// <summary>A table; one that runs long may be folded behind its row count where the format can.</summary>
    void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cited>> rows);
}
