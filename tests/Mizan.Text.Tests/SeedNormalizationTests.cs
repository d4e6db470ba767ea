using Mizan.Testing;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Text.Tests;

/// <summary>The seed articles' own spelling variants, found in the bundled samples.</summary>
public sealed class SeedNormalizationTests
{
    private static readonly ArabicNormalizer Matching = ArabicNormalizer.Matching;

    [Theory]
    [InlineData("003", "داعـش", "داعش")]
    [InlineData("004", "الأعرجي", "الاعرجي")]
    [InlineData("001", "نیوز", "نيوز")]
    public void Seed_variants_match_under_the_matching_normalization(string sample, string written, string other)
    {
        var text = Repository.SampleText(sample);
        Assert.Contains(written, text, StringComparison.Ordinal);
        Assert.Equal(Matching.NormalizeToString(other), Matching.NormalizeToString(written));
        Assert.NotEqual(written, other);
    }

    [Fact]
    public void Digits_glued_to_a_word_in_seed_003_split_into_word_and_number()
    {
        var text = Repository.SampleText("003");
        var at = text.IndexOf("وقتل27", StringComparison.Ordinal);
        Assert.True(at >= 0);
        var tokens = Tokenizer.Tokenize(text).Where(t => t.Start >= at && t.End <= at + 6).ToList();
        Assert.Equal(2, tokens.Count);
        Assert.Equal(("وقتل", TokenKind.ArabicWord), (text[tokens[0].Start..tokens[0].End], tokens[0].Kind));
        Assert.Equal(("27", TokenKind.Number), (text[tokens[1].Start..tokens[1].End], tokens[1].Kind));
    }

    [Fact]
    public void The_no_break_space_in_a_seed_separates_two_tokens()
    {
        var found = false;
        foreach (var path in Repository.SampleArticles())
        {
            var text = File.ReadAllText(path);
            var at = text.IndexOf("من\u00A0العراق", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            found = true;
            var tokens = Tokenizer.Tokenize(text).Where(t => t.Start >= at && t.End <= at + 9).ToList();
            Assert.Equal(["من", "العراق"], tokens.Select(t => text[t.Start..t.End]));
        }

        Assert.True(found, "no sample holds 'من' + no-break space + 'العراق'");
    }
}
