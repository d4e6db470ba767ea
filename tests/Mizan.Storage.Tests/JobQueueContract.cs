using System.Collections.Concurrent;

namespace Mizan.Storage.Tests;

/// <summary>
/// What every job queue must do: each implementation runs this suite through a subclass that opens the queue of one
/// fresh store, as often as asked, each time as another worker process would.
/// </summary>
public abstract class JobQueueContract : IDisposable
{
    /// <summary>A lease long enough never to run out during a test.</summary>
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    private readonly List<IDisposable> opened = [];

    protected abstract IJobQueue OpenQueue();

    [Fact]
    public void Enqueueing_is_idempotent_per_path()
    {
        var queue = Open();
        Assert.Equal(2, queue.Enqueue(["a.json", "b.json"]));
        Assert.Equal(1, queue.Enqueue(["b.json", "c.json", "c.json"]));
        Assert.Equal(0, queue.Enqueue([]));
        Assert.Equal(new JobCounts(3, 0, 0, 0), queue.Counts());
        Assert.Equal(0, Open().Enqueue(["a.json"]));
    }

    [Fact]
    public void Jobs_are_claimed_oldest_first_and_two_claims_never_get_the_same_job()
    {
        var first = Open();
        var second = Open();
        first.Enqueue(["a", "b"]);
        var one = first.Claim("w1", Long)!;
        var two = second.Claim("w2", Long)!;
        Assert.Equal(("a", 1), (one.Path, one.Attempts));
        Assert.Equal(("b", 1), (two.Path, two.Attempts));
        Assert.Null(first.Claim("w3", Long));
        Assert.Equal(new JobCounts(0, 2, 0, 0), first.Counts());
    }

    [Fact]
    public void Only_the_holder_renews_and_completes_a_job_and_only_once()
    {
        var queue = Open();
        queue.Enqueue(["a"]);
        var job = queue.Claim("w1", Long)!;
        Assert.False(queue.Renew(job.Id, "w2", Long));
        Assert.Throws<StoreException>(() => queue.Complete(job.Id, "w2"));
        Assert.True(queue.Renew(job.Id, "w1", Long));
        queue.Complete(job.Id, "w1");
        Assert.Throws<StoreException>(() => queue.Complete(job.Id, "w1"));
        Assert.False(queue.Renew(job.Id, "w1", Long));
        Assert.Equal(new JobCounts(0, 0, 1, 0), queue.Counts());
        Assert.Null(queue.Claim("w1", Long));
    }

    [Fact]
    public void An_expired_lease_is_claimable_again_and_its_old_holder_can_no_longer_complete_it()
    {
        var queue = Open();
        queue.Enqueue(["a"]);
        var lost = queue.Claim("w1", TimeSpan.FromMilliseconds(1))!;

        // Well past the 1 ms lease on any clock resolution.
        Thread.Sleep(50);
        var taken = Open().Claim("w2", Long)!;
        Assert.Equal((lost.Id, 2), (taken.Id, taken.Attempts));
        Assert.Throws<StoreException>(() => queue.Complete(lost.Id, "w1"));
        Assert.Throws<StoreException>(() => queue.Fail(lost.Id, "w1", "too late"));
        Assert.False(queue.Renew(lost.Id, "w1", Long));
        queue.Complete(taken.Id, "w2");
        Assert.Equal(new JobCounts(0, 0, 1, 0), queue.Counts());
    }

    [Fact]
    public void A_job_failed_three_times_is_failed_for_good()
    {
        var queue = Open();
        queue.Enqueue(["bad"]);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var job = queue.Claim("w", Long)!;
            Assert.Equal(attempt, job.Attempts);
            queue.Fail(job.Id, "w", "unreadable");
            Assert.Equal(attempt < 3 ? new JobCounts(1, 0, 0, 0) : new JobCounts(0, 0, 0, 1), queue.Counts());
        }

        Assert.Null(queue.Claim("w", Long));
    }

    [Fact]
    public void A_job_whose_lease_ran_out_three_times_is_failed_instead_of_claimed()
    {
        var queue = Open();
        queue.Enqueue(["crashes-workers"]);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(attempt, queue.Claim("w" + attempt, TimeSpan.FromMilliseconds(1))!.Attempts);

            // Well past the 1 ms lease on any clock resolution.
            Thread.Sleep(50);
        }

        Assert.Null(queue.Claim("w4", Long));
        Assert.Equal(new JobCounts(0, 0, 0, 1), queue.Counts());
    }

    [Fact]
    public void Four_workers_complete_two_hundred_jobs_each_exactly_once()
    {
        const int jobs = 200;
        const int workers = 4;
        Open().Enqueue(Enumerable.Range(0, jobs).Select(i => $"input-{i:D3}.json"));
        var queues = Enumerable.Range(0, workers).Select(_ => Open()).ToArray();
        var completions = new ConcurrentDictionary<long, int>();
        Concurrently.Run(workers, w =>
        {
            var name = "worker-" + w;
            while (queues[w].Claim(name, Long) is { } job)
            {
                completions.AddOrUpdate(job.Id, 1, (_, n) => n + 1);
                queues[w].Complete(job.Id, name);
            }
        });

        Assert.Equal(jobs, completions.Count);
        Assert.All(completions.Values, n => Assert.Equal(1, n));
        Assert.Equal(new JobCounts(0, 0, jobs, 0), queues[0].Counts());
    }

    public void Dispose()
    {
        foreach (var queue in opened)
        {
            queue.Dispose();
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }

    protected virtual void Cleanup()
    {
    }

    private IJobQueue Open()
    {
        var queue = OpenQueue();
        opened.Add((IDisposable)queue);
        return queue;
    }
}
