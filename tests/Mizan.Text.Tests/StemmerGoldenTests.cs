using System.Globalization;
using Mizan.Text.Morphology;

namespace Mizan.Text.Tests;

/// <summary>
/// The golden stem table (Golden/stems.tsv): each row is a word from the seeds or ANERcorp, the stem, clitics and
/// suffix the light stemmer must give, and the rule it shows.
/// </summary>
public sealed class StemmerGoldenTests
{
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var row in GoldenRows())
        {
            data.Add(row[4], row[0], row[1], row[2], row[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_stem(string rule, string word, string stem, string clitics, string suffix)
    {
        var result = LightStemmer.Default.Stem(word);
        Assert.True(
            stem == result.Stem && clitics == string.Join(' ', result.Clitics) && suffix == (result.Parts.SuffixText ?? string.Empty),
            string.Create(CultureInfo.InvariantCulture, $"rule {rule}: {word} → expected {stem} [{clitics}] -{suffix}, got {result.Stem} [{string.Join(' ', result.Clitics)}] -{result.Parts.SuffixText}"));
    }

    [Fact]
    public void The_table_has_at_least_150_cases_from_the_seeds_and_anercorp()
    {
        var rows = GoldenRows();
        Assert.True(rows.Count >= 150, $"{rows.Count} cases");
        Assert.Contains(rows, r => r[5].Contains("seeds", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[5].Contains("anercorp", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[4])));
    }

    [Fact]
    public void The_span_stemmer_and_the_string_stemmer_agree()
    {
        Span<char> buffer = stackalloc char[128];
        foreach (var row in GoldenRows())
        {
            var length = LightStemmer.Default.Stem(row[0], buffer, out var parts);
            Assert.Equal(row[1], new string(buffer[..length]));
            Assert.Equal(row[2], string.Join(' ', parts.Clitics()));
        }
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_not_stemmed_but_normalized()
    {
        var junk = new string('ب', LightStemmer.MaxWordLength + 1);
        Assert.Equal(junk, LightStemmer.Default.Stem(junk).Stem);
        Assert.Equal(-1, LightStemmer.Default.Stem(junk, new char[200], out _));
    }

    [Theory]
    [InlineData("في", true)]
    [InlineData("الذي", true)]
    [InlineData("ولم", true)]
    [InlineData("فإن", true)]
    [InlineData("التحالف", false)]
    [InlineData("قال", false)]
    public void Function_words_are_recognised_with_a_conjunction(string word, bool expected) =>
        Assert.Equal(expected, LightStemmer.Default.IsFunctionWord(word));

    [Fact]
    public void Stemming_uses_the_given_word_lists()
    {
        var plain = new LightStemmer([], [], []);
        Assert.Equal("غداد", plain.Stem("بغداد").Stem);
        Assert.Equal("بغداد", LightStemmer.Default.Stem("بغداد").Stem);
    }

    private static List<string[]> GoldenRows() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Golden", "stems.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToList();
}
