using Mizan.Ingest.Sources;
using Mizan.Storage;

namespace Mizan.Ingest.Pipeline;

/// <summary>What one worker did.</summary>
public sealed record WorkCounts(int Jobs, int Failed, IngestCounts Articles);

/// <summary>
/// A worker sharing a store with others: it claims one queued file at a time (a lease the queue hands to no one else
/// until it runs out), ingests it, and marks it done. A worker that dies leaves its job to be claimed again when the
/// lease runs out; the articles it had stored stay stored, and the rerun of the job finds them by id, so every
/// article ends up stored once.
/// </summary>
public sealed class Worker(IArticleStore store, IJobQueue queue, string name, TimeSpan lease, int batchSize = Ingestor.DefaultBatchSize)
{
    /// <summary>
    /// Works until the queue has nothing to claim; <paramref name="skipped"/> hears every skipped input,
    /// <paramref name="starting"/> each file claimed, and <paramref name="stored"/> each batch of a file stored (the file
    /// and the counts so far), inside the file and under its lease; <paramref name="completed"/> each file done (its
    /// articles all stored), before the next is claimed.
    /// </summary>
    public WorkCounts Run(Action<string> skipped, Action<Job>? starting = null, Action<Job, IngestCounts>? stored = null, Action<Job>? completed = null)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        var jobs = 0;
        var failed = 0;
        var total = new IngestCounts(0, 0, 0, 0, 0, 0, TimeSpan.Zero);
        while (queue.Claim(name, lease) is { } job)
        {
            starting?.Invoke(job);
            using var heartbeat = new LeaseHeartbeat(queue, job.Id, name, lease);
            IngestCounts counts;
            try
            {
                // The heartbeat renews the lease on its own clock, however slowly the file is read; once another worker
                // holds the job, this one stops at its next progress report and leaves the file to it.
                counts = new Ingestor(store, batchSize).Run(ArticleSources.Read(job.Path), skipped, progress =>
                {
                    heartbeat.ThrowIfLost();
                    stored?.Invoke(job, progress);
                });
            }
            catch (LeaseLostException)
            {
                skipped(LeftToAnother(job));
                continue;
            }
            catch (StoreException e)
            {
                heartbeat.Stop();
                skipped($"{job.Path}: {e.Message}");
                failed++;
                GiveBack(job, e.Message, skipped);
                continue;
            }

            heartbeat.Stop();
            if (heartbeat.Lost || !queue.Renew(job.Id, name, lease))
            {
                skipped(LeftToAnother(job));
                continue;
            }

            queue.Complete(job.Id, name);
            jobs++;
            total = Add(total, counts);
            completed?.Invoke(job);
        }

        return new WorkCounts(jobs, failed, total);
    }

    private static string LeftToAnother(Job job) =>
        $"{job.Path}: the lease ran out and another worker took the file over; left to it.";

    /// <summary>Gives a failed job back to the queue, unless another worker holds it by now.</summary>
    private void GiveBack(Job job, string reason, Action<string> skipped)
    {
        try
        {
            queue.Fail(job.Id, name, reason);
        }
        catch (StoreException e)
        {
            skipped($"{job.Path}: {e.Message}");
        }
    }

    private static IngestCounts Add(IngestCounts a, IngestCounts b) => new(
        a.Read + b.Read, a.New + b.New, a.Duplicate + b.Duplicate, a.NearDuplicate + b.NearDuplicate, a.Skipped + b.Skipped,
        a.WithoutDate + b.WithoutDate, a.Elapsed + b.Elapsed);
}
