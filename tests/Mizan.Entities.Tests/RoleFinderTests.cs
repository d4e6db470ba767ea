using Mizan.Text.Tokenization;

namespace Mizan.Entities.Tests;

/// <summary>The role before a person's name (see <see cref="RoleFinder"/>), one test per pattern.</summary>
public sealed class RoleFinderTests
{
    /// <summary>The role found before <paramref name="name"/> in <paramref name="text"/>, as text, or null.</summary>
    private static string? RoleBefore(string text, string name)
    {
        var tokens = Tokenizer.Tokenize(text);
        var at = text.IndexOf(name, StringComparison.Ordinal);
        var nameToken = tokens.Select((t, i) => (t, i)).First(p => p.t.Start == at).i;
        var span = RoleFinder.Default.Find(text, tokens, nameToken, 0);
        return span is { } s ? text[tokens[s.Start].Start..tokens[s.End - 1].End] : null;
    }

    [Fact]
    public void A_role_phrase_with_an_adjective_runs_up_to_the_name()
    {
        Assert.Equal("رئيس الوزراء العراقي", RoleBefore("وقال رئيس الوزراء العراقي مصطفى الكاظمي إن", "مصطفى"));
    }

    [Fact]
    public void A_rank_after_a_comma_leaves_the_role_phrase_before_it()
    {
        Assert.Equal(
            "قائد القيادة الوسطى الأمريكية",
            RoleBefore("بدوره قال قائد القيادة الوسطى الأمريكية، الجنرال فرانك ماكينزي، إن", "فرانك"));
    }

    [Fact]
    public void A_spokesman_role_with_baism_keeps_the_body_it_speaks_for()
    {
        Assert.Equal("المتحدث باسم القيادة", RoleBefore("وقال المتحدث باسم القيادة ، اللواء تحسين الخفاجي", "تحسين"));
    }

    [Fact]
    public void An_adviser_role_before_a_comma_is_found()
    {
        Assert.Equal("مستشار الأمن القومي العراقي", RoleBefore("وقال مستشار الأمن القومي العراقي ، قاسم الأعرجي", "قاسم"));
    }

    [Fact]
    public void A_role_set_off_by_commas_without_spaces_is_found()
    {
        Assert.Equal("وزير الخارجية العراقي", RoleBefore("وقال وزير الخارجية العراقي، فؤاد حسين، إن", "فؤاد"));
    }

    [Fact]
    public void A_title_alone_is_the_role()
    {
        Assert.Equal("الفريق الركن", RoleBefore("وصل الفريق الركن عبد الأمير الشمري", "عبد"));
        Assert.Equal("السيد", RoleBefore("استقبل السيد فؤاد حسين", "فؤاد"));
    }

    [Fact]
    public void The_farthest_role_head_wins()
    {
        Assert.Equal(
            "الناطق باسم القائد العام للقوات المسلحة",
            RoleBefore("وقال الناطق باسم القائد العام للقوات المسلحة يحيى رسول", "يحيى"));
    }

    [Fact]
    public void A_role_phrase_may_hold_fi_before_a_body()
    {
        Assert.Equal("عضو لجنة الأمن والدفاع في مجلس النواب", RoleBefore("وقال عضو لجنة الأمن والدفاع في مجلس النواب بدر الزيادي", "بدر"));
    }

    [Fact]
    public void The_search_stops_where_the_caller_says()
    {
        const string text = "قائد فيلق القدس الحاج قاسم سليماني وأبو مهدي المهندس";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Null(RoleFinder.Default.Find(text, tokens, 6, 6));
        var span = RoleFinder.Default.Find(text, tokens, 4, 0);
        Assert.Equal((0, 3), (span!.Value.Start, span.Value.End));
    }

    [Fact]
    public void No_role_is_taken_across_punctuation_or_a_clause()
    {
        Assert.Null(RoleBefore("التقى وزير الخارجية. جو بايدن", "جو"));
        Assert.Null(RoleBefore("قال وزير الخارجية إن جو بايدن", "جو"));
        Assert.Null(RoleBefore("وصل جو بايدن", "جو"));
    }

    [Fact]
    public void A_role_set_after_the_name_between_commas_is_found()
    {
        const string text = "يقول البعض، مثل الجنرال كينيث ماكنزي، قائد القيادة المركزية الأمريكية، إن بلاده لن تقلل عدد قواتها";
        var tokens = Tokenizer.Tokenize(text);
        var nameEnd = tokens.Select((t, i) => (t, i)).First(p => text[p.t.Start..p.t.End] == "ماكنزي").i + 1;
        var span = RoleFinder.Default.FindAfter(text, tokens, nameEnd);
        Assert.Equal("قائد القيادة المركزية الأمريكية", span is { } s ? text[tokens[s.Start].Start..tokens[s.End - 1].End] : null);
    }

    [Fact]
    public void A_clause_after_the_name_is_no_role()
    {
        const string text = "وقال الجنرال كينيث ماكنزي، إن القوات باقية";
        var tokens = Tokenizer.Tokenize(text);
        var nameEnd = tokens.Select((t, i) => (t, i)).First(p => text[p.t.Start..p.t.End] == "ماكنزي").i + 1;
        Assert.Null(RoleFinder.Default.FindAfter(text, tokens, nameEnd));
    }

    [Fact]
    public void A_title_alone_before_the_name_gives_way_to_the_role_after_it()
    {
        var mention = EntityRecognizer.Default.Recognize("يقول البعض، مثل الجنرال كينيث ماكنزي، قائد القيادة المركزية الأمريكية، إن بلاده لن تقلل عدد قواتها")
            .Single(m => m.Text.Contains("ماكنزي", StringComparison.Ordinal));
        Assert.Equal("قائد القيادة المركزية الأمريكية", mention.Role);
    }
}
