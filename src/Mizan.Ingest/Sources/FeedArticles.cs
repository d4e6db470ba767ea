using AngleSharp.Html.Parser;
using Mizan.Core.Articles;
using Mizan.Ingest.Feeds;
using Mizan.Ingest.Html;

namespace Mizan.Ingest.Sources;

/// <summary>The items of an RSS or Atom feed saved to disk, as articles; HTML content is reduced to its text.</summary>
internal static class FeedArticles
{
    public static IEnumerable<SourceItem> Read(string name, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var feed = FeedReader.Read(stream, name);
        var outlet = feed.FeedTitle ?? NewsJson.OutletOf(feed.FeedLink);
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            var source = $"{name}#{index}";
            var text = item.ContentIsHtml ? HtmlFragmentText(item.Content) : item.Content?.Trim();
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return SourceItem.Skip(source, "the feed item has no text.");
                continue;
            }

            var article = new ArticleInput(
                ArticleId.Compute(text, item.Url),
                text,
                Source: source,
                Outlet: outlet ?? NewsJson.OutletOf(item.Url),
                Published: item.Published,
                Url: item.Url,
                Title: item.Title);
            yield return SourceItem.Ok(new SourceArticle(article, "feed", null));
        }

        if (feed.Error is not null)
        {
            yield return new SourceItem(null, name, feed.Error);
        }
    }

    /// <summary>
    /// The text of an item's HTML content: a feed carries the article body only, so its paragraphs are kept in order
    /// without the main-text search a whole page needs.
    /// </summary>
    private static string HtmlFragmentText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.QuerySelectorAll("script, style, iframe, noscript").ToList())
        {
            element.Remove();
        }

        return document.Body is null ? string.Empty : HtmlBlocks.Render(document.Body).Trim();
    }
}
