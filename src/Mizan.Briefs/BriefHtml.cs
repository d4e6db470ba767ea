using System.Net;
using System.Text;

namespace Mizan.Briefs;

/// <summary>
/// The brief as one self-contained HTML page: Arabic first (lang="ar", dir="rtl"), Latin text and numbers isolated
/// with &lt;bdi&gt;, no script at all (a Content-Security-Policy forbids it), every value from the articles
/// HTML-encoded: article text comes from the outside world and is never markup.
/// </summary>
public static class BriefHtml
{
    public static string Render(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var marker = brief.Articles.Select((a, i) => (a.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="ar" dir="rtl">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Mizan brief</title>
            <style>
            body { font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans", sans-serif; line-height: 1.7; margin: 1.5rem auto; max-width: 60rem; padding: 0 1rem; }
            h1, h2, h3 { line-height: 1.3; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #ccc; padding: .3rem .5rem; vertical-align: top; text-align: start; }
            .src { font-size: .8em; color: #555; }
            .story { border-top: 2px solid #333; margin-top: 2rem; }
            </style>
            </head>
            <body>
            <h1>ميزان: ملخص التغطية <bdi>(Mizan brief)</bdi></h1>
            <h2>المصادر</h2>
            <ol>
            """);
        foreach (var article in brief.Articles)
        {
            var published = article.Published is null ? "تاريخ غير معروف" : article.Published + (article.PublishedInferred ? " (مستنتج)" : string.Empty);
            html.Append($"<li id=\"a{marker[article.Id]}\"><bdi>{E(article.Outlet ?? "?")}</bdi>، <bdi>{E(published)}</bdi>: <bdi>{E(article.Source ?? article.Id)}</bdi></li>\n");
        }

        html.Append("</ol>\n");
        foreach (var story in brief.Stories)
        {
            html.Append($"<section class=\"story\"><h2>{E(story.Headline)}</h2>\n");
            html.Append($"<p class=\"src\">{story.ArticleIds.Count} مقالات، <bdi>{E(string.Join(", ", story.Outlets))}</bdi>، <bdi>{E(story.Start ?? "?")} – {E(story.End ?? "?")}</bdi></p>\n");
            html.Append("<h3>الملخص</h3><ul>\n");
            foreach (var sentence in story.Summary)
            {
                html.Append($"<li>{E(sentence.Text)} {Markers(sentence.Evidence, marker)}</li>\n");
            }

            html.Append("</ul>\n");
            if (story.Quotes.Count > 0)
            {
                html.Append("<h3>من قال ماذا</h3><table><tr><th>المتحدث</th><th>الصفة</th><th>القول</th><th>المصادر</th></tr>\n");
                foreach (var quote in story.Quotes)
                {
                    html.Append($"<tr><td>{E(quote.Speaker ?? "?")}</td><td>{E(quote.Role ?? string.Empty)}</td><td>{(quote.Direct ? "«" + E(quote.Text) + "»" : E(quote.Text))}</td><td>{Markers(quote.Evidence, marker)}</td></tr>\n");
                }

                html.Append("</table>\n");
            }

            foreach (var outlet in story.OutletViews)
            {
                html.Append($"<h3><bdi>{E(outlet.Outlet)}</bdi></h3><ul>\n");
                foreach (var detail in outlet.Unique)
                {
                    html.Append($"<li>ينفرد بـ: {E(detail.Text)} {Markers(detail.Evidence, marker)}</li>\n");
                }

                foreach (var fact in outlet.Omitted)
                {
                    html.Append($"<li>يغفل ما يذكره غيره: {E(fact.Text)} {Markers(fact.Evidence, marker)}</li>\n");
                }

                if (outlet.Wording.Count > 0)
                {
                    html.Append($"<li>المفردات: {E(string.Join("؛ ", outlet.Wording.Select(w => $"{w.Term} ×{w.Count}")))}</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Markers(IEnumerable<Evidence> evidence, Dictionary<string, int> marker) =>
        "<span class=\"src\">" + string.Concat(evidence.Select(e => marker[e.ArticleId]).Distinct().Select(n => $"<a href=\"#a{n}\">[{n}]</a>")) + "</span>";

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
