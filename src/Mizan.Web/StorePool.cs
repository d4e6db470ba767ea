using System.Collections.Concurrent;
using Mizan.Storage;

namespace Mizan.Web;

/// <summary>
/// Open stores shared by the requests: a store object serves one caller at a time (a SQLite store is one
/// connection), so each request borrows one, and a bounded number are open at once (SQLite in WAL mode lets them
/// all read while one writes).
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly string location;
    private readonly ConcurrentBag<IArticleStore> idle = [];
    private readonly SemaphoreSlim slots;

    /// <param name="size">How many stores may be open at once: about one per core, since store calls use the CPU.</param>
    public StorePool(string location, int size)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        this.location = location;
        slots = new SemaphoreSlim(size, size);

        // Opened now, so a wrong location fails at start-up, not at the first request; a store that is not there is
        // named, never created empty.
        idle.Add(StoreLocation.OpenExisting(location));
    }

    /// <summary>Where the store lives, for messages (without credentials).</summary>
    public string Location => StoreLocation.Redacted(location);

    /// <summary>Runs <paramref name="work"/> with a store no other caller is using.</summary>
    public T Use<T>(Func<IArticleStore, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        slots.Wait();
        IArticleStore? store = null;
        try
        {
            store = idle.TryTake(out var open) ? open : StoreLocation.Open(location);
            return work(store);
        }
        finally
        {
            if (store is not null)
            {
                idle.Add(store);
            }

            slots.Release();
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var store))
        {
            store.Dispose();
        }

        slots.Dispose();
    }
}
