namespace Mizan.Entities.Tests;

/// <summary>Which lists of the general dictionary know a word (see <see cref="WordClasses"/>), one test per rule.</summary>
public sealed class WordClassTests
{
    /// <summary>A small dictionary, so each rule is tested on entries the test states.</summary>
    private static readonly WordClasses Small = new(
        nouns: ["مدينة", "كتاب", "معلم"],
        verbs: ["أعلن", "قال"],
        particles: ["لكن", "هذا"],
        names: ["باريس", "سليمان"]);

    private static WordClass Of(WordClasses classes, string word) => classes.Of(Lexicon.Key(word));

    [Theory]
    [InlineData("كتاب", WordClass.Noun)]
    [InlineData("أعلن", WordClass.Verb)]
    [InlineData("لكن", WordClass.Particle)]
    [InlineData("باريس", WordClass.Name)]
    public void A_word_in_a_list_has_that_class(string word, WordClass expected) => Assert.Equal(expected, Of(Small, word));

    [Fact]
    public void A_word_in_no_list_has_no_class() => Assert.Equal(WordClass.None, Of(Small, "شومسكي"));

    [Theory]
    [InlineData("وبالمدينة", WordClass.Noun)]
    [InlineData("وأعلن", WordClass.Verb)]
    public void Leading_conjunction_preposition_and_article_are_set_aside(string word, WordClass expected) =>
        Assert.Equal(expected, Of(Small, word));

    [Theory]
    [InlineData("اعلن", WordClass.Verb)]
    [InlineData("مدينه", WordClass.Noun)]
    public void Entries_and_words_meet_in_the_matching_normalization(string word, WordClass expected) =>
        Assert.Equal(expected, Of(Small, word));

    [Theory]
    [InlineData("كتابهم", WordClass.Noun)]
    [InlineData("المعلمون", WordClass.Noun)]
    [InlineData("أعلنوا", WordClass.Verb)]
    [InlineData("قالت", WordClass.Verb)]
    public void One_ending_is_set_aside(string word, WordClass expected) => Assert.Equal(expected, Of(Small, word));

    [Fact]
    public void A_feminine_teh_before_an_enclitic_is_read_as_teh_marbuta() => Assert.Equal(WordClass.Noun, Of(Small, "مدينتها"));

    [Fact]
    public void An_ending_is_not_set_aside_when_fewer_than_three_letters_would_remain()
    {
        var classes = new WordClasses(nouns: ["اب"], verbs: [], particles: [], names: []);
        Assert.Equal(WordClass.None, Of(classes, "ابها"));
        Assert.Equal(WordClass.Noun, Of(classes, "اب"));
    }

    [Fact]
    public void A_word_may_have_several_classes()
    {
        var classes = new WordClasses(nouns: ["قول"], verbs: ["قول"], particles: [], names: []);
        Assert.Equal(WordClass.Noun | WordClass.Verb, Of(classes, "قول"));
    }

    [Theory]
    [InlineData("المدينة", WordClass.Noun)]
    [InlineData("وأعلن", WordClass.Verb)]
    [InlineData("لكن", WordClass.Particle)]
    [InlineData("وباريس", WordClass.Name)]
    public void The_shipped_dictionary_knows_common_words(string word, WordClass expected)
    {
        Assert.True((Of(WordClasses.Default, word) & expected) != 0, word);
    }

    [Theory]
    [InlineData("شومسكي")]
    [InlineData("يلتسين")]
    [InlineData("ماكينزي")]
    public void The_shipped_dictionary_lacks_foreign_names(string name)
    {
        Assert.Equal(WordClass.None, Of(WordClasses.Default, name));
    }

    [Fact]
    public void A_run_of_letters_too_long_to_be_a_word_has_no_class()
    {
        var classes = new WordClasses(nouns: [new string('ب', 60)], verbs: [], particles: [], names: []);
        Assert.Equal(WordClass.None, Of(classes, new string('ب', 60)));
        Assert.Equal(WordClass.None, Of(WordClasses.Default, string.Concat(Enumerable.Repeat("كتابها", 100_000))));
    }
}
