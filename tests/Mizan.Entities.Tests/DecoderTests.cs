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

    [Fact]
    public void The_decoded_path_scores_as_high_as_the_best_valid_path_found_by_trying_every_one()
    {
        // Random scores in every cell (emission, previous tag, tag pair, word with previous tag) on sentences of one
        // to four tokens: the decoder's path must be valid and reach the highest total over all valid sequences.
        var random = new Random(20130212);
        var transitions = LinearTagger.Transitions(Tags);
        for (var round = 0; round < 40; round++)
        {
            var length = 1 + (round % 4);
            var scores = Scores(length);
            Fill(scores.Emission.AsSpan(0, length * Tags.Count), random);
            Fill(scores.Previous, random);
            Fill(scores.Pair, random);
            Fill(scores.WordPrevious.AsSpan(0, length * (Tags.Count + 1) * Tags.Count), random);
            var decoded = SequenceDecoder.Decode(scores, transitions);
            Assert.True(IsValid(decoded), string.Join(' ', decoded.Select(t => Tags[t])));
            var best = double.NegativeInfinity;
            foreach (var path in Paths(length))
            {
                if (IsValid(path))
                {
                    best = Math.Max(best, Total(scores, path));
                }
            }

            Assert.Equal(best, Total(scores, decoded), 9);
        }
    }

    private static void Fill(Span<double> cells, Random random)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = Math.Round((random.NextDouble() * 8) - 4, 3);
        }
    }

    private static bool IsValid(int[] path) =>
        path.Select((t, i) => Iob.CanFollow(i == 0 ? "O" : Tags[path[i - 1]], Tags[t])).All(ok => ok);

    private static IEnumerable<int[]> Paths(int length)
    {
        var count = (int)Math.Pow(Tags.Count, length);
        for (var code = 0; code < count; code++)
        {
            var path = new int[length];
            var rest = code;
            for (var i = 0; i < length; i++)
            {
                path[i] = rest % Tags.Count;
                rest /= Tags.Count;
            }

            yield return path;
        }
    }

    /// <summary>A path's score summed cell by cell; index <c>Tags.Count</c> stands for the sentence start.</summary>
    private static double Total(SequenceScores scores, int[] path)
    {
        var start = Tags.Count;
        var total = 0.0;
        for (var i = 0; i < path.Length; i++)
        {
            var (b, p, t) = (i >= 2 ? path[i - 2] : start, i >= 1 ? path[i - 1] : start, path[i]);
            total += scores.EmissionOf(i)[t] + scores.Previous[(p * Tags.Count) + t]
                + scores.Pair[(((b * (Tags.Count + 1)) + p) * Tags.Count) + t] + scores.WordPreviousOf(i, p)[t];
        }

        return total;
    }

    private static SequenceScores WithEmission(SequenceScores scores, int token, int tag, double value)
    {
        Emit(scores, token, tag, value);
        return scores;
    }
}
