using Mizan.Analysis;
using Mizan.Testing;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Cli.Tests;

public sealed class BenchTextTests
{
    [Fact]
    public void Without_stemwords_it_says_so_and_reports_mizan_alone()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "bench", "text", "--corpus", Repository.Samples, "--stemwords", "/nonexistent/stemwords", "--rounds", "1");
        Assert.Equal(0, exit);
        Assert.Contains("SNOWBALL NOT RUN: /nonexistent/stemwords not found", output, StringComparison.Ordinal);
        Assert.Contains("words/s", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ratio", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The analysis describes a word once and shares the description among its tokens; every token must still get
    /// what describing it alone gives: its matching form, and for an Arabic word the stemmer's stem, clitics and suffix.
    /// </summary>
    [Fact]
    public void Tokens_described_from_the_cache_equal_tokens_described_alone()
    {
        var analyzer = new TextAnalyzer(LightStemmer.Default);
        var texts = Repository.SampleArticles().Select(File.ReadAllText).ToList();
        foreach (var pass in new[] { "cold", "warm" })
        {
            foreach (var text in texts)
            {
                foreach (var token in analyzer.AnalyzeTokens(text).Analysed)
                {
                    var surface = text[token.Start..token.End];
                    var norm = ArabicNormalizer.Matching.NormalizeToString(surface);
                    var stem = token.TokenKind == TokenKind.ArabicWord ? LightStemmer.Default.Stem(surface) : new StemResult(norm, default);
                    var expected = $"{surface} {norm} {stem.Stem} [{string.Join(' ', stem.Clitics)}] {stem.Parts.SuffixText}";
                    var actual = $"{token.Text} {token.Norm} {token.Stem} [{string.Join(' ', token.Clitics)}] {token.Suffix}";
                    Assert.True(expected == actual, $"{pass} cache: expected {expected}, got {actual}");
                }
            }
        }
    }
}
