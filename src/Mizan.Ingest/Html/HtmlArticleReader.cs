using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mizan.Ingest.Html;

/// <summary>The main text of a page split into its headline and its body (the body is what extraction benchmarks score).</summary>
/// <param name="Headline">The article's headline (its &lt;h1&gt;, else the page title), or null.</param>
/// <param name="Body">The article's paragraphs, headings, list items and quotes, in order, separated by blank lines.</param>
public sealed record HtmlMainText(string? Headline, string Body);

/// <summary>Reads an HTML page into its main text and metadata.</summary>
public static class HtmlArticleReader
{
    /// <summary>
    /// Pages longer than this many characters are read up to it only (the rest is dropped, as a truncated page
    /// would be): 16 Mi characters is a hundred times a long article page with all its markup.
    /// </summary>
    public const int MaximumHtmlLength = 16 * 1024 * 1024;

    /// <summary>
    /// The page's main text (headline, then body) and metadata. Never throws on bad HTML: an unusable page, or one
    /// with a headline and no body, gives empty text.
    /// </summary>
    public static HtmlArticle Read(string html, string? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (metadata, main) = Parse(html, url);
        // A page with a headline and no body (a cut download, an index page) holds no article.
        var text = main.Headline is null || main.Body.Length == 0 ? main.Body : main.Headline + "\n\n" + main.Body;
        return new HtmlArticle(text, metadata.Title, metadata.Published, metadata.Outlet, metadata.Url, metadata.Language);
    }

    /// <summary>The page's headline and body separately.</summary>
    public static HtmlMainText ReadMainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Parse(html, null).Main;
    }

    private static (HtmlMetadata Metadata, HtmlMainText Main) Parse(string html, string? url)
    {
        if (html.Length > MaximumHtmlLength)
        {
            html = html[..MaximumHtmlLength];
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
        using var document = parser.ParseDocument(html);
        var metadata = HtmlMetadata.Read(document, url);
        var body = document.Body ?? document.DocumentElement;
        if (body is null)
        {
            return (metadata, new HtmlMainText(metadata.Title, string.Empty));
        }

        var headline = TakeHeadline(body, metadata);
        var article = MainTextExtractor.Extract(body, ClassHints.Default);
        var text = HtmlBlocks.Render(article);
        return (metadata, new HtmlMainText(headline ?? metadata.Title, text));
    }

    /// <summary>
    /// The page's headline element, removed from the page so the body does not repeat it: the &lt;h1&gt; that shares
    /// the most words with the stated headline or title, or the only &lt;h1&gt; when none is stated.
    /// </summary>
    private static string? TakeHeadline(IElement body, HtmlMetadata metadata)
    {
        var headings = body.QuerySelectorAll("h1").ToList();
        if (headings.Count == 0)
        {
            return null;
        }

        var stated = metadata.Headline ?? metadata.Title;
        IElement? best = null;
        if (stated is null)
        {
            best = headings.Count == 1 ? headings[0] : null;
        }
        else
        {
            var statedWords = Words(stated);
            var bestShare = 0.0;
            foreach (var heading in headings)
            {
                var words = Words(heading.TextContent);
                if (words.Count == 0)
                {
                    continue;
                }

                var share = (double)words.Count(statedWords.Contains) / Math.Max(words.Count, statedWords.Count);
                if (share > bestShare)
                {
                    (best, bestShare) = (heading, share);
                }
            }

            // Half the words in common: the same headline, perhaps with the site name or a kicker added.
            if (bestShare < 0.5)
            {
                best = null;
            }
        }

        if (best is null)
        {
            return null;
        }

        var text = HtmlBlocks.Render(best).Replace('\n', ' ');
        best.Remove();
        return text.Length == 0 ? null : text;
    }

    private static HashSet<string> Words(string text) =>
        new(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '\'', ',', '.', ':', '!', '?').ToLowerInvariant()), StringComparer.Ordinal);
}
