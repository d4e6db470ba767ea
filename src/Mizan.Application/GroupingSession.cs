using Mizan.Storage;
using Mizan.Stories;

namespace Mizan.Application;

/// <summary>
/// The grouping of one store kept in memory between updates by a process that updates it again and again (the web
/// host after each upload, <c>mizan watch</c> after each poll): reading the stored state back costs about a second on a
/// collection of 30,000 articles, an upload's whole budget. It is used only while the store's
/// <see cref="IArticleStore.GroupingStamp"/> is the one this process wrote last, so a state another process wrote
/// since (a <c>mizan work</c> beside the web host) is read from the store instead. Thread-safe: updates of a store hold
/// its grouping lock, and this holds its own.
/// </summary>
public sealed class GroupingSession
{
    private readonly Lock gate = new();
    private string? location;
    private long stamp;
    private StoryClusterer? clusterer;
    private StorylineMemo? memo;

    /// <summary>Updates that started from the grouping held here rather than from the store.</summary>
    public int Reused { get; private set; }

    /// <summary>The grouping held for this store, when it is still the stored one; null otherwise.</summary>
    internal (StoryClusterer? Clusterer, StorylineMemo? Memo)? Held(IArticleStore store)
    {
        lock (gate)
        {
            if (clusterer is null || location != store.Location || store.GroupingStamp() != stamp)
            {
                Forget();
                return null;
            }

            Reused++;
            var held = (clusterer, memo);

            // Taken: until it is kept again, an update that fails half-way leaves nothing here that is not stored.
            clusterer = null;
            memo = null;
            return held;
        }
    }

    /// <summary>Holds the grouping this process has just written to (or found current in) the store.</summary>
    internal void Keep(IArticleStore store, StoryClusterer current, StorylineMemo? linked)
    {
        lock (gate)
        {
            (location, stamp, clusterer, memo) = (store.Location, store.GroupingStamp(), current, linked);
        }
    }

    /// <summary>Lets the held grouping go.</summary>
    internal void Forget()
    {
        lock (gate)
        {
            (location, stamp, clusterer, memo) = (null, 0, null, null);
        }
    }
}
