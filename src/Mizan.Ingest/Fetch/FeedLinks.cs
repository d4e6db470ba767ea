using System.Text;
using System.Xml;
using Mizan.Ingest.Feeds;

namespace Mizan.Ingest.Fetch;

/// <summary>
/// The page urls a fetched feed lists: an RSS or Atom feed's item links (read by <see cref="FeedReader"/>), or a
/// sitemap's (Google News sitemaps included) &lt;url&gt;&lt;loc&gt; entries. Relative links are resolved against
/// the feed's url; links that are not http or https are left out and counted. No DTD is accepted and no entity
/// resolved, in either reader.
/// </summary>
internal static class FeedLinks
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Bytes at the start searched for the root element's name.</summary>
    private const int SniffBytes = 1024;

    private static readonly XmlReaderSettings SitemapSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = FeedReader.MaximumCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>The links, the items that had none (or none fetchable), and why the feed could not be read whole.</summary>
    public static (List<Uri> Links, int WithoutLink, string? Error) Read(byte[] body, Uri feed)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, SniffBytes));
        var links = new List<Uri>();
        var without = 0;
        if (head.Contains("<urlset", StringComparison.Ordinal) || head.Contains("<sitemapindex", StringComparison.Ordinal))
        {
            var (locations, error) = Sitemap(body, feed.AbsoluteUri);
            foreach (var location in locations)
            {
                Add(location, feed, links, ref without);
            }

            return (links, without, error);
        }

        using var stream = new MemoryStream(body, writable: false);
        var read = FeedReader.Read(stream, feed.AbsoluteUri);
        foreach (var item in read.Items)
        {
            Add(item.Url, feed, links, ref without);
        }

        return (links, without, read.Error);
    }

    private static void Add(string? link, Uri feed, List<Uri> links, ref int without)
    {
        if (link is not null && Uri.TryCreate(feed, link.Trim(), out var absolute) && FetchOptions.WebAddress(absolute.AbsoluteUri, out _) is { } url)
        {
            links.Add(url);
        }
        else
        {
            without++;
        }
    }

    /// <summary>The &lt;loc&gt; of every &lt;url&gt; of a urlset; a sitemap index is named as not followed.</summary>
    private static (List<string> Locations, string? Error) Sitemap(byte[] body, string name)
    {
        var locations = new List<string>();
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, SitemapSettings);
            reader.MoveToContent();
            if (reader.LocalName == "sitemapindex")
            {
                return (locations, $"{name}: a sitemap index; name the sitemaps it lists (news sitemaps) to watch them.");
            }

            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "loc" && reader.NamespaceURI == SitemapNamespace && reader.Depth == 2)
                {
                    // Reading the content moves past the element, onto the next node.
                    locations.Add(reader.ReadElementContentAsString());
                }
                else
                {
                    reader.Read();
                }
            }

            return (locations, null);
        }
        catch (XmlException e)
        {
            return (locations, $"{name}: malformed sitemap XML ({e.Message}).");
        }
    }
}
