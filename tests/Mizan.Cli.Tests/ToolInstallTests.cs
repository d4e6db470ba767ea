using System.Diagnostics;
using Mizan.Storage.Tests.Postgres;

namespace Mizan.Cli.Tests;

/// <summary>
/// mizan packs as a .NET tool, installs into a tool path and runs from there, as the README says: its version, and
/// the samples' brief from a folder outside the checkout. It runs in the
/// workers' collection, never beside them: a Release build takes both cores for most of a minute, and the workers'
/// test kills one of them while it works.
/// </summary>
[Collection(PostgresServerGroup.Name)]
public sealed class ToolInstallTests
{
    [Fact]
    public void The_packed_tool_installs_into_a_tool_path_prints_its_version_and_briefs_the_samples_from_another_folder()
    {
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("mizan-tool-").FullName;
        try
        {
            var packages = Path.Combine(work, "packages");
            var tools = Path.Combine(work, "tools");

            // The Release build the README packs, apart from the Debug build the other tests run from.
            var (packed, packOutput) = Dotnet(root, "pack", Path.Combine("src", "Mizan.Cli"), "-c", "Release", "-o", packages);
            Assert.True(packed == 0, packOutput);
            var (installed, installOutput) = Dotnet(root, "tool", "install", "--tool-path", tools, "--add-source", packages, "Mizan.Tool");
            Assert.True(installed == 0, installOutput);

            var (ran, output) = Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "mizan.exe" : "mizan"), root, "--version");
            Assert.True(ran == 0, output);
            Assert.StartsWith("mizan ", output, StringComparison.Ordinal);
            Assert.Contains("analysis analysis-", output, StringComparison.Ordinal);

            // From another folder than the checkout, as a new user runs it: the samples' brief, into the default store there.
            var elsewhere = Directory.CreateDirectory(Path.Combine(work, "elsewhere")).FullName;
            var (briefed, brief) = Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "mizan.exe" : "mizan"), elsewhere, "brief", Path.Combine(root, "samples"));
            Assert.True(briefed == 0, brief);
            Assert.Contains("%60 من قوات التحالف الدولي تغادر العراق", brief, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(elsewhere, "mizan.db")), "the default store is made in the folder mizan runs in");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Mizan.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Mizan.slnx not found above the test folder.");
    }

    private static (int Exit, string Output) Dotnet(string folder, params string[] args) => Run("dotnet", folder, args);

    private static (int Exit, string Output) Run(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
