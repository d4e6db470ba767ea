using Mizan.Ingest.Cleaning;

namespace Mizan.Ingest.Tests.Cleaning;

/// <summary>One test per cleaning rule, on small texts written for the test.</summary>
public sealed class CleaningRuleTests
{
    private const string Paragraph = "قال المتحدث باسم الحكومة إن القوات ستغادر البلاد قبل نهاية العام الحالي، وفق الاتفاق الموقع بين الجانبين.";
    private const string Second = "وأضاف أن المهمة الجديدة تقتصر على التدريب والمشورة وتبادل المعلومات الاستخبارية.";

    /// <summary>Distinct headlines, so that lines around a learned line differ from article to article.</summary>
    private static readonly string[] Headlines =
    [
        "الحكومة تقر موازنة العام المقبل",
        "ارتفاع أسعار النفط في الأسواق العالمية",
        "افتتاح معرض الكتاب في العاصمة",
        "المنتخب يفوز في مباراة ودية",
    ];

    private static CleanedText Clean(string text, BoilerplateCleaner? cleaner = null)
    {
        var cleaned = (cleaner ?? BoilerplateCleaner.Default).Clean(text);
        CleaningInvariants.Check(text, cleaned);
        return cleaned;
    }

    private static string Reason(CleanedText cleaned, string text) =>
        Assert.Single(cleaned.Removed, r => r.Text == text).Reason;

    [Theory]
    [InlineData("التعليقات (12)")]
    [InlineData("اترك تعليقاً")]
    [InlineData("Leave a Reply")]
    public void Comment_widgets_are_removed(string widget)
    {
        var cleaned = Clean($"{Paragraph}\n\n{widget}\n");
        Assert.Equal(BoilerplateCleaner.CommentWidget, Reason(cleaned, widget));
        Assert.Contains(Paragraph, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_bar_run_into_the_first_sentence_is_cut_and_the_sentence_kept()
    {
        const string bar = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك";
        var cleaned = Clean($" {bar} {Paragraph}\n{Second}");
        Assert.Equal("share-label", Reason(cleaned, bar + " "));
        Assert.Equal(Paragraph, cleaned.Text.Trim().Split('\n')[0]);
        Assert.Contains(Second, cleaned.Text, StringComparison.Ordinal);

        // The same words in a sentence of the article stay.
        const string sentence = "ودعا الوزير الناس إلى أن يشارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك في الاستطلاع.";
        Assert.Empty(Clean($"{sentence}\n{Paragraph}").Removed);
    }

    [Fact]
    public void Back_to_top_widget_is_removed()
    {
        var cleaned = Clean($"{Paragraph}\n\nزر الذهاب إلى الأعلى");
        Assert.Equal("back-to-top", Reason(cleaned, "زر الذهاب إلى الأعلى"));
    }

    [Fact]
    public void Font_size_widget_is_removed_with_its_signs()
    {
        var cleaned = Clean($"العنوان الرئيسي للخبر هنا\n\nت + ت - الحجم الطبيعي\n\n{Paragraph}");
        Assert.Equal("font-size-widget", Reason(cleaned, "ت + ت - الحجم الطبيعي"));
    }

    [Fact]
    public void Share_labels_printed_alone_or_side_by_side_are_removed_but_a_sentence_naming_them_stays()
    {
        const string sentence = "وكتب الوزير على تويتر أن القرار نهائي.";
        var cleaned = Clean($"{sentence}\n\nEmail\n\nفيسبوك تويتر واتساب");
        Assert.Equal("share-label", Reason(cleaned, "Email"));
        Assert.Equal("share-label", Reason(cleaned, "فيسبوك تويتر واتساب"));
        Assert.Contains(sentence, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_also_label_with_its_link_on_the_line_is_removed()
    {
        const string line = "اقرأ أيضا:\u00A0هجوم على قوات البيشمركة يوقع قتلى\u00A0";
        var cleaned = Clean($"{Paragraph}\n\n{line}\n\n{Second}");
        var removal = Assert.Single(cleaned.Removed);
        Assert.Equal(BoilerplateCleaner.ReadAlso, removal.Reason);
        Assert.Equal(line.TrimEnd('\u00A0'), removal.Text);
        Assert.Contains(Second, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_also_label_alone_takes_the_related_lines_after_it_including_bulleted_ones()
    {
        var text = $"{Paragraph}\n\nاقرأ أيضاً\n• 5 ملايين دولار للإبلاغ عن مختطفين\nالحكومة تعلن خطة جديدة للطاقة\n\n{Second}";
        var cleaned = Clean(text);
        Assert.Equal(
            ["اقرأ أيضاً", "• 5 ملايين دولار للإبلاغ عن مختطفين", "الحكومة تعلن خطة جديدة للطاقة"],
            cleaned.Removed.Select(r => r.Text));
        Assert.All(cleaned.Removed, r => Assert.Equal(BoilerplateCleaner.ReadAlso, r.Reason));
        Assert.Contains(Second, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_starts_like_a_label_is_not_a_label()
    {
        const string sentence = "اقرأ أيضا ما كتبه المحلل في تقريره الأخير عن الأزمة";
        var cleaned = Clean($"{Paragraph}\n{sentence}\n{Second}");
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void A_lone_bulleted_headline_between_paragraphs_is_a_related_link()
    {
        const string link = "  • 5 ملايين دولار للإبلاغ عن مختطفي أميركي";
        var cleaned = Clean($"{Paragraph}\n\n{link}\n\n{Second}");
        Assert.Equal(BoilerplateCleaner.RelatedLink, Reason(cleaned, link.Trim()));
    }

    [Fact]
    public void A_bulleted_list_of_the_article_stays()
    {
        var text = $"{Paragraph}\n• تدريب القوات العراقية\n• تقديم المشورة\n• تبادل المعلومات\n{Second}";
        Assert.Empty(Clean(text).Removed);
    }

    [Theory]
    [InlineData("•• أهداف البرنامج:")]
    [InlineData("• أهداف البرنامج الجديد للتدريب:")]
    [InlineData("•النباح المتكرر لنائب الرئيس العراقي")]
    [InlineData("• نشاطات")]
    public void Bulleted_subheadings_of_the_article_are_not_related_links(string subheading)
    {
        Assert.Empty(Clean($"{Paragraph}\n\n{subheading}\n\n{Second}").Removed);
    }

    [Fact]
    public void A_pager_widget_is_removed()
    {
        var cleaned = Clean($"{Paragraph}\n\nNext Previous");
        Assert.Equal(BoilerplateCleaner.PagerWidget, Reason(cleaned, "Next Previous"));
    }

    [Theory]
    [InlineData("محمود وهبي ـ جدة")]
    [InlineData("يقول أبو تمام:")]
    [InlineData("أنا ذات ليلْ")]
    public void Bylines_quotes_and_verse_above_the_headline_are_not_section_labels(string first)
    {
        Assert.Empty(Clean($"{first}\n\nالكاظمي يتوعد مزعزعي الأمن ومغادرة معظم قوات التحالف\n\n{Paragraph}").Removed);
    }

    [Fact]
    public void A_section_label_above_the_headline_is_removed()
    {
        var cleaned = Clean($"سياسة عربية\n\nالكاظمي يتوعد مزعزعي الأمن.. ومغادرة معظم قوات التحالف\n\n{Paragraph}");
        Assert.Equal(BoilerplateCleaner.SectionLabel, Reason(cleaned, "سياسة عربية"));
        Assert.StartsWith("\n\nالكاظمي", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_headline_above_a_paragraph_is_not_a_section_label()
    {
        Assert.Empty(Clean($"بغداد تحتفل بالنصر\n\n{Paragraph}\n").Removed);
    }

    [Fact]
    public void A_three_word_headline_above_a_subtitle_is_not_a_section_label()
    {
        Assert.Empty(Clean($"بغداد تحتفل بالنصر\n\nالحكومة تعلن عطلة رسمية في جميع المحافظات\n\n{Paragraph}\n").Removed);
    }

    [Fact]
    public void A_category_glued_to_a_word_of_another_language_is_removed()
    {
        var cleaned = Clean($"{Paragraph}\n\nالدوليةایران\n\n{Second}");
        Assert.Equal(BoilerplateCleaner.SectionLabel, Reason(cleaned, "الدوليةایران"));
    }

    [Fact]
    public void A_line_printed_twice_in_a_row_keeps_its_first_copy()
    {
        const string caption = "القوات الأمريكية ستقدم الدعم الجوي للعراق- حساب الكاظمي في تويتر";
        var text = $"{Paragraph}\n{caption} \n{caption}\n{Second}";
        var cleaned = Clean(text);
        var removal = Assert.Single(cleaned.Removed);
        Assert.Equal(BoilerplateCleaner.DuplicateLine, removal.Reason);
        Assert.Equal(text.LastIndexOf(caption, StringComparison.Ordinal), removal.Start);
        Assert.Contains(caption, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_repeated_in_a_row_are_not_duplicates_and_neither_are_different_numbers()
    {
        Assert.Empty(Clean($"{Paragraph}\n5\n17\n17\n{Second}").Removed);
    }

    [Fact]
    public void Lines_recurring_in_an_outlets_articles_are_learned()
    {
        var batch = Enumerable.Range(0, 4)
            .Select(i => ($"{Headlines[i]}\n{Paragraph}\nتابعونا على قناتنا الرسمية\n{Headlines[3 - i]}", (string?)"outlet-a"))
            .ToList();
        var cleaner = BoilerplateCleaner.Learn(batch);
        var cleaned = Clean($"{Second}\nتابعونا على قناتنا الرسمية\n", cleaner);
        Assert.Equal(BoilerplateCleaner.RepeatedInOutlet, cleaner.Clean($"{Second}\nتابعونا على قناتنا الرسمية\n", "outlet-a").Removed.Single().Reason);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void Lines_that_are_boilerplate_of_two_outlets_are_learned_for_every_outlet()
    {
        var batch = Enumerable.Range(0, 6)
            .Select(i => ($"{Headlines[i % 4]}\nحقوق النشر محفوظة للناشر\n{Headlines[(i + 1) % 4]}", (string?)$"outlet-{i % 2}"))
            .ToList();
        var cleaner = BoilerplateCleaner.Learn(batch);
        var cleaned = Clean($"{Paragraph}\nحقوق النشر محفوظة للناشر", cleaner);
        Assert.Equal(BoilerplateCleaner.RepeatedAcrossCollection, Reason(cleaned, "حقوق النشر محفوظة للناشر"));
    }

    [Fact]
    public void Sentences_and_lines_with_numbers_are_never_learned()
    {
        var batch = Enumerable.Range(0, 8)
            .Select(i => ($"{Headlines[i % 4]}\nوقد أعد مرسوم ملكي بذلك.\nالرياض 25 شوال 1436 هـ واس\n{Headlines[(i + 1) % 4]}", (string?)"outlet-a"))
            .ToList();
        var cleaner = BoilerplateCleaner.Learn(batch);
        Assert.Empty(cleaner.Clean("وقد أعد مرسوم ملكي بذلك.\nالرياض 25 شوال 1436 هـ واس", "outlet-a").Removed);
    }

    [Fact]
    public void A_wire_story_copied_by_several_outlets_does_not_teach_its_own_lines()
    {
        const string headline = "المملكة ترحب بقرار مجلس الأمن";
        var batch = Enumerable.Range(0, 4).Select(i => ($"{headline}\n{Paragraph}\n{Second}", (string?)$"outlet-{i}")).ToList();
        var cleaner = BoilerplateCleaner.Learn(batch);
        Assert.Empty(cleaner.LearnedAcrossOutlets);
        Assert.Empty(Clean($"{headline}\n{Paragraph}", cleaner).Removed);
    }

    [Fact]
    public void Windows_line_breaks_and_empty_text_keep_the_offsets_exact()
    {
        var cleaned = Clean($"{Paragraph}\r\n\r\nEmail\r\n");
        Assert.Equal("Email", Assert.Single(cleaned.Removed).Text);
        Assert.Empty(Clean(string.Empty).Removed);
        Assert.Empty(Clean("\n\n\u00A0\n").Removed);
    }

    [Fact]
    public void The_phrase_file_states_its_provenance()
    {
        var header = new Mizan.Text.LanguageDataFiles(typeof(BoilerplateCleaner).Assembly, "Mizan.Ingest.Data.").Header("boilerplate-phrases.txt");
        Assert.Contains(header, l => l.StartsWith("source:", StringComparison.Ordinal));
        Assert.Contains(header, l => l.StartsWith("licence:", StringComparison.Ordinal));
        Assert.Contains(header, l => l.StartsWith("normalized:", StringComparison.Ordinal));
    }
}
