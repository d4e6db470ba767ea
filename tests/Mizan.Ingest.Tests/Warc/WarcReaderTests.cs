using System.IO.Compression;
using System.Text;
using Mizan.Ingest.Warc;

namespace Mizan.Ingest.Tests.Warc;

/// <summary>WARC records built in code: which records give pages, payload decoding, and broken or foreign input.</summary>
public sealed class WarcReaderTests
{
    private const string Source = "test.warc";

    private static readonly byte[] ArabicPage = Encoding.UTF8.GetBytes("<html lang=\"ar\"><body><p>أعلن العراق انتهاء المهمة القتالية.</p></body></html>");

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>An HTTP response: status line, header lines (CRLF-separated, no final blank line), blank line, payload.</summary>
    private static byte[] Http(string status, string headers, byte[] payload) =>
        Concat(Bytes($"HTTP/1.1 {status}\r\n{headers}\r\n\r\n"), payload);

    private static byte[] Record(string type, string? uri, byte[] block, string version = "WARC/1.1", string? extraHeaders = null)
    {
        var header = new StringBuilder()
            .Append(version).Append("\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n")
            .Append("WARC-Date: 2021-12-09T14:30:00Z\r\n");
        if (uri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }

        header.Append(extraHeaders)
            .Append("Content-Type: application/http; msgtype=").Append(type).Append("\r\n")
            .Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        return Concat(Bytes(header.ToString()), block, Bytes("\r\n\r\n"));
    }

    private static byte[] HtmlResponse(string uri, byte[] page) =>
        Record("response", uri, Http("200 OK", "Content-Type: text/html; charset=utf-8", page));

    private static List<WarcEntry> Read(byte[] warc, long maxRecordBytes = WarcReader.DefaultMaxRecordBytes)
    {
        using var stream = new MemoryStream(warc);
        return WarcReader.Read(stream, Source, maxRecordBytes).ToList();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] MixedWarc()
    {
        var windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetBytes("<html><body><p>صحيفة الخليج</p></body></html>");
        return Concat(
            Record("warcinfo", null, Bytes("software: test\r\nformat: WARC File Format 1.1\r\n")),
            Record("request", "https://example.net/news/1", Bytes("GET /news/1 HTTP/1.1\r\nHost: example.net\r\n\r\n")),
            HtmlResponse("https://example.net/news/1", ArabicPage),
            Record("response", "https://example.ae/oil", Http("200 OK", "Server: test\r\nContent-Type: TEXT/HTML; Charset=\"Windows-1256\"", windows1256)),
            Record("response", "https://example.net/logo.png", Http("200 OK", "Content-Type: image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
            Record("response", "https://example.net/missing", Http("404 Not Found", "Content-Type: text/html", Bytes("<html>not found</html>"))),
            Record("metadata", "https://example.net/news/1", Bytes("outlinks: https://example.net/\r\n")),
            Record("response", "dns:example.net", Bytes("20211209143000\r\nexample.net. 300 IN A 192.0.2.1\r\n")));
    }

    [Fact]
    public void Only_2xx_html_responses_give_pages()
    {
        var entries = Read(MixedWarc());

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Null(e.Error));

        var utf8 = entries[0].Response!;
        Assert.Equal("https://example.net/news/1", utf8.TargetUri);
        Assert.Equal("2021-12-09T14:30:00Z", utf8.Date);
        Assert.Equal("text/html", utf8.ContentType);
        Assert.Equal("utf-8", utf8.Charset);
        Assert.Equal(ArabicPage, utf8.Body);

        var legacy = entries[1].Response!;
        Assert.Equal("https://example.ae/oil", legacy.TargetUri);
        Assert.Equal("text/html", legacy.ContentType);
        Assert.Equal("windows-1256", legacy.Charset);
        Assert.Equal("<html><body><p>صحيفة الخليج</p></body></html>", CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetString(legacy.Body));
    }

    [Fact]
    public void Warc_1_0_records_xhtml_and_bracketed_uris_are_read()
    {
        var block = Http("203 Non-Authoritative Information", "Content-Type: application/xhtml+xml", ArabicPage);
        var entry = Assert.Single(Read(Record("response", "<https://example.net/x>", block, version: "WARC/1.0")));

        Assert.Equal("https://example.net/x", entry.Response!.TargetUri);
        Assert.Equal("application/xhtml+xml", entry.Response.ContentType);
        Assert.Null(entry.Response.Charset);
        Assert.Equal(ArabicPage, entry.Response.Body);
    }

    [Fact]
    public void Chunked_payload_is_dechunked()
    {
        var chunked = Concat(
            Bytes("10;ext=1\r\n"), ArabicPage[..16], Bytes("\r\n"),
            Bytes($"{ArabicPage.Length - 16:x}\r\n"), ArabicPage[16..], Bytes("\r\n"),
            Bytes("0\r\nX-Trailer: y\r\n\r\n"));
        var block = Http("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked", chunked);

        var entry = Assert.Single(Read(Record("response", "https://example.net/c", block)));

        Assert.Equal(ArabicPage, entry.Response!.Body);
    }

    [Fact]
    public void Payload_stored_dechunked_under_a_chunked_header_is_kept_as_it_is()
    {
        var block = Http("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked", ArabicPage);

        Assert.Equal(ArabicPage, Assert.Single(Read(Record("response", "https://example.net/c", block))).Response!.Body);
    }

    [Fact]
    public void Gzip_content_encoding_is_undone_after_dechunking()
    {
        var compressed = Gzip(ArabicPage);
        var chunked = Concat(Bytes($"{compressed.Length:X}\r\n"), compressed, Bytes("\r\n0\r\n\r\n"));
        var gzipOnly = Http("200 OK", "Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip", compressed);
        var gzipChunked = Http("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked", chunked);

        var entries = Read(Concat(Record("response", "https://example.net/g", gzipOnly), Record("response", "https://example.net/gc", gzipChunked)));

        Assert.Equal(2, entries.Count);
        Assert.Equal(ArabicPage, entries[0].Response!.Body);
        Assert.Equal(ArabicPage, entries[1].Response!.Body);
    }

    [Fact]
    public void Gzip_payload_inflating_past_the_limit_is_an_error_and_reading_goes_on()
    {
        var bomb = Gzip(new byte[1024 * 1024]);
        var block = Http("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip", bomb);

        var entries = Read(Concat(Record("response", "https://example.net/bomb", block), HtmlResponse("https://example.net/ok", ArabicPage)), maxRecordBytes: 64 * 1024);

        Assert.Equal(2, entries.Count);
        Assert.Equal($"{Source}: record 1 (https://example.net/bomb) has a gzip payload that inflates to more than the limit of 65536 bytes", entries[0].Error);
        Assert.Equal(ArabicPage, entries[1].Response!.Body);
    }

    [Fact]
    public void Corrupt_gzip_payload_is_an_error()
    {
        var corrupt = Gzip(ArabicPage);
        Array.Fill(corrupt, (byte)0xFF, 10, corrupt.Length - 10);
        var block = Http("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip", corrupt);

        var entry = Assert.Single(Read(Record("response", "https://example.net/bad", block)));

        Assert.Null(entry.Response);
        Assert.StartsWith($"{Source}: record 1 (https://example.net/bad) has a corrupt gzip payload", entry.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_member_warc_gz_is_read_through_gzip_stream()
    {
        var records = new[]
        {
            Record("warcinfo", null, Bytes("software: test\r\n")),
            HtmlResponse("https://example.net/1", ArabicPage),
            Record("request", "https://example.net/2", Bytes("GET /2 HTTP/1.1\r\n\r\n")),
            HtmlResponse("https://example.net/2", ArabicPage),
        };

        // A .warc.gz compresses each record as its own gzip member, so a reader can seek to any record.
        var warcGz = Concat(records.Select(Gzip).ToArray());
        using var file = new MemoryStream(warcGz);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);

        var entries = WarcReader.Read(gzip, Source).ToList();

        Assert.Equal(["https://example.net/1", "https://example.net/2"], entries.Select(e => e.Response!.TargetUri));
    }

    [Fact]
    public void Truncated_record_is_an_error_and_reading_stops()
    {
        var warc = Concat(HtmlResponse("https://example.net/1", ArabicPage), HtmlResponse("https://example.net/2", ArabicPage));
        var entries = Read(warc[..(warc.Length - 40)]);

        Assert.Equal(2, entries.Count);
        Assert.Equal("https://example.net/1", entries[0].Response!.TargetUri);
        Assert.StartsWith($"{Source}: record 2 (https://example.net/2) is truncated", entries[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_cut_inside_its_header_is_an_error()
    {
        var warc = Concat(HtmlResponse("https://example.net/1", ArabicPage), Bytes("WARC/1.1\r\nWARC-Type: resp"));
        var entries = Read(warc);

        Assert.Equal(2, entries.Count);
        Assert.Equal($"{Source}: record 2 at byte {warc.Length - 25} is truncated: the stream ends inside its header", entries[1].Error);
    }

    [Fact]
    public void Oversized_record_is_skipped_with_an_error_and_the_next_record_is_still_read()
    {
        var big = Http("200 OK", "Content-Type: text/html", new byte[4096]);
        var warc = Concat(Record("response", "https://example.net/big", big), HtmlResponse("https://example.net/small", ArabicPage));

        var entries = Read(warc, maxRecordBytes: 1024);

        Assert.Equal(2, entries.Count);
        Assert.Equal($"{Source}: record 1 (https://example.net/big) is {big.Length} bytes, more than the limit of 1024 bytes; skipped", entries[0].Error);
        Assert.Equal("https://example.net/small", entries[1].Response!.TargetUri);
    }

    [Fact]
    public void Malformed_header_is_an_error_and_reading_resumes_at_the_next_record()
    {
        var broken = Bytes("WARC/1.1\r\nWARC-Type: response\r\nthis line has no colon\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n");
        var warc = Concat(HtmlResponse("https://example.net/1", ArabicPage), broken, HtmlResponse("https://example.net/3", ArabicPage));

        var entries = Read(warc);

        Assert.Equal(3, entries.Count);
        Assert.Equal("https://example.net/1", entries[0].Response!.TargetUri);
        Assert.StartsWith($"{Source}: record 2 at byte ", entries[1].Error, StringComparison.Ordinal);
        Assert.Contains("malformed header line \"this line has no colon\"", entries[1].Error, StringComparison.Ordinal);
        Assert.Equal("https://example.net/3", entries[2].Response!.TargetUri);
    }

    [Fact]
    public void Missing_content_length_is_an_error_and_reading_resumes_at_the_next_record()
    {
        var broken = Bytes("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.net/2\r\n\r\nbody\r\n\r\n");
        var entries = Read(Concat(broken, HtmlResponse("https://example.net/3", ArabicPage)));

        Assert.Equal(2, entries.Count);
        Assert.Equal($"{Source}: record 1 (https://example.net/2) at byte 0 has no valid Content-Length; skipping to the next record", entries[0].Error);
        Assert.Equal("https://example.net/3", entries[1].Response!.TargetUri);
    }

    [Fact]
    public void Html_file_is_not_a_warc_file()
    {
        var entry = Assert.Single(Read(Bytes("<html><body>WARC/1.1</body></html>\r\n")));

        Assert.Equal($"{Source}: not a WARC file (it does not start with \"WARC/\")", entry.Error);
    }

    [Fact]
    public void Empty_stream_is_an_error()
    {
        var entry = Assert.Single(Read([]));

        Assert.Equal($"{Source}: empty, not a WARC file (no records)", entry.Error);
    }

    [Fact]
    public void Binary_garbage_is_not_a_warc_file()
    {
        var bytes = new byte[10_000];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x00;

        var entry = Assert.Single(Read(bytes));

        Assert.Null(entry.Response);
        Assert.StartsWith($"{Source}: not a WARC file", entry.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_split_across_many_small_reads_are_read_the_same()
    {
        var warc = MixedWarc();
        using var trickle = new TrickleStream(warc);

        var entries = WarcReader.Read(trickle, Source).ToList();

        Assert.Equal(Read(warc).Select(e => e.Response!.TargetUri), entries.Select(e => e.Response!.TargetUri));
        Assert.Equal(ArabicPage, entries[0].Response!.Body);
    }

    [Fact]
    public void Stream_is_read_only_as_entries_are_taken()
    {
        var warc = Concat(HtmlResponse("https://example.net/1", ArabicPage), new byte[200_000]);
        using var stream = new MemoryStream(warc);

        var first = WarcReader.Read(stream, Source).First();

        Assert.Equal("https://example.net/1", first.Response!.TargetUri);
        Assert.True(stream.Position < warc.Length);
    }

    [Fact]
    public void Bad_arguments_throw_before_enumeration()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentNullException>(() => WarcReader.Read(null!, Source));
        Assert.Throws<ArgumentNullException>(() => WarcReader.Read(stream, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => WarcReader.Read(stream, Source, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WarcReader.Read(stream, Source, long.MaxValue));
    }

    /// <summary>A stream that gives at most three bytes a read, so every line and block crosses buffer refills.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 3));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 3)]);
    }
}
