namespace Mizan.Ingest.Fetch;

/// <summary>
/// How politely and how patiently pages are fetched. Every default is chosen for news sites read by one process on
/// one machine; docs/fetch.md says why each is what it is.
/// </summary>
public sealed record FetchOptions
{
    /// <summary>
    /// The least time between two requests to one host (its scheme, name and port): one second is the pace of a
    /// person opening links one after another, the Crawl-delay most sites that state one ask for, and still 3,600
    /// pages an hour per outlet, more than any outlet publishes. A robots.txt Crawl-delay that is longer wins.
    /// </summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Requests in flight at once over all hosts (one host never has more than one): four keep a poll of a dozen
    /// outlets moving while their pages are parsed, which is what costs the time on a small machine.
    /// </summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>
    /// How long one request may take, headers and body: a news page of a few megabytes arrives in seconds even on a
    /// slow link, so thirty seconds without the whole of it means a stalled server, not a large page.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A body larger than this is refused, unread when its length is declared and cut off when it is not: the
    /// heaviest article pages, inline scripts and images included, weigh 2-3 MB, and a feed of a hundred full
    /// articles about as much, so 10 MiB leaves a wide margin and keeps a runaway response from filling memory.
    /// </summary>
    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>
    /// Redirects followed from one url: five is what RFC 9309 asks robots.txt readers to follow at least, and news
    /// sites use one or two (http to https, bare to www, a short link to the article).
    /// </summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>
    /// Further tries after a 429, a 5xx, a timeout or a lost connection: three tries more, waiting
    /// <see cref="RetryBackoff"/> doubled each time (2, 4, 8 s by default) unless the server says how long, ride out a
    /// restart or a short overload without hammering a server that is down.
    /// </summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first wait before a retry when the server does not say how long (Retry-After); doubled for each later try.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest Retry-After waited for: two minutes rides out an overloaded server; one that asks for longer is
    /// named as failing this time, and the url is asked for again on the next run or poll (nothing is recorded).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a host's robots.txt is trusted before it is read again: 24 hours is the longest RFC 9309 (§2.4) allows.
    /// </summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a robots.txt that could not be reached (a 5xx, a timeout) counts as forbidding the whole host, as RFC
    /// 9309 (§2.3.1.4) says it must, before it is asked for again: ten minutes, one default poll of <c>mizan watch</c>.
    /// </summary>
    public TimeSpan RobotsRetry { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A web page or mail address where site owners can reach whoever runs Mizan; named in the User-Agent.</summary>
    public string? Contact { get; init; }

    /// <summary>Pages fetched, then ingested in one transaction, at a time: bounds memory (each page up to
    /// <see cref="MaxBodyBytes"/>) and how much an interrupted run has left unrecorded.</summary>
    public int ChunkSize { get; init; } = 32;

    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string ProductToken = "Mizan";

    /// <summary>The User-Agent sent: the product, its version and the contact when given.</summary>
    public string UserAgent
    {
        get
        {
            var version = typeof(FetchOptions).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}" : "1.0";
            return Contact is null ? $"{ProductToken}/{version} (Arabic news analysis)" : $"{ProductToken}/{version} (Arabic news analysis; +{Contact})";
        }
    }

    /// <summary>The address itself when it is an absolute http or https url, else null with why.</summary>
    public static Uri? WebAddress(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        // On Unix a rooted path parses as a file: url; only a url written with its scheme is one.
        var trimmed = text.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.IsFile && !trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            error = $"{text}: not an absolute http or https url.";
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            error = $"{text}: only http and https urls are fetched, not {uri.Scheme}:.";
            return null;
        }

        error = null;
        return uri.Fragment.Length == 0 ? uri : new Uri(uri.GetLeftPart(UriPartial.Query));
    }
}
