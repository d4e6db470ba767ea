namespace Mizan.Stories.Evaluation;

/// <summary>
/// Pairwise clustering scores: of all pairs of articles, those a grouping puts together (predicted), those the gold
/// puts together (true), and those both do (correct). Precision = correct / predicted, recall = correct / true.
/// </summary>
public sealed record PairwiseScore(long Correct, long Predicted, long True)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => True == 0 ? 1 : (double)Correct / True;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// Scores a grouping of <paramref name="ids"/> against the gold, from the counts of the contingency table (pairs in
    /// one cell are correct, pairs in one gold row are true, pairs in one predicted column are predicted), so it
    /// costs the number of articles, not of pairs. An id the grouping left out counts as alone.
    /// </summary>
    public static PairwiseScore Of(IEnumerable<string> ids, IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var cells = new Dictionary<(string, string), long>();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var columns = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var g = gold[id];
            var p = predicted.GetValueOrDefault(id) ?? "alone:" + id;
            cells[(g, p)] = cells.GetValueOrDefault((g, p)) + 1;
            rows[g] = rows.GetValueOrDefault(g) + 1;
            columns[p] = columns.GetValueOrDefault(p) + 1;
        }

        return new PairwiseScore(Pairs(cells.Values), Pairs(columns.Values), Pairs(rows.Values));
    }

    private static long Pairs(IEnumerable<long> sizes) => sizes.Sum(n => n * (n - 1) / 2);
}
