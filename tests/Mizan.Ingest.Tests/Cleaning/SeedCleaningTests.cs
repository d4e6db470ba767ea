using System.Text.Json;
using Mizan.Ingest.Cleaning;
using Mizan.Testing;

namespace Mizan.Ingest.Tests.Cleaning;

/// <summary>
/// The seed articles against shared/seeds/reference.json's "boilerplate": every listed string and the duplicated
/// caption go, and every other line of the samples stays.
/// </summary>
public sealed class SeedCleaningTests
{
    private static Dictionary<string, string> Samples() =>
        Directory.EnumerateFiles(SeedAndDataFiles.Samples, "*.txt")
            .Where(p => Path.GetFileName(p)[..3].All(char.IsAsciiDigit))
            .ToDictionary(p => Path.GetFileName(p)[..3], File.ReadAllText, StringComparer.Ordinal);

    private static (Dictionary<string, List<string>> Boilerplate, Dictionary<string, string> Duplicates) Reference()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SeedAndDataFiles.SharedPath("seeds", "reference.json")));
        var section = json.RootElement.GetProperty("boilerplate");
        var boilerplate = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var duplicates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in section.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                boilerplate[property.Name] = property.Value.EnumerateArray().Select(e => e.GetString()!).ToList();
            }
        }

        foreach (var property in section.GetProperty("duplicateLines").EnumerateObject())
        {
            duplicates[property.Name] = property.Value.GetString()!;
        }

        return (boilerplate, duplicates);
    }

    [SharedDataFact]
    public void Every_listed_boilerplate_string_of_the_seeds_is_removed()
    {
        var (boilerplate, _) = Reference();
        var samples = Samples();
        Assert.Equal(5, boilerplate.Count);
        foreach (var (seed, strings) in boilerplate)
        {
            var cleaned = BoilerplateCleaner.Default.Clean(samples[seed]);
            foreach (var item in strings)
            {
                Assert.True(cleaned.Removed.Any(r => r.Text.Contains(item, StringComparison.Ordinal)), $"seed {seed}: '{item}' was not removed");
                Assert.DoesNotContain(item, cleaned.Text, StringComparison.Ordinal);
            }
        }
    }

    [SharedDataFact]
    public void The_caption_printed_twice_keeps_its_first_copy_only()
    {
        var (_, duplicates) = Reference();
        var samples = Samples();
        foreach (var (seed, caption) in duplicates)
        {
            var raw = samples[seed];
            var cleaned = BoilerplateCleaner.Default.Clean(raw);
            var first = raw.IndexOf(caption, StringComparison.Ordinal);
            var second = raw.IndexOf(caption, first + caption.Length, StringComparison.Ordinal);
            Assert.True(second > first, $"seed {seed}: the reference caption is not printed twice");
            var removal = Assert.Single(cleaned.Removed, r => r.Text.Contains(caption, StringComparison.Ordinal));
            Assert.Equal(BoilerplateCleaner.DuplicateLine, removal.Reason);
            Assert.Equal(second, removal.Start);
            Assert.Equal(1, Occurrences(cleaned.Text, caption));
        }
    }

    [SharedDataFact]
    public void Nothing_but_the_listed_boilerplate_is_removed_from_the_seeds()
    {
        var (boilerplate, duplicates) = Reference();
        foreach (var (seed, raw) in Samples())
        {
            var listed = boilerplate[seed].Concat(duplicates.TryGetValue(seed, out var d) ? [d] : []).ToList();
            var cleaned = BoilerplateCleaner.Default.Clean(raw);
            foreach (var removal in cleaned.Removed)
            {
                Assert.True(listed.Any(item => removal.Text.Contains(item, StringComparison.Ordinal)), $"seed {seed}: '{removal.Text}' ({removal.Reason}) is not listed boilerplate");
            }

            // Every other line of the sample remains, whole.
            foreach (var line in raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                if (!listed.Any(item => line.Contains(item, StringComparison.Ordinal)))
                {
                    Assert.Contains(line, cleaned.Text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Removed_spans_of_the_samples_match_the_raw_text_and_do_not_overlap()
    {
        foreach (var (_, raw) in Samples())
        {
            CleaningInvariants.Check(raw, BoilerplateCleaner.Default.Clean(raw));
        }
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
