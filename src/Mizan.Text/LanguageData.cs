using System.Reflection;

namespace Mizan.Text;

/// <summary>
/// Reads the language data files embedded in this assembly (Data/*.txt). Each file starts with a
/// provenance header of '#' lines (source, licence, normalized or not); blank lines and comments are skipped.
/// </summary>
public static class LanguageData
{
    public static IReadOnlyList<string> Lines(string fileName)
    {
        var assembly = typeof(LanguageData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Mizan.Text.Data." + fileName)
            ?? throw new InvalidOperationException($"Language data file '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
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
    public static IReadOnlyList<string> Header(string fileName)
    {
        var assembly = typeof(LanguageData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Mizan.Text.Data." + fileName)
            ?? throw new InvalidOperationException($"Language data file '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var header = new List<string>();
        while (reader.ReadLine() is { } line && line.StartsWith('#'))
        {
            header.Add(line[1..].Trim());
        }

        return header;
    }

    /// <summary>All embedded data file names.</summary>
    public static IReadOnlyList<string> FileNames() =>
        typeof(LanguageData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Mizan.Text.Data.", StringComparison.Ordinal))
            .Select(n => n["Mizan.Text.Data.".Length..])
            .ToList();
}
