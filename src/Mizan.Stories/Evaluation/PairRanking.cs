namespace Mizan.Stories.Evaluation;

/// <summary>
/// How well a pair score sorts article pairs, before any grouping: the best F1 of "same event" over every cut of the
/// score, and the average precision of the pairs ranked by it. It bounds what a grouping driven by that score can
/// reach on a set: a grouping adds only transitivity, which can mend a missed pair or spread a wrong one.
/// </summary>
public sealed record PairRanking(double BestF1, double BestCut, double AveragePrecision, int Positives, int Pairs)
{
    public static PairRanking Of(IEnumerable<(double Score, bool Same)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var ranked = pairs.OrderByDescending(p => p.Score).ToList();
        var positives = ranked.Count(p => p.Same);
        if (positives == 0)
        {
            return new PairRanking(0, double.NaN, 0, 0, ranked.Count);
        }

        var correct = 0;
        var precisionSum = 0.0;
        var (bestF1, bestCut) = (0.0, double.NaN);
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Same)
            {
                correct++;
                precisionSum += correct / (double)(i + 1);
            }

            // A cut falls only between two different scores: tied pairs are taken together or not at all.
            if (i + 1 < ranked.Count && ranked[i + 1].Score == ranked[i].Score)
            {
                continue;
            }

            var score = new PairwiseScore(correct, i + 1, positives);
            if (score.F1 > bestF1)
            {
                (bestF1, bestCut) = (score.F1, ranked[i].Score);
            }
        }

        return new PairRanking(bestF1, bestCut, precisionSum / positives, positives, ranked.Count);
    }
}
