using Mizan.Ingest.Html;

namespace Mizan.Ingest.Tests.Html;

/// <summary>How class and id values are split into words and matched against Data/html-class-hints.txt.</summary>
public sealed class ClassHintTests
{
    [Theory]
    [InlineData("articleBody", true, false)]
    [InlineData("entry-content post", true, false)]
    [InlineData("related-posts", false, true)]
    [InlineData("commentbody", false, true)]
    [InlineData("social_share", false, true)]
    [InlineData("ad", false, true)]
    [InlineData("header shadow loading", false, false)]
    [InlineData("comment-body", true, true)]
    [InlineData("", false, false)]
    public void Class_values_are_split_into_words_at_separators_and_camel_case_humps(string value, bool content, bool furniture)
    {
        Assert.Equal((content, furniture), ClassHints.Default.Classify(value));
    }

    [Fact]
    public void Without_hints_every_class_is_neutral()
    {
        Assert.Equal((false, false), ClassHints.None.Classify("sidebar comments"));
    }
}
