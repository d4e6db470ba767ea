using Mizan.Entities.Tagging;
using Mizan.Testing;

namespace Mizan.Entities.Tests;

/// <summary>The shared gazetteers as tagger features (see <see cref="Gazetteer"/>): longest match, clitics, the article.</summary>
public sealed class GazetteerTests
{
    private static readonly Gazetteer Small = new(
    [
        ("place", ["عين الأسد", "بغداد", "الموصل", "نيو", "نيو يورك", "سالم", "رم"]),
        ("org", ["وكالة أنباء فارس", "وكالة", "الأمم المتحدة", "جامعة بغداد"]),
        ("person", ["سالم", "فرانك ماكينزي"]),
    ]);

    private static string[][] Labels(Gazetteer gazetteer, string sentence) =>
        gazetteer.Label(sentence.Split(' ').Select(w => Lexicon.Key(w)).ToList());

    [Fact]
    public void The_longest_entry_wins_and_marks_each_of_its_words()
    {
        var labels = Labels(Small, "نقلت وكالة أنباء فارس عن مصدر في نيو يورك");
        Assert.Empty(labels[0]);
        Assert.Equal(["org:B"], labels[1]);
        Assert.Equal(["org:I"], labels[2]);
        Assert.Equal(["org:I"], labels[3]);
        Assert.Equal(["place:B"], labels[7]);
        Assert.Equal(["place:I"], labels[8]);
    }

    [Fact]
    public void A_shorter_entry_is_used_when_the_longer_one_stops_short()
    {
        // وكالة أنباء without فارس is no entry; وكالة alone is.
        var labels = Labels(Small, "قالت وكالة أنباء محلية");
        Assert.Equal(["org:S"], labels[1]);
        Assert.Empty(labels[2]);
        Assert.Equal(["place:S"], Labels(Small, "في نيو دلهي")[1]);
    }

    [Fact]
    public void Each_list_is_matched_on_its_own()
    {
        // جامعة بغداد is an organisation; بغداد inside it is still a place for the place list.
        var labels = Labels(Small, "في جامعة بغداد");
        Assert.Equal(["org:B"], labels[1]);
        Assert.Equal(["place:S", "org:I"], labels[2]);
        Assert.Equal(["place:S", "person:S"], Labels(Small, "سالم")[0]);
    }

    [Theory]
    [InlineData("وبغداد")]
    [InlineData("ببغداد")]
    [InlineData("لبغداد")]
    [InlineData("فبغداد")]
    [InlineData("كبغداد")]
    [InlineData("وببغداد")]
    [InlineData("بَغْدَاد")]
    public void A_leading_conjunction_or_preposition_is_set_aside(string word)
    {
        Assert.Equal(["place:S"], Labels(Small, word)[0]);
    }

    [Fact]
    public void A_clitic_on_the_first_word_of_a_longer_entry_is_set_aside()
    {
        var labels = Labels(Small, "ووكالة أنباء فارس");
        Assert.Equal(["org:B"], labels[0]);
        Assert.Equal(["org:I"], labels[2]);
        Assert.Equal(["org:B"], Labels(Small, "للأمم المتحدة")[0]);
        Assert.Equal(["org:B"], Labels(Small, "والأمم المتحدة")[0]);
        Assert.Equal(["place:B"], Labels(Small, "بعين الأسد")[0]);
    }

    [Fact]
    public void The_article_is_kept_and_set_aside_with_a_mark()
    {
        Assert.Equal(["place:S"], Labels(Small, "الموصل")[0]);
        Assert.Equal(["place:S"], Labels(Small, "والموصل")[0]);
        Assert.Equal(["place:S"], Labels(Small, "للموصل")[0]);

        // بغداد has no article in the list: البغداد matches only with the article set aside, and says so.
        Assert.Equal(["place:S~"], Labels(Small, "البغداد")[0]);
        Assert.Equal(["place:S~"], Labels(Small, "وبالبغداد")[0]);
    }

    [Fact]
    public void A_one_word_entry_that_is_a_common_word_is_labelled_apart()
    {
        var gazetteer = new Gazetteer([("place", ["كان", "بين", "بغداد", "كان فرنسا"])], key => key is "كان" or "بين");
        var labels = Labels(gazetteer, "وكان بين بغداد و كان فرنسا");
        Assert.Equal(["place?:S"], labels[0]);
        Assert.Equal(["place?:S"], labels[1]);
        Assert.Equal(["place:S"], labels[2]);

        // A longer entry that begins with a common word is a name.
        Assert.Equal(["place:B"], labels[4]);
        Assert.Equal(["place:I"], labels[5]);
    }

    [Fact]
    public void The_shipped_lists_set_common_words_apart()
    {
        Assert.Contains("place?:S", Labels(Gazetteer.Default, "بين")[0]);
        Assert.Contains("place:S", Labels(Gazetteer.Default, "بغداد")[0]);
    }

    [Fact]
    public void A_word_of_a_longer_entry_is_known_alone()
    {
        var keys = "وقال وماكينزي إن عين".Split(' ').Select(w => Lexicon.Key(w)).ToList();
        var parts = Small.PartOf(keys);
        Assert.Equal(["person"], parts[1]);
        Assert.Empty(parts[0]);

        // عين is a word of عين الأسد, a place, and is kept; a common word would not be (see the next test).
        Assert.Equal(["place"], parts[3]);
        var common = new Gazetteer([("place", ["عين الأسد"])], key => key == "عين");
        Assert.Empty(common.PartOf(keys)[3]);
        Assert.Equal(["place"], common.PartOf([Lexicon.Key("والأسد")])[0]);
    }

    [Fact]
    public void Short_words_keep_their_first_letter()
    {
        // A one-letter clitic is set aside only when three letters remain (Lexicon.Variants): ورم (a tumour) is not
        // و + رم, but ونيو is و + نيو.
        Assert.Empty(Labels(Small, "ورم")[0]);
        Assert.Equal(["place:S"], Labels(Small, "رم")[0]);
        Assert.Equal(["place:S"], Labels(Small, "ونيو")[0]);
        Assert.Empty(Labels(Gazetteer.Empty, "بغداد")[0]);
    }

    [Fact]
    public void The_tagger_sees_the_labels_of_the_token_and_its_neighbours()
    {
        var extractor = new FeatureExtractor(Lexicon.Default, WordClasses.Default, Small);
        var features = extractor.Extract("قالت ووكالة أنباء فارس أمس".Split(' '));
        Assert.Contains("z=org:B", features[1]);
        Assert.Contains("z+1=org:B", features[0]);
        Assert.Contains("z-1=org:B", features[2]);
        Assert.Contains("z=org:I", features[2]);
        Assert.Contains("z-1=org:I", features[4]);
        Assert.Contains("zw=org", features[2]);
        Assert.DoesNotContain(features[4], f => f.StartsWith("z=", StringComparison.Ordinal));
        Assert.DoesNotContain(FeatureExtractor.WithoutGazetteers.Extract("ووكالة أنباء فارس".Split(' '))[0], f => f.StartsWith('z'));
    }

    [Fact]
    public void The_shipped_gazetteers_know_places_persons_and_organisations()
    {
        var gazetteer = Gazetteer.Default;
        Assert.Equal(Gazetteer.ShippedLists.Select(l => l.Name), gazetteer.Names);
        Assert.Equal(["place:S"], Labels(gazetteer, "وببغداد")[0]);

        // الموصل is also a common noun (a conductor): a place, weighed apart.
        Assert.Equal(["place?:S"], Labels(gazetteer, "والموصل")[0]);
        Assert.Contains("country:S", Labels(gazetteer, "بالعراق")[0]);
        Assert.Contains("org:B", Labels(gazetteer, "الأمم المتحدة")[0]);
        Assert.Contains(Labels(gazetteer, "ومحمد")[0], l => l.StartsWith("given", StringComparison.Ordinal));
        Assert.Contains(Labels(gazetteer, "العراقي")[0], l => l.StartsWith("nat", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_gazetteer_file_states_its_source_licence_and_attribution()
    {
        DataFileChecks.HaveProvenance(Gazetteer.Files, Gazetteer.ShippedLists.Count);
        foreach (var (file, _) in Gazetteer.ShippedLists)
        {
            Assert.Contains(Gazetteer.Files.Header(file), h => h.StartsWith("attribution:", StringComparison.Ordinal));
        }

        // The lists live in the data assembly, apart from the MIT code.
        Assert.DoesNotContain(typeof(Gazetteer).Assembly.GetManifestResourceNames(), n => n.Contains("gazetteer-", StringComparison.Ordinal));
    }
}
