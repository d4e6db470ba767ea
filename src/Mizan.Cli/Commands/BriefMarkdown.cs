using Mizan.Briefs;

namespace Mizan.Cli.Commands;

/// <summary>The readable form of a brief: Markdown, one section per story, every item with its source markers.</summary>
internal static class BriefMarkdown
{
    public static void Write(BriefDocument brief, TextWriter output)
    {
        var marker = brief.Articles.Select((a, i) => (a.Id, Marker: $"[{i + 1}]")).ToDictionary(x => x.Id, x => x.Marker, StringComparer.Ordinal);
        output.WriteLine("# Mizan brief");
        output.WriteLine();
        output.WriteLine("## Sources");
        foreach (var article in brief.Articles)
        {
            var published = article.Published is null ? "date unknown" : article.Published + (article.PublishedInferred ? " (inferred)" : string.Empty);
            output.WriteLine($"- {marker[article.Id]} {article.Outlet ?? "outlet unknown"}, {published}: {article.Source ?? article.Id}");
        }

        foreach (var line in brief.Storylines.Where(l => l.StoryIds.Count > 1))
        {
            output.WriteLine();
            output.WriteLine($"Storyline {line.Id}: stories {string.Join(", ", line.StoryIds)}");
        }

        foreach (var story in brief.Stories)
        {
            output.WriteLine();
            output.WriteLine($"## {story.Id}: {story.Headline}");
            output.WriteLine();
            output.WriteLine($"{story.ArticleIds.Count} articles {string.Join(" ", story.ArticleIds.Select(id => marker[id]))}; outlets: {string.Join(", ", story.Outlets.DefaultIfEmpty("unknown"))}; {story.Start ?? "?"} to {story.End ?? "?"}");
            output.WriteLine();
            output.WriteLine("### Summary");
            foreach (var sentence in story.Summary)
            {
                output.WriteLine($"- {sentence.Text} {Markers(sentence.Evidence, marker)}");
            }

            if (story.Quotes.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("### Who said what");
                output.WriteLine();
                output.WriteLine("| speaker | role | quote | sources |");
                output.WriteLine("|---|---|---|---|");
                foreach (var quote in story.Quotes)
                {
                    var text = quote.Text.Length > 160 ? quote.Text[..160] + "…" : quote.Text;
                    output.WriteLine($"| {Cell(quote.Speaker ?? "?")} | {Cell(quote.Role ?? string.Empty)} | {(quote.Direct ? "«" + Cell(text) + "»" : Cell(text))} | {Markers(quote.Evidence, marker)} |");
                }
            }

            foreach (var outlet in story.OutletViews)
            {
                output.WriteLine();
                output.WriteLine($"### {outlet.Outlet}");
                foreach (var detail in outlet.Unique)
                {
                    output.WriteLine($"- only here: {detail.Text} {Markers(detail.Evidence, marker)}");
                }

                foreach (var fact in outlet.Omitted)
                {
                    output.WriteLine($"- leaves out what others give: {fact.Text} {Markers(fact.Evidence, marker)}");
                }

                if (outlet.Wording.Count > 0)
                {
                    output.WriteLine($"- wording: {string.Join("; ", outlet.Wording.Select(w => $"{w.Term} ({w.Frame}) ×{w.Count}"))}");
                }
            }
        }
    }

    private static string Markers(IEnumerable<Evidence> evidence, Dictionary<string, string> marker) =>
        string.Concat(evidence.Select(e => marker[e.ArticleId]).Distinct());

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
