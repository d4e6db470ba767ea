using System.Globalization;
using Mizan.Analysis;

namespace Mizan.Briefs.Tests;

/// <summary>Figures told apart right: by action, over time, by synonym, and fraction words that are no figures. Sentences written for these tests.</summary>
public sealed class FigureClaimsTests
{
    private static AnalyzedArticle Make(string id, string published, string text)
    {
        var day = DateOnly.FromDateTime(DateTime.Parse(published, CultureInfo.InvariantCulture));
        return new(new BriefArticle(id, null, "outlet-" + id, null, published, false, text, []), TextAnalyzer.Default.Analyze(text, day));
    }

    /// <summary>The claims of a story of two reports by two outlets: the first at 08:00, the second at <paramref name="secondAt"/>.</summary>
    private static List<Claim> TwoReports(string first, string second, string secondAt = "2015-03-02T08:30:00") =>
        FigureClaims.ForStory([Make("a", "2015-03-02T08:00:00", first), Make("b", secondAt, second)]);

    [Fact]
    public void A_bare_number_that_counts_nothing_is_no_claim_though_two_sources_give_it()
    {
        var claims = TwoReports("افتتح الفريق التسجيل في الدقيقة 24 عندما سدد المهاجم كرة قوية، وبلغت الأرباح 5 ملايين ريال.", "سجل الفريق هدفه في الدقيقة 24 عندما انطلق المهاجم، وحقق أرباحا بلغت 5 ملايين ريال.");
        Assert.DoesNotContain(claims, c => c.Values.Any(v => v.Value == "24"));
        Assert.Contains(claims, c => c.Status == "agree" && c.Values.Single().Value == "5000000");
    }

    [Fact]
    public void One_value_an_article_giving_two_values_of_one_noun_puts_neither_at_odds()
    {
        // Each article gives the centres for men and for women: the noun counts two things there.
        var claims = TwoReports("افتتحت اللجنة 74 مركزا للرجال و34 مركزا للنساء في المحافظة.", "تضم المحافظة 64 مركزا للرجال و44 مركزا للنساء بحسب اللجنة.");
        Assert.DoesNotContain(claims, c => c.Status == "conflict");

        // One value each: the same two reports are at odds.
        var single = TwoReports("افتتحت اللجنة 74 مركزا انتخابيا في المحافظة.", "تضم المحافظة 64 مركزا انتخابيا بحسب اللجنة.");
        Assert.Equal(["74", "64"], Assert.Single(single, c => c.Status == "conflict").Values.Select(v => v.Value).Order().Reverse());
    }

    [Fact]
    public void Other_place_two_figures_whose_sentences_name_no_place_in_common_are_no_conflict()
    {
        var claims = TwoReports("ركبت البلدية 90 لوحة في القطيف خلال الأسبوع الماضي.", "ركبت البلدية 120 لوحة في المدينة المنورة خلال الأسبوع الماضي.");
        Assert.DoesNotContain(claims, c => c.Status == "conflict");

        var samePlace = TwoReports("ركبت البلدية 90 لوحة في القطيف خلال الأسبوع الماضي.", "ركبت البلدية 120 لوحة في القطيف خلال الأسبوع الماضي.");
        Assert.Contains(samePlace, c => c.Status == "conflict");
    }

    [Fact]
    public void Far_apart_values_of_a_thing_other_than_a_toll_are_no_conflict_but_a_toll_far_apart_is()
    {
        // 1.4 million pilgrims in all and 275,000 of one country: one noun, two counts.
        var claims = TwoReports("تتوقع الوزارة وصول مليون وأربعمائة ألف حاج هذا الموسم.", "تتوقع الوزارة وصول 275 ألف حاج هذا الموسم.");
        Assert.DoesNotContain(claims, c => c.Status == "conflict");

        // Within half again of each other, the same two reports are at odds.
        var near = TwoReports("تتوقع الوزارة وصول 300 ألف حاج هذا الموسم.", "تتوقع الوزارة وصول 275 ألف حاج هذا الموسم.");
        Assert.Contains(near, c => c.Status == "conflict");

        // A toll four times another at one time stays a conflict: first counts of the injured differ that much.
        var toll = TwoReports("أسفر الانفجار عن إصابة 100 شخص بجروح في السوق.", "أسفر الانفجار عن إصابة 25 شخصا بجروح في السوق.", "2015-03-02T08:20:00");
        Assert.Equal("conflict", Assert.Single(toll, c => c.Action == "injured").Status);

        // A toll of one attack against a count of months of attacks, more than four times apart, is no conflict.
        var tolls = TwoReports("قتل 6 أشخاص في تفجير السوق صباح اليوم.", "قتل 600 شخص في تفجير السوق والهجمات السابقة.", "2015-03-02T08:20:00");
        Assert.DoesNotContain(tolls, c => c.Status == "conflict");
    }

    [Fact]
    public void An_article_whose_quote_gives_a_toll_far_from_its_own_contradicts_nothing()
    {
        static List<Claim> Inner(string text)
        {
            var article = Make("a", "2015-07-31T10:00:00", text);
            return InnerConflicts.Find(article, SentenceBag.All("a", "outlet-a", article.Analysis).ToList());
        }

        // A toll and its source's figure for months of attacks: four times apart and more.
        Assert.Empty(Inner("فجر انتحاري نفسه في سوق المدينة مما أدى إلى مقتل ستة أشخاص في الهجوم. وقال المتحدث: «قتل أكثر من 600 شخص في هجمات الجماعة على المدينة منذ مايو»."));

        // The same article with its source's figure near its own is at odds with it.
        Assert.Single(Inner("فجر انتحاري نفسه في سوق المدينة مما أدى إلى مقتل ستة أشخاص في الهجوم. وقال المتحدث: «قتل تسعة أشخاص في هجوم السوق على المدينة»."));
    }

    [Fact]
    public void Bound_met_a_value_that_meets_the_others_bound_is_no_conflict_one_that_breaks_it_is()
    {
        var met = TwoReports("أخمدت فرق الدفاع المدني أكثر من 20 حريقا في الغابات خلال الأسبوع.", "أخمدت فرق الدفاع المدني 27 حريقا في الغابات خلال الأسبوع.");
        Assert.DoesNotContain(met, c => c.Status == "conflict");

        var atLeast = TwoReports("لقي 13 شخصا على الأقل مصرعهم في غرق المركب.", "لقي 15 شخصا مصرعهم في غرق المركب.", "2015-03-02T08:20:00");
        Assert.DoesNotContain(atLeast, c => c.Status == "conflict");

        var broken = TwoReports("هرب أكثر من 60 سجينا من السجن المركزي ليلة أمس.", "هرب 55 سجينا من السجن المركزي ليلة أمس.");
        Assert.Contains(broken, c => c.Status == "conflict");
    }

    [Fact]
    public void A_label_shows_the_action_word_without_a_conjunction_glued_to_it()
    {
        var claims = TwoReports("أسفر الحادث عن وفاة 3 أشخاص وإصابة 7 آخرين بجروح في الطريق السريع.", "أدى الحادث إلى وفاة 3 أشخاص وإصابة 7 آخرين بجروح على الطريق السريع.");
        Assert.Equal("آخرين، إصابة", Assert.Single(claims, c => c.Action == "injured").About);
        Assert.Equal("أشخاص، وفاة", Assert.Single(claims, c => c.Action == "killed").About);

        var behind = TwoReports("ندد المجلس بمقتل 10 مدنيين في القصف على البلدة.", "أدان المجلس بمقتل 10 مدنيين في القصف على البلدة.");
        Assert.Equal("مدنيين، مقتل", Assert.Single(behind, c => c.Action == "killed").About);
    }

    [Fact]
    public void Killed_and_injured_counts_of_the_same_noun_are_two_claims_not_a_conflict()
    {
        var claims = TwoReports("أسفر انهيار المبنى القديم عن مقتل 12 شخصا وإصابة 30 آخرين بجروح.", "قتل 12 شخصا وأصيب 30 شخصا في انهيار المبنى القديم وسط المدينة.");
        Assert.DoesNotContain(claims, c => c.Status == "conflict");
        var killed = Assert.Single(claims, c => c.Action == "killed");
        var injured = Assert.Single(claims, c => c.Action == "injured");
        Assert.Equal(("agree", "12"), (killed.Status, killed.Values.Single().Value));
        Assert.Equal(("agree", "30"), (injured.Status, injured.Values.Single().Value));
    }

    [Fact]
    public void A_toll_that_later_reports_say_rose_is_evolving_with_its_values_in_time_order()
    {
        var claims = FigureClaims.ForStory(
        [
            Make("c", "2015-03-05T22:00:00", "ارتفعت حصيلة قتلى حريق المصنع إلى 41 قتيلا بعد انتشال جثث جديدة."),
            Make("a", "2015-03-05T10:00:00", "لقي 20 شخصا مصرعهم في حريق المصنع الكبير صباح اليوم."),
            Make("b", "2015-03-05T15:00:00", "وارتفعت حصيلة قتلى حريق المصنع إلى 27 شخصا بحسب الدفاع المدني."),
        ]);
        var toll = Assert.Single(claims, c => c.Action == "killed");
        Assert.Equal("evolving", toll.Status);
        Assert.Equal(["20", "27", "41"], toll.Values.Select(v => v.Value));
        Assert.Equal(["2015-03-05T10:00:00", "2015-03-05T15:00:00", "2015-03-05T22:00:00"], toll.Values.Select(v => v.Published));
        Assert.DoesNotContain(claims, c => c.Status == "conflict");
    }

    [Fact]
    public void Different_tolls_at_the_same_time_without_an_update_are_a_conflict()
    {
        var claims = FigureClaims.ForStory(
        [
            Make("a", "2015-03-05T10:00:00", "لقي 20 شخصا مصرعهم في حريق المصنع الكبير صباح اليوم."),
            Make("b", "2015-03-05T10:05:00", "لقي 26 شخصا مصرعهم في حريق المصنع الكبير صباح اليوم."),
        ]);
        var toll = Assert.Single(claims, c => c.Action == "killed");
        Assert.Equal("conflict", toll.Status);
        Assert.Equal(["20", "26"], toll.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rise_without_an_update_word_a_few_hours_later_is_no_evolving_figure()
    {
        var claims = FigureClaims.ForStory(
        [
            Make("a", "2015-03-05T10:00:00", "لقي 20 شخصا مصرعهم في حريق المصنع الكبير صباح اليوم."),
            Make("b", "2015-03-05T13:00:00", "لقي 26 شخصا مصرعهم في حريق المصنع الكبير صباح اليوم."),
        ]);
        Assert.Equal("conflict", Assert.Single(claims, c => c.Action == "killed").Status);
    }

    [Fact]
    public void Uncued_rise_a_larger_toll_reported_hours_later_is_an_update()
    {
        var claims = FigureClaims.ForStory(
        [
            Make("a", "2015-03-05T10:00:00", "لقي 20 شخصا مصرعهم في حريق المصنع الكبير صباح اليوم."),
            Make("b", "2015-03-06T09:00:00", "لقي 26 شخصا مصرعهم في حريق المصنع الكبير أمس بحسب الدفاع المدني."),
        ]);
        var toll = Assert.Single(claims, c => c.Action == "killed");
        Assert.Equal("evolving", toll.Status);
        Assert.Equal(["20", "26"], toll.Values.Select(v => v.Value));
    }

    [Fact]
    public void Uncued_rise_counts_only_tolls_not_other_things()
    {
        var claims = FigureClaims.ForStory(
        [
            Make("a", "2015-03-05T10:00:00", "وصلت 20 شاحنة محملة بالمساعدات إلى المدينة المنكوبة."),
            Make("b", "2015-03-06T09:00:00", "وصلت 26 شاحنة محملة بالمساعدات إلى المدينة المنكوبة."),
        ]);
        Assert.DoesNotContain(claims, c => c.Status == "evolving");
    }

    [Fact]
    public void Uncued_rise_given_beside_the_smaller_count_in_one_report_stays_a_conflict()
    {
        var claims = FigureClaims.ForStory(
        [
            Make("a", "2015-03-05T10:00:00", "أعلن الجيش مقتل 3 جنود في الهجوم على الموقع الحدودي."),
            Make("b", "2015-03-06T09:00:00", "قال المهاجمون إنهم قتلوا 9 جنود في الهجوم، بينما أعلن الجيش مقتل 3 جنود."),
        ]);
        Assert.DoesNotContain(claims, c => c.Status == "evolving");
    }

    [Fact]
    public void Same_round_two_values_given_at_about_one_time_share_a_round_of_an_evolving_toll()
    {
        var claims = FigureClaims.ForStoryWithRounds(
        [
            Make("a", "2015-03-05T10:00:00", "لقي 20 شخصا مصرعهم في انهيار الجسر صباح اليوم."),
            Make("b", "2015-03-05T10:20:00", "لقي 23 شخصا مصرعهم في انهيار الجسر صباح اليوم."),
            Make("c", "2015-03-05T20:00:00", "وارتفعت حصيلة قتلى انهيار الجسر إلى 35 شخصا بعد انتشال جثث من النهر."),
        ]);
        var (toll, rounds) = Assert.Single(claims, c => c.Claim.Action == "killed");
        Assert.Equal("evolving", toll.Status);
        Assert.Equal(["20", "23", "35"], toll.Values.Select(v => v.Value));
        Assert.Equal([1, 1, 2], rounds);
    }

    [Fact]
    public void Round_opener_a_larger_figure_that_opens_no_round_does_not_hide_a_later_update()
    {
        var claims = FigureClaims.ForStoryWithRounds(
        [
            Make("a", "2015-03-01T10:00:00", "لقي 30 شخصا مصرعهم في السيول هذا الأسبوع، وكانت السيول قد أودت بحياة 300 شخص العام الماضي."),
            Make("b", "2015-03-03T10:00:00", "لقي 45 شخصا مصرعهم في السيول التي تضرب البلاد منذ أسبوع."),
        ]);
        var (toll, rounds) = Assert.Single(claims, c => c.Claim.Action == "killed");
        Assert.Equal("evolving", toll.Status);
        Assert.Equal(2, rounds[toll.Values.ToList().FindIndex(v => v.Value == "45")]);
    }

    [Fact]
    public void Figures_of_one_article_about_one_thing_under_two_nouns_are_one_claim()
    {
        var claims = FigureClaims.ForStory(
        [
            Make("a", "2015-04-01T09:00:00", "وزعت الجمعية 300 سلة غذائية على الأسر في القرى. وقال رئيسها إن 300 حصة غذائية وصلت إلى مستحقيها."),
            Make("b", "2015-04-01T11:00:00", "أعلنت الجمعية توزيع 300 سلة غذائية على أسر القرى النائية."),
        ]);
        var food = Assert.Single(claims, c => c.Values.Any(v => v.Value == "300"));
        Assert.Equal("agree", food.Status);
        Assert.Equal(2, food.Values.Single().Sources);
        Assert.Equal(3, food.Values.Single().Evidence.Count);
    }

    [Fact]
    public void Fraction_compounds_are_no_figures_and_a_share_is_shown_as_written()
    {
        AnalyzedArticle[] members =
        [
            Make("a", "2015-04-01T09:00:00", "نشرت الشركة تقريرها الربع سنوي وتأهل فريقها إلى الدور نصف النهائي، وقالت إن ثلث البلاد يعاني الجفاف."),
            Make("b", "2015-04-01T10:00:00", "قالت الشركة في تقريرها إن ثلث البلاد يعاني الجفاف منذ عامين."),
        ];
        var rows = FigureClaims.Rows(members);
        Assert.DoesNotContain(rows, r => r.About is { } about && (about.Contains("سنوي", StringComparison.Ordinal) || about.Contains("نهائي", StringComparison.Ordinal)));
        var third = Assert.Single(rows, r => r.Fraction == "1/3");
        Assert.Equal("ثلث", third.Written);
        var claim = Assert.Single(FigureClaims.Find(rows, members));
        Assert.Equal(("agree", "ثلث"), (claim.Status, claim.Values.Single().Value));
    }

    [Fact]
    public void A_bare_number_in_words_lends_no_source_to_another_figure_of_its_value_but_one_in_digits_does()
    {
        // «خمسة من المتعاقدين» counts no noun: it is no second source for the five attackers of the other report.
        var words = TwoReports("قتل 12 شخصا بينهم خمسة إرهابيين في الهجوم على الفندق.", "وسقط خمسة من المتعاقدين مع البعثة في الهجوم على الفندق.");
        Assert.DoesNotContain(words, c => c.Status == "agree" && c.Values.Any(v => v.Value == "5"));
        Assert.Contains(words, c => c.Status == "single" && c.Values.Single().Value == "5");

        var digits = TwoReports("دعت الوزارة 2199 مواطنا ومواطنة للمطابقة.", "نشرت الوزارة أسماء 2199 من المتقدمين للمطابقة.");
        Assert.Equal(2, Assert.Single(digits, c => c.Values.Any(v => v.Value == "2199")).Values.Single().Sources);
    }

    [Fact]
    public void A_counted_noun_with_or_without_its_accusative_alif_is_one_thing()
    {
        var claims = FigureClaims.ForStory(
        [
            Make("a", "2015-04-01T09:00:00", "قدم البنك 58047 قرضًا اجتماعيا خلال النصف الأول."),
            Make("b", "2015-04-01T10:00:00", "قدم البنك 58047 قرضا اجتماعيا خلال النصف الأول."),
            Make("c", "2015-04-01T11:00:00", "اعتمد البنك (58.047) قرض اجتماعي خلال النصف الأول."),
            Make("d", "2015-04-01T12:00:00", "اعتمد البنك 58047 قرض اجتماعي خلال النصف الأول."),
        ]);
        Assert.Equal(4, Assert.Single(claims, c => c.Values.Any(v => v.Value == "58047")).Values.Single().Sources);
    }

    [Fact]
    public void Rounded_met_a_figure_with_a_scale_word_and_the_exact_count_it_rounds_are_no_conflict()
    {
        var rounded = TwoReports("وتم خلال هذه المرحلة عرض 1.19 مليون سهم على المؤسسات.", "وتم خلالها عرض 1,190,121 سهما على المؤسسات.");
        Assert.DoesNotContain(rounded, c => c.Status == "conflict");

        var apart = TwoReports("وتم خلال هذه المرحلة عرض 1.19 مليون سهم على المؤسسات.", "وتم خلالها عرض 1,250,121 سهما على المؤسسات.");
        Assert.Contains(apart, c => c.Status == "conflict");

        // 300 ألف is written to the thousand: 299,500 rounds to it (275 ألف does not: a conflict, as the test of far-apart values shows).
        var thousands = TwoReports("تتوقع الوزارة وصول 300 ألف حاج هذا الموسم.", "تتوقع الوزارة وصول 299,500 حاج هذا الموسم.");
        Assert.DoesNotContain(thousands, c => c.Status == "conflict");
    }

    [Fact]
    public void Alike_to_join_a_figure_about_another_noun_joins_when_its_sentence_says_the_same_or_its_value_is_specific()
    {
        var unrelated = TwoReports("قال وزير الري إن المستثمر سيحصل على أرضه خلال 3 أشهر من تقديم طلبه.", "شهد حفل الافتتاح إقامة 3 منصات رئيسة للضيوف على ضفة القناة.");
        Assert.DoesNotContain(unrelated, c => c.Status == "agree" && c.Values.Single().Value == "3");

        var alike = TwoReports("أعلنت الوزارة أن 2500 جندي سيبقون في العراق بعد انسحاب القوات.", "أكد المتحدث أن 2500 أميركي سيبقون في العراق بعد انسحاب القوات.");
        Assert.Equal(2, Assert.Single(alike, c => c.Status == "agree" && c.Values.Single().Value == "2500").Values.Single().Sources);

        // A specific value (not a round hundred) joins though the two sentences are worded apart.
        var specific = TwoReports("أنقذت سفن الإغاثة أكثر من 370 شخصا من قارب انقلب قبالة ليبيا.", "رست في الميناء سفينة تحمل نحو 370 من الناجين.");
        Assert.Equal(2, Assert.Single(specific, c => c.Status == "agree" && c.Values.Single().Value == "370").Values.Single().Sources);
    }
}
