using System.Text;
using Mizan.Ingest.Fetch;
using Mizan.Ingest.Tests.Sources;

namespace Mizan.Ingest.Tests.Fetch;

/// <summary>Pages, feeds and quick fetch options for the fetch tests.</summary>
internal static class FetchPages
{
    /// <summary>Options that keep the tests fast: short pauses and waits, a small size cap, one quick retry.</summary>
    public static FetchOptions Quick { get; } = new()
    {
        PerHostInterval = TimeSpan.FromMilliseconds(20),
        Timeout = TimeSpan.FromSeconds(5),
        RetryBackoff = TimeSpan.FromMilliseconds(50),
        MaxRetries = 1,
        MaxBodyBytes = 256 * 1024,
        Contact = "https://example.org/mizan-tests",
    };

    /// <summary>An article page of its own (its text names <paramref name="n"/>), stating title, date and outlet.</summary>
    public static string Article(int n, string title, string? charsetMeta = "utf-8") => $"""
        <!DOCTYPE html>
        <html lang="ar"><head>{(charsetMeta is null ? string.Empty : $"<meta charset=\"{charsetMeta}\">")}
        <title>{title} | موقع الأخبار</title>
        <meta property="og:site_name" content="موقع الأخبار">
        <meta property="article:published_time" content="2021-12-{n % 28 + 1:00}T18:00:00+03:00">
        </head><body>
        <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li></ul></nav>
        <article><h1>{title}</h1><p>{Fixtures.Paragraph} وهذا الخبر رقم {n} من أخبار اليوم.</p><p>{Fixtures.Second}</p></article>
        <footer>جميع الحقوق محفوظة</footer>
        </body></html>
        """;

    public static string Rss(IEnumerable<string> links) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>موقع الأخبار</title><link>https://news.example.com/</link>
        {string.Concat(links.Select(l => $"<item><title>خبر</title><link>{l}</link></item>"))}
        </channel></rss>
        """;

    /// <summary>A handler that answers its first request with <paramref name="status"/> and a Retry-After, and then the page.</summary>
    public static Func<System.Net.HttpListenerContext, CancellationToken, Task> BusyOnce(int status, Func<string> retryAfter, string page)
    {
        var asked = 0;
        return async (context, stop) =>
        {
            if (Interlocked.Increment(ref asked) == 1)
            {
                context.Response.StatusCode = status;
                context.Response.Headers["Retry-After"] = retryAfter();
                return;
            }

            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(page), stop);
        };
    }

    public static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }
}
