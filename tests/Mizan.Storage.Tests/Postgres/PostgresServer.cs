using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Mizan.Storage.Tests.Postgres;

/// <summary>
/// A private PostgreSQL server for the test run: a fresh cluster in a temporary folder, listening on a free port of
/// 127.0.0.1 only, with trust login for the user <c>mizan</c>; stopped and deleted at the end. Run as root, the
/// cluster belongs to the <c>postgres</c> user, as PostgreSQL refuses to run as root. Without PostgreSQL's server
/// programs every test that needs the server fails, saying what to install.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Binaries = "/usr/lib/postgresql";
    private const string ServiceUser = "postgres";

    /// <summary>A port taken between finding it free and the server binding it is retried on another, this many times.</summary>
    private const int StartAttempts = 3;

    private readonly string folder;
    private readonly string bin;
    private readonly bool asServiceUser;
    private int databases;

    public PostgresServer()
    {
        bin = FindBinaries();
        asServiceUser = RunningAsRoot();

        // Under /tmp rather than $TMPDIR, which under root may sit in a folder the postgres user cannot enter.
        var root = asServiceUser ? "/tmp" : Path.GetTempPath();
        folder = Path.Combine(root, "mizan-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            if (asServiceUser)
            {
                Run("chown", [ServiceUser, folder], asServiceUser: false);
            }

            // --no-sync: a cluster that lives for one test run needs no flush to disk.
            Run(Path.Combine(bin, "initdb"), ["-D", DataFolder, "-U", "mizan", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"], asServiceUser);
            Start();
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public int Port { get; private set; }

    private string DataFolder => Path.Combine(folder, "data");

    /// <summary>A new, empty database on the server, as a <c>postgres://</c> URL.</summary>
    public string CreateDatabase()
    {
        var name = "mizan_" + Interlocked.Increment(ref databases).ToString(CultureInfo.InvariantCulture);
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        command.ExecuteNonQuery();
        return Url(name);
    }

    public string Url(string database) => string.Create(CultureInfo.InvariantCulture, $"postgres://mizan@127.0.0.1:{Port}/{database}");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "mizan", Database = database, Pooling = false }.ConnectionString;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), ["stop", "-D", DataFolder, "-m", "immediate", "-w"], asServiceUser);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();

            // Durability settings off: the cluster is thrown away at the end, so no commit need wait for the disk.
            var options = string.Create(
                CultureInfo.InvariantCulture,
                $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), ["-D", DataFolder, "-o", options, "-l", Path.Combine(folder, "server.log"), "-w", "start"], asServiceUser);
                return;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts)
            {
                continue;
            }
        }
    }

    private static string FindBinaries()
    {
        var found = Directory.Exists(Binaries)
            ? Directory.GetDirectories(Binaries)
                .Select(d => (Folder: Path.Combine(d, "bin"), Version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(d => d.Version >= 0 && File.Exists(Path.Combine(d.Folder, "initdb")) && File.Exists(Path.Combine(d.Folder, "pg_ctl")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Folder)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"The PostgreSQL tests need PostgreSQL's server programs (initdb, pg_ctl) in {Binaries}/<version>/bin, and there are none: " +
            "install the Debian package postgresql (apt-get install postgresql), as .ci/run does.");
    }

    /// <summary>Whether this process runs as root: by name, or by its effective user id in /proc.</summary>
    private static bool RunningAsRoot()
    {
        if (Environment.UserName == "root")
        {
            return true;
        }

        const string status = "/proc/self/status";
        var uid = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal)) : null;

        // The line reads "Uid: real effective saved filesystem"; the effective id is the second number.
        return uid?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [_, _, "0", ..];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, IReadOnlyList<string> arguments, bool asServiceUser)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        if (asServiceUser)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", ServiceUser, "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(folder, "server.log");
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {output.Result}{error.Result}" +
                (File.Exists(log) ? "\nserver log:\n" + File.ReadAllText(log) : string.Empty));
        }
    }
}

/// <summary>The tests that share the private server; they run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
