using Mizan.Text.Tokenization;

namespace Mizan.Text.Tests;

/// <summary>One test per tokenization rule.</summary>
public sealed class TokenizerTests
{
    private static List<(string Text, TokenKind Kind)> Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => (text[t.Start..t.End], t.Kind)).ToList();

    private static List<string> Texts(string text) => Tokens(text).Select(t => t.Text).ToList();

    private static List<string> JoinedWords(string text) =>
        DottedAbbreviations.Joined(text, Tokenizer.Tokenize(text)).Select(t => text[t.Start..t.End]).ToList();

    [Fact]
    public void An_abbreviation_with_inner_stops_is_joined_into_one_word() =>
        Assert.Equal(["قال", "بنك", "إتش.إس.بي.سي", "و", "U.N", "و", "بي.سي", "إن", "الأمر", ".", "وأضاف", "د", ".", "علي"],
            JoinedWords("قال بنك إتش.إس.بي.سي و U.N و بي.سي إن الأمر.وأضاف د.علي"));

    [Fact]
    public void Text_without_a_dotted_abbreviation_keeps_its_tokens()
    {
        var text = "قال الوزير. وأضاف 2.5 في المئة";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Same(tokens, DottedAbbreviations.Joined(text, tokens));
    }

    [Theory]
    [InlineData("2500")]
    [InlineData("12,500")]
    [InlineData("2.5")]
    [InlineData("٢٥٠٠")]
    [InlineData("۱۴۴۳")]
    [InlineData("60%")]
    [InlineData("%60")]
    [InlineData("٪٦٠")]
    [InlineData("٦٠٪")]
    [InlineData("2٫5")]
    [InlineData("10:30")]
    public void Numbers_are_one_token(string number) => Assert.Equal([(number, TokenKind.Number)], Tokens(number));

    [Fact]
    public void A_number_in_arabic_text_keeps_its_separators() =>
        Assert.Equal(["أكثر", "من", "1,800", "عربة"], Texts("أكثر من 1,800 عربة"));

    [Fact]
    public void A_sentence_final_stop_after_a_number_is_not_a_decimal() =>
        Assert.Equal(["عام", "2014", "."], Texts("عام 2014."));

    [Fact]
    public void Digits_glued_to_arabic_letters_split() =>
        Assert.Equal([("وقتل", TokenKind.ArabicWord), ("27", TokenKind.Number)], Tokens("وقتل27"));

    [Fact]
    public void An_era_letter_glued_to_a_year_splits() =>
        Assert.Equal([("2021", TokenKind.Number), ("م", TokenKind.ArabicWord)], Tokens("2021م"));

    [Fact]
    public void Latin_words_keep_their_digits() =>
        Assert.Equal([("F16", TokenKind.LatinWord), ("COVID19", TokenKind.LatinWord)], Tokens("F16 COVID19"));

    [Fact]
    public void An_apostrophe_between_latin_letters_stays_in_the_word() =>
        Assert.Equal(["don't", "l'Irak"], Texts("don't l'Irak"));

    [Fact]
    public void Arabic_punctuation_marks_are_tokens() =>
        Assert.Equal(
            ["قال", "،", "أمس", "؛", "هل", "؟", "«", "نعم", "»", "“", "لا", "”"],
            Texts("قال، أمس؛ هل؟ «نعم» “لا”"));

    [Fact]
    public void A_run_of_dots_is_one_token() => Assert.Equal(["الأمن", "..", "ومغادرة", "..."], Texts("الأمن.. ومغادرة..."));

    [Fact]
    public void Tatweel_and_tashkeel_stay_inside_the_word() =>
        Assert.Equal([("داعـش", TokenKind.ArabicWord), ("تهديدًا", TokenKind.ArabicWord)], Tokens("داعـش تهديدًا"));

    [Fact]
    public void A_zero_width_non_joiner_inside_a_word_stays_in_it() =>
        Assert.Equal(["می\u200Cخواهم"], Texts("می\u200Cخواهم"));

    [Fact]
    public void Bidi_controls_at_word_edges_belong_to_no_token() =>
        Assert.Equal(["بغداد", "2021"], Texts("\u200Fبغداد\u200F \u2066" + "2021\u2069"));

    [Fact]
    public void No_break_space_separates_tokens() => Assert.Equal(["من", "العراق"], Texts("من\u00A0العراق"));

    [Theory]
    [InlineData("https://example.org/news/2021/12/09?id=5&x=1")]
    [InlineData("http://www.aljazeera.net/news")]
    [InlineData("www.arabi21.com/story/1")]
    [InlineData("https://ar.wikipedia.org/wiki/بغداد")]
    [InlineData("https://en.wikipedia.org/wiki/Iraq_(country)")]
    public void Urls_are_one_token(string url) => Assert.Equal([(url, TokenKind.Url)], Tokens(url));

    [Fact]
    public void Sentence_punctuation_after_a_url_is_not_part_of_it() =>
        Assert.Equal([("https://example.org/a", TokenKind.Url), (".", TokenKind.Punctuation)], Tokens("https://example.org/a."));

    [Fact]
    public void Email_addresses_are_one_token() =>
        Assert.Equal([("راسلونا", TokenKind.ArabicWord), ("news.desk@example.com", TokenKind.Email), (".", TokenKind.Punctuation)], Tokens("راسلونا news.desk@example.com."));

    [Fact]
    public void Handles_are_one_token() =>
        Assert.Equal([("@AlArajiQasim", TokenKind.Mention), ("قال", TokenKind.ArabicWord)], Tokens("@AlArajiQasim قال"));

    [Fact]
    public void Hashtags_in_any_script_are_one_token() =>
        Assert.Equal([("#العراق", TokenKind.Hashtag), ("#Iraq_2021", TokenKind.Hashtag)], Tokens("#العراق #Iraq_2021"));

    [Fact]
    public void A_hash_before_digits_only_is_not_a_hashtag() =>
        Assert.Equal([("#", TokenKind.Punctuation), ("1", TokenKind.Number)], Tokens("#1"));

    [Fact]
    public void Emoji_are_symbols_and_keep_their_surrogate_pair() =>
        Assert.Equal([("👍", TokenKind.Symbol), ("نعم", TokenKind.ArabicWord)], Tokens("👍نعم"));

    [Fact]
    public void A_lone_surrogate_is_a_symbol_of_its_own() =>
        Assert.Equal([("\uD800", TokenKind.Symbol), ("ب", TokenKind.ArabicWord)], Tokens("\uD800ب"));

    [Fact]
    public void Control_characters_separate_tokens() => Assert.Equal(["أ", "ب"], Texts("أ\u0000ب"));

    [Fact]
    public void Presentation_forms_are_arabic_words() =>
        Assert.Equal([("\uFEFB\uFE8E", TokenKind.ArabicWord)], Tokens("\uFEFB\uFE8E"));
}
