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
    /// <summary>Works until the queue has nothing to claim; <paramref name="skipped"/> hears every skipped input.</summary>
    public WorkCounts Run(Action<string> skipped, Action<Job>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        var jobs = 0;
        var failed = 0;
        var total = new IngestCounts(0, 0, 0, 0, 0, 0, TimeSpan.Zero);
        while (queue.Claim(name, lease) is { } job)
        {
            starting?.Invoke(job);
            try
            {
                // The lease is renewed at every progress report, so a long file keeps its worker.
                var counts = new Ingestor(store, batchSize).Run(ArticleSources.Read(job.Path), skipped, _ => queue.Renew(job.Id, name, lease));
                queue.Complete(job.Id, name);
                jobs++;
                total = Add(total, counts);
            }
            catch (StoreException e)
            {
                queue.Fail(job.Id, name, e.Message);
                skipped($"{job.Path}: {e.Message}");
                failed++;
            }
        }

        return new WorkCounts(jobs, failed, total);
    }

    private static IngestCounts Add(IngestCounts a, IngestCounts b) => new(
        a.Read + b.Read, a.New + b.New, a.Duplicate + b.Duplicate, a.NearDuplicate + b.NearDuplicate, a.Skipped + b.Skipped,
        a.WithoutDate + b.WithoutDate, a.Elapsed + b.Elapsed);
}
