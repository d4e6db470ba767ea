using System.Text.RegularExpressions;
using Mizan.Testing;

namespace Mizan.Cli.Tests;

/// <summary>The project graph reads bottom-up as the pipeline (docs/architecture.md): no reference points up or sideways.</summary>
public sealed partial class ArchitectureTests
{
    /// <summary>Each project's rank in docs/architecture.md; a project references only projects of a lower rank.</summary>
    private static readonly Dictionary<string, int> Ranks = new(StringComparer.Ordinal)
    {
        ["Mizan.Core"] = 0,
        ["Mizan.Text"] = 1,
        ["Mizan.Entities.Data"] = 1,
        ["Mizan.Entities"] = 2,
        ["Mizan.Quotes"] = 2,
        ["Mizan.Figures"] = 2,
        ["Mizan.Analysis"] = 3,
        ["Mizan.Stories"] = 4,
        ["Mizan.Briefs"] = 5,
        ["Mizan.Storage"] = 6,
        ["Mizan.Ingest"] = 7,
        ["Mizan.Application"] = 7,
        ["Mizan.Export"] = 8,
        ["Mizan.Web"] = 9,
        ["Mizan.Cli"] = 10,
    };

    [Fact]
    public void Every_project_references_only_projects_below_it_and_core_references_nothing()
    {
        var projects = Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => References().Matches(File.ReadAllText(p)).Select(m => m.Groups[1].Value).ToList(), StringComparer.Ordinal);
        Assert.Equal(Ranks.Keys.Order(StringComparer.Ordinal), projects.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(projects["Mizan.Core"]);
        var upward = projects.SelectMany(p => p.Value.Where(r => Ranks[r] >= Ranks[p.Key]).Select(r => $"{p.Key} ({Ranks[p.Key]}) -> {r} ({Ranks[r]})")).ToList();
        Assert.True(upward.Count == 0, "references that point up or sideways: " + string.Join("; ", upward));
        Assert.DoesNotContain("Mizan.Storage", projects["Mizan.Briefs"]);
        Assert.DoesNotContain(projects["Mizan.Storage"], r => r is "Mizan.Analysis" or "Mizan.Entities" or "Mizan.Quotes" or "Mizan.Figures" or "Mizan.Ingest");
    }

    [GeneratedRegex("""<ProjectReference Include="[^"]*?([A-Za-z.]+)\.csproj" """, RegexOptions.None, 1000)]
    private static partial Regex References();
}
