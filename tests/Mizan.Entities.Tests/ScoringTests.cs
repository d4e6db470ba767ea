using Mizan.Entities.Tagging;

namespace Mizan.Entities.Tests;

/// <summary>Chunking and entity-level scoring with conlleval's rules.</summary>
public sealed class ScoringTests
{
    [Fact]
    public void An_entity_starts_at_B_and_runs_while_I_of_the_same_type_follows()
    {
        Assert.Equal([new Chunk("PERS", 0, 2), new Chunk("LOC", 3, 4)], Iob.Chunks(["B-PERS", "I-PERS", "O", "B-LOC"]));
    }

    [Fact]
    public void An_I_tag_after_O_or_another_type_starts_an_entity()
    {
        Assert.Equal([new Chunk("ORG", 1, 3), new Chunk("LOC", 3, 4)], Iob.Chunks(["O", "I-ORG", "I-ORG", "I-LOC"]));
    }

    [Fact]
    public void B_after_B_of_the_same_type_starts_a_second_entity()
    {
        Assert.Equal([new Chunk("LOC", 0, 1), new Chunk("LOC", 1, 2)], Iob.Chunks(["B-LOC", "B-LOC"]));
    }

    [Fact]
    public void An_entity_counts_only_with_the_same_type_and_both_boundaries()
    {
        var scorer = new EntityScorer();
        string[] gold = ["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG"];
        string[] guess = ["B-PERS", "O", "O", "B-LOC", "O", "B-LOC"];
        scorer.Add(gold, guess);
        var overall = scorer.Overall();
        Assert.Equal((1, 3, 3), (overall.Correct, overall.Predicted, overall.Gold));
        var loc = scorer.ByType().Single(s => s.Type == "LOC");
        Assert.Equal((1, 2, 1), (loc.Correct, loc.Predicted, loc.Gold));
        Assert.Equal(50.0, loc.Precision, 6);
        Assert.Equal(100.0, loc.Recall, 6);
        Assert.Equal(200.0 / 3, loc.F1, 6);
    }

    [Fact]
    public void Scores_are_micro_averaged_over_sentences()
    {
        var scorer = new EntityScorer();
        scorer.Add(["B-LOC"], ["B-LOC"]);
        scorer.Add(["B-LOC", "O"], ["O", "B-PERS"]);
        var overall = scorer.Overall();
        Assert.Equal((1, 2, 2), (overall.Correct, overall.Predicted, overall.Gold));
        Assert.Equal(50.0, overall.F1, 6);
    }

    [Fact]
    public void Tag_sequences_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new EntityScorer().Add(["O"], ["O", "O"]));
    }

    [Fact]
    public void Valid_IOB2_allows_I_only_after_the_same_type()
    {
        Assert.True(Iob.CanFollow("B-PERS", "I-PERS"));
        Assert.True(Iob.CanFollow("I-PERS", "I-PERS"));
        Assert.False(Iob.CanFollow("O", "I-PERS"));
        Assert.False(Iob.CanFollow("B-LOC", "I-PERS"));
        Assert.True(Iob.CanFollow("O", "B-PERS"));
    }
}
