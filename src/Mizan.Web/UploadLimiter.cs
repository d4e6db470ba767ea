using System.Collections.Concurrent;

namespace Mizan.Web;

/// <summary>How often one key may upload: a bucket of <paramref name="Burst"/> uploads, one more added every
/// <paramref name="Refill"/>.</summary>
public sealed record UploadRate(int Burst, TimeSpan Refill)
{
    /// <summary>
    /// Ten uploads at once, then one a minute. Ten uploads of up to 50 files each take a folder of 500 articles in
    /// one sitting. Every upload with a new article re-briefs the whole store, one upload at a time (minutes on a store
    /// of tens of thousands of articles), so a faster steady rate would only queue work and hold the store for others;
    /// bulk loading is for <c>mizan ingest</c> on the store itself.
    /// </summary>
    public static UploadRate Default { get; } = new(10, TimeSpan.FromMinutes(1));
}

/// <summary>
/// A token bucket per key. Only keys that were verified get a bucket, so the buckets are as many as the keys and a
/// stranger cannot make the server keep state.
/// </summary>
internal sealed class UploadLimiter(UploadRate rate, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);

    /// <summary>Takes one upload from the key's bucket: null when allowed, else how long until the next one is.</summary>
    public TimeSpan? TryTake(string key)
    {
        var bucket = buckets.GetOrAdd(key, _ => new Bucket(rate.Burst, clock.GetTimestamp()));
        lock (bucket)
        {
            var now = clock.GetTimestamp();
            bucket.Tokens = Math.Min(rate.Burst, bucket.Tokens + (clock.GetElapsedTime(bucket.Since, now) / rate.Refill));
            bucket.Since = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens--;
                return null;
            }

            return rate.Refill * (1 - bucket.Tokens);
        }
    }

    private sealed class Bucket(double tokens, long since)
    {
        public double Tokens { get; set; } = tokens;

        public long Since { get; set; } = since;
    }
}
