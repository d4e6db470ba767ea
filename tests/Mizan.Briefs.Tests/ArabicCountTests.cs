using Mizan.Briefs.Rendering;

namespace Mizan.Briefs.Tests;

/// <summary>Counts written as Arabic grammar agrees a number with its noun, as the brief's HTML writes them.</summary>
public sealed class ArabicCountTests
{
    [Theory]
    [InlineData(1, "مقال واحد")]
    [InlineData(2, "مقالان")]
    [InlineData(3, "3 مقالات")]
    [InlineData(10, "10 مقالات")]
    [InlineData(11, "11 مقالًا")]
    [InlineData(99, "99 مقالًا")]
    [InlineData(100, "100 مقال")]
    [InlineData(101, "101 مقال")]
    [InlineData(103, "103 مقالات")]
    [InlineData(111, "111 مقالًا")]
    public void A_count_agrees_with_its_noun(int count, string expected) =>
        Assert.Equal(expected, ArabicCount.Of(count, ArabicNoun.Article));
}
