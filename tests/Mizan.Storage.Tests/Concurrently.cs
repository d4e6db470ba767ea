using System.Collections.Concurrent;

namespace Mizan.Storage.Tests;

/// <summary>Runs test work on several threads at once, as several worker processes would run it.</summary>
internal static class Concurrently
{
    /// <summary>
    /// Runs the action on <paramref name="count"/> threads of their own (not pool threads, which the pool may start
    /// one by one), released together; a failure on any thread fails the test with that thread's exception.
    /// </summary>
    public static void Run(int count, Action<int> action)
    {
        using var start = new Barrier(count);
        var failures = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                action(i);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Enqueue(e);
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        if (!failures.IsEmpty)
        {
            throw new AggregateException(failures);
        }
    }
}
