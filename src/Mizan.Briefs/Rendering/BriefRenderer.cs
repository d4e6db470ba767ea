using System.Globalization;

namespace Mizan.Briefs.Rendering;

/// <summary>
/// Walks a brief in the order people read it and hands each section to a writer, so that Markdown and HTML carry the
/// same sections as the JSON: per story its sources (numbered once, the numbers every citation uses), the summary,
/// what the sources agree and differ on, who said what (one row per speaker), the figures, the timeline, the
/// entities, and each source's own details, omissions and wording.
/// </summary>
public static class BriefRenderer
{
    /// <summary>Separates the items of one cell (a speaker's quotes): a line of its own in HTML, " / " in Markdown.</summary>
    public const string LineBreak = "\n";

    public static void Render(BriefDocument brief, IBriefWriter writer, BriefLabels labels)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(labels);
        writer.Heading(1, labels.Title);
        foreach (var line in brief.Storylines.Where(l => l.StoryIds.Count > 1))
        {
            writer.Paragraph(Cited.Plain($"{labels.Storyline} {line.Id}: {string.Join(", ", line.StoryIds)}"));
        }

        var articles = Articles(brief);
        foreach (var story in brief.Stories)
        {
            Story(story, articles, writer, labels);
        }
    }

    /// <summary>The brief's articles by id, as <see cref="Story"/> looks them up.</summary>
    internal static Dictionary<string, BriefArticle> Articles(BriefDocument brief) => brief.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>One story of the brief, as <see cref="Render"/> writes each after the brief's title and storylines.</summary>
    internal static void Story(StoryBrief story, Dictionary<string, BriefArticle> articles, IBriefWriter writer, BriefLabels labels)
    {
        var sources = story.Sources.Count > 0 ? story.Sources : Fallback(story, articles);
        var number = sources.ToDictionary(s => s.ArticleId, s => s.Number, StringComparer.Ordinal);
        List<int> Cite(IEnumerable<Evidence> evidence) => evidence.Select(e => number.GetValueOrDefault(e.ArticleId)).Where(n => n > 0).Distinct().Order().ToList();
        List<int> CiteIds(IEnumerable<string> ids) => ids.Select(id => number.GetValueOrDefault(id)).Where(n => n > 0).Distinct().Order().ToList();

        writer.Heading(2, $"{story.Id}: {story.Headline}", story.Id);
        var distinct = sources.Select(s => s.Outlet ?? "\u0000" + s.ArticleId).Distinct(StringComparer.Ordinal).Count();
        var span = story.Start is null ? string.Empty : $"; {story.Start} – {story.End}";
        writer.Paragraph(Cited.Plain(labels.Counts(sources.Count, distinct, sources.Count(s => s.Outlet is null)) + span));

        writer.Heading(3, labels.Sources);
        writer.List(
            sources.Select(s =>
            {
                var article = articles.GetValueOrDefault(s.ArticleId);
                var inferred = s.PublishedInferred || article?.PublishedInferred == true;
                var published = s.Published is null ? labels.DateUnknown : s.Published + (inferred ? $" ({labels.Inferred})" : string.Empty);
                var title = s.Title is not null && s.Title != s.Name ? $" — {s.Title}" : string.Empty;
                return Cited.Plain($"[{s.Number}] {s.Name}{title}, {published}");
            }).ToList(),
            numbered: true);

        writer.Heading(3, labels.Summary);
        // In a story of one source every item is that source's: the tag would say nothing.
        writer.List(story.Summary.Select(s => new Cited((distinct > 1 ? Tag(s.Kind, labels) : string.Empty) + s.Text, Cite(s.Evidence))).ToList());

        if (story.Claims.Count > 0)
        {
            writer.Heading(3, labels.Claims);
            writer.Table(
                [labels.Thing, labels.Status, labels.Values],
                story.Claims.Select(c => (IReadOnlyList<Cited>)
                [
                    Cited.Plain(c.About),
                    Cited.Plain(labels.StatusName(c.Status)),
                    Cited.Plain(string.Join(" / ", c.Values.Select(v => $"{Value(v.Value)} {Markers(CiteIds(v.ArticleIds))}"))),
                ]).ToList());
        }

        if (story.Quotes.Count > 0)
        {
            writer.Heading(3, labels.Quotes);
            // A speaker named by office alone (المتحدث باسم الوزارة) is a row of its own, by that office; quotes that name
            // no one are one row, said to be so.
            var speakers = story.Quotes
                .GroupBy(q => q.SpeakerEntityId ?? q.Speaker ?? (q.Role is { } role ? "\u0001" + role : string.Empty), StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<Cited>)
                [
                    Cited.Plain(g.Select(q => q.Speaker).FirstOrDefault(s => s is not null) ?? (g.Any(q => q.Role is not null) ? string.Empty : labels.Unnamed)),
                    Cited.Plain(g.Select(q => q.Role).FirstOrDefault(r => r is not null) ?? string.Empty),
                    Cited.Plain(string.Join(LineBreak, g.Select(q => Said(q) + " " + Markers(Cite(q.Evidence))))),
                    new Cited(string.Empty, Cite(g.SelectMany(q => q.Evidence))),
                ])
                .ToList();
            writer.Table([labels.Speaker, labels.Role, labels.Said, labels.Sources], speakers);
        }

        if (story.Quantities.Count > 0)
        {
            writer.Heading(3, labels.Figures);
            writer.Table(
                [labels.Value, labels.Thing, labels.Sources],
                story.Quantities.Select(q => (IReadOnlyList<Cited>)
                [
                    Cited.Plain(q.Evidence[0].Text),
                    Cited.Plain(string.Join(" ", new[] { q.Qualifier, q.About }.Where(x => x is not null))),
                    new Cited(string.Empty, Cite(q.Evidence)),
                ]).ToList());
        }

        if (story.Timeline.Count > 0)
        {
            writer.Heading(3, labels.Timeline);
            writer.Table(
                [labels.Date, labels.Sentence, labels.Sources],
                story.Timeline.Select(t => (IReadOnlyList<Cited>)
                [
                    Cited.Plain(t.Date),
                    Cited.Plain(Cut(t.Text)),
                    new Cited(string.Empty, Cite(t.Evidence)),
                ]).ToList());
        }

        if (story.Entities.Count > 0)
        {
            writer.Heading(3, labels.Entities);
            writer.Table(
                [labels.Name, labels.Type, labels.Aliases, labels.Roles, labels.Sources],
                story.Entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e => (IReadOnlyList<Cited>)
                [
                    Cited.Plain(e.Name),
                    Cited.Plain(e.Type),
                    Cited.Plain(string.Join("، ", e.Aliases.Where(a => a != e.Name))),
                    Cited.Plain(string.Join("، ", e.Roles)),
                    new Cited(string.Empty, Cite(e.Mentions)),
                ]).ToList());
        }

        writer.Heading(3, labels.Outlets);
        foreach (var outlet in story.OutletViews)
        {
            var items = new List<Cited>();
            items.AddRange(outlet.Unique.Select(d => new Cited($"{labels.OnlyHere}: {d.Text}", Cite(d.Evidence))));
            items.AddRange(outlet.Omitted.Select(d => new Cited($"{labels.LeavesOut}: {d.Text}", Cite(d.Evidence))));
            if (outlet.Wording.Count > 0)
            {
                items.Add(Cited.Plain($"{labels.Wording}: " + string.Join("; ", outlet.Wording.Select(w => $"{w.Term} ({labels.FrameName(w.Frame)}) ×{w.Count}"))));
            }

            if (items.Count > 0)
            {
                writer.Heading(4, $"{outlet.Outlet} {Markers(CiteIds(outlet.ArticleIds))}");
                writer.List(items);
            }
        }
    }

    /// <summary>The numbering a brief stored before sources were numbered gets: its articles in order.</summary>
    private static List<StorySource> Fallback(StoryBrief story, Dictionary<string, BriefArticle> articles) =>
        story.ArticleIds.Select((id, i) =>
        {
            var article = articles.GetValueOrDefault(id);
            return new StorySource(i + 1, id, article?.Outlet ?? article?.Title ?? id, article?.Outlet, article?.Title, article?.Published);
        }).ToList();

    private static string Tag(string kind, BriefLabels labels) => kind switch
    {
        "disputed" => $"({labels.Disputed}) ",
        "single" => $"({labels.OneSource}) ",
        _ => string.Empty,
    };

    private static string Said(QuoteRow quote)
    {
        var text = Cut(quote.Text);
        return quote.Direct ? "«" + text + "»" : text;
    }

    private static string Cut(string text) => text.Length > BriefLayout.CellLength ? text[..BriefLayout.CellLength] + "…" : text;

    /// <summary>A claim's value as people write it: whole numbers without a decimal part, fractions as given.</summary>
    private static string Value(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
            ? number.ToString("#,0", CultureInfo.InvariantCulture)
            : value;

    private static string Markers(IEnumerable<int> numbers) => string.Concat(numbers.Select(n => $"[{n}]"));
}
