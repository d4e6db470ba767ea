using Mizan.Testing;
using System.Text.RegularExpressions;
using Mizan.Text.Tokenization;

namespace Mizan.Quotes.Tests;

/// <summary>The 15 quotes of the seed reference, found in the bundled samples with the right speaker.</summary>
public sealed partial class SeedQuoteTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(GoldenSpec.PathOf("seed-quotes.spec")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_quote_is_found_with_its_speaker(string article, string speakers, string text)
    {
        var content = Repository.SampleText(article);
        var quotes = QuoteExtractor.Default.Extract(content, Tokenizer.Tokenize(content));
        var wanted = Fold(text);
        var found = quotes.Where(q => Fold(q.Text).Contains(wanted, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count > 0, $"{article}: no quote holds «{text}»");
        var names = speakers.Split('/').Select(Fold).ToHashSet();
        Assert.True(
            found.Any(q => q.Speaker is not null && names.Contains(Fold(q.Speaker))),
            $"{article}: «{text}» is attributed to {string.Join(", ", found.Select(q => q.Speaker ?? "nobody"))}, expected {speakers}");
    }

    [Fact]
    public void The_reference_lists_fifteen_quotes() => Assert.Equal(15, Cases().Count);

    /// <summary>The reference compares after folding every white-space run to one space.</summary>
    private static string Fold(string value) => WhiteSpace().Replace(value, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhiteSpace();
}
