using Mizan.Entities.Tagging;

namespace Mizan.Entities.Tests;

/// <summary>The features the tagger sees (see <see cref="FeatureExtractor"/>).</summary>
public sealed class FeatureTests
{
    private static IReadOnlyList<string> FeaturesOf(string sentence, int token) =>
        FeatureExtractor.Default.Extract(sentence.Split(' '))[token];

    [Fact]
    public void A_token_has_its_word_normalized_form_stem_and_clitics()
    {
        var features = FeaturesOf("وللعراق حدود", 0);
        Assert.Contains("w=وللعراق", features);
        Assert.Contains("n=وللعراق", features);
        Assert.Contains("b=عراق", features);
        Assert.Contains(features, f => f.StartsWith("s=", StringComparison.Ordinal));
        Assert.Contains(features, f => f.StartsWith("pc=", StringComparison.Ordinal) && f != "pc=0");
    }

    [Fact]
    public void The_normalized_form_folds_hamza_and_tatweel()
    {
        Assert.Contains("n=داعش", FeaturesOf("تنظيم داعـش", 1));
        Assert.Contains("n=الاعرجي", FeaturesOf("قاسم الأعرجي", 1));
    }

    [Fact]
    public void Affixes_shape_and_length_are_features()
    {
        var features = FeaturesOf("قال ماكينزي", 1);
        Assert.Contains("pre2=ما", features);
        Assert.Contains("suf2=زي", features);
        Assert.Contains("sh=A", features);
        Assert.Contains("len=7", features);
        Assert.Contains("sh=D", FeaturesOf("قتل 27", 1));
        Assert.Contains("sh=L", FeaturesOf("مكتب FBI", 1));
        Assert.Contains("sh=M", FeaturesOf("طائرات F16", 1));
    }

    [Fact]
    public void The_context_window_reaches_two_tokens_each_side()
    {
        var features = FeaturesOf("ب ت ث ج د", 2);
        Assert.Contains("n-1=ت", features);
        Assert.Contains("n-2=ب", features);
        Assert.Contains("n+1=ج", features);
        Assert.Contains("n+2=د", features);
        Assert.Contains("n-2=<s>", FeaturesOf("ب ت", 0));
        Assert.Contains("n+2=</s>", FeaturesOf("ب ت", 1));
    }

    [Fact]
    public void A_multi_word_gazetteer_entry_marks_each_of_its_tokens()
    {
        var all = FeatureExtractor.Default.Extract("وصل إلى الولايات المتحدة أمس".Split(' '));
        Assert.Contains("g=B-LOC", all[2]);
        Assert.Contains("g=I-LOC", all[3]);
        Assert.Contains("g=O", all[4]);
    }

    [Fact]
    public void A_gazetteer_entry_matches_after_a_conjunction_and_preposition()
    {
        Assert.Contains("g=B-LOC", FeaturesOf("وصل وللعراق", 1));
        Assert.Contains("g=B-ORG", FeaturesOf("محاربة تنظيم داعش", 2));
    }

    [Fact]
    public void A_title_before_a_token_is_a_trigger_feature_even_with_two_words()
    {
        Assert.Contains("title-1", FeaturesOf("قال اللواء تحسين الخفاجي", 2));
        Assert.Contains("title-2", FeaturesOf("قال اللواء تحسين الخفاجي", 3));
        Assert.Contains("title-1", FeaturesOf("الفريق الركن عبد الأمير", 2));
    }

    /// <summary>
    /// The trigger pass marks the last word of the longest title or role from each token; that must be every token
    /// at which some entry ends (<see cref="PhraseList.LongestMatchEndingAt"/>), where entries overlap too.
    /// </summary>
    [Theory]
    [InlineData("قال رئيس الوزراء العراقي مصطفى الكاظمي إن")]
    [InlineData("وأكد الفريق الركن عبد الأمير يار الله ووزير الخارجية فؤاد حسين")]
    [InlineData("وقال اللواء تحسين الخفاجي الناطق باسم قيادة العمليات المشتركة")]
    [InlineData("رئيس رئيس الوزراء الشيخ الدكتور")]
    public void Title_and_role_ends_are_every_token_where_an_entry_ends(string sentence)
    {
        var words = sentence.Split(' ');
        var keys = words.Select(w => Lexicon.Key(w)).ToList();
        var features = FeatureExtractor.Default.Extract(words);
        var lexicon = Lexicon.Default;
        for (var i = 0; i + 1 < words.Length; i++)
        {
            Assert.True(lexicon.PersonTitles.LongestMatchEndingAt(keys, i + 1) > 0 == features[i + 1].Contains("title-1"), $"title ending at {words[i]}");
            Assert.True(lexicon.RoleHeads.LongestMatchEndingAt(keys, i + 1) > 0 == features[i + 1].Contains("role-1"), $"role ending at {words[i]}");
        }
    }

    [Fact]
    public void Role_organisation_and_place_cues_are_trigger_features()
    {
        Assert.Contains("role-1", FeaturesOf("وزير الخارجية", 1));
        Assert.Contains("orghead-1", FeaturesOf("وزارة الدفاع", 1));
        Assert.Contains("orghead", FeaturesOf("وزارة الدفاع", 0));
        Assert.Contains("loccue-1", FeaturesOf("محافظة الأنبار", 1));
        Assert.Contains("fn", FeaturesOf("مصطفى الكاظمي", 0));
    }

    [Fact]
    public void History_features_name_the_previous_tags_and_the_word()
    {
        var history = new List<string>();
        FeatureExtractor.AddHistory(history, "B-PERS", "O", FeaturesOf("الكاظمي", 0));
        Assert.Equal(["t-1=B-PERS", "t-2t-1=O|B-PERS", "t-1n=B-PERS|الكاظمي"], history);
    }

    [Theory]
    [InlineData("وللعراق", new[] { "وللعراق", "للعراق", "العراق", "عراق" })]
    [InlineData("بغداد", new[] { "بغداد", "غداد" })]
    [InlineData("ولي", new[] { "ولي" })]
    [InlineData("للبيت", new[] { "للبيت", "البيت", "بيت" })]
    [InlineData("فالمدينة", new[] { "فالمدينة", "المدينة", "مدينة" })]
    [InlineData("كالعادة", new[] { "كالعادة", "العادة", "عادة" })]
    public void Variants_set_aside_leading_clitics(string word, string[] expected)
    {
        Assert.Equal(expected, Lexicon.Variants(word));
    }

    [Fact]
    public void Names_keep_their_article()
    {
        Assert.Equal(["وللعراق", "للعراق", "العراق"], Lexicon.Variants("وللعراق", article: false));
    }

    [Theory]
    [InlineData("وللعراق", true)]
    [InlineData("بالعراق", true)]
    [InlineData("العراقي", false)]
    [InlineData("عراق", false)]
    public void A_list_finds_its_words_behind_clitics(string word, bool found)
    {
        // Looked up without copying the word's letters, except where ل before the article dropped its alef.
        var names = new PhraseList(["العراق", "قيادة العمليات المشتركة"]);
        Assert.Equal(found, names.ContainsWord(Lexicon.Key(word)));
        Assert.Equal(found ? 1 : 0, names.LongestMatch([Lexicon.Key(word), "و"], 0));
    }

    [Fact]
    public void A_phrase_matches_from_a_first_word_behind_a_clitic()
    {
        var names = new PhraseList(["قيادة العمليات المشتركة"]);
        static string[] Keys(string text) => [.. text.Split(' ').Select(w => Lexicon.Key(w))];
        Assert.Equal(3, names.LongestMatch(Keys("أعلنت وقيادة العمليات المشتركة أمس"), 1));
        Assert.Equal(0, names.LongestMatch(Keys("أعلنت وقيادة العمليات أمس"), 1));
    }

    [Fact]
    public void The_dictionary_classes_of_the_token_and_its_neighbours_are_features()
    {
        var features = FeaturesOf("وأعلن شومسكي المدينة", 1);
        Assert.Contains("d=-", features);
        Assert.Contains(features, f => f.StartsWith("d-1=", StringComparison.Ordinal) && f.Contains('V', StringComparison.Ordinal));
        Assert.Contains(features, f => f.StartsWith("d+1=", StringComparison.Ordinal) && f.Contains('N', StringComparison.Ordinal));
        Assert.Contains("d-1=<s>", FeaturesOf("شومسكي", 0));
    }

    [Fact]
    public void The_words_after_an_organisation_head_carry_their_distance_from_it()
    {
        var all = FeatureExtractor.Default.Extract("أعلنت قيادة العمليات المشتركة العراقية الجديدة أمس".Split(' '));
        Assert.DoesNotContain(all[1], f => f.StartsWith("oc=", StringComparison.Ordinal));
        Assert.Contains("oc=1d", all[2]);
        Assert.Contains("oc=2d", all[3]);
        Assert.Contains("oc=3d", all[4]);
        Assert.Contains("oc=4d", all[5]);
        Assert.DoesNotContain(all[6], f => f.StartsWith("oc=", StringComparison.Ordinal));
        Assert.Contains("oc=2", FeatureExtractor.Default.Extract("نقلت وكالة أنباء فارس".Split(' '))[3]);

        // A verb or particle ends the chain, and it reaches no more than four words.
        Assert.DoesNotContain(FeatureExtractor.Default.Extract("قيادة قالت العمليات".Split(' '))[2], f => f.StartsWith("oc=", StringComparison.Ordinal));
        Assert.DoesNotContain(FeatureExtractor.Default.Extract("قيادة العمليات المشتركة العراقية الجديدة العليا".Split(' '))[5], f => f.StartsWith("oc=", StringComparison.Ordinal));
    }
}
