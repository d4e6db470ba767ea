using System.IO.Compression;
using System.IO.Enumeration;
using System.Text;
using System.Text.Json;
using System.Xml;
using Mizan.Core.Articles;
using Mizan.Ingest.Encodings;
using Mizan.Ingest.Html;
using Mizan.Text;

namespace Mizan.Ingest.Sources;

/// <summary>
/// Reads news as collections hold it: plain text with an optional sidecar, HTML pages, news-please JSON and JSON
/// Lines, JSON arrays (SaudiNewsNet), RSS and Atom feeds, WARC archives, and zip or gzip wrappers of any of these;
/// folders are walked recursively in name order. Every input gives articles or one skipped item naming it and the
/// reason, and a bad input never stops the rest of the batch.
/// </summary>
public static class ArticleSources
{
    private const string SidecarSuffix = ".meta.json";

    /// <summary>Bytes at the start of a page searched for its &lt;meta charset&gt;, as browsers do (1024 there; 4096 here for long heads).</summary>
    private const int CharsetSniffBytes = 4096;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64, AllowTrailingCommas = true };

    /// <summary>Everything in the given files and folders, in the order named (a folder's files in name order).</summary>
    public static IEnumerable<SourceItem> Read(IEnumerable<string> paths, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return paths.SelectMany(p => Read(p, limits));
    }

    /// <summary>Everything in one file or folder.</summary>
    public static IEnumerable<SourceItem> Read(string path, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= ReadLimits.Default;
        if (Directory.Exists(path))
        {
            return FolderFiles(path).SelectMany(f => Guard(() => FromFile(f, limits), f));
        }

        return File.Exists(path)
            ? Guard(() => FromFile(path, limits), path)
            : [SourceItem.Skip(path, Missing(path))];
    }

    /// <summary>Why an input path that is neither a file nor a folder is not read: not there, or a web address, which
    /// <c>mizan fetch</c> and <c>mizan watch</c> read.</summary>
    public static string Missing(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Uri.TryCreate(path, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? "a web address, not a file: 'mizan fetch URL' downloads pages, 'mizan watch FEED' follows a feed."
            : "no such file or folder.";
    }

    /// <summary>
    /// Just the articles of a file or folder, the skipped inputs left out: what benchmarks and evaluations over a
    /// known corpus read (SaudiNewsNet's zips, for one).
    /// </summary>
    public static IEnumerable<ArticleInput> Articles(string path) =>
        Read(path).Where(i => i.Article is not null).Select(i => i.Article!.Article);

    /// <summary>The articles in one input already in memory, named <paramref name="name"/> (its extension picks the format).</summary>
    public static IEnumerable<SourceItem> ReadBytes(string name, byte[] bytes, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        return Guard(() => FromBytes(name, bytes, limits ?? ReadLimits.Default, 0, null), name);
    }

    /// <summary>
    /// The files a path names: itself, or a folder's files, recursively and in name order. In a folder, only files
    /// with a news format's extension (or none) are read: sidecars, read-me files and images beside the articles
    /// are not articles. A file named on its own is read whatever its extension, its format told by its first bytes.
    /// </summary>
    public static IEnumerable<string> Files(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Directory.Exists(path) ? FolderFiles(path) : [path];
    }

    /// <summary>
    /// The article files under a folder, in ordinal order: hidden and system entries skipped; a file reached through a
    /// symbolic link is read (a folder of links to a corpus), but a linked folder is not entered, so that a link cycle
    /// cannot loop.
    /// </summary>
    private static IEnumerable<string> FolderFiles(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return files
            .Where(f => !f.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase)
                && (KindOf(f) != InputKind.Unknown || Path.GetExtension(f).Length == 0))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Runs a reader, turning an exception from a malformed input into one skipped item naming the input; the items
    /// read before it stand. The reader is opened inside the guard, so a failure while opening is caught too.
    /// </summary>
    private static IEnumerable<SourceItem> Guard(Func<IEnumerable<SourceItem>> open, string source)
    {
        IEnumerator<SourceItem>? enumerator = null;
        try
        {
            while (true)
            {
                SourceItem item;
                var failed = false;
                try
                {
                    enumerator ??= open().GetEnumerator();
                    if (!enumerator.MoveNext())
                    {
                        yield break;
                    }

                    item = enumerator.Current;
                }
                catch (Exception e) when (IsInputError(e))
                {
                    item = SourceItem.Skip(source, Reason(e));
                    failed = true;
                }

                yield return item;
                if (failed)
                {
                    yield break;
                }
            }
        }
        finally
        {
            enumerator?.Dispose();
        }
    }

    private static bool IsInputError(Exception e) =>
        e is IOException or InvalidDataException or JsonException or XmlException or UnauthorizedAccessException
            or DecoderFallbackException or NotSupportedException or ArgumentException;

    private static string Reason(Exception e) => e switch
    {
        LimitExceededException => e.Message + " (a zip bomb, or an input too large to read).",
        JsonException => $"malformed JSON ({e.Message}).",
        InvalidDataException => $"corrupt or truncated data ({e.Message}).",
        _ => $"unreadable ({e.Message}).",
    };

    private static IEnumerable<SourceItem> FromFile(string path, ReadLimits limits)
    {
        var info = new FileInfo(path);
        var kind = KindOf(path);
        var limit = kind is InputKind.Zip or InputKind.Gzip or InputKind.WarcGzip or InputKind.Warc ? limits.MaxArchiveBytes : limits.MaxFileBytes;
        if (info.Length > limit)
        {
            return [SourceItem.Skip(path, $"{info.Length:N0} bytes is more than the {limit:N0}-byte limit for one {(limit == limits.MaxFileBytes ? "file" : "archive")}.")];
        }

        if (info.Length == 0)
        {
            return [SourceItem.Skip(path, "empty file.")];
        }

        return kind switch
        {
            InputKind.WarcGzip => Warc(new LimitedStream(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), limits.MaxExpandedBytes, path), path, limits),
            InputKind.Warc => Warc(File.OpenRead(path), path, limits),
            InputKind.Zip => Zip(File.OpenRead(path), path, limits, 0),
            _ => FromBytes(path, File.ReadAllBytes(path), limits, 0, SidecarOf(path)),
        };
    }

    private static SampleMetadata? SidecarOf(string path)
    {
        var sidecar = SampleMetadata.SidecarPath(path);
        return File.Exists(sidecar) ? SampleMetadata.Parse(File.ReadAllText(sidecar), sidecar) : null;
    }

    private static IEnumerable<SourceItem> FromBytes(string name, byte[] bytes, ReadLimits limits, int depth, SampleMetadata? sidecar)
    {
        if (bytes.Length == 0)
        {
            return [SourceItem.Skip(name, "empty file.")];
        }

        var kind = KindOf(name);
        if (kind == InputKind.Unknown)
        {
            kind = Sniff(bytes);
        }

        if (kind is InputKind.Zip or InputKind.Gzip or InputKind.WarcGzip && depth >= limits.MaxNesting)
        {
            return [SourceItem.Skip(name, $"archives nested more than {limits.MaxNesting} deep are not opened.")];
        }

        return kind switch
        {
            InputKind.Zip => Zip(new MemoryStream(bytes, writable: false), name, limits, depth + 1),
            InputKind.WarcGzip => Warc(new LimitedStream(new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress), limits.MaxExpandedBytes, name), name, limits),
            InputKind.Gzip => Gunzipped(name, bytes, limits, depth),
            InputKind.Warc => Warc(new MemoryStream(bytes, writable: false), name, limits),
            InputKind.Html => [Html(name, bytes, null, null)],
            InputKind.Json => Json(name, bytes),
            InputKind.JsonLines => JsonLines(name, bytes),
            InputKind.Feed => FeedArticles.Read(name, bytes),
            _ => [PlainText(name, bytes, sidecar)],
        };
    }

    private static IEnumerable<SourceItem> Gunzipped(string name, byte[] bytes, ReadLimits limits, int depth)
    {
        var inner = name[..^3];
        using var gzip = new LimitedStream(new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress), limits.MaxEntryBytes, name);
        var expanded = ReadAll(gzip);
        return FromBytes(inner, expanded, limits, depth + 1, null);
    }

    private static IEnumerable<SourceItem> Zip(Stream stream, string source, ReadLimits limits, int depth)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        var expanded = 0L;
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var name = $"{source}!{entry.FullName}";
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (entry.Length > limits.MaxEntryBytes)
            {
                yield return SourceItem.Skip(name, $"expands to {entry.Length:N0} bytes, more than the {limits.MaxEntryBytes:N0}-byte limit for one entry.");
                continue;
            }

            if (expanded + entry.Length > limits.MaxExpandedBytes)
            {
                yield return SourceItem.Skip(source, $"the archive expands beyond the {limits.MaxExpandedBytes:N0}-byte limit; its remaining entries are not read.");
                yield break;
            }

            var (bytes, error) = TryReadEntry(entry, limits.MaxEntryBytes, name);
            if (bytes is null)
            {
                yield return SourceItem.Skip(name, error!);
                continue;
            }

            expanded += bytes.Length;
            foreach (var item in Guard(() => FromBytes(name, bytes, limits, depth, null), name))
            {
                yield return item;
            }
        }
    }

    private static (byte[]? Bytes, string? Error) TryReadEntry(ZipArchiveEntry entry, long limit, string name)
    {
        try
        {
            using var stream = new LimitedStream(entry.Open(), limit, "the entry");
            return (ReadAll(stream), null);
        }
        catch (Exception e) when (IsInputError(e))
        {
            return (null, Reason(e));
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static IEnumerable<SourceItem> Warc(Stream stream, string source, ReadLimits limits)
    {
        using (stream)
        {
            foreach (var entry in Mizan.Ingest.Warc.WarcReader.Read(stream, source, limits.MaxEntryBytes))
            {
                if (entry.Response is not { } response)
                {
                    yield return new SourceItem(null, source, entry.Error);
                    continue;
                }

                var name = $"{source}#{response.TargetUri}";
                yield return Html(name, response.Body, response.Charset, response.TargetUri, "warc");
            }
        }
    }

    internal static SourceItem Html(string name, byte[] bytes, string? declaredCharset, string? url, string format = "html")
    {
        var decoded = TextDecoder.Decode(bytes, declaredCharset ?? MetaCharset(bytes));
        if (decoded.Text is null)
        {
            return SourceItem.Skip(name, decoded.Error!);
        }

        var page = HtmlArticleReader.Read(decoded.Text, url);
        if (string.IsNullOrWhiteSpace(page.Text))
        {
            return SourceItem.Skip(name, "no article text found in the page.");
        }

        var pageUrl = page.Url ?? url;
        var article = new ArticleInput(
            ArticleId.Compute(page.Text, pageUrl),
            page.Text,
            Source: name,
            Outlet: page.Outlet ?? NewsJson.OutletOf(pageUrl),
            Published: page.Published,
            Url: pageUrl,
            Title: page.Title);
        return SourceItem.Ok(new SourceArticle(article, format, decoded.Encoding, Warned(name, decoded)));
    }

    /// <summary>The charset a page declares in its first bytes: <c>&lt;meta charset="..."&gt;</c> or an http-equiv content type.</summary>
    internal static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, CharsetSniffBytes)]);
        var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = at + "charset=".Length;
        while (start < head.Length && head[start] is '"' or '\'' or ' ')
        {
            start++;
        }

        var end = start;
        while (end < head.Length && (char.IsAsciiLetterOrDigit(head[end]) || head[end] is '-' or '_' or ':' or '.'))
        {
            end++;
        }

        return end > start ? head[start..end] : null;
    }

    private static SourceItem PlainText(string name, byte[] bytes, SampleMetadata? metadata)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return SourceItem.Skip(name, decoded.Error!);
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return SourceItem.Skip(name, "holds only white space, no text.");
        }

        var text = decoded.Text;
        var article = new ArticleInput(
            ArticleId.Compute(text, metadata?.Url),
            text,
            Source: name,
            Outlet: metadata?.Outlet ?? NewsJson.OutletOf(metadata?.Url),
            Published: metadata?.Published,
            Url: metadata?.Url,
            Title: metadata?.Title ?? Headline.FirstLine(text),
            PublishedInferred: metadata?.PublishedInferred ?? false);
        return SourceItem.Ok(new SourceArticle(article, "text", decoded.Encoding, Warned(name, decoded)));
    }

    private static IEnumerable<SourceItem> Json(string name, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            yield return SourceItem.Skip(name, decoded.Error!);
            yield break;
        }

        using var document = JsonDocument.Parse(decoded.Text, JsonOptions);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            yield return WithWarning(JsonItem(root, name, decoded.Encoding, "json"), Warned(name, decoded));
            yield break;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            yield return SourceItem.Skip(name, "JSON that is neither an article object nor an array of articles.");
            yield break;
        }

        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            index++;
            // A repair of the file's bytes is told once, with its first article.
            var read = JsonItem(item, $"{name}#{index}", decoded.Encoding, "json");
            yield return index == 1 ? WithWarning(read, Warned(name, decoded)) : read;
        }
    }

    private static IEnumerable<SourceItem> JsonLines(string name, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            yield return SourceItem.Skip(name, decoded.Error!);
            yield break;
        }

        using var reader = new StringReader(decoded.Text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var source = $"{name}#{number}";
            SourceItem item;
            try
            {
                using var document = JsonDocument.Parse(line, JsonOptions);
                item = JsonItem(document.RootElement, source, decoded.Encoding, "jsonl");
            }
            catch (JsonException e)
            {
                item = SourceItem.Skip(source, $"malformed JSON ({e.Message}).");
            }

            yield return item;
        }
    }

    /// <summary>The decoder's warning about a file, naming it; null when it read cleanly.</summary>
    private static string? Warned(string name, DecodedText decoded) => decoded.Warning is { } warning ? $"{name}: {warning}" : null;

    private static SourceItem WithWarning(SourceItem item, string? warning) =>
        warning is null || item.Article is null ? item : item with { Article = item.Article with { Warning = warning } };

    private static SourceItem JsonItem(JsonElement element, string source, string? encoding, string format) =>
        NewsJson.ToArticle(element, source) is { } article
            ? SourceItem.Ok(new SourceArticle(article, format, encoding))
            : SourceItem.Skip(source, element.ValueKind == JsonValueKind.Object ? "the article has no text (text, maintext or content)." : "not a JSON object.");

    private static InputKind KindOf(string name)
    {
        var lower = name.ToLowerInvariant();
        var bang = lower.LastIndexOf('!');
        var file = Path.GetFileName(bang >= 0 ? lower[(bang + 1)..] : lower);
        if (file.EndsWith(".warc.gz", StringComparison.Ordinal))
        {
            return InputKind.WarcGzip;
        }

        return Path.GetExtension(file) switch
        {
            ".gz" or ".gzip" => InputKind.Gzip,
            ".zip" => InputKind.Zip,
            ".warc" => InputKind.Warc,
            ".txt" or ".text" => InputKind.Text,
            ".html" or ".htm" or ".xhtml" or ".shtml" => InputKind.Html,
            ".json" => InputKind.Json,
            ".jsonl" or ".ndjson" => InputKind.JsonLines,
            ".xml" or ".rss" or ".atom" => InputKind.Feed,
            _ => InputKind.Unknown,
        };
    }

    /// <summary>The format of a file whose name does not tell, from its first bytes.</summary>
    private static InputKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return InputKind.Zip;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return InputKind.Gzip;
        }

        if (bytes.StartsWith("WARC/"u8))
        {
            return InputKind.Warc;
        }

        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        start = start.TrimStart(" \t\r\n"u8);
        var head = Encoding.Latin1.GetString(start[..Math.Min(start.Length, 512)]).ToLowerInvariant();
        if (head.StartsWith('{'))
        {
            return head.Contains('\n', StringComparison.Ordinal) && !head.Contains("\n  ", StringComparison.Ordinal) ? InputKind.JsonLines : InputKind.Json;
        }

        if (head.StartsWith('['))
        {
            return InputKind.Json;
        }

        if (head.Contains("<rss", StringComparison.Ordinal) || head.Contains("<feed", StringComparison.Ordinal) || head.Contains("<rdf:rdf", StringComparison.Ordinal))
        {
            return InputKind.Feed;
        }

        return head.StartsWith('<') ? InputKind.Html : InputKind.Text;
    }

    private enum InputKind
    {
        Unknown,
        Text,
        Html,
        Json,
        JsonLines,
        Feed,
        Warc,
        WarcGzip,
        Gzip,
        Zip,
    }
}
