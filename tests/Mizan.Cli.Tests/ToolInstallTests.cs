using System.Diagnostics;
using Mizan.Storage.Tests.Postgres;

namespace Mizan.Cli.Tests;

/// <summary>
/// mizan packs as a .NET tool, installs into a tool path and runs from there, as the README says. It runs in the
/// workers' collection, never beside them: a Release build takes both cores for most of a minute, and the workers'
/// test kills one of them while it works.
/// </summary>
[Collection(PostgresServerGroup.Name)]
public sealed class ToolInstallTests
{
    [Fact]
    public void The_packed_tool_installs_into_a_tool_path_and_prints_its_version()
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
