namespace Mizan.Ingest.Fetch;

/// <summary>How one fetch ended.</summary>
public enum FetchStatus
{
    /// <summary>A 2xx answer whose body was read whole.</summary>
    Ok,

    /// <summary>A 304: the page is what was fetched before (ETag or Last-Modified).</summary>
    NotModified,

    /// <summary>The host's robots.txt forbids the url; nothing was asked for.</summary>
    Disallowed,

    /// <summary>A failure that will not mend by asking again soon: a 4xx, a body over the limit, a redirect loop.</summary>
    Refused,

    /// <summary>A failure that may mend: a timeout, a lost connection, a 5xx or 429 after every retry.</summary>
    Failed,

    /// <summary>The run was stopped (Ctrl+C) before the answer came.</summary>
    Cancelled,
}

/// <summary>The answer to one url, after redirects and retries.</summary>
/// <param name="Url">The url asked for.</param>
/// <param name="FinalUrl">The url that answered, after redirects.</param>
/// <param name="Body">The body, for <see cref="FetchStatus.Ok"/>; empty otherwise.</param>
/// <param name="MediaType">The Content-Type's media type (text/html, application/rss+xml, ...), lower case, or null.</param>
/// <param name="Charset">The Content-Type's charset, or null.</param>
/// <param name="ETag">The ETag to send back next time, or null.</param>
/// <param name="LastModified">The Last-Modified to send back next time, or null.</param>
/// <param name="Reason">Why it was not <see cref="FetchStatus.Ok"/>: one line, without the url.</param>
public sealed record FetchResponse(
    string Url,
    FetchStatus Status,
    Uri? FinalUrl = null,
    byte[]? Body = null,
    string? MediaType = null,
    string? Charset = null,
    string? ETag = null,
    string? LastModified = null,
    string? Reason = null)
{
    /// <summary>What to send so the server can answer 304 when nothing changed.</summary>
    public sealed record Validators(string? ETag, string? LastModified);
}
