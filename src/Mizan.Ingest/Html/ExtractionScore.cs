namespace Mizan.Ingest.Html;

/// <summary>True positives, false positives and false negatives of one page, as shares of their sum.</summary>
public readonly record struct ShingleCounts(double TruePositives, double FalsePositives, double FalseNegatives)
{
    /// <summary>1 when both texts are empty of shingles, else the share of extracted shingles that are expected.</summary>
    public double Precision => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives + FalsePositives == 0 ? 0 : TruePositives / (TruePositives + FalsePositives);

    /// <summary>1 when both texts are empty of shingles, else the share of expected shingles that were extracted.</summary>
    public double Recall => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>Precision, recall and F1 over a set of pages.</summary>
public sealed record ExtractionFigures(double Precision, double Recall, double F1, int Pages);

/// <summary>
/// The article-extraction-benchmark's measure (scrapinghub/article-extraction-benchmark, evaluate.py): texts are
/// split into word tokens (runs of letters, digits and '_', case kept), tokens are joined into overlapping shingles
/// of four, and the shingle multisets of the expected and extracted text are compared. Each page's counts are
/// scaled to sum to 1 so long pages weigh no more than short ones; precision and recall are the means over pages
/// (precision over pages where something was extracted, recall over pages where something was expected) and F1 is
/// the harmonic mean of those two means.
/// </summary>
public static class ExtractionScore
{
    /// <summary>Tokens per shingle, as in the benchmark.</summary>
    public const int ShingleSize = 4;

    /// <summary>Joins a shingle's tokens into one key: U+0001 (start of heading), a control character no token contains.</summary>
    private const char TokenSeparator = '\u0001';

    public static ShingleCounts Compare(string expected, string extracted)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(extracted);
        var truth = Shingles(expected);
        var prediction = Shingles(extracted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in truth.Keys.Union(prediction.Keys))
        {
            var t = truth.GetValueOrDefault(key);
            var p = prediction.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new ShingleCounts(tp / sum, fp / sum, fn / sum) : new ShingleCounts(0, 0, 0);
    }

    public static ExtractionFigures Summarize(IReadOnlyCollection<ShingleCounts> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var withPrediction = pages.Where(p => p.TruePositives + p.FalsePositives > 0).ToList();
        var withTruth = pages.Where(p => p.TruePositives + p.FalseNegatives > 0).ToList();
        var precision = withPrediction.Count == 0 ? 0 : withPrediction.Average(p => p.Precision);
        var recall = withTruth.Count == 0 ? 0 : withTruth.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionFigures(precision, recall, f1, pages.Count);
    }

    /// <summary>The word tokens of a text: maximal runs of letters, digits (any Unicode number) and '_'.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && (char.IsLetter(text[i]) || char.IsNumber(text[i]) || text[i] == '_');
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>Shingles with their counts; a text of fewer than four tokens is one shingle of all of them.</summary>
    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var shingle = tokens.GetRange(i, Math.Min(ShingleSize, tokens.Count - i));
            if (shingle.Count > 0)
            {
                var key = string.Join(TokenSeparator, shingle);
                shingles[key] = shingles.GetValueOrDefault(key) + 1;
            }
        }

        return shingles;
    }
}
