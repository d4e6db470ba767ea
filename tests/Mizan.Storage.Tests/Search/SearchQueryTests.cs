using Mizan.Storage.Search;

namespace Mizan.Storage.Tests.Search;

/// <summary>User queries are parsed by Mizan into terms; nothing a user types reaches a store's query syntax.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("الاعرجي", "الأعرجي")]
    [InlineData("التحالف", "للتحالف")]
    [InlineData("التحالف", "بالتحالف")]
    [InlineData("داعش", "داعـش")]
    [InlineData("نيوز", "نیوز")]
    public void Spelling_variants_and_clitics_give_the_same_term(string query, string text)
    {
        var parsed = SearchQuery.Parse(query, out _)!;
        Assert.Equal(parsed.Clauses[0].Alternatives[0].Terms, SearchTerms.Terms(text).Select(t => t.Term));
    }

    [Fact]
    public void Words_are_anded_phrases_kept_together_and_or_joins_alternatives()
    {
        var parsed = SearchQuery.Parse("\"التحالف الدولي\" انسحاب OR خروج", out _)!;
        Assert.Equal(2, parsed.Clauses.Count);
        Assert.Equal(2, parsed.Clauses[0].Alternatives[0].Terms.Count);
        Assert.Equal(2, parsed.Clauses[1].Alternatives.Count);
        Assert.Equal("(\"تحالف دولي\") AND (\"انسحاب\" OR \"خروج\")", parsed.ToFts5());
        Assert.Equal("((تحالف <-> دولي)) & ((انسحاب) | (خروج))", parsed.ToTsQuery());
    }

    [Fact]
    public void A_trailing_star_is_a_prefix()
    {
        var parsed = SearchQuery.Parse("انسحا*", out _)!;
        Assert.True(parsed.Clauses[0].Alternatives[0].Prefix);
        Assert.Equal("(\"انسحا\" *)", parsed.ToFts5());
        Assert.Equal("((انسحا:*))", parsed.ToTsQuery());
    }

    [Theory]
    [InlineData("( NEAR(a b) ; DROP TABLE articles; -- ")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("تحالف\u0000\u0007\u202E^$*+?{}[]\\|")]
    [InlineData("\"unclosed phrase")]
    [InlineData("a:b & c | !d <-> e:*")]
    public void Syntax_sql_and_control_characters_become_plain_terms(string query)
    {
        var parsed = SearchQuery.Parse(query, out var error);
        Assert.Null(error);
        Assert.All(parsed!.Phrases.SelectMany(p => p.Terms), t => Assert.True(t.All(char.IsLetterOrDigit), t));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("()*;-- ، .")]
    public void A_query_without_words_is_refused_with_a_message(string query)
    {
        Assert.Null(SearchQuery.Parse(query, out var error));
        Assert.Equal("the query has no words to search for.", error);
    }

    [Fact]
    public void An_overlong_query_is_refused()
    {
        Assert.Null(SearchQuery.Parse(string.Join(' ', Enumerable.Repeat("كلمة", 40)), out var error));
        Assert.Contains("at most 32", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_snippet_marks_the_matching_words_in_the_text()
    {
        const string text = "وذكر بيان للقيادة ان “مستشار الامن الوطني قاسم الاعرجي استضاف في بغداد اجتماعا";
        var snippet = SearchSnippet.Make(text, SearchQuery.Parse("الأعرجي", out _)!);
        var highlight = Assert.Single(snippet.Highlights);
        Assert.Equal("الاعرجي", highlight.Text);
        Assert.Equal(highlight.Text, text[highlight.Start..highlight.End]);
        Assert.Equal(snippet.Passage.Text, text[snippet.Passage.Start..snippet.Passage.End]);
    }
}
