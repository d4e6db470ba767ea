using Mizan.Text.Normalization;

namespace Mizan.Text.Tests;

/// <summary>Each normalization rule alone, then the two strengths and the offset map.</summary>
public sealed class NormalizationRuleTests
{
    private static string Apply(NormalizationRules rule, string text) => ArabicNormalizer.For(rule).Normalize(text).Value;

    [Fact]
    public void PresentationForms_fold_to_base_letters()
    {
        Assert.Equal("لا", Apply(NormalizationRules.PresentationForms, "\uFEFB"));      // ﻻ lam-alef ligature
        Assert.Equal("بغداد", Apply(NormalizationRules.PresentationForms, "\uFE91\uFED0\uFEAA\uFE8E\uFEA9")); // presentation-form letters
        Assert.Equal("\u064B", Apply(NormalizationRules.PresentationForms, "\uFE70")); // isolated fathatan keeps no space
    }

    [Fact]
    public void WhiteSpace_unifies_spaces_and_line_breaks()
    {
        Assert.Equal("من العراق", Apply(NormalizationRules.WhiteSpace, "من\u00A0العراق"));  // no-break space
        Assert.Equal("a b c", Apply(NormalizationRules.WhiteSpace, "a\u202Fb\u2009c"));       // narrow no-break, thin
        Assert.Equal("a\nb\nc", Apply(NormalizationRules.WhiteSpace, "a\r\nb\u2029c"));      // CR LF is one break
    }

    [Fact]
    public void InvisibleFormat_drops_zero_width_and_bidi_controls()
    {
        var text = "\u200Fداعش\u200E \u202Bبغداد\u202C\u2066x\u2069\u200B\uFEFF\u00AD";
        Assert.Equal("داعش بغدادx", Apply(NormalizationRules.InvisibleFormat, text));
    }

    [Fact]
    public void Tatweel_is_dropped()
    {
        Assert.Equal("داعش", Apply(NormalizationRules.Tatweel, "داعـش"));
        Assert.Equal("داعـش", Apply(NormalizationRules.Tashkeel, "داعـش"));
    }

    [Fact]
    public void Tashkeel_is_dropped()
    {
        Assert.Equal("تهديدا", Apply(NormalizationRules.Tashkeel, "تهديدًا"));
        Assert.Equal("مهدا", Apply(NormalizationRules.Tashkeel, "مهّدا"));
        Assert.Equal("الرحمن", Apply(NormalizationRules.Tashkeel, "الرحمٰن")); // dagger alef
    }

    [Fact]
    public void AlefVariants_fold_to_bare_alef()
    {
        Assert.Equal("ااااا", Apply(NormalizationRules.AlefVariants, "أإآٱا"));
        Assert.Equal("الاعرجي", Apply(NormalizationRules.AlefVariants, "الأعرجي"));
    }

    [Fact]
    public void AlefMaksura_becomes_yeh() => Assert.Equal("علي", Apply(NormalizationRules.AlefMaksura, "على"));

    [Fact]
    public void TehMarbuta_becomes_heh() => Assert.Equal("الدوله", Apply(NormalizationRules.TehMarbuta, "الدولة"));

    [Fact]
    public void PersianLetters_become_arabic()
    {
        Assert.Equal("نيوز", Apply(NormalizationRules.PersianLetters, "نیوز"));   // farsi yeh
        Assert.Equal("كتاب", Apply(NormalizationRules.PersianLetters, "کتاب"));   // keheh
        Assert.Equal("ههه", Apply(NormalizationRules.PersianLetters, "ەۀھ"));
    }

    [Fact]
    public void Digits_become_ascii()
    {
        Assert.Equal("2500", Apply(NormalizationRules.Digits, "٢٥٠٠"));
        Assert.Equal("1443", Apply(NormalizationRules.Digits, "۱۴۴۳"));
    }

    [Fact]
    public void NumberSigns_become_ascii() => Assert.Equal("%60 2.5 12,500", Apply(NormalizationRules.NumberSigns, "٪60 2٫5 12٬500"));

    [Fact]
    public void LetterCase_lowers_latin() => Assert.Equal("isis daesh", Apply(NormalizationRules.LetterCase, "ISIS Daesh"));

    [Fact]
    public void Display_keeps_letters_and_marks_but_cleans_spacing()
    {
        var display = ArabicNormalizer.Display.Normalize("مُهّدا\u00A0الـأمن\u200F");
        Assert.Equal("مُهّدا الأمن", display.Value);
    }

    [Fact]
    public void Matching_folds_every_variant()
    {
        Assert.Equal("الاعرجي داعش نيوز 2500 الدوله علي", ArabicNormalizer.Matching.Normalize("الأعرجي داعـش نیوز ٢٥٠٠ الدولة على").Value);
    }

    [Fact]
    public void Unchanged_text_is_the_identity_view()
    {
        var view = ArabicNormalizer.Matching.Normalize("ابت ثجح");
        Assert.True(view.IsIdentity);
        Assert.Equal((2, 5), view.ToOriginal(2, 5));
    }

    [Fact]
    public void Offset_map_points_back_into_the_original()
    {
        const string original = "قال داعـش\u200F: أَمس";
        var view = ArabicNormalizer.Matching.Normalize(original);
        Assert.Equal("قال داعش: امس", view.Value);
        var start = view.Value.IndexOf("داعش", StringComparison.Ordinal);
        var (s, e) = view.ToOriginal(start, start + 4);
        Assert.Equal("داعـش", original[s..e]);
        var amsStart = view.Value.IndexOf("امس", StringComparison.Ordinal);
        var (a, b) = view.ToOriginal(amsStart, amsStart + 3);
        Assert.Equal("أَمس", original[a..b]);
        Assert.Equal(amsStart, view.FromOriginal(a));
    }

    [Fact]
    public void Expanded_ligature_maps_every_character_to_its_source()
    {
        const string original = "محمد \uFDFA";
        var view = ArabicNormalizer.Display.Normalize(original);
        Assert.StartsWith("محمد صلى", view.Value, StringComparison.Ordinal);
        Assert.Equal((5, 6), view.ToOriginal(5, view.Value.Length));
    }

    [Fact]
    public void Span_normalization_reports_a_small_destination()
    {
        Span<char> small = stackalloc char[2];
        Assert.Equal(-1, ArabicNormalizer.Matching.Normalize("بغداد", small));
    }
}
