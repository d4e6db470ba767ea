using Mizan.Storage.Postgres;

namespace Mizan.Storage.Tests.Postgres;

/// <summary>The job queue contract against a PostgreSQL database of its own per test.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresJobQueueTests(PostgresServer server) : JobQueueContract
{
    private readonly string url = server.CreateDatabase();

    protected override IJobQueue OpenQueue() => PostgresJobQueue.Open(url);
}
