using System.Text.Json;
using Mizan.Analysis;
using Mizan.Core.Json;
using Mizan.Text.Tokenization;

namespace Mizan.Cli.Tests;

/// <summary>A token of the analysis is its start and its word's shared description; what it reads and writes must be what the text says.</summary>
public sealed class TokenAnalysisTests
{
    [Fact]
    public void A_token_reads_its_word_from_the_shared_description()
    {
        const string text = "وقال الوزير إن الوزير سيزور بغداد.";
        var tokens = TextAnalyzer.Default.AnalyzeTokens(text).Analysed;
        var ministers = tokens.Where(t => t.Text == "الوزير").ToList();
        Assert.Equal(2, ministers.Count);
        Assert.Equal([text.IndexOf("الوزير", StringComparison.Ordinal), text.LastIndexOf("الوزير", StringComparison.Ordinal)], ministers.Select(t => t.Start));
        Assert.All(ministers, t => Assert.Equal("الوزير", text[t.Start..t.End]));
        Assert.All(ministers, t => Assert.Equal(["ال+"], t.Clitics));
        Assert.NotEqual(ministers[0], ministers[1]);
        Assert.Equal(TokenKind.Punctuation, tokens[^1].TokenKind);
        Assert.Equal("punctuation", tokens[^1].Kind);
    }

    [Fact]
    public void Tokens_written_to_json_read_back_equal()
    {
        const string text = "وأضاف المتحدث باسم الوزارة أن 25 شخصاً أصيبوا في #حادث_السير.";
        var tokens = TextAnalyzer.Default.AnalyzeTokens(text).Analysed;
        var json = JsonSerializer.Serialize(tokens, MizanJson.Compact);
        var read = JsonSerializer.Deserialize<List<TokenAnalysis>>(json, MizanJson.Compact)!;
        Assert.Equal(tokens, read);
        Assert.Equal(tokens.Select(t => t.TokenKind), read.Select(t => t.TokenKind));
        Assert.Equal(json, JsonSerializer.Serialize(read, MizanJson.Compact));
        Assert.Contains("\"start\":0,\"end\":5,\"text\":\"وأضاف\",\"kind\":\"arabicWord\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"start\":0,\"end\":4,\"text\":\"وأضاف\",\"kind\":\"arabicWord\",\"norm\":\"واضاف\",\"stem\":\"اضاف\",\"clitics\":[\"و+\"]}]", "cannot be")]
    [InlineData("[{\"start\":0,\"end\":5,\"text\":\"وأضاف\",\"kind\":\"verb\",\"norm\":\"واضاف\",\"stem\":\"اضاف\",\"clitics\":[\"و+\"]}]", "no token kind")]
    [InlineData("[{\"start\":0,\"end\":5,\"text\":\"وأضاف\",\"kind\":\"arabicWord\",\"norm\":\"واضاف\",\"clitics\":[\"و+\"]}]", "stem")]
    public void A_token_whose_json_contradicts_itself_is_refused_by_name(string json, string says)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => JsonSerializer.Deserialize<List<TokenAnalysis>>(json, MizanJson.Compact));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_analysis_with_such_a_token_is_a_json_error()
    {
        var document = AnalysisDocument.From(new Mizan.Core.Articles.ArticleInput("a", "قال الوزير"), TextAnalyzer.Default.Analyze("قال الوزير"));
        var json = JsonSerializer.Serialize(document, MizanJson.Compact).Replace("\"end\":3", "\"end\":9", StringComparison.Ordinal);
        var error = Assert.Throws<JsonException>(() => AnalysisDocument.Read(json));
        Assert.Contains("cannot be", error.Message, StringComparison.Ordinal);
    }
}
