using System.Collections.Concurrent;

namespace Mizan.Ingest.Fetch;

/// <summary>
/// Keeps the pace per host: one request at a time to a host, the next no sooner than its interval after the last
/// one ended, and none before a time the host asked for (Retry-After). Waiting is cancellable.
/// </summary>
internal sealed class HostGate(TimeProvider clock)
{
    private readonly TimeProvider clock = clock;
    private readonly ConcurrentDictionary<string, Host> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; the returned lease ends the request and starts the interval when disposed.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, TimeSpan interval, CancellationToken cancel)
    {
        var host = hosts.GetOrAdd(Key(url), _ => new Host());
        await host.Turn.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var wait = host.NotBefore - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancel).ConfigureAwait(false);
            }
        }
        catch
        {
            host.Turn.Release();
            throw;
        }

        return new Lease(this, host, interval);
    }

    /// <summary>Keeps every request to the url's host back until <paramref name="until"/> (a 429's or 503's Retry-After).</summary>
    public void HoldOff(Uri url, DateTimeOffset until)
    {
        var host = hosts.GetOrAdd(Key(url), _ => new Host());
        lock (host)
        {
            if (until > host.NotBefore)
            {
                host.NotBefore = until;
            }
        }
    }

    /// <summary>Hosts are told apart by scheme, name and port: a site's http and https, or two ports, may be two servers.</summary>
    internal static string Key(Uri url) => url.GetLeftPart(UriPartial.Authority);

    private sealed class Host
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset NotBefore { get; set; } = DateTimeOffset.MinValue;
    }

    /// <summary>A host's turn, held while its request runs.</summary>
    private sealed class Lease : IDisposable
    {
        private readonly HostGate gate;
        private readonly Host host;
        private readonly TimeSpan interval;
        private bool done;

        public Lease(HostGate gate, Host host, TimeSpan interval) => (this.gate, this.host, this.interval) = (gate, host, interval);

        public void Dispose()
        {
            if (done)
            {
                return;
            }

            done = true;
            lock (host)
            {
                var next = gate.clock.GetUtcNow() + interval;
                if (next > host.NotBefore)
                {
                    host.NotBefore = next;
                }
            }

            host.Turn.Release();
        }
    }
}
