using System.Text;
using System.Text.Json;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Tests.Sources;
using Mizan.Storage;
using Mizan.Storage.Sqlite;

namespace Mizan.Ingest.Tests.Pipeline;

/// <summary>A worker keeps its file however slowly it reads it, and leaves a file another worker took over without failing.</summary>
public sealed class WorkerTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteArticleStore store;

    public WorkerTests() => store = SqliteArticleStore.Open(Path.Combine(folder.Path, "mizan.db"));

    [Fact]
    public void A_file_another_worker_took_over_is_left_to_it_and_the_worker_goes_on_to_the_next()
    {
        var taken = folder.Write("taken.jsonl", Lines("taken", 3));
        var own = folder.Write("own.jsonl", Lines("own", 3));
        var queue = new ScriptedQueue([new Job(1, taken, 1), new Job(2, own, 1)]) { HeldElsewhere = { 1 } };
        var skipped = new List<string>();

        var counts = new Worker(store, queue, "w", TimeSpan.FromSeconds(30)).Run(skipped.Add);

        Assert.Equal([2L], queue.Completed);
        Assert.Empty(queue.Failed);
        Assert.Equal((1, 0), (counts.Jobs, counts.Failed));
        Assert.Contains(skipped, s => s.StartsWith(taken, StringComparison.Ordinal) && s.Contains("another worker", StringComparison.Ordinal));
    }

    [Fact]
    public void The_heartbeat_renews_the_lease_on_its_own_clock_until_it_is_stopped()
    {
        var queue = new ScriptedQueue([]);
        using (var heartbeat = new LeaseHeartbeat(queue, 7, "w", TimeSpan.FromMilliseconds(60)))
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (queue.Renewals < 3 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
            }

            heartbeat.Stop();
            Assert.False(heartbeat.Lost);
        }

        var stopped = queue.Renewals;
        Assert.True(stopped >= 3, $"renewed {stopped} time(s) in ten seconds with a 60 ms lease");
        Thread.Sleep(100);
        Assert.Equal(stopped, queue.Renewals);
    }

    [Fact]
    public void The_heartbeat_notes_when_the_queue_says_the_job_is_held_elsewhere()
    {
        var queue = new ScriptedQueue([]) { HeldElsewhere = { 7 } };
        using var heartbeat = new LeaseHeartbeat(queue, 7, "w", TimeSpan.FromMilliseconds(30));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!heartbeat.Lost && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        Assert.True(heartbeat.Lost);
        Assert.Throws<LeaseLostException>(heartbeat.ThrowIfLost);
    }

    public void Dispose()
    {
        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static string Lines(string name, int count)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            lines.AppendLine(JsonSerializer.Serialize(new
            {
                maintext = $"خبر {name} رقم {i}: أعلنت الوزارة اليوم عن خطة جديدة لتطوير الطرق في المدينة خلال العام المقبل.",
                url = $"https://news.example/{name}/{i}",
                date_publish = "2015-07-21 10:00:00",
            }));
        }

        return lines.ToString();
    }

    /// <summary>A queue handing out a fixed list of jobs, where some jobs are held by another worker.</summary>
    private sealed class ScriptedQueue(IEnumerable<Job> jobs) : IJobQueue
    {
        private readonly Queue<Job> pending = new(jobs);
        private int renewals;

        public HashSet<long> HeldElsewhere { get; } = [];

        public List<long> Completed { get; } = [];

        public List<long> Failed { get; } = [];

        public int Renewals => Volatile.Read(ref renewals);

        public int Enqueue(IEnumerable<string> paths) => throw new NotSupportedException();

        public Job? Claim(string worker, TimeSpan lease) => pending.TryDequeue(out var job) ? job : null;

        public bool Renew(long id, string worker, TimeSpan lease)
        {
            Interlocked.Increment(ref renewals);
            return !HeldElsewhere.Contains(id);
        }

        public void Complete(long id, string worker)
        {
            if (HeldElsewhere.Contains(id))
            {
                throw new StoreException($"job {id} is not held by {worker}");
            }

            Completed.Add(id);
        }

        public void Fail(long id, string worker, string reason)
        {
            if (HeldElsewhere.Contains(id))
            {
                throw new StoreException($"job {id} is not held by {worker}");
            }

            Failed.Add(id);
        }

        public JobCounts Counts() => new(pending.Count, 0, Completed.Count, Failed.Count);

        public void Dispose()
        {
        }
    }
}
