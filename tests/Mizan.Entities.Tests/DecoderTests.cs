using Mizan.Entities.Tagging;

namespace Mizan.Entities.Tests;

/// <summary>The exact second-order decoder: whole-sentence choice, valid IOB2, the history features, determinism.</summary>
public sealed class DecoderTests
{
    private static readonly IReadOnlyList<string> Tags = Iob.Tags;
    private static readonly int O = Index("O");
    private static readonly int BPers = Index("B-PERS");
    private static readonly int IPers = Index("I-PERS");
    private static readonly int BLoc = Index("B-LOC");

    private static int Index(string tag) => Tags.ToList().IndexOf(tag);

    private static SequenceScores Scores(int length) =>
        new(length, Tags.Count, SequenceScores.HistoryWeights([.. Tags, FeatureExtractor.Start], _ => -1, (_, _) => { }));

    private static void Emit(SequenceScores scores, int token, int tag, double value) =>
        scores.EmissionOf(token)[tag] = value;

    private static string[] Decode(SequenceScores scores) =>
        [.. SequenceDecoder.Decode(scores, LinearTagger.Transitions(Tags)).Select(t => Tags[t])];

    [Fact]
    public void An_unknown_first_name_joins_the_name_when_the_whole_path_scores_higher()
    {
        // Token 0 alone leans O (2 against 1), but B-PERS I-PERS (1 + 5) beats O B-PERS (2 + 3): a greedy tagger
        // would have begun the name at token 1.
        var scores = Scores(2);
        Emit(scores, 0, O, 2);
        Emit(scores, 0, BPers, 1);
        Emit(scores, 1, IPers, 5);
        Emit(scores, 1, BPers, 3);
        Assert.Equal(["B-PERS", "I-PERS"], Decode(scores));
    }

    [Fact]
    public void An_inside_tag_never_follows_O_or_another_type_however_high_it_scores()
    {
        var scores = Scores(3);
        Emit(scores, 0, O, 1);
        Emit(scores, 1, IPers, 100);
        Emit(scores, 2, BLoc, 1);
        Emit(scores, 2, IPers, 100);
        var tags = Decode(scores);
        for (var i = 0; i < tags.Length; i++)
        {
            Assert.True(Iob.CanFollow(i == 0 ? "O" : tags[i - 1], tags[i]), string.Join(' ', tags));
        }
    }

    [Fact]
    public void The_previous_tag_feature_can_outweigh_the_emission()
    {
        // After B-PERS, the transition to I-PERS carries 4; token 1 itself leans O by 1.
        var scores = Scores(2);
        Emit(scores, 0, BPers, 3);
        Emit(scores, 1, O, 1);
        scores.Previous[(BPers * Tags.Count) + IPers] = 4;
        Assert.Equal(["B-PERS", "I-PERS"], Decode(scores));
    }

    [Fact]
    public void The_tag_pair_and_word_history_features_take_part()
    {
        var pair = Scores(3);
        Emit(pair, 0, BPers, 1);
        Emit(pair, 1, IPers, 1);
        Emit(pair, 2, O, 1);

        // "t-2t-1=B-PERS|I-PERS" votes for I-PERS on the third token.
        pair.Pair[((BPers * (Tags.Count + 1)) + IPers) * Tags.Count + IPers] = 3;
        Assert.Equal(["B-PERS", "I-PERS", "I-PERS"], Decode(pair));

        var word = Scores(2);
        Emit(word, 0, BPers, 1);
        Emit(word, 1, O, 1);

        // "t-1n=B-PERS|word of token 1" votes for I-PERS.
        word.WordPreviousOf(1, BPers)[IPers] = 2;
        Assert.Equal(["B-PERS", "I-PERS"], Decode(word));
    }

    [Fact]
    public void Equal_scores_give_the_earlier_tag_and_an_empty_sentence_gives_nothing()
    {
        Assert.Equal(["O", "O"], Decode(Scores(2)));
        Assert.Empty(Decode(Scores(0)));
    }

    [Fact]
    public void A_thread_s_reused_scores_start_cleared_and_decode_as_new_ones()
    {
        var history = SequenceScores.HistoryWeights([.. Tags, FeatureExtractor.Start], _ => -1, (_, _) => { });
        var first = SequenceScores.ForThread(3, Tags.Count, history);
        first.EmissionOf(2)[BLoc] = 9;
        first.WordPreviousOf(1, O)[BPers] = 9;
        Assert.Equal(["O", "B-PERS", "B-LOC"], Decode(first));

        // A shorter sentence next, in the same buffers: nothing of the last one is left in its cells.
        var second = SequenceScores.ForThread(2, Tags.Count, history);
        Assert.All(Enumerable.Range(0, 2), i => Assert.All(second.EmissionOf(i).ToArray(), v => Assert.Equal(0, v)));
        Assert.All(second.WordPreviousOf(1, O).ToArray(), v => Assert.Equal(0, v));
        Emit(second, 1, BPers, 1);
        Assert.Equal(Decode(WithEmission(Scores(2), 1, BPers, 1)), Decode(second));
    }

    private static SequenceScores WithEmission(SequenceScores scores, int token, int tag, double value)
    {
        Emit(scores, token, tag, value);
        return scores;
    }
}
