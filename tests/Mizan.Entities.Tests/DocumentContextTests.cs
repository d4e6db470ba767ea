using Mizan.Entities.Tagging;

namespace Mizan.Entities.Tests;

/// <summary>The document features the second tagger sees (see <see cref="DocumentContext"/>), one test per rule.</summary>
public sealed class DocumentContextTests
{
    private static IReadOnlyList<string>[] ExtrasOf(IReadOnlyList<(string Words, string Tags)> document, int sentence, int window = 10)
    {
        var sentences = document.Select(d => (IReadOnlyList<string>)d.Words.Split(' ')).ToList();
        var tags = document.Select(d => (IReadOnlyList<string>)d.Tags.Split(' ')).ToList();
        return DocumentContext.Extras(sentences, tags, window)[sentence];
    }

    [Fact]
    public void A_token_sees_the_first_tags_of_itself_and_its_neighbours()
    {
        var extras = ExtrasOf([("قال نجيب محفوظ", "O B-PERS I-PERS")], 0)[1];
        Assert.Contains("s1=B-PERS", extras);
        Assert.Contains("s1-1=O", extras);
        Assert.Contains("s1+1=I-PERS", extras);
    }

    [Fact]
    public void A_word_tagged_elsewhere_in_the_window_brings_its_type_and_whether_it_began_there()
    {
        var extras = ExtrasOf([("زار محفوظ القاهرة", "O B-PERS O"), ("وقال محفوظ", "O O")], 1)[1];
        Assert.Contains("ctx=PERS", extras);
        Assert.Contains("ctxB=PERS", extras);
    }

    [Fact]
    public void A_word_inside_a_longer_name_elsewhere_brings_its_type_only()
    {
        var extras = ExtrasOf([("كتب نجيب محفوظ الرواية", "O B-PERS I-PERS O"), ("وقال محفوظ", "O O")], 1)[1];
        Assert.Contains("ctx=PERS", extras);
        Assert.DoesNotContain("ctxB=PERS", extras);
    }

    [Fact]
    public void A_token_does_not_count_its_own_tag()
    {
        var extras = ExtrasOf([("كتب نجيب محفوظ الرواية", "O B-PERS I-PERS O")], 0)[2];
        Assert.DoesNotContain(extras, f => f.StartsWith("ctx", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_word_is_matched_without_its_leading_clitics()
    {
        var extras = ExtrasOf([("كتب نجيب محفوظ", "O B-PERS I-PERS"), ("وقرأت لمحفوظ", "O O")], 1)[1];
        Assert.Contains("ctx=PERS", extras);
    }

    [Fact]
    public void Sentences_beyond_the_window_are_not_seen()
    {
        var extras = ExtrasOf([("كتب نجيب محفوظ", "O B-PERS I-PERS"), ("ثم", "O"), ("وقال محفوظ", "O O")], 2, window: 1)[1];
        Assert.DoesNotContain(extras, f => f.StartsWith("ctx", StringComparison.Ordinal));
    }
}
