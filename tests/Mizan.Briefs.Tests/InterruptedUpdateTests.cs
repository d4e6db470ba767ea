using System.Reflection;
using Mizan.Application;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;
using Mizan.Testing;

namespace Mizan.Briefs.Tests;

/// <summary>
/// An update analyses the next chunk of articles while it assigns one, and briefs the next batch of stories while it
/// writes one. When a write fails part-way, the update reports that failure once its background work has ended, and
/// the next update leaves the store as one grouping of the same articles from scratch does.
/// </summary>
public sealed class InterruptedUpdateTests : IDisposable
{
    private static readonly string[] Extra =
    [
        "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة يضم مئتي سرير وقسما للطوارئ.",
        "قالت وزارة التعليم إن العام الدراسي الجديد يبدأ في موعده في جميع مدارس المملكة.",
        "أعلنت الهيئة العامة للطيران المدني عن تشغيل رحلات جديدة من مطار المدينة إلى القاهرة.",
        "افتتح أمير المنطقة معرض الكتاب السنوي بمشاركة أكثر من خمسمئة دار نشر عربية وأجنبية.",
    ];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-interrupted-" + Guid.NewGuid().ToString("N"));

    public InterruptedUpdateTests() => Directory.CreateDirectory(folder);

    [Theory]
    [InlineData(nameof(IArticleStore.SaveAnalyses), 2)]
    [InlineData(nameof(IArticleStore.SaveGrouping), 2)]
    public void An_update_that_fails_part_way_is_finished_by_the_next(string failing, int call)
    {
        using var store = Filled("store.db");
        StoreBriefs.Rebuild(store);
        var paths = Extra.Select((body, i) => Write($"extra-{i}.txt", body)).ToList();
        new Ingestor(store).Run(ArticleSources.Read(paths), _ => { });

        // Two new articles per chunk and one story per batch. The second SaveAnalyses fails in the background, while the
        // first chunk is assigned; the second SaveGrouping fails on the updating thread, while the third story is briefed.
        var broken = FailingStore.Wrap(store, failing, call);
        var failure = Assert.Throws<IOException>(() => new GroupingUpdate(broken, chunkSize: 2, storyBatch: 1).Run(fromScratch: false, session: null));
        Assert.Contains(failing, failure.Message, StringComparison.Ordinal);

        var finished = StoreBriefs.Update(store);
        Assert.False(finished.FromScratch);

        // The premise of the failing write's place: at least three stories to brief, one batch each.
        Assert.True(finished.Briefed >= 3, $"{finished.Briefed} stories briefed");
        Assert.NotNull(StoreBriefs.Current(store));

        using var whole = Filled("whole.db");
        new Ingestor(whole).Run(ArticleSources.Read(paths), _ => { });
        StoreBriefs.Rebuild(whole);
        Assert.Equal(Grouped(whole), Grouped(store));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Grouped(IArticleStore of) =>
        of.Stories().Select(s => string.Join(',', s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();

    private IArticleStore Filled(string name)
    {
        var store = StoreLocation.Open(Path.Combine(folder, name));
        new Ingestor(store).Run(ArticleSources.Read([Repository.Samples]), _ => { });
        return store;
    }

    private string Write(string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "خبر\n\n" + body);
        return path;
    }

    /// <summary>A store that fails the <c>n</c>th call of one method, as a full disk would, and passes every other call on.</summary>
    public class FailingStore : DispatchProxy
    {
        private IArticleStore inner = null!;
        private string method = string.Empty;
        private int failOn;
        private int calls;

        public static IArticleStore Wrap(IArticleStore inner, string method, int failOn)
        {
            var proxy = Create<IArticleStore, FailingStore>();
            var failing = (FailingStore)(object)proxy;
            (failing.inner, failing.method, failing.failOn) = (inner, method, failOn);
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == method && Interlocked.Increment(ref calls) == failOn)
            {
                throw new IOException($"{method} failed (call {failOn})");
            }

            try
            {
                return targetMethod.Invoke(inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
