using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Mizan.Ingest.Warc;

/// <summary>The HTTP response stored as the block of a WARC response record: its status, headers and payload.</summary>
internal static class HttpResponseBlock
{
    /// <summary>
    /// The page in <paramref name="block"/> when it is a 2xx HTML or XHTML response (as a response entry), an error
    /// entry when its payload cannot be decoded, or null when it is any other kind of response.
    /// </summary>
    /// <param name="block">The record's block.</param>
    /// <param name="targetUri">The record's WARC-Target-URI.</param>
    /// <param name="date">The record's WARC-Date.</param>
    /// <param name="what">The record as named in error messages ("source: record N (uri)").</param>
    /// <param name="maxBytes">The most bytes a decoded payload may have.</param>
    public static WarcEntry? Read(byte[] block, string? targetUri, string? date, string what, long maxBytes)
    {
        var headerEnd = HeaderEnd(block, out var payloadStart);
        if (headerEnd < 0)
        {
            return null;
        }

        // Header bytes outside ASCII are opaque octets to HTTP (RFC 9110 §5.5); Latin-1 maps each to one character.
        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n');
        if (!IsSuccessStatusLine(lines[0].TrimEnd('\r')))
        {
            return null;
        }

        var headers = Headers(lines.AsSpan(1));
        if (!headers.TryGetValue("Content-Type", out var contentTypeHeader))
        {
            return null;
        }

        var (mediaType, charset) = ContentType(contentTypeHeader);
        if (mediaType is not ("text/html" or "application/xhtml+xml"))
        {
            return null;
        }

        var payload = block.AsSpan(payloadStart);
        if (headers.TryGetValue("Transfer-Encoding", out var transfer)
            && Codings(transfer).LastOrDefault() == "chunked")
        {
            payload = Dechunk(payload);
        }

        var body = payload.ToArray();
        if (headers.TryGetValue("Content-Encoding", out var encoding))
        {
            // Codings are listed in the order they were applied, so they are undone from the last (RFC 9110 §8.4).
            foreach (var coding in Codings(encoding).Reverse())
            {
                var decoded = Decode(body, coding, what, maxBytes, out var error);
                if (decoded is null)
                {
                    return new WarcEntry(null, error);
                }

                body = decoded;
            }
        }

        return new WarcEntry(new WarcResponse(targetUri, date, mediaType, charset, body), null);
    }

    /// <summary>Where the header section ends (before its blank line), and where the payload starts; -1 when there is no blank line.</summary>
    private static int HeaderEnd(byte[] block, out int payloadStart)
    {
        for (var i = 0; i < block.Length; i++)
        {
            if (block[i] != '\n')
            {
                continue;
            }

            // A blank line is LF LF or LF CR LF; bare LF line ends are tolerated since some servers send them.
            if (i + 1 < block.Length && block[i + 1] == '\n')
            {
                payloadStart = i + 2;
                return i;
            }

            if (i + 2 < block.Length && block[i + 1] == '\r' && block[i + 2] == '\n')
            {
                payloadStart = i + 3;
                return i;
            }
        }

        payloadStart = block.Length;
        return -1;
    }

    /// <summary>"HTTP/1.1 200 OK": an HTTP version, a space and a three-digit status from 200 to 299.</summary>
    private static bool IsSuccessStatusLine(string line)
    {
        if (!line.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return false;
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }

        var status = line[(space + 1)..].TrimStart();
        return status.Length >= 3
            && status[0] == '2' && char.IsAsciiDigit(status[1]) && char.IsAsciiDigit(status[2])
            && (status.Length == 3 || status[3] == ' ');
    }

    /// <summary>The header fields, first occurrence kept; a line starting with white space continues the one before (obsolete folding, RFC 9112 §5.2).</summary>
    private static Dictionary<string, string> Headers(ReadOnlySpan<string> lines)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                if (last is not null)
                {
                    headers[last] += " " + line.Trim();
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                last = null;
                continue;
            }

            var name = line[..colon].Trim();
            last = headers.TryAdd(name, line[(colon + 1)..].Trim()) ? name : null;
        }

        return headers;
    }

    /// <summary>The media type and charset of a Content-Type value, both lowercased, the charset without quotes.</summary>
    private static (string MediaType, string? Charset) ContentType(string value)
    {
        var parts = value.Split(';');
        string? charset = null;
        foreach (var parameter in parts.Skip(1))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var given = parameter[(equals + 1)..].Trim().Trim('"', '\'').Trim().ToLowerInvariant();
                charset = given.Length == 0 ? null : given;
                break;
            }
        }

        return (parts[0].Trim().ToLowerInvariant(), charset);
    }

    private static string[] Codings(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant())
            .ToArray();

    /// <summary>
    /// Undoes chunked transfer coding (RFC 9112 §7.1) in place. When the payload does not start with a chunk size it
    /// was stored already de-chunked (some crawlers do that and keep the header), so it is given as it is; a chunk
    /// cut short keeps what arrived, as a crawler keeps a page whose connection dropped.
    /// </summary>
    private static Span<byte> Dechunk(Span<byte> payload)
    {
        var read = 0;
        var written = 0;
        var first = true;
        while (read < payload.Length)
        {
            var lineEnd = payload[read..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(payload.Slice(read, lineEnd)).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                if (first)
                {
                    return payload;
                }

                break;
            }

            first = false;
            read += lineEnd + 1;
            if (size == 0)
            {
                break;
            }

            var take = Math.Min(size, payload.Length - read);
            payload.Slice(read, take).CopyTo(payload[written..]);
            written += take;
            read += take;

            // Each chunk's data is followed by CRLF (a bare LF is tolerated).
            if (read < payload.Length && payload[read] == '\r')
            {
                read++;
            }

            if (read < payload.Length && payload[read] == '\n')
            {
                read++;
            }
        }

        return first ? payload : payload[..written];
    }

    /// <summary>
    /// Undoes one content coding, keeping the result to <paramref name="maxBytes"/> so a small compressed payload cannot
    /// inflate without bound. A payload that lacks the coding's signature was stored already decoded (as some crawlers
    /// do) and is given as it is.
    /// </summary>
    private static byte[]? Decode(byte[] body, string coding, string what, long maxBytes, out string? error)
    {
        error = null;
        switch (coding)
        {
            case "identity":
                return body;
            case "gzip" or "x-gzip":
                // Every gzip member starts with the bytes 1F 8B (RFC 1952 §2.3.1).
                return body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B
                    ? Inflate(body, s => new GZipStream(s, CompressionMode.Decompress), coding, what, maxBytes, out error)
                    : body;
            case "deflate":
                // HTTP's deflate is zlib-wrapped (RFC 9110 §8.4.1.2): a zlib header names method 8 in the low four bits
                // of its first byte and makes its first two bytes a multiple of 31 (RFC 1950 §2.2). Some servers send
                // raw deflate instead, which is read when that header is missing.
                return body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0
                    ? Inflate(body, s => new ZLibStream(s, CompressionMode.Decompress), coding, what, maxBytes, out error)
                    : Inflate(body, s => new DeflateStream(s, CompressionMode.Decompress), coding, what, maxBytes, out error);
            case "br":
                return Inflate(body, s => new BrotliStream(s, CompressionMode.Decompress), coding, what, maxBytes, out error);
            default:
                error = $"{what} has a payload in content coding \"{coding}\", which is not supported";
                return null;
        }
    }

    private static byte[]? Inflate(byte[] body, Func<Stream, Stream> open, string coding, string what, long maxBytes, out string? error)
    {
        error = null;
        try
        {
            using var input = new MemoryStream(body, writable: false);
            using var decoder = open(input);
            using var output = new MemoryStream();
            // 80 KiB is the copy buffer Stream.CopyTo uses: the largest that stays off the large object heap.
            var chunk = new byte[81920];
            int count;
            while ((count = decoder.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + count > maxBytes)
                {
                    error = $"{what} has a {coding} payload that inflates to more than the limit of {maxBytes} bytes";
                    return null;
                }

                output.Write(chunk, 0, count);
            }

            return output.ToArray();
        }
        catch (InvalidDataException exception)
        {
            error = $"{what} has a corrupt {coding} payload: {exception.Message}";
            return null;
        }
    }
}
