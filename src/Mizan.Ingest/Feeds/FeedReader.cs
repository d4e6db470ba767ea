using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Mizan.Ingest.Feeds;

/// <summary>One item of an RSS channel or one entry of an Atom feed.</summary>
/// <param name="Title">The item's title, or null.</param>
/// <param name="Url">The item's link (RSS &lt;link&gt;, else a permalink &lt;guid&gt;; Atom's alternate link), or null.</param>
/// <param name="Published">
/// When the item was published: an RSS date in RFC 822 form is given as ISO 8601 (yyyy-MM-ddTHH:mm:sszzz), any other
/// date as the feed states it; null when the feed states none.
/// </param>
/// <param name="Content">The item's full content when the feed has it, else its summary; null when it has neither.</param>
/// <param name="ContentIsHtml">True when <paramref name="Content"/> is HTML markup, so the caller still has to extract its text.</param>
/// <param name="Author">The item's author, or null.</param>
public sealed record FeedItem(string? Title, string? Url, string? Published, string? Content, bool ContentIsHtml, string? Author);

/// <summary>What a feed held: its title and link, the items read, and why reading stopped early if it did.</summary>
/// <param name="FeedTitle">The channel's or feed's title, or null.</param>
/// <param name="FeedLink">The channel's or feed's link to its site, or null.</param>
/// <param name="Items">The items read in document order; when <paramref name="Error"/> is set, those completed before the error.</param>
/// <param name="Error">Why the feed could not be read to its end (naming the source), or null when it was.</param>
public sealed record FeedReadResult(string? FeedTitle, string? FeedLink, IReadOnlyList<FeedItem> Items, string? Error);

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds from a stream, without ever resolving an entity: a feed that declares a DTD is
/// refused, so neither external entities (XXE) nor entity expansion bombs can act.
/// </summary>
public static class FeedReader
{
    /// <summary>
    /// A feed longer than this many characters is cut there with an error, keeping the items before the cut: 64 Mi
    /// characters is thirty times a 2 MiB full-content feed of a hundred long articles, the largest kind news sites
    /// publish, and bounds what the items read can hold.
    /// </summary>
    public const long MaximumCharacters = 64L * 1024 * 1024;

    /// <summary>
    /// No general entity can be declared without a DTD, and DTDs are prohibited, so no expansion is expected at all;
    /// 1 Ki characters is a second guard that still leaves room for anything a reader version might count.
    /// </summary>
    private const long MaximumCharactersFromEntities = 1024;

    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private static readonly XmlReaderSettings Settings = CreateSettings();

    /// <summary>Reads the feed in <paramref name="stream"/>. Never throws on bad input: what went wrong is in <see cref="FeedReadResult.Error"/>.</summary>
    /// <param name="stream">The feed's bytes; its encoding comes from its byte order mark or XML declaration (UTF-8 by default).</param>
    /// <param name="sourceName">The feed's name (file or URL) for error messages.</param>
    public static FeedReadResult Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);

        var state = new FeedState();
        var rootSeen = false;
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element)
            {
                return state.Result($"{sourceName}: not an RSS or Atom feed (no root element)");
            }

            rootSeen = true;
            if (reader.LocalName == "rss" && reader.NamespaceURI.Length == 0)
            {
                ReadRss(reader, state);
            }
            else if (reader.LocalName == "feed" && reader.NamespaceURI == AtomNamespace)
            {
                ReadContainer(reader, state, isAtom: true);
            }
            else
            {
                var inNamespace = reader.NamespaceURI.Length == 0 ? string.Empty : $" in namespace {reader.NamespaceURI}";
                return state.Result($"{sourceName}: not an RSS or Atom feed (root element {reader.Name}{inNamespace})");
            }

            // The rest of the document is read too so that a feed cut short after its last item still reports the cut.
            while (reader.Read())
            {
            }

            return state.Result(null);
        }
        catch (XmlException exception) when (!rootSeen && IsDtdRefusal(exception))
        {
            return state.Result($"{sourceName}: declares a DTD; feeds with DTDs are refused so no entity is ever resolved");
        }
        catch (XmlException exception) when (exception.LineNumber == 0)
        {
            // The reader gives no position only when it found nothing at all to read.
            return state.Result($"{sourceName}: not an RSS or Atom feed (the stream is empty or blank)");
        }
        catch (XmlException exception)
        {
            var what = rootSeen ? "malformed XML" : "not a readable XML feed";
            var where = $" Line {exception.LineNumber}, position {exception.LinePosition}.";
            var detail = exception.Message.EndsWith(where, StringComparison.Ordinal) ? exception.Message[..^where.Length] : exception.Message;
            return state.Result($"{sourceName}: {what} at line {exception.LineNumber}, position {exception.LinePosition}: {detail}");
        }
        catch (DecoderFallbackException exception)
        {
            return state.Result($"{sourceName}: bytes that are not valid in the feed's declared encoding: {exception.Message}");
        }
        catch (InvalidDataException exception)
        {
            return state.Result($"{sourceName}: the stream's data is corrupt: {exception.Message}");
        }
    }

    private static XmlReaderSettings CreateSettings()
    {
        // Feeds may declare legacy Arabic encodings such as windows-1256, which .NET only knows through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = MaximumCharactersFromEntities,
            MaxCharactersInDocument = MaximumCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
    }

    /// <summary>
    /// Whether the reader stopped because the document has a DOCTYPE. The reader gives no error code, so this reads
    /// the message; .NET ships its exception messages in English only, so the text is stable.
    /// </summary>
    private static bool IsDtdRefusal(XmlException exception) =>
        exception.Message.Contains("DTD", StringComparison.Ordinal);

    private static void ReadRss(XmlReader reader, FeedState state)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "channel" && reader.NamespaceURI.Length == 0)
            {
                ReadContainer(reader, state, isAtom: false);
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }
    }

    /// <summary>Reads an RSS &lt;channel&gt; or an Atom &lt;feed&gt;, one item element at a time so a cut keeps the items before it.</summary>
    private static void ReadContainer(XmlReader reader, FeedState state, bool isAtom)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var ownNamespace = isAtom ? AtomNamespace : string.Empty;
        var itemName = isAtom ? "entry" : "item";
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.NamespaceURI != ownNamespace)
            {
                reader.Skip();
                continue;
            }

            switch (reader.LocalName)
            {
                case var name when name == itemName:
                    var item = ReadElement(reader);
                    state.Items.Add(isAtom ? AtomEntry(item) : RssItem(item));
                    reader.Read();
                    break;
                case "title":
                    state.Title ??= Text(ReadElement(reader));
                    reader.Read();
                    break;
                case "link":
                    var link = ReadElement(reader);
                    state.Link ??= isAtom ? (IsAlternateLink(link) ? Text(link.Attribute("href")?.Value) : null) : Text(link);
                    reader.Read();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>
    /// The element the reader is on, leaving the reader on its last node: moving past it happens only after the
    /// element is kept, so an element completed just before the stream is cut is not lost with the cut.
    /// </summary>
    private static XElement ReadElement(XmlReader reader)
    {
        XElement element;
        using (var subtree = reader.ReadSubtree())
        {
            subtree.MoveToContent();
            element = (XElement)XNode.ReadFrom(subtree);
        }

        return element;
    }

    private static FeedItem RssItem(XElement item)
    {
        var url = Text(item.Element("link")) ?? PermalinkGuid(item.Element("guid"));
        var pubDate = Text(item.Element("pubDate"));
        var published = pubDate is null
            ? Text(item.Element(XName.Get("date", DublinCoreNamespace)))
            : Rfc822Date.ToIso8601(pubDate) ?? pubDate;

        // Both are HTML by the RSS specification; the full text in content:encoded is preferred to the summary.
        var content = Text(item.Element(XName.Get("encoded", ContentNamespace)))
            ?? Text(item.Element("description"));
        var author = Text(item.Element(XName.Get("creator", DublinCoreNamespace))) ?? Text(item.Element("author"));
        return new FeedItem(Text(item.Element("title")), url, published, content, content is not null, author);
    }

    /// <summary>A &lt;guid&gt; is the item's URL unless isPermaLink="false"; only an absolute web address is taken, since many feeds put bare ids there.</summary>
    private static string? PermalinkGuid(XElement? guid)
    {
        if (guid is null || string.Equals(guid.Attribute("isPermaLink")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = Text(guid);
        return value is not null
            && Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? value
            : null;
    }

    private static FeedItem AtomEntry(XElement entry)
    {
        var url = entry.Elements(XName.Get("link", AtomNamespace))
            .Where(IsAlternateLink)
            .Select(link => Text(link.Attribute("href")?.Value))
            .FirstOrDefault(href => href is not null);
        var published = Text(entry.Element(XName.Get("published", AtomNamespace)))
            ?? Text(entry.Element(XName.Get("updated", AtomNamespace)));

        var (content, isHtml) = AtomText(entry.Element(XName.Get("content", AtomNamespace)));
        if (content is null)
        {
            (content, isHtml) = AtomText(entry.Element(XName.Get("summary", AtomNamespace)));
        }

        var author = entry.Elements(XName.Get("author", AtomNamespace))
            .Select(a => Text(a.Element(XName.Get("name", AtomNamespace))))
            .FirstOrDefault(name => name is not null);
        return new FeedItem(Text(entry.Element(XName.Get("title", AtomNamespace))), url, published, content, isHtml, author);
    }

    /// <summary>An Atom link is the entry's page when its rel is "alternate" or absent (RFC 4287 §4.2.7.2).</summary>
    private static bool IsAlternateLink(XElement link)
    {
        var rel = link.Attribute("rel")?.Value.Trim();
        return string.IsNullOrEmpty(rel) || rel == "alternate";
    }

    /// <summary>
    /// An Atom text or content construct (RFC 4287 §3.1, §4.1.3): "text" (the default) is plain, "html" is escaped
    /// markup, "xhtml" is markup inside a wrapping div that is not part of the content. Content given by reference
    /// (src) or in another media type than text or HTML has no text to give.
    /// </summary>
    private static (string? Content, bool IsHtml) AtomText(XElement? element)
    {
        if (element is null || element.Attribute("src") is not null)
        {
            return (null, false);
        }

        var type = element.Attribute("type")?.Value.Trim().ToLowerInvariant() ?? "text";
        return type switch
        {
            "xhtml" or "application/xhtml+xml" => (Xhtml(element), true),
            "html" or "text/html" => (Text(element), true),
            "text" => (Text(element), false),
            _ when type.StartsWith("text/", StringComparison.Ordinal) => (Text(element), false),
            _ => (null, false),
        };
    }

    /// <summary>The markup inside an xhtml construct's wrapping div, written without XHTML namespace declarations so it reads as plain HTML.</summary>
    private static string? Xhtml(XElement element)
    {
        var wrapper = element.Elements().Count() == 1 && element.Elements().Single() is { Name.LocalName: "div" } div
            && div.Name.NamespaceName == XhtmlNamespace
            && string.IsNullOrWhiteSpace(string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)))
            ? div
            : element;

        var markup = new StringBuilder();
        foreach (var node in wrapper.Nodes())
        {
            if (node is XElement child)
            {
                var copy = new XElement(child);
                foreach (var descendant in copy.DescendantsAndSelf())
                {
                    descendant.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
                    if (descendant.Name.NamespaceName == XhtmlNamespace)
                    {
                        descendant.Name = descendant.Name.LocalName;
                    }
                }

                markup.Append(copy.ToString(SaveOptions.DisableFormatting));
            }
            else
            {
                markup.Append(node.ToString(SaveOptions.DisableFormatting));
            }
        }

        return Text(markup.ToString());
    }

    private static string? Text(XElement? element) => Text(element?.Value);

    private static string? Text(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private sealed class FeedState
    {
        public string? Title { get; set; }

        public string? Link { get; set; }

        public List<FeedItem> Items { get; } = [];

        public FeedReadResult Result(string? error) => new(Title, Link, Items, error);
    }
}
