using System.Globalization;
using System.Text;

namespace Mizan.Ingest.Warc;

/// <summary>An HTML page captured in a WARC response record.</summary>
/// <param name="TargetUri">The page's address (WARC-Target-URI), or null.</param>
/// <param name="Date">When it was captured (WARC-Date, ISO 8601 as written), or null.</param>
/// <param name="ContentType">The HTTP media type, lowercased and without parameters: "text/html" or "application/xhtml+xml".</param>
/// <param name="Charset">The HTTP Content-Type charset, lowercased and unquoted, or null when the server named none.</param>
/// <param name="Body">The HTTP payload, with chunked transfer coding and gzip, deflate or Brotli content coding undone.</param>
public sealed record WarcResponse(string? TargetUri, string? Date, string? ContentType, string? Charset, byte[] Body);

/// <summary>One result of reading a WARC file: a page, or an error about a record or the file.</summary>
/// <param name="Response">The page, or null when this entry is an error.</param>
/// <param name="Error">What went wrong (naming the source and record), or null when this entry is a page.</param>
public sealed record WarcEntry(WarcResponse? Response, string? Error);

/// <summary>
/// Reads the HTML pages out of an uncompressed WARC 1.0 or 1.1 stream, one record at a time. A .warc.gz file is
/// read by passing a <see cref="System.IO.Compression.GZipStream"/> over it, which reads all its gzip members.
/// </summary>
public static class WarcReader
{
    /// <summary>
    /// Records with larger blocks are skipped with an error: 64 MiB is far beyond any news page with its HTTP headers
    /// (a few MiB at most) while bounding the memory one record takes.
    /// </summary>
    public const long DefaultMaxRecordBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The most bytes a record's header section may take: writers emit well under 4 KiB, and 256 KiB leaves room for
    /// URIs far longer than any server accepts and for long WARC-Concurrent-To lists.
    /// </summary>
    private const int MaxHeaderBytes = 256 * 1024;

    /// <summary>Error messages quote at most this many characters of a bad line: enough to recognize it, short enough for a log line.</summary>
    private const int QuotedLineLength = 80;

    /// <summary>
    /// The pages in the WARC stream: one entry per 2xx HTML or XHTML response record, and one per record that could
    /// not be read. Other records (warcinfo, request, metadata, revisit, other responses) give no entry. The stream
    /// is read lazily as the result is enumerated, and only once. Never throws on bad input.
    /// </summary>
    /// <param name="stream">The uncompressed WARC bytes; the caller keeps ownership.</param>
    /// <param name="sourceName">The file's name for error messages.</param>
    /// <param name="maxRecordBytes">The largest record block read, and the largest decoded payload given.</param>
    public static IEnumerable<WarcEntry> Read(Stream stream, string sourceName, long maxRecordBytes = DefaultMaxRecordBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRecordBytes);

        // A block is read into one array, and no array is longer than this.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxRecordBytes, Array.MaxLength);
        return ReadRecords(new WarcByteReader(stream), sourceName, maxRecordBytes);
    }

    private static IEnumerable<WarcEntry> ReadRecords(WarcByteReader reader, string sourceName, long maxRecordBytes)
    {
        var number = 0;
        string? versionLine = null;
        while (true)
        {
            var recordStart = reader.Position;
            if (versionLine is null)
            {
                versionLine = NextNonBlankLine(reader, out recordStart);
                if (versionLine is null)
                {
                    if (number == 0)
                    {
                        yield return Failure($"{sourceName}: empty, not a WARC file (no records)");
                    }

                    yield break;
                }
            }

            number++;
            if (!versionLine.StartsWith("WARC/", StringComparison.Ordinal))
            {
                if (number == 1)
                {
                    yield return Failure($"{sourceName}: not a WARC file (it does not start with \"WARC/\")");
                    yield break;
                }

                yield return Failure($"{sourceName}: record {number} at byte {recordStart} does not start with a WARC version line but with \"{Quote(versionLine)}\"; skipping to the next record");
                versionLine = Resync(reader);
                if (versionLine is null)
                {
                    yield break;
                }

                continue;
            }

            var budget = Math.Max(0, MaxHeaderBytes - Encoding.UTF8.GetByteCount(versionLine));
            versionLine = null;
            var header = ReadHeader(reader, budget);
            if (header.Truncated)
            {
                yield return Failure($"{sourceName}: record {number} at byte {recordStart} is truncated: the stream ends inside its header");
                yield break;
            }

            if (header.BadLine is not null)
            {
                yield return Failure($"{sourceName}: record {number} at byte {recordStart} has a malformed header line \"{Quote(header.BadLine)}\"; skipping to the next record");
                versionLine = Resync(reader);
                if (versionLine is null)
                {
                    yield break;
                }

                continue;
            }

            var fields = header.Fields;
            var uri = fields.TryGetValue("WARC-Target-URI", out var target) ? TargetUri(target) : null;
            var what = $"{sourceName}: record {number} ({uri ?? "no target URI"})";
            if (!fields.TryGetValue("Content-Length", out var lengthText)
                || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                yield return Failure($"{what} at byte {recordStart} has no valid Content-Length; skipping to the next record");
                versionLine = Resync(reader);
                if (versionLine is null)
                {
                    yield break;
                }

                continue;
            }

            if (length > maxRecordBytes)
            {
                yield return Failure($"{what} is {length} bytes, more than the limit of {maxRecordBytes} bytes; skipped");
                if (reader.Skip(length) < length)
                {
                    yield return Failure($"{what} is truncated: the stream ends before its {length}-byte block does");
                    yield break;
                }

                continue;
            }

            var isResponse = fields.TryGetValue("WARC-Type", out var type) && type.Equals("response", StringComparison.OrdinalIgnoreCase);
            if (!isResponse)
            {
                if (reader.Skip(length) < length)
                {
                    yield return Failure($"{what} is truncated: the stream ends before its {length}-byte block does");
                    yield break;
                }

                continue;
            }

            var block = new byte[length];
            if (reader.ReadInto(block) < length)
            {
                yield return Failure($"{what} is truncated: the stream ends before its {length}-byte block does");
                yield break;
            }

            var date = fields.TryGetValue("WARC-Date", out var warcDate) ? warcDate : null;
            if (HttpResponseBlock.Read(block, uri, date, what, maxRecordBytes) is { } entry)
            {
                yield return entry;
            }
        }
    }

    private static WarcEntry Failure(string message) => new(null, message);

    /// <summary>The next line that is not blank, skipping the CRLF CRLF that ends each record; null at the end of the stream.</summary>
    private static string? NextNonBlankLine(WarcByteReader reader, out long lineStart)
    {
        while (true)
        {
            lineStart = reader.Position;
            var end = reader.ReadLine(MaxHeaderBytes, out var line, out var tooLong);
            if (end == LineEnd.NothingLeft)
            {
                return null;
            }

            if (line.Length > 0 || tooLong)
            {
                return line;
            }

            if (end == LineEnd.EndOfStream)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Skips to the next line that starts a WARC 1.x record and returns it, or null at the end of the stream. A
    /// payload line that happens to look like one is taken for it; the next records then report what they find.
    /// </summary>
    private static string? Resync(WarcByteReader reader)
    {
        while (true)
        {
            var end = reader.ReadLine(MaxHeaderBytes, out var line, out _);
            if (end == LineEnd.NothingLeft)
            {
                return null;
            }

            if (line.StartsWith("WARC/1.", StringComparison.Ordinal))
            {
                return line;
            }

            if (end == LineEnd.EndOfStream)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The named fields up to the blank line, names compared without case and the first occurrence kept; a line
    /// starting with white space continues the field before it (WARC 1.1 §4, as in HTTP/1.1).
    /// </summary>
    private static RecordHeader ReadHeader(WarcByteReader reader, int budget)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (true)
        {
            var end = reader.ReadLine(budget, out var line, out var tooLong);
            if (end != LineEnd.Newline)
            {
                return new RecordHeader(fields, null, Truncated: true);
            }

            if (tooLong)
            {
                return new RecordHeader(fields, line, Truncated: false);
            }

            // The line's bytes and its CRLF count against the header's budget.
            budget -= Encoding.UTF8.GetByteCount(line) + 2;
            if (line.Length == 0)
            {
                return new RecordHeader(fields, null, Truncated: false);
            }

            if (line[0] is ' ' or '\t')
            {
                if (last is null)
                {
                    return new RecordHeader(fields, line, Truncated: false);
                }

                fields[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? line[..colon] : string.Empty;
            if (name.Length == 0 || name.Any(c => c <= ' ' || c >= '\u007F'))
            {
                return new RecordHeader(fields, line, Truncated: false);
            }

            last = fields.TryAdd(name, line[(colon + 1)..].Trim()) ? name : null;
        }
    }

    /// <summary>The URI without the angle brackets the WARC 1.1 text showed around it, which some writers copied.</summary>
    private static string? TargetUri(string value)
    {
        var uri = value.Trim();
        if (uri.Length >= 2 && uri[0] == '<' && uri[^1] == '>')
        {
            uri = uri[1..^1].Trim();
        }

        return uri.Length == 0 ? null : uri;
    }

    private static string Quote(string line) =>
        line.Length <= QuotedLineLength ? line : string.Concat(line.AsSpan(0, QuotedLineLength), "…");

    private readonly record struct RecordHeader(Dictionary<string, string> Fields, string? BadLine, bool Truncated);
}
