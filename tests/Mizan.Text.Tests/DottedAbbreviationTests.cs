using Mizan.Text.Tokenization;

namespace Mizan.Text.Tests;

public sealed class DottedAbbreviationTests
{
    private static List<string> Words(string text) =>
        DottedAbbreviations.Joined(text, Tokenizer.Tokenize(text)).Select(t => text[t.Start..t.End]).ToList();

    [Fact]
    public void An_abbreviation_with_inner_stops_is_one_word() =>
        Assert.Equal(["قال", "بنك", "إتش.إس.بي.سي", "و", "U.N", "و", "بي.سي", "إن", "الأمر", ".", "وأضاف", "د", ".", "علي"],
            Words("قال بنك إتش.إس.بي.سي و U.N و بي.سي إن الأمر.وأضاف د.علي"));

    [Fact]
    public void Text_without_one_keeps_its_tokens()
    {
        var text = "قال الوزير. وأضاف 2.5 في المئة";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Same(tokens, DottedAbbreviations.Joined(text, tokens));
    }
}
