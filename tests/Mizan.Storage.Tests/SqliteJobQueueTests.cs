using Microsoft.Data.Sqlite;
using Mizan.Storage.Sqlite;

namespace Mizan.Storage.Tests;

/// <summary>The job queue contract against a SQLite file, each queue on its own connection as a worker process has.</summary>
public sealed class SqliteJobQueueTests : JobQueueContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-jobs-" + Guid.NewGuid().ToString("N"));

    public SqliteJobQueueTests() => Directory.CreateDirectory(folder);

    protected override IJobQueue OpenQueue() => SqliteJobQueue.Open(Path.Combine(folder, "mizan.db"));

    protected override void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
