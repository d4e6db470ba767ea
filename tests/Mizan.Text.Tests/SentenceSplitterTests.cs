using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Text.Tests;

/// <summary>One test per sentence rule.</summary>
public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void A_full_stop_ends_a_sentence() =>
        Assert.Equal(["غادرت القوات.", "وقال الوزير إنها لن تعود."], Split("غادرت القوات. وقال الوزير إنها لن تعود."));

    [Fact]
    public void Question_and_exclamation_marks_end_sentences() =>
        Assert.Equal(["هل انتهت المهمة؟", "نعم!", "انتهت."], Split("هل انتهت المهمة؟ نعم! انتهت."));

    [Fact]
    public void A_line_break_ends_a_sentence() =>
        Assert.Equal(["2500 جندي أمريكي", "قال الجنرال"], Split("2500 جندي أمريكي\n\nقال الجنرال"));

    [Fact]
    public void A_decimal_does_not_end_a_sentence() =>
        Assert.Equal(["ارتفع المؤشر 2.5 في المئة أمس."], Split("ارتفع المؤشر 2.5 في المئة أمس."));

    [Fact]
    public void An_arabic_title_abbreviation_does_not_end_a_sentence() =>
        Assert.Equal(["وقال د. أحمد الحسن إن الخطة جاهزة."], Split("وقال د. أحمد الحسن إن الخطة جاهزة."));

    [Fact]
    public void An_era_abbreviation_after_a_year_does_not_end_a_sentence() =>
        Assert.Equal(["وُقّعت الاتفاقية عام 2008م. بين البلدين."], Split("وُقّعت الاتفاقية عام 2008م. بين البلدين."));

    [Fact]
    public void Latin_initials_do_not_end_a_sentence() =>
        Assert.Equal(["قال John W. Brennan إن التحالف باق."], Split("قال John W. Brennan إن التحالف باق."));

    [Fact]
    public void The_inner_stops_of_a_dotted_abbreviation_do_not_end_a_sentence() =>
        Assert.Equal(["انتقد مواقف اذاعة (بي.بي.سي) البريطانية، ورأى بأن ذلك مؤشر.", "وقال الأمر.", "وأضاف أنه انتهى."],
            Split("انتقد مواقف اذاعة (بي.بي.سي) البريطانية، ورأى بأن ذلك مؤشر. وقال الأمر.وأضاف أنه انتهى."));

    [Fact]
    public void A_stop_inside_a_continuing_quotation_does_not_end_the_sentence() =>
        Assert.Equal(
            ["وقال إن «القوات غادرت. والمستشارون باقون» في العراق.", "وأضاف ذلك."],
            Split("وقال إن «القوات غادرت. والمستشارون باقون» في العراق. وأضاف ذلك."));

    [Fact]
    public void Closing_quotes_after_a_terminator_stay_with_their_sentence() =>
        Assert.Equal(["وقال: “انتهت المهمة.”", "ثم غادر."], Split("وقال: “انتهت المهمة.” ثم غادر."));

    [Fact]
    public void A_straight_quote_pair_is_a_quotation() =>
        Assert.Equal(["أكد أن \"الوضع مستقر. والقوات جاهزة\".", "ثم غادر."], Split("أكد أن \"الوضع مستقر. والقوات جاهزة\". ثم غادر."));

    [Fact]
    public void An_unclosed_quotation_ends_with_its_paragraph() =>
        Assert.Equal(["قال «بدأنا. وانتهينا", "فقرة جديدة.", "ثانية."], Split("قال «بدأنا. وانتهينا\nفقرة جديدة. ثانية."));

    [Fact]
    public void Two_dots_join_the_halves_of_a_headline() =>
        Assert.Equal(["الكاظمي يتوعد مزعزعي الأمن.. ومغادرة معظم قوات التحالف"], Split("الكاظمي يتوعد مزعزعي الأمن.. ومغادرة معظم قوات التحالف"));

    [Fact]
    public void Three_dots_end_a_sentence() => Assert.Equal(["انتظروا...", "ثم ماذا؟"], Split("انتظروا... ثم ماذا؟"));

    [Fact]
    public void A_stop_at_the_end_of_a_line_ends_the_sentence_even_after_an_abbreviation() =>
        Assert.Equal(["وقعت عام 2008م.", "وأضاف"], Split("وقعت عام 2008م.\nوأضاف"));

    [Fact]
    public void Empty_and_blank_text_have_no_sentences()
    {
        Assert.Empty(Split(string.Empty));
        Assert.Empty(Split(" \n\u00A0\u200F "));
    }
}
