using System.Text.Json;
using AngleSharp.Dom;
using Mizan.Ingest.Cleaning;

namespace Mizan.Ingest.Html;

/// <summary>The metadata a page states about itself, read before any element is removed.</summary>
internal sealed record HtmlMetadata(string? Title, string? Published, string? Outlet, string? Url, string? Language, string? Headline)
{
    /// <summary>JSON-LD types that describe an article (schema.org's Article and its news subtypes).</summary>
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
    };

    /// <summary>Separators between a page title and the site name appended to it.</summary>
    private static readonly string[] TitleSeparators = Signs.TitleSeparators;

    /// <summary>JSON-LD blocks larger than this (in characters) are skipped: no article description needs a megabyte.</summary>
    private const int MaximumJsonLdLength = 1 << 20;

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static HtmlMetadata Read(IDocument document, string? url)
    {
        var meta = MetaTags(document);
        var jsonLd = ReadJsonLd(document);

        var outlet = meta.GetValueOrDefault("og:site_name") ?? jsonLd.Publisher;
        var rawTitle = meta.GetValueOrDefault("og:title") ?? meta.GetValueOrDefault("twitter:title") ?? Clean(document.Title) ?? jsonLd.Headline;
        var title = rawTitle is null ? null : TrimSiteName(rawTitle, outlet);

        var published = meta.GetValueOrDefault("article:published_time")
            ?? jsonLd.Published
            ?? meta.GetValueOrDefault("datepublished")
            ?? meta.GetValueOrDefault("pubdate")
            ?? meta.GetValueOrDefault("publishdate")
            ?? meta.GetValueOrDefault("dc.date.issued")
            ?? TimeElement(document);

        var canonical = Clean(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"))
            ?? meta.GetValueOrDefault("og:url")
            ?? jsonLd.Url;
        var pageUrl = Resolve(canonical, url) ?? url;

        var language = Clean(document.DocumentElement?.GetAttribute("lang"))
            ?? Clean(document.DocumentElement?.GetAttribute("xml:lang"))
            ?? meta.GetValueOrDefault("content-language");

        return new HtmlMetadata(title, published, outlet, pageUrl, language, jsonLd.Headline ?? title);
    }

    /// <summary>The page's meta tags by lower-case property, name, itemprop or http-equiv; the first of each wins.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var content = Clean(element.GetAttribute("content"));
            if (content is null)
            {
                continue;
            }

            foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                var key = element.GetAttribute(attribute)?.Trim().ToLowerInvariant();
                if (!string.IsNullOrEmpty(key))
                {
                    tags.TryAdd(key, content);
                }
            }
        }

        return tags;
    }

    /// <summary>Drops a trailing " - Site" or " | Site" part: the site name when known, else a short last part after a long first one.</summary>
    internal static string TrimSiteName(string title, string? outlet)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = title[..at].Trim();
            var tail = title[(at + separator.Length)..].Trim();
            var namesOutlet = outlet is not null && (tail.Contains(outlet, StringComparison.OrdinalIgnoreCase) || outlet.Contains(tail, StringComparison.OrdinalIgnoreCase));

            // A site name is a few words; a headline is longer than the name it is printed with.
            if (head.Length > 0 && (namesOutlet || (WordCount(tail) <= 4 && WordCount(head) >= 3 && WordCount(head) > WordCount(tail))))
            {
                return head;
            }
        }

        return title.Trim();
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The datetime of the page's publication &lt;time&gt; (marked pubdate or datePublished), or of its first one.</summary>
    private static string? TimeElement(IDocument document)
    {
        var marked = document.QuerySelector("time[pubdate][datetime], time[itemprop='datePublished' i][datetime]");
        var element = marked ?? document.QuerySelector("time[datetime]");
        return Clean(element?.GetAttribute("datetime"));
    }

    private static string? Resolve(string? href, string? baseUrl)
    {
        if (href is null)
        {
            return null;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) && Uri.TryCreate(root, href, out var joined))
        {
            return joined.ToString();
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private readonly record struct JsonLdArticle(string? Headline, string? Published, string? Publisher, string? Url);

    /// <summary>The first article object of the page's JSON-LD blocks (inside arrays and @graph too); broken blocks are skipped.</summary>
    private static JsonLdArticle ReadJsonLd(IDocument document)
    {
        string? publisher = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            var json = script.TextContent;
            if (json.Length > MaximumJsonLdLength)
            {
                continue;
            }

            JsonDocument parsed;
            try
            {
                parsed = JsonDocument.Parse(json, JsonOptions);
            }
            catch (JsonException)
            {
                continue;
            }

            using (parsed)
            {
                var found = FindArticle(parsed.RootElement, 0, ref publisher);
                if (found is { } article)
                {
                    return article with { Publisher = article.Publisher ?? publisher };
                }
            }
        }

        return new JsonLdArticle(null, null, publisher, null);
    }

    private static JsonLdArticle? FindArticle(JsonElement element, int depth, ref string? organization)
    {
        // JSON-LD nests articles inside arrays and @graph a level or two deep; deeper nesting is not an article's.
        if (depth > 8)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1, ref organization) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsType(element, ArticleTypes))
        {
            return new JsonLdArticle(
                StringProperty(element, "headline"),
                StringProperty(element, "datePublished"),
                Name(element, "publisher"),
                StringProperty(element, "url") ?? IdOf(element, "mainEntityOfPage"));
        }

        if (organization is null && IsType(element, new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "NewsMediaOrganization", "Organization" }))
        {
            organization = StringProperty(element, "name");
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1, ref organization) : null;
    }

    private static bool IsType(JsonElement element, HashSet<string> types)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => types.Contains(type.GetString() ?? string.Empty),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && types.Contains(t.GetString() ?? string.Empty)),
            _ => false,
        };
    }

    private static string? StringProperty(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => Clean(v.GetString())).FirstOrDefault(v => v is not null),
            _ => null,
        };
    }

    /// <summary>The name of a nested object (or the first of an array of them), or the property itself when it is a string.</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Object => StringProperty(value, "name"),
            _ => null,
        };
    }

    private static string? IdOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Object => StringProperty(value, "@id") ?? StringProperty(value, "url"),
            _ => null,
        };
    }
}
