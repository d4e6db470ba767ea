namespace Mizan.Storage;

/// <summary>
/// What the store remembers of one url's last fetch, so that a fetcher restarted on the same store asks no page
/// twice and asks again for a feed only conditionally.
/// </summary>
/// <param name="Url">The url as it was asked for (a feed's, or a page's as a feed or the command line named it).</param>
/// <param name="Outcome">How the fetch ended, one word the fetcher defines (stored, duplicate, not-modified, gone, ...).</param>
/// <param name="ArticleId">The article the page gave, when it gave one.</param>
/// <param name="ETag">The response's ETag, sent back as If-None-Match.</param>
/// <param name="LastModified">The response's Last-Modified, sent back as If-Modified-Since.</param>
/// <param name="Fetched">When the fetch ended, ISO 8601 in UTC.</param>
public sealed record FetchRecord(string Url, string Outcome, string? ArticleId, string? ETag, string? LastModified, string Fetched);
