using System.IO.Compression;
using System.Text;

namespace Mizan.Ingest.Tests.Sources;

/// <summary>A temporary folder for one test's files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mizan-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

/// <summary>Small articles and containers the tests build in code.</summary>
internal static class Fixtures
{
    public const string Paragraph = "أعلن مستشار الأمن القومي العراقي انتهاء المهمة القتالية لقوات التحالف الدولي في العراق بعد جولة الحوار الأخيرة.";

    public const string Second = "وقال المتحدث إن القوات ستبقى في مجال التدريب والاستشارة والتمكين حتى نهاية العام المقبل.";

    public static string Page(string title, string? charsetMeta = "utf-8", string extraHead = "") => $"""
        <!DOCTYPE html>
        <html lang="ar"><head>{(charsetMeta is null ? string.Empty : $"<meta charset=\"{charsetMeta}\">")}
        <title>{title} | موقع الأخبار</title>
        <meta property="og:site_name" content="موقع الأخبار">
        <meta property="article:published_time" content="2021-12-09T18:00:00+03:00">
        <link rel="canonical" href="https://news.example.com/2021/12/09/story.html">
        {extraHead}
        </head><body>
        <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li></ul></nav>
        <article><h1>{title}</h1><p>{Paragraph}</p><p>{Second}</p></article>
        <div class="share">شارك على فيسبوك</div>
        <footer>جميع الحقوق محفوظة</footer>
        </body></html>
        """;

    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>A WARC/1.1 file: a warcinfo record, then one HTTP response record per page.</summary>
    public static byte[] Warc(params (string Uri, string ContentType, byte[] Body)[] responses)
    {
        var output = new MemoryStream();
        Record(output, "warcinfo", null, "application/warc-fields", Encoding.UTF8.GetBytes("software: mizan-tests\r\n"));
        foreach (var (uri, contentType, body) in responses)
        {
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n");
            Record(output, "response", uri, "application/http; msgtype=response", [.. head, .. body]);
        }

        return output.ToArray();
    }

    private static void Record(Stream output, string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n")
            .Append("WARC-Date: 2021-12-10T08:00:00Z\r\n");
        if (uri is not null)
        {
            header.Append($"WARC-Target-URI: {uri}\r\n");
        }

        header.Append($"Content-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        output.Write(Encoding.ASCII.GetBytes(header.ToString()));
        output.Write(block);
        output.Write("\r\n\r\n"u8);
    }
}
