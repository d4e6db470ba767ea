namespace Mizan.Storage;

/// <summary>A queued input as a worker holds it.</summary>
/// <param name="Id">The job's number, in the order jobs were queued.</param>
/// <param name="Path">The input to process.</param>
/// <param name="Attempts">How many times the job has been claimed, this claim included.</param>
public sealed record Job(long Id, string Path, int Attempts);

/// <summary>How many jobs are in each state.</summary>
/// <param name="Running">Claimed and not yet completed or failed, an expired lease included until it is claimed again.</param>
public sealed record JobCounts(long Pending, long Running, long Done, long Failed);

/// <summary>
/// Inputs shared out among several workers, each of which may be another process. A worker claims a job for a lease,
/// renews the lease while it works, and completes or fails the job; a job whose lease runs out is claimed again by
/// the next worker that asks, so a worker that dies loses no input. A worker holds a job until it completes or fails
/// it, or until another worker claims it after its lease ran out.
/// </summary>
public interface IJobQueue : IDisposable
{
    /// <summary>Queues the paths; a path ever queued before (pending, running, done or failed) is not queued again.
    /// Returns how many were added.</summary>
    int Enqueue(IEnumerable<string> paths);

    /// <summary>The oldest job that is pending, or running with an expired lease, now held by
    /// <paramref name="worker"/> for <paramref name="lease"/>; null when there is none.</summary>
    Job? Claim(string worker, TimeSpan lease);

    /// <summary>Extends the lease to <paramref name="lease"/> from now; false when <paramref name="worker"/> no longer
    /// holds the job.</summary>
    bool Renew(long id, string worker, TimeSpan lease);

    /// <summary>Marks the job done.</summary>
    /// <exception cref="StoreException"><paramref name="worker"/> does not hold the job.</exception>
    void Complete(long id, string worker);

    /// <summary>Gives the job back to be tried again, or marks it failed once it has been tried
    /// <see cref="JobLimits.MaxAttempts"/> times.</summary>
    /// <exception cref="StoreException"><paramref name="worker"/> does not hold the job.</exception>
    void Fail(long id, string worker, string reason);

    JobCounts Counts();
}

/// <summary>The limits every job queue applies.</summary>
public static class JobLimits
{
    /// <summary>
    /// Claims a job gets before it is failed for good: one retry for a passing fault (a lost connection, a worker
    /// killed) and a second in case it recurs, without looping forever on an input that always breaks a worker.
    /// </summary>
    public const int MaxAttempts = 3;
}
