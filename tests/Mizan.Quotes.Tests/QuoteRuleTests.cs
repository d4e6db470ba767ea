using Mizan.Text.Tokenization;

namespace Mizan.Quotes.Tests;

/// <summary>One test per rule of the quote extractor, driven by Golden/quotes.spec.</summary>
public sealed class QuoteRuleTests
{
    public static TheoryData<QuoteCase> Cases() => [.. GoldenSpec.ReadCases("quotes.spec")];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule(QuoteCase spec)
    {
        var quotes = QuoteExtractor.Default.Extract(spec.Input, Tokenizer.Tokenize(spec.Input));
        var described = string.Join(" ; ", quotes.Select(q => $"{(q.Direct ? "direct" : "indirect")} | {q.Speaker ?? "-"} | {q.Role ?? "-"} | {q.Text}"));
        Assert.True(spec.Expected.Count == quotes.Count, $"{spec.Rule}: expected {spec.Expected.Count} quotes, got {quotes.Count}: {described}");
        for (var i = 0; i < quotes.Count; i++)
        {
            var (want, got) = (spec.Expected[i], quotes[i]);
            Assert.True(
                want.Direct == got.Direct && want.Speaker == got.Speaker && want.Role == got.Role && got.Text.StartsWith(want.Text, StringComparison.Ordinal),
                $"{spec.Rule}: quote {i + 1}: expected {(want.Direct ? "direct" : "indirect")} | {want.Speaker ?? "-"} | {want.Role ?? "-"} | {want.Text}; got {described}");
        }
    }

    [Fact]
    public void Every_rule_of_the_spec_has_a_name_and_an_input()
    {
        var cases = GoldenSpec.ReadCases("quotes.spec");
        Assert.True(cases.Count >= 20, $"{cases.Count} rules");
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Input), c.Rule));
        Assert.Equal(cases.Count, cases.Select(c => c.Rule).Distinct().Count());
    }
}
