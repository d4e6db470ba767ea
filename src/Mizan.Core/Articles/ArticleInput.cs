using System.Security.Cryptography;
using System.Text;

namespace Mizan.Core.Articles;

/// <summary>An article as it reaches the pipeline: its text and whatever metadata came with it.</summary>
/// <param name="Id">The caller's id, or one derived from the content (see <see cref="ArticleId"/>).</param>
/// <param name="Source">Where it was read from (a path), when known.</param>
/// <param name="Published">The publication date or time as given (ISO 8601), when known.</param>
public sealed record ArticleInput(
    string Id,
    string Text,
    string? Source = null,
    string? Outlet = null,
    string? Published = null,
    string? Url = null,
    string? Title = null,
    bool PublishedInferred = false);

/// <summary>How the judged samples and labelled sets name an article by where it was read from.</summary>
public static class SourceName
{
    /// <summary>
    /// A source without the folder of its file: FILE.zip!ENTRY#N for an item of an archive (the entry keeps its own
    /// path), the file name for a file. /data/2015-07-31.zip!2015-07-31.json#264 → 2015-07-31.zip!2015-07-31.json#264.
    /// </summary>
    public static string WithoutFolder(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bang = source.IndexOf('!', StringComparison.Ordinal);
        var file = bang > 0 ? source[..bang] : source;
        return source[(file.LastIndexOfAny(['/', '\\']) + 1)..];
    }
}

/// <summary>Content-derived article ids: the same text (and url) always gets the same id.</summary>
public static class ArticleId
{
    /// <summary>The first 16 hex digits of SHA-256 over the url (when known), a separator and the text.</summary>
    public static string Compute(string text, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var payload = Encoding.UTF8.GetBytes((url ?? string.Empty) + "\n\u0000\n" + text);
        var hash = SHA256.HashData(payload);
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
