using System.Text;
using Mizan.Briefs.Rendering;

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
            """);
        BriefRenderer.Render(brief, new HtmlBriefWriter(html, "s"), BriefLabels.Arabic);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }
}
