using Mizan.Text;

namespace Mizan.Testing;

/// <summary>The provenance rule for language data files, shared by every library's tests.</summary>
internal static class DataFileChecks
{
    /// <summary>Every embedded data file names its source, its licence and whether it is normalized, and holds data.</summary>
    public static void HaveProvenance(LanguageDataFiles files, int expectedFiles)
    {
        var names = files.FileNames();
        Assert.Equal(expectedFiles, names.Count);
        foreach (var name in names)
        {
            var header = files.Header(name);
            Assert.True(header.Any(h => h.StartsWith("source:", StringComparison.Ordinal)), $"{name}: no source line");
            Assert.True(header.Any(h => h.StartsWith("licence:", StringComparison.Ordinal)), $"{name}: no licence line");
            Assert.True(header.Any(h => h.StartsWith("normalized:", StringComparison.Ordinal)), $"{name}: no normalized line");
            Assert.NotEmpty(files.Lines(name));
        }
    }
}
