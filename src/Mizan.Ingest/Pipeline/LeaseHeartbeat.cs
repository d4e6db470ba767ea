using System.Data.Common;
using Mizan.Storage;

namespace Mizan.Ingest.Pipeline;

/// <summary>
/// Renews a held job's lease every third of the lease on a timer thread, so that a worker slowed by a busy machine
/// keeps its file however long a batch takes; it notes when the queue answers that the job is no longer held.
/// </summary>
internal sealed class LeaseHeartbeat : IDisposable
{
    private readonly IJobQueue queue;
    private readonly long job;
    private readonly string worker;
    private readonly TimeSpan lease;
    private readonly Timer timer;
    private readonly Lock turn = new();
    private bool stopped;
    private volatile bool lost;

    public LeaseHeartbeat(IJobQueue queue, long job, string worker, TimeSpan lease)
    {
        this.queue = queue;
        this.job = job;
        this.worker = worker;
        this.lease = lease;
        var every = lease / 3;
        timer = new Timer(_ => Beat(), null, every, every);
    }

    /// <summary>The queue answered that another worker holds the job.</summary>
    public bool Lost => lost;

    /// <exception cref="LeaseLostException">Another worker holds the job.</exception>
    public void ThrowIfLost()
    {
        if (lost)
        {
            throw new LeaseLostException();
        }
    }

    /// <summary>Stops renewing; a renewal under way finishes first.</summary>
    public void Stop()
    {
        lock (turn)
        {
            stopped = true;
            timer.Change(Timeout.Infinite, Timeout.Infinite);
        }
    }

    public void Dispose()
    {
        Stop();
        timer.Dispose();
    }

    private void Beat()
    {
        lock (turn)
        {
            if (stopped || lost)
            {
                return;
            }

            try
            {
                lost = !queue.Renew(job, worker, lease);
            }
            catch (Exception e) when (e is StoreException or DbException or TimeoutException)
            {
                // A passing fault of the queue's connection: the next beat tries again while the lease lasts.
            }
        }
    }
}

/// <summary>Another worker claimed the job after this one's lease ran out.</summary>
internal sealed class LeaseLostException : Exception
{
    public LeaseLostException()
        : base("another worker holds the job")
    {
    }
}
