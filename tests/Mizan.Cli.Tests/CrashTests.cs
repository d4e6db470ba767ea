using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Mizan.Cli.Tests;

/// <summary>
/// kill -9 during `mizan ingest` loses nothing that was reported stored, leaves a sound database, and a rerun stores
/// the rest. The ingest runs as a real process, killed with SIGKILL once it has committed some batches.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Files = 16;
    private const int PerFile = 500;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-crash-" + Guid.NewGuid().ToString("N"));

    public CrashTests() => Directory.CreateDirectory(folder);

    private string Database => Path.Combine(folder, "mizan.db");

    [Fact]
    public void A_killed_ingest_keeps_its_committed_batches_and_a_rerun_completes_the_rest()
    {
        var corpus = WriteCorpus();
        using (var process = Start(corpus))
        {
            var seen = WaitForStored(process, minimum: 1000);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.True(seen >= 1000, $"the ingest ended before storing 1,000 articles ({seen}).");

            // Everything a reader saw committed before the kill is still there, and the file is sound.
            Assert.True(Count() >= seen);
            Assert.Equal("ok", Scalar("PRAGMA integrity_check;"));
            Assert.True(Count() < Files * PerFile, "the kill came after the ingest had finished: nothing was tested.");
        }

        var stored = Count();
        using (var rerun = Start(corpus))
        {
            var error = rerun.StandardError.ReadToEnd();
            rerun.WaitForExit();
            Assert.Equal(0, rerun.ExitCode);
            Assert.Contains($"new {Files * PerFile - stored:N0}, duplicate {stored:N0}", error, StringComparison.Ordinal);
        }

        Assert.Equal(Files * PerFile, Count());
        Assert.Equal(Files * PerFile, Convert.ToInt64(Scalar("SELECT COUNT(DISTINCT id) FROM articles;"), System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Process Start(string corpus)
    {
        var mizan = Path.Combine(AppContext.BaseDirectory, "mizan.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { mizan, "ingest", corpus, "--db", Database, "--batch", "250" })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>Polls the database from another connection until it holds the minimum or the ingest ends; returns the count seen.</summary>
    private long WaitForStored(Process process, long minimum)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        long seen = 0;
        while (!process.HasExited && DateTime.UtcNow < deadline && seen < minimum)
        {
            Thread.Sleep(50);
            seen = File.Exists(Database) ? TryCount() : 0;
        }

        return seen;
    }

    private long TryCount()
    {
        try
        {
            return Count();
        }
        catch (SqliteException)
        {
            // The schema may not exist yet while the ingest creates the file.
            return 0;
        }
    }

    private long Count() => Convert.ToInt64(Scalar("SELECT COUNT(*) FROM articles;"), System.Globalization.CultureInfo.InvariantCulture);

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Sixteen JSON Lines files of 500 distinct articles each, words drawn from a fixed vocabulary with a fixed seed.</summary>
    private string WriteCorpus()
    {
        var corpus = Path.Combine(folder, "corpus");
        Directory.CreateDirectory(corpus);
        string[] vocabulary = ["العراق", "الحكومة", "قال", "وزير", "الاقتصاد", "مدينة", "اجتماع", "القوات", "الرئيس", "المجلس", "أعلن", "مشروع", "الطاقة", "النفط", "التعليم", "الصحة", "المستشفى", "الطلاب", "الانتخابات", "البرلمان"];
        var random = new Random(11);
        for (var f = 0; f < Files; f++)
        {
            var lines = new StringBuilder();
            for (var i = 0; i < PerFile; i++)
            {
                var words = Enumerable.Range(0, 60).Select(_ => vocabulary[random.Next(vocabulary.Length)]);
                var text = $"الخبر {f}-{i}: " + string.Join(' ', words) + ".";
                lines.AppendLine(JsonSerializer.Serialize(new { maintext = text, url = $"https://news.example/{f}/{i}", source_domain = "news.example" }));
            }

            File.WriteAllText(Path.Combine(corpus, $"part-{f:D2}.jsonl"), lines.ToString());
        }

        return corpus;
    }
}
