namespace Mizan.Text.Tests;

/// <summary>Every language data file states where it comes from, under which licence, and whether it is normalized.</summary>
public sealed class LanguageDataTests
{
    public static TheoryData<string> Files() => [.. LanguageData.FileNames()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Data_file_has_a_provenance_header(string file)
    {
        var header = LanguageData.Header(file);
        Assert.Contains(header, h => h.StartsWith("source:", StringComparison.Ordinal));
        Assert.Contains(header, h => h.StartsWith("licence:", StringComparison.Ordinal));
        Assert.Contains(header, h => h.StartsWith("normalized:", StringComparison.Ordinal));
        Assert.NotEmpty(LanguageData.Lines(file));
    }

    [Fact]
    public void The_shipped_files_are_all_embedded() =>
        Assert.Superset(
            new HashSet<string> { "abbreviations.txt", "presentation-forms.txt", "proclitic-exceptions.txt", "stopwords.txt", "suffix-exceptions.txt" },
            LanguageData.FileNames().ToHashSet());
}
