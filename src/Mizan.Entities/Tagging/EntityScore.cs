namespace Mizan.Entities.Tagging;

/// <summary>Counts for one entity type: entities found correctly, found in all, and in the reference.</summary>
public sealed record TypeScore(string Type, int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Entity-level micro precision, recall and F1 with conlleval's rules: an entity counts as correct only when its
/// type and both boundaries match a reference entity. Accumulate sentences with <see cref="Add"/>.
/// </summary>
public sealed class EntityScorer
{
    private readonly SortedDictionary<string, int[]> counts = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} reference tags but {predicted.Count} predicted", nameof(predicted));
        }

        var goldChunks = Iob.Chunks(gold);
        var predictedChunks = Iob.Chunks(predicted);
        var goldSet = goldChunks.ToHashSet();
        foreach (var chunk in goldChunks)
        {
            Counts(chunk.Type)[2]++;
        }

        foreach (var chunk in predictedChunks)
        {
            var c = Counts(chunk.Type);
            c[1]++;
            if (goldSet.Contains(chunk))
            {
                c[0]++;
            }
        }
    }

    /// <summary>The scores per type, in ordinal order of the type names.</summary>
    public IReadOnlyList<TypeScore> ByType() => counts.Select(p => new TypeScore(p.Key, p.Value[0], p.Value[1], p.Value[2])).ToList();

    /// <summary>The micro-averaged score over all types.</summary>
    public TypeScore Overall() => new(
        "overall",
        counts.Values.Sum(c => c[0]),
        counts.Values.Sum(c => c[1]),
        counts.Values.Sum(c => c[2]));

    private int[] Counts(string type)
    {
        if (!counts.TryGetValue(type, out var c))
        {
            c = new int[3];
            counts[type] = c;
        }

        return c;
    }
}
