using Mizan.Text.Morphology;

namespace Mizan.Text.Tests;

public sealed class StemPartsTests
{
    [Theory]
    [InlineData(Proclitics.None, Enclitic.None, "")]
    [InlineData(Proclitics.Wa | Proclitics.Bi | Proclitics.Al, Enclitic.None, "و+ ب+ ال+")]
    [InlineData(Proclitics.Fa | Proclitics.Li, Enclitic.Hum, "ف+ ل+ +هم")]
    [InlineData(Proclitics.Ka, Enclitic.Ha, "ك+ +ها")]
    [InlineData(Proclitics.None, Enclitic.Na, "+نا")]
    public void Clitics_are_listed_in_reading_order(Proclitics proclitics, Enclitic enclitic, string expected) =>
        Assert.Equal(expected, string.Join(' ', new StemParts(proclitics, enclitic, Suffix.None).Clitics()));

    [Fact]
    public void Words_with_the_same_clitics_share_one_list()
    {
        var first = LightStemmer.Default.Stem("وبالبيت").Clitics;
        var second = LightStemmer.Default.Stem("وبالمدرسة").Clitics;
        Assert.Equal(["و+", "ب+", "ال+"], first);
        Assert.Same(first, second);
    }
}
