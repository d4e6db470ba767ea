using Mizan.Entities.Conll;

namespace Mizan.Entities.Tests;

/// <summary>Another corpus's tags read as ANERcorp's (see <see cref="ExtraTrainingData"/>).</summary>
public sealed class ExtraTrainingDataTests
{
    private static IReadOnlyList<ConllSentence> Aqmar() => ConllFormat.Read(
        new StringReader("زار O\nسمير B-PER\nعلوان I-PER\nمدينة O\nحلب B-LOC\n\nفي O\nكأس B-MIS\nالعالم I-MIS\nفاز O\nالنادي B-ORG\n\nقال O\nX B-FOO\n"),
        withTags: true).Sentences;

    [Fact]
    public void Per_is_read_as_pers_and_an_unknown_type_as_outside()
    {
        var mapped = ExtraTrainingData.ToAnercorpTypes(Aqmar(), MiscellaneousPolicy.Outside);
        Assert.Equal(["O", "B-PERS", "I-PERS", "O", "B-LOC"], mapped[0].Tags);
        Assert.Equal(["O", "O"], mapped[2].Tags);
    }

    [Theory]
    [InlineData(MiscellaneousPolicy.Outside, new[] { "O", "O", "O", "O", "B-ORG" })]
    [InlineData(MiscellaneousPolicy.Misc, new[] { "O", "B-MISC", "I-MISC", "O", "B-ORG" })]
    public void The_other_names_class_follows_the_policy(MiscellaneousPolicy policy, string[] expected)
    {
        Assert.Equal(expected, ExtraTrainingData.ToAnercorpTypes(Aqmar(), policy)[1].Tags);
    }

    [Fact]
    public void Dropping_leaves_out_only_the_sentences_that_hold_the_class()
    {
        var mapped = ExtraTrainingData.ToAnercorpTypes(Aqmar(), MiscellaneousPolicy.DropSentence);
        Assert.Equal(2, mapped.Count);
        Assert.DoesNotContain(mapped, s => s.Tokens.Contains("كأس"));
    }
}
