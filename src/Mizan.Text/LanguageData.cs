using System.Reflection;

namespace Mizan.Text;

/// <summary>
/// The language data files embedded in one assembly (its Data/*.txt, under a resource prefix). Each file starts with
/// a provenance header of '#' lines (source, licence, normalized or not); blank lines and comments are skipped.
/// Libraries that ship their own data files create one of these for their own assembly.
/// </summary>
public sealed class LanguageDataFiles(Assembly assembly, string resourcePrefix)
{
    public IReadOnlyList<string> Lines(string fileName)
    {
        using var reader = Open(fileName);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>The file's header lines (without the leading '#'), for provenance checks.</summary>
    public IReadOnlyList<string> Header(string fileName)
    {
        using var reader = Open(fileName);
        var header = new List<string>();
        while (reader.ReadLine() is { } line && line.StartsWith('#'))
        {
            header.Add(line[1..].Trim());
        }

        return header;
    }

    /// <summary>All embedded data file names.</summary>
    public IReadOnlyList<string> FileNames() =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal))
            .Select(n => n[resourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    private StreamReader Open(string fileName)
    {
        var stream = assembly.GetManifestResourceStream(resourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Language data file '{fileName}' is not embedded in {assembly.GetName().Name}.");
        return new StreamReader(stream);
    }
}

/// <summary>The text core's own data files (Mizan.Text/Data).</summary>
public static class LanguageData
{
    public static LanguageDataFiles Files { get; } = new(typeof(LanguageData).Assembly, "Mizan.Text.Data.");

    public static IReadOnlyList<string> Lines(string fileName) => Files.Lines(fileName);

    public static IReadOnlyList<string> Header(string fileName) => Files.Header(fileName);

    public static IReadOnlyList<string> FileNames() => Files.FileNames();
}
