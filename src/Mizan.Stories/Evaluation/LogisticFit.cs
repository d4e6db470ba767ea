namespace Mizan.Stories.Evaluation;

/// <summary>
/// Logistic regression by Newton's method (iteratively reweighted least squares) with a small ridge penalty: what
/// fits <see cref="StoryWeights"/> on labelled article pairs. Deterministic: the same pairs give the same weights.
/// </summary>
public static class LogisticFit
{
    /// <summary>The ridge penalty: keeps the Hessian invertible when a feature is constant (the days, undated).</summary>
    private const double Ridge = 1e-2;

    private const int Iterations = 30;

    public static StoryWeights Fit(IReadOnlyList<(double[] Features, bool Same)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Fit(pairs.Select(p => (p.Features, p.Same, 1.0)).ToList());
    }

    /// <summary>The fit with a weight for each pair: pairs of a smaller set may count as much, in all, as a larger one's.</summary>
    public static StoryWeights Fit(IReadOnlyList<(double[] Features, bool Same, double Weight)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var k = StoryWeights.Count + 1;
        var w = new double[k];
        var x = new double[k];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[k];
            var hessian = new double[k, k];
            foreach (var (features, same, count) in pairs)
            {
                features.CopyTo(x, 0);
                x[k - 1] = 1;
                var z = 0.0;
                for (var i = 0; i < k; i++)
                {
                    z += w[i] * x[i];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var weight = count * p * (1 - p);
                for (var i = 0; i < k; i++)
                {
                    gradient[i] += count * (p - (same ? 1 : 0)) * x[i];
                    for (var j = 0; j < k; j++)
                    {
                        hessian[i, j] += weight * x[i] * x[j];
                    }
                }
            }

            for (var i = 0; i < k; i++)
            {
                gradient[i] += Ridge * w[i];
                hessian[i, i] += Ridge;
            }

            var step = Solve(hessian, gradient);
            for (var i = 0; i < k; i++)
            {
                w[i] -= step[i];
            }
        }

        return new StoryWeights(w[..^1].Select(v => Math.Round(v, 2)).ToArray(), Math.Round(w[^1], 2));
    }

    /// <summary>Solves a small symmetric positive definite system by Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var j = 0; j < n; j++)
            {
                (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var j = col; j < n; j++)
                {
                    m[row, j] -= factor * m[col, j];
                }

                v[row] -= factor * v[col];
            }
        }

        var result = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = v[row];
            for (var j = row + 1; j < n; j++)
            {
                sum -= m[row, j] * result[j];
            }

            result[row] = sum / m[row, row];
        }

        return result;
    }
}
