using System.Text;

namespace Mizan.Core.Articles;

/// <summary>The outcome of reading one input: an article, or a clear error naming the input.</summary>
public sealed record ReadResult(ArticleInput? Article, string? Error)
{
    public static ReadResult Ok(ArticleInput article) => new(article, null);

    public static ReadResult Fail(string error) => new(null, error);
}

/// <summary>
/// Reads a plain-text article file (UTF-8 with or without a byte-order mark, or UTF-16 with one) and its sidecar
/// metadata. Binary, oversized and undecodable files give an error naming the file; nothing throws.
/// </summary>
public static class TextFileReader
{
    /// <summary>Files larger than this are refused: no news article is 64 MiB of text.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LittleEndianBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndianBom = [0xFE, 0xFF];

    public static ReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return ReadResult.Fail($"{path}: no such file.");
            }

            if (info.Length > MaxBytes)
            {
                return ReadResult.Fail($"{path}: {info.Length:N0} bytes is more than the {MaxBytes:N0}-byte limit for one article.");
            }

            var bytes = File.ReadAllBytes(path);
            var text = Decode(bytes, out var error);
            if (text is null)
            {
                return ReadResult.Fail($"{path}: {error}");
            }

            var metadata = ReadSidecar(path);
            return ReadResult.Ok(new ArticleInput(
                ArticleId.Compute(text, metadata?.Url),
                text,
                Source: path,
                Outlet: metadata?.Outlet,
                Published: metadata?.Published,
                Url: metadata?.Url,
                Title: metadata?.Title,
                PublishedInferred: metadata?.PublishedInferred ?? false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return ReadResult.Fail(e is InvalidDataException ? e.Message : $"{path}: {e.Message}");
        }
    }

    /// <summary>Decodes UTF-8 (BOM optional) or BOM-marked UTF-16; returns null with a reason for anything else.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        if (bytes.StartsWith(Utf16LittleEndianBom) || bytes.StartsWith(Utf16BigEndianBom))
        {
            var encoding = bytes[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                return encoding.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                error = "invalid UTF-16 text.";
                return null;
            }
        }

        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            error = "looks binary (it holds NUL bytes), not a text article.";
            return null;
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            error = $"not valid UTF-8 (first bad byte at offset {e.Index}); other encodings are not read yet.";
            return null;
        }
    }

    private static SampleMetadata? ReadSidecar(string path)
    {
        var sidecar = SampleMetadata.SidecarPath(path);
        return File.Exists(sidecar) ? SampleMetadata.Parse(File.ReadAllText(sidecar), sidecar) : null;
    }
}
