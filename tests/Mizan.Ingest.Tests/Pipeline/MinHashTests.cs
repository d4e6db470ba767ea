using Mizan.Ingest.Duplicates;

namespace Mizan.Ingest.Tests.Pipeline;

/// <summary>The sketch estimates shingle overlap: copies score high, other stories low, short texts get none.</summary>
public sealed class MinHashTests
{
    private static readonly string Story = string.Join(' ', Enumerable.Range(0, 80).Select(i => "كلمة" + i));

    [Fact]
    public void The_same_text_is_identical_whatever_its_spelling_variants()
    {
        var a = MinHash.Sketch("أعلن " + Story)!;
        var b = MinHash.Sketch("اعلن " + Story)!;
        Assert.Equal(1.0, MinHash.Similarity(a, b));
        Assert.Equal(MinHash.BandKeys(a), MinHash.BandKeys(b));
    }

    [Fact]
    public void A_few_edited_words_keep_the_estimate_above_the_threshold()
    {
        var edited = Story.Replace("كلمة10 ", "تغيير ", StringComparison.Ordinal).Replace("كلمة50 ", "تعديل ", StringComparison.Ordinal);
        Assert.True(MinHash.Similarity(MinHash.Sketch(Story)!, MinHash.Sketch(edited)!) >= MinHash.Threshold);
    }

    [Fact]
    public void Different_stories_score_low()
    {
        var other = string.Join(' ', Enumerable.Range(0, 80).Select(i => "لفظ" + i));
        Assert.True(MinHash.Similarity(MinHash.Sketch(Story)!, MinHash.Sketch(other)!) < 0.1);
    }

    [Fact]
    public void A_text_of_a_few_words_gets_no_sketch()
    {
        Assert.Null(MinHash.Sketch("خبر قصير من عشر كلمات أو أقل بقليل فقط لا غير"));
    }
}
