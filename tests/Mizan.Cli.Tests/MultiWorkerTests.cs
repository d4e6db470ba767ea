using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mizan.Application;
using Mizan.Storage;
using Mizan.Storage.Tests.Postgres;
using Mizan.Stories;
using Mizan.Testing;
using Xunit.Abstractions;

namespace Mizan.Cli.Tests;

/// <summary>
/// Several `mizan work` processes share a PostgreSQL store: one is killed with SIGKILL in the middle of its file (at a
/// known point: it is told to stop for good after its first batch, MIZAN_WORK_HOLD_AFTER_BATCHES), a
/// worker started after its lease runs out finishes the file, and the store ends with every article exactly once
/// and the same stories as a single `mizan ingest` of the same folder.
/// </summary>
[Collection(PostgresServerGroup.Name)]
public sealed class MultiWorkerTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    private const int Files = 12;
    private const int PerFile = 300;
    private const int LeaseSeconds = 2;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-workers-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Workers_share_the_load_survive_a_killed_worker_and_store_each_article_once()
    {
        var corpus = WriteCorpus();
        var (singleStories, sharedStories) = Work(corpus, Files, Files * PerFile, batch: 50, sameCleaning: true);

        // Every file holds articles of every day; the workers group once the queue has drained, so the grouping takes
        // them in publication order as the single run does, and decides every pair of articles as it does.
        var difference = Commands.PairDifference.Between(singleStories, sharedStories);
        output.WriteLine($"synthetic corpus: {difference.Differing} of {difference.Pairs} article pairs decided differently ({difference.OfTogether:P2} of the {difference.Together} pairs either run puts together)");
        Assert.Equal(0, difference.Differing);
    }

    /// <summary>
    /// The issue's case: SaudiNewsNet's first three days, one file per day, three workers and one killed inside its
    /// file. The worker that finishes the queue's last file groups every article in publication order; what still
    /// differs from the single run is the cleaning (the boilerplate each batch learns, and which of two copies is the
    /// original, depend on which file was stored first), reported here.
    /// </summary>
    [SharedDataFact]
    public void Workers_over_three_days_of_real_news_assign_every_article_to_exactly_one_story()
    {
        var corpus = Path.Combine(folder, "days");
        Directory.CreateDirectory(corpus);
        var days = Directory.GetFiles(Path.Combine(Repository.Shared!, "data", "saudinewsnet", "dataset"), "*.zip").Order(StringComparer.Ordinal).Take(3).ToList();
        foreach (var day in days)
        {
            File.Copy(day, Path.Combine(corpus, Path.GetFileName(day)));
        }

        var (singleStories, sharedStories) = Work(corpus, days.Count, articles: null, batch: 500, sameCleaning: false);
        var difference = Commands.PairDifference.Between(singleStories, sharedStories);
        output.WriteLine($"SaudiNewsNet {string.Join(", ", days.Select(Path.GetFileNameWithoutExtension))}: {difference.Differing} of {difference.Pairs} article pairs decided differently ({difference.OfAll:P4} of all pairs, {difference.OfTogether:P2} of the {difference.Together} pairs either run puts together)");
    }

    /// <summary>
    /// Ingests <paramref name="corpus"/> once with <c>mizan ingest</c> and once with three workers (the first killed
    /// inside its first file, a late one finishing it), and checks that the shared store holds every article once and
    /// every article in exactly one stored story; returns both stores' stories.
    /// </summary>
    /// <param name="sameCleaning">Whether both stores hold the same texts and copy links, so that one grouping of each
    /// store's articles must agree: true for the synthetic corpus; on real news the boilerplate each batch learns and the
    /// original of a copy (the first stored) depend on which file was stored first.</param>
    private (List<IReadOnlyList<string>> Single, List<IReadOnlyList<string>> Shared) Work(string corpus, int files, int? articles, int batch, bool sameCleaning)
    {
        // A real corpus holds items without text, skipped by name: exit 1 (some inputs skipped), as for any such run.
        var single = server.CreateDatabase();
        var ingested = CliRunner.Run(string.Empty, "ingest", corpus, "--db", single, "--batch", batch.ToString(CultureInfo.InvariantCulture));
        Assert.True(ingested.Exit is 0 or 1, ingested.Error);

        var shared = server.CreateDatabase();
        var (queued, _, queueMessage) = CliRunner.Run(string.Empty, "ingest", "--enqueue", corpus, "--db", shared);
        Assert.Equal(0, queued);
        Assert.Contains($"queued {files} new file(s)", queueMessage, StringComparison.Ordinal);

        // The first worker is told to stop for good after its first batch, inside its first file and holding its lease;
        // the other two start once it is there, and it is killed at that known point, not by a race with the others.
        var victim = StartWorker(shared, "w0", batch, holdAfterBatches: 1);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!victim.Said(" holds ") && !victim.Process.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.True(victim.Said(" holds "), "the first worker never reached its stopping point." + Describe([victim]));
        var workers = new List<WorkerProcess> { victim, StartWorker(shared, "w1", batch), StartWorker(shared, "w2", batch) };
        victim.Process.Kill(entireProcessTree: true);
        foreach (var worker in workers)
        {
            worker.Process.WaitForExit();
        }

        foreach (var worker in workers.Where(w => w != victim))
        {
            Assert.True(worker.Process.ExitCode is 0 or 1, $"worker {worker.Name} failed." + Describe(workers));
        }

        // The killed worker's file stays leased until the lease runs out; a late worker then takes it up.
        Thread.Sleep(TimeSpan.FromSeconds(LeaseSeconds + 1));
        using (var late = StartWorker(shared, "late", batch))
        {
            late.Process.WaitForExit();
            Assert.True(late.Process.ExitCode is 0 or 1, "the late worker failed." + Describe([late]));
            workers.Add(late);
        }

        using var sharedStore = StoreLocation.Open(shared);
        using var queue = StoreLocation.OpenQueue(shared);
        using var singleStore = StoreLocation.Open(single);
        Assert.Equal(new JobCounts(0, 0, files, 0), queue.Counts());
        var stored = sharedStore.Articles().Select(a => a.Id).ToList();
        Assert.Equal(articles ?? singleStore.Counts().Articles, stored.Count);
        Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
        if (sameCleaning)
        {
            Assert.Equal(Stories(singleStore), Stories(sharedStore));
        }

        // Grouped on arrival by the workers: every article in exactly one stored story, each story written once.
        var sharedStories = sharedStore.Stories();
        Assert.Equal(sharedStories.Count, sharedStories.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(stored.Order(StringComparer.Ordinal), sharedStories.SelectMany(s => s.ArticleIds).Order(StringComparer.Ordinal));
        Assert.NotNull(StoreBriefs.Current(sharedStore));
        Assert.Contains(workers, w => w.Said(" grouped "));
        var singleStories = singleStore.Stories();
        foreach (var worker in workers)
        {
            worker.Dispose();
        }

        return (singleStories.Select(s => s.ArticleIds).ToList(), sharedStories.Select(s => s.ArticleIds).ToList());
    }

    /// <summary>Each worker's exit code and what it wrote on standard error, for a failure message.</summary>
    private static string Describe(IEnumerable<WorkerProcess> workers) =>
        string.Concat(workers.Select(w => $"\n--- {w.Name}: {(w.Process.HasExited ? "exit " + w.Process.ExitCode.ToString(CultureInfo.InvariantCulture) : "running")}\n{w.Errors}"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The story grouping of a store's articles, as sorted sets of ids: independent of the order they were stored.</summary>
    private static List<string> Stories(IArticleStore store)
    {
        var articles = store.Articles().Select(a => new StoryArticle(
            a.Id, a.Published is null ? null : DateTimeOffset.Parse(a.Published, CultureInfo.InvariantCulture), a.Outlet, a.Text, a.Title, a.NearDuplicateOf));
        return StoryClusterer.Cluster(articles)
            .Select(s => string.Join(' ', s.ArticleIds.Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static WorkerProcess StartWorker(string database, string name, int batch, int holdAfterBatches = 0)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = false, UseShellExecute = false };
        if (holdAfterBatches > 0)
        {
            start.Environment["MIZAN_WORK_HOLD_AFTER_BATCHES"] = holdAfterBatches.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "mizan.dll"), "work", "--db", database, "--name", name, "--lease", LeaseSeconds.ToString(CultureInfo.InvariantCulture), "--batch", batch.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var worker = new WorkerProcess(name, Process.Start(start)!);
        worker.Process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (worker.Errors)
                {
                    worker.Errors.AppendLine(e.Data);
                }
            }
        };
        worker.Process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>A started <c>mizan work</c> process with what it has written on standard error so far.</summary>
    private sealed record WorkerProcess(string Name, Process Process) : IDisposable
    {
        public StringBuilder Errors { get; } = new();

        /// <summary>Whether the worker has written <paramref name="text"/> on standard error so far.</summary>
        public bool Said(string text)
        {
            lock (Errors)
            {
                return Errors.ToString().Contains(text, StringComparison.Ordinal);
            }
        }

        public void Dispose() => Process.Dispose();
    }

    /// <summary>
    /// Twelve files of articles on eight subjects over six days: each article draws its words mostly from its
    /// subject's vocabulary, so stories form, with a fixed seed so both runs read the same collection.
    /// </summary>
    private string WriteCorpus()
    {
        var corpus = Path.Combine(folder, "corpus");
        Directory.CreateDirectory(corpus);
        string[][] subjects =
        [
            ["النفط", "أسعار", "أوبك", "برميل", "الإنتاج", "الخام"],
            ["الانتخابات", "البرلمان", "الأصوات", "المرشحين", "الدائرة", "الاقتراع"],
            ["المنتخب", "المباراة", "الدوري", "المدرب", "الهدف", "الملعب"],
            ["الأمطار", "السيول", "الطقس", "الأرصاد", "العاصفة", "الرياح"],
            ["الجامعة", "الطلاب", "القبول", "الامتحانات", "المنح", "الدراسة"],
            ["المستشفى", "المرضى", "اللقاح", "الوباء", "الأطباء", "العلاج"],
            ["الحج", "الحجاج", "مكة", "المشاعر", "الطواف", "عرفات"],
            ["السوق", "الأسهم", "المؤشر", "التداول", "الشركات", "الأرباح"],
        ];
        string[] common = ["قال", "أعلن", "اليوم", "الوزارة", "المسؤول", "العام", "في", "من", "إلى", "على"];
        var random = new Random(5);
        for (var f = 0; f < Files; f++)
        {
            var lines = new StringBuilder();
            for (var i = 0; i < PerFile; i++)
            {
                var subject = subjects[random.Next(subjects.Length)];
                var words = Enumerable.Range(0, 50).Select(_ => random.Next(3) == 0 ? common[random.Next(common.Length)] : subject[random.Next(subject.Length)]);
                var day = new DateOnly(2015, 7, 21).AddDays(random.Next(6));
                lines.AppendLine(JsonSerializer.Serialize(new
                {
                    maintext = $"خبر {f}-{i}: " + string.Join(' ', words) + ".",
                    url = $"https://news.example/{f}/{i}",
                    source_domain = $"outlet{random.Next(5)}.example",
                    date_publish = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 10:00:00",
                }));
            }

            File.WriteAllText(Path.Combine(corpus, $"part-{f:D2}.jsonl"), lines.ToString());
        }

        return corpus;
    }
}
