using Mizan.Analysis;
using Mizan.Stories;

namespace Mizan.Briefs.Tests;

/// <summary>The places of an article that name a country, which a title's places leave out for the grouping.</summary>
public sealed class CountryKeysTests
{
    private static readonly string[] Places = ["بتركيا", "إسطنبول", "الولايات المتحدة", "تركيا", "بلاكبوش"];
    private static readonly string[] Countries = ["بتركيا", "الولايات المتحدة", "تركيا"];

    [Fact]
    public void Countries_are_told_from_towns_with_a_glued_preposition_set_aside()
    {
        Assert.Equal(Countries.Select(ArticleTerms.EntityKey), StoryGrouping.CountryKeys(Places.Select(ArticleTerms.EntityKey)));
    }

    [Fact]
    public void An_analysed_article_gives_the_grouping_its_countries_among_its_places()
    {
        const string Text = "أعلنت السلطات في تركيا أمس مقتل خمسة من رجال الشرطة في هجمات متفرقة، بينها هجوم على القنصلية الأمريكية في إسطنبول.";
        var analysis = TextAnalyzer.Default.Analyze(Text, TextAnalyzer.ReferenceDate("2015-08-10"));
        var article = StoryGrouping.ToStoryArticle(new AnalyzedArticle(new BriefArticle("a", "هجمات في تركيا", "x", null, "2015-08-10", false, analysis.Text, []), analysis));

        Assert.Contains(ArticleTerms.EntityKey("تركيا"), article.PlaceKeys!);
        Assert.Contains(ArticleTerms.EntityKey("إسطنبول"), article.PlaceKeys!);
        Assert.Equal([ArticleTerms.EntityKey("تركيا")], article.CountryKeys!);
    }
}
