using System.Text.Json;

namespace Mizan.Core.Articles;

/// <summary>
/// One article as a JSON object, in the field names of the formats Mizan reads: its own batch lines
/// (<c>id, text, outlet, published, url, title</c>), news-please (<c>maintext, source_domain, date_publish, url,
/// title</c>) and SaudiNewsNet (<c>content, source, date_extracted, url, title</c>).
/// </summary>
public static class NewsJson
{
    /// <summary>
    /// The article an object describes, or null when it has no text. The outlet falls back to the url's host; a
    /// crawl date (<c>date_extracted</c>, <c>date_download</c>) stands in for a missing publication date and is marked
    /// as inferred, since SaudiNewsNet's documentation says its crawl ran daily so most articles were crawled on the
    /// day they were published.
    /// </summary>
    public static ArticleInput? ToArticle(JsonElement item, string? source)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var text = Field(item, "text") ?? Field(item, "maintext") ?? Field(item, "content");
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var url = Field(item, "url");
        var published = Field(item, "published") ?? Field(item, "date_publish");
        var crawled = Field(item, "date_extracted") ?? Field(item, "date_download");
        return new ArticleInput(
            Field(item, "id") ?? ArticleId.Compute(text, url),
            text,
            Source: source,
            Outlet: Field(item, "outlet") ?? Field(item, "source_domain") ?? Field(item, "source") ?? OutletOf(url),
            Published: published ?? crawled,
            Url: url,
            // Crawled titles often keep the page's character references (&#8220;, &quot;); a title is plain text.
            Title: Field(item, "title") is { } title ? System.Net.WebUtility.HtmlDecode(title) : null,
            PublishedInferred: published is null && crawled is not null);
    }

    /// <summary>The outlet a url names: its host without a leading "www.", or null for a missing or relative url.</summary>
    public static string? OutletOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>
    /// A string field, without NUL characters: a JSON string may escape one (\u0000), no news text holds one, and
    /// PostgreSQL text cannot store it.
    /// </summary>
    private static string? Field(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s.Replace("\0", string.Empty, StringComparison.Ordinal)
            : null;
}
