using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Mizan.Ingest.Fetch;

/// <summary>
/// Fetches urls the way a well-behaved crawler does: the host's robots.txt obeyed, one request at a time per host
/// and a pause between them, a cap on requests in flight, conditional requests, retries with growing waits on 429
/// and 5xx (honouring Retry-After), a timeout and a size cap on every answer, redirects followed by hand within a
/// limit. It never throws for what a server does: every answer is a <see cref="FetchResponse"/>, failures named.
/// Thread-safe; one instance is meant to serve a whole run.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    /// <summary>
    /// The part of a robots.txt read: RFC 9309 (§2.5) asks crawlers to read at least 500 KiB, and no real file comes
    /// near it; the rest is ignored.
    /// </summary>
    private const int RobotsMaxBytes = 500 * 1024;

    /// <summary>The Accept header: pages and feeds first, anything else last (a server may still send it).</summary>
    private const string Accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

    private readonly FetchOptions options;
    private readonly TimeProvider clock;
    private readonly HttpClient client;
    private readonly HostGate gate;
    private readonly SemaphoreSlim inFlight;
    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsRules Rules, DateTimeOffset Until)>>> robots = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(FetchOptions options, TimeProvider? clock = null, HttpMessageHandler? handler = null)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.clock = clock ?? TimeProvider.System;
        gate = new HostGate(this.clock);
        inFlight = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency));
        client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            // Redirects are followed here, one by one, so each is checked against robots.txt, the limit and loops.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The User-Agent this fetcher sends.</summary>
    public string UserAgent => options.UserAgent;

    /// <summary>Fetches one url (absolute http or https), conditionally when <paramref name="validators"/> are given.</summary>
    public async Task<FetchResponse> GetAsync(Uri url, FetchResponse.Validators? validators, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(url);
        var asked = url.AbsoluteUri;
        var visited = new List<string> { asked };
        var current = url;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                var rules = await RobotsFor(current, cancel).ConfigureAwait(false);
                if (rules == RobotsRules.DisallowAll)
                {
                    // Not the site's wish but a failure to learn it: named as a failure, and asked again next time.
                    return new FetchResponse(asked, FetchStatus.Failed, current, Reason: $"robots.txt of {HostGate.Key(current)} could not be read, so the host counts as closed for now (RFC 9309)");
                }

                if (rules.Forbidding(current) is { } rule)
                {
                    return new FetchResponse(asked, FetchStatus.Disallowed, current, Reason: $"robots.txt of {HostGate.Key(current)} disallows {current.PathAndQuery} (rule {rule})");
                }

                var answer = await WithRetries(current, redirects == 0 ? validators : null, options.MaxBodyBytes, Interval(rules), cancel).ConfigureAwait(false);
                if (answer.Redirect is not { } location)
                {
                    return answer.Response with { Url = asked };
                }

                if (FetchOptions.WebAddress(location.AbsoluteUri, out _) is not { } next)
                {
                    return new FetchResponse(asked, FetchStatus.Refused, current, Reason: $"redirects to {location}, which is not an http or https url");
                }

                if (visited.Contains(next.AbsoluteUri, StringComparer.Ordinal))
                {
                    return new FetchResponse(asked, FetchStatus.Refused, current, Reason: $"redirect loop: {string.Join(" -> ", visited)} -> {next.AbsoluteUri}");
                }

                if (redirects == options.MaxRedirects)
                {
                    return new FetchResponse(asked, FetchStatus.Refused, current, Reason: $"more than {options.MaxRedirects} redirects ({string.Join(" -> ", visited)} -> {next.AbsoluteUri})");
                }

                visited.Add(next.AbsoluteUri);
                current = next;
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return new FetchResponse(asked, FetchStatus.Cancelled, current, Reason: "stopped before the answer came");
        }
    }

    public void Dispose()
    {
        client.Dispose();
        inFlight.Dispose();
    }

    /// <summary>The pause between requests to a host: the fetcher's own, or the robots.txt Crawl-delay when longer.</summary>
    private TimeSpan Interval(RobotsRules rules) =>
        rules.CrawlDelay is { } delay && delay > options.PerHostInterval ? delay : options.PerHostInterval;

    /// <summary>The host's robots.txt rules, read once per host and lifetime; concurrent askers share one read.</summary>
    private async Task<RobotsRules> RobotsFor(Uri url, CancellationToken cancel)
    {
        var key = HostGate.Key(url);
        while (true)
        {
            var entry = robots.GetOrAdd(key, _ => new Lazy<Task<(RobotsRules, DateTimeOffset)>>(() => ReadRobots(url, cancel)));
            (RobotsRules Rules, DateTimeOffset Until) read;
            try
            {
                read = await entry.Value.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A read stopped by another caller's cancellation is not an answer: the next caller reads again.
                robots.TryRemove(new KeyValuePair<string, Lazy<Task<(RobotsRules, DateTimeOffset)>>>(key, entry));
                cancel.ThrowIfCancellationRequested();
                continue;
            }

            if (read.Until > clock.GetUtcNow())
            {
                return read.Rules;
            }

            robots.TryRemove(new KeyValuePair<string, Lazy<Task<(RobotsRules, DateTimeOffset)>>>(key, entry));
        }
    }

    /// <summary>
    /// Reads a host's robots.txt as RFC 9309 says: a 2xx is parsed, a 4xx means no rules, and a 5xx or no answer
    /// means the whole host is closed until it is asked for again. Redirects are followed within the limit.
    /// </summary>
    private async Task<(RobotsRules, DateTimeOffset)> ReadRobots(Uri url, CancellationToken cancel)
    {
        var current = new Uri(new Uri(url.GetLeftPart(UriPartial.Authority)), "/robots.txt");
        for (var redirects = 0; redirects <= options.MaxRedirects; redirects++)
        {
            var answer = await WithRetries(current, null, RobotsMaxBytes, options.PerHostInterval, cancel, truncate: true).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            if (answer.Redirect is { } location)
            {
                if (FetchOptions.WebAddress(location.AbsoluteUri, out _) is not { } next)
                {
                    return (RobotsRules.AllowAll, now + options.RobotsLifetime);
                }

                current = next;
                continue;
            }

            var response = answer.Response;
            return response.Status switch
            {
                FetchStatus.Ok => (RobotsRules.Parse(Decode(response.Body!), FetchOptions.ProductToken), now + options.RobotsLifetime),
                FetchStatus.Refused => (RobotsRules.AllowAll, now + options.RobotsLifetime),
                FetchStatus.Cancelled => throw new OperationCanceledException(cancel),
                _ => (RobotsRules.DisallowAll, now + options.RobotsRetry),
            };
        }

        // More redirects than the limit: RFC 9309 (§2.3.1.2) counts the file as unavailable, so nothing is forbidden.
        return (RobotsRules.AllowAll, clock.GetUtcNow() + options.RobotsLifetime);
    }

    private static string Decode(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>One url asked for until it answers for good: retried on 429, 5xx, timeouts and lost connections.</summary>
    private async Task<Answer> WithRetries(Uri url, FetchResponse.Validators? validators, long maxBytes, TimeSpan interval, CancellationToken cancel, bool truncate = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (answer, retryAfter) = await Once(url, validators, maxBytes, interval, truncate, cancel).ConfigureAwait(false);
            if (answer.Response.Status != FetchStatus.Failed || attempt >= options.MaxRetries)
            {
                return answer;
            }

            var wait = retryAfter ?? options.RetryBackoff * Math.Pow(2, attempt);
            if (wait > options.MaxRetryAfter)
            {
                var response = answer.Response;
                return answer with { Response = response with { Reason = $"{response.Reason}; the server asks to wait {wait.TotalSeconds:N0} s (Retry-After), more than the {options.MaxRetryAfter.TotalSeconds:N0} s waited" } };
            }

            // The wait holds the whole host back, not just this url: the server asked for a pause, not a different page.
            gate.HoldOff(url, clock.GetUtcNow() + wait);
        }
    }

    /// <summary>One request: its host's turn, a slot among those in flight, and the timeout over headers and body.</summary>
    private async Task<(Answer Answer, TimeSpan? RetryAfter)> Once(Uri url, FetchResponse.Validators? validators, long maxBytes, TimeSpan interval, bool truncate, CancellationToken cancel)
    {
        using var turn = await gate.EnterAsync(url, interval, cancel).ConfigureAwait(false);
        await inFlight.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(options.Timeout);
            try
            {
                return await Send(url, validators, maxBytes, truncate, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return (Fail(url, FetchStatus.Failed, $"no complete answer within {options.Timeout.TotalSeconds:0.###} s (timeout)"), null);
            }
            catch (HttpRequestException e)
            {
                return (Fail(url, FetchStatus.Failed, $"cannot get an answer ({e.Message})"), null);
            }
            catch (IOException e)
            {
                return (Fail(url, FetchStatus.Failed, $"the connection broke while reading ({e.Message})"), null);
            }
        }
        finally
        {
            inFlight.Release();
        }
    }

    private async Task<(Answer, TimeSpan?)> Send(Uri url, FetchResponse.Validators? validators, long maxBytes, bool truncate, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } modified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var etagOut = response.Headers.ETag?.ToString();
        var modifiedOut = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
        if (status is >= 300 and < 400 && status != 304)
        {
            return response.Headers.Location is { } location
                ? (new Answer(new FetchResponse(url.AbsoluteUri, FetchStatus.Refused, url), new Uri(url, location)), null)
                : (Fail(url, FetchStatus.Refused, $"HTTP {status} without a Location to go to"), null);
        }

        if (status == 304)
        {
            return (new Answer(new FetchResponse(url.AbsoluteUri, FetchStatus.NotModified, url, ETag: etagOut ?? validators?.ETag, LastModified: modifiedOut ?? validators?.LastModified, Reason: "not modified (304)")), null);
        }

        if (status is 429 or 408 || status >= 500)
        {
            return (Fail(url, FetchStatus.Failed, $"HTTP {status} {response.ReasonPhrase}".TrimEnd()), RetryAfter(response.Headers.RetryAfter));
        }

        if (status >= 400 || status < 200)
        {
            return (Fail(url, FetchStatus.Refused, $"HTTP {status} {response.ReasonPhrase}".TrimEnd()), null);
        }

        if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes && !truncate)
        {
            return (Fail(url, FetchStatus.Refused, $"too large: the answer declares {declared:N0} bytes, more than the {maxBytes:N0}-byte limit (not read)"), null);
        }

        var (body, whole) = await ReadCapped(response.Content, maxBytes, cancel).ConfigureAwait(false);
        if (!whole && !truncate)
        {
            return (Fail(url, FetchStatus.Refused, $"too large: the answer goes on past the {maxBytes:N0}-byte limit (reading stopped there)"), null);
        }

        var type = response.Content.Headers.ContentType;
        return (new Answer(new FetchResponse(url.AbsoluteUri, FetchStatus.Ok, url, body, type?.MediaType?.ToLowerInvariant(), type?.CharSet?.Trim('"', '\''), etagOut, modifiedOut)), null);
    }

    /// <summary>The body up to <paramref name="maxBytes"/>, and whether that is all of it: reading stops at the limit,
    /// so the rest of a larger answer is never read.</summary>
    private static async Task<(byte[] Body, bool Whole)> ReadCapped(HttpContent content, long maxBytes, CancellationToken cancel)
    {
        using var stream = await content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var n = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false);
            if (n == 0)
            {
                return (buffer.ToArray(), true);
            }

            if (buffer.Length + n > maxBytes)
            {
                buffer.Write(chunk, 0, (int)(maxBytes - buffer.Length));
                return (buffer.ToArray(), false);
            }

            buffer.Write(chunk, 0, n);
        }
    }

    /// <summary>Retry-After as seconds or as an HTTP date, as a wait from now (never negative).</summary>
    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static Answer Fail(Uri url, FetchStatus status, string reason) => new(new FetchResponse(url.AbsoluteUri, status, url, Reason: reason));

    /// <summary>A response, or where it redirects to.</summary>
    private sealed record Answer(FetchResponse Response, Uri? Redirect = null);
}
