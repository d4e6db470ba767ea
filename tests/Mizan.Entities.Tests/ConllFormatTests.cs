using Mizan.Entities.Conll;
using Mizan.Testing;

namespace Mizan.Entities.Tests;

/// <summary>The CoNLL reader's rules (see <see cref="ConllFormat"/>), one test each.</summary>
public sealed class ConllFormatTests
{
    private static ConllDocument Read(string text, bool withTags = true) => ConllFormat.Read(new StringReader(text), withTags);

    [Fact]
    public void The_tag_follows_the_last_space_and_the_token_keeps_inner_spaces()
    {
        var document = Read(". Oالإصابة O\nستبعد O\n");
        Assert.Equal([". Oالإصابة", "ستبعد"], document.Sentences[0].Tokens);
        Assert.Equal(["O", "O"], document.Sentences[0].Tags!);
    }

    [Fact]
    public void A_line_without_a_tag_is_reported_and_read_as_O()
    {
        var document = Read("بغداد B-LOC\nمدينة\n");
        Assert.Equal(["B-LOC", "O"], document.Sentences[0].Tags!);
        Assert.Contains(document.Warnings, w => w.StartsWith("line 2:", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_lines_end_sentences_and_a_run_of_them_is_one_break()
    {
        var document = Read("أ O\n\n\n  \nب O\nج O");
        Assert.Equal(2, document.Sentences.Count);
        Assert.Equal(["ب", "ج"], document.Sentences[1].Tokens);
        Assert.Equal(5, document.Sentences[1].Line);
    }

    [Fact]
    public void A_byte_order_mark_and_carriage_returns_are_ignored()
    {
        var document = Read("\uFEFFبغداد B-LOC\r\nاليوم O\r\n");
        Assert.Equal(["بغداد", "اليوم"], document.Sentences[0].Tokens);
        Assert.Equal(["B-LOC", "O"], document.Sentences[0].Tags!);
    }

    [Fact]
    public void An_I_tag_that_continues_nothing_is_read_as_B_and_reported()
    {
        var document = Read("ديسمبر/كانون O\nالأول I-MISC\nفرانك B-PERS\nبغداد I-LOC\n");
        Assert.Equal(["O", "B-MISC", "B-PERS", "B-LOC"], document.Sentences[0].Tags!);
        Assert.Equal(2, document.Warnings.Count);
    }

    [Fact]
    public void A_tag_outside_IOB2_is_reported_and_read_as_O()
    {
        var document = Read("بغداد LOC\n");
        Assert.Equal(["O"], document.Sentences[0].Tags!);
        Assert.Single(document.Warnings);
    }

    [Fact]
    public void Without_tags_anything_after_the_last_space_is_ignored()
    {
        var document = Read("بغداد B-LOC\nاليوم\nو x y\n", withTags: false);
        Assert.Equal(["بغداد", "اليوم", "و x"], document.Sentences[0].Tokens);
        Assert.Null(document.Sentences[0].Tags);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Writing_gives_token_space_tag_lines_and_a_blank_line_after_each_sentence()
    {
        var writer = new StringWriter();
        ConllFormat.Write(writer, [(["أعلن", "العراق"], ["O", "B-LOC"]), (["."], ["O"])]);
        Assert.Equal("أعلن O\nالعراق B-LOC\n\n. O\n\n", writer.ToString());
    }

    [SharedDataFact]
    public void The_ANERcorp_training_file_has_the_documented_size_and_its_quirks()
    {
        var path = Path.Combine(Mizan.Testing.Repository.Shared!, "data", "anercorp", "train.txt");
        var document = ConllFormat.ReadFile(path, withTags: true);
        Assert.Equal(3988, document.Sentences.Count);
        Assert.Equal(125114, document.TokenCount);
        Assert.Contains(document.Sentences.SelectMany(s => s.Tokens), t => t == ". Oالإصابة");
        Assert.All(document.Warnings, w => Assert.Contains("does not continue an entity", w, StringComparison.Ordinal));
    }
}
