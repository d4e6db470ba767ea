using System.Globalization;

namespace Mizan.Entities.Tagging;

/// <summary>
/// Word classes learned from unlabeled text (<see cref="ClusterLearner"/>): each word of the text's vocabulary, in the
/// matching normalization, has one class at each of a few granularities (for example 64, 256 and 1,024 classes). A
/// word the labelled data never had still shares a class with the words that stand in the same company in the
/// unlabeled text (a new family name with the family names, a new town with the towns), so the tagger may read it
/// from what it learned of them. <see cref="None"/> (the shipped model) knows no word.
/// </summary>
public sealed class WordClusters
{
    private const string TextHeader = "# mizan word clusters";

    private readonly Dictionary<string, string[]> names;

    public WordClusters(IReadOnlyList<int> levels, IReadOnlyDictionary<string, int[]> classes)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(classes);
        if (levels.Count == 0 || levels.Any(l => l < 2))
        {
            throw new ArgumentException("every granularity must have at least two classes", nameof(levels));
        }

        Levels = [.. levels];
        Classes = classes;
        names = new Dictionary<string, string[]>(classes.Count, StringComparer.Ordinal);
        foreach (var (word, ids) in classes)
        {
            if (ids.Length != levels.Count)
            {
                throw new ArgumentException($"'{word}' has {ids.Length} classes for {levels.Count} granularities", nameof(classes));
            }

            names[word] = [.. ids.Select((id, l) => string.Create(CultureInfo.InvariantCulture, $"{Levels[l]}:{id}"))];
        }
    }

    /// <summary>No clusters: the tagger's features without them.</summary>
    public static WordClusters None { get; } = new([2], new Dictionary<string, int[]>());

    /// <summary>The number of classes at each granularity, coarsest first.</summary>
    public IReadOnlyList<int> Levels { get; }

    /// <summary>Each word's class at each granularity.</summary>
    public IReadOnlyDictionary<string, int[]> Classes { get; }

    public int Count => names.Count;

    public bool IsEmpty => names.Count == 0;

    /// <summary>The word's classes as feature values ("256:17"), one per granularity, or an empty list for a word the text did not have.</summary>
    public IReadOnlyList<string> NamesOf(string key) => names.TryGetValue(key, out var found) ? found : [];

    /// <summary>Writes the clusters as text: a header, the granularities, then one word per line with its classes, words in ordinal order.</summary>
    public void WriteText(TextWriter writer, string description)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(description);
        writer.Write(TextHeader + "\n");
        writer.Write("# " + description.ReplaceLineEndings(" ") + "\n");
        writer.Write("levels\t" + string.Join('\t', Levels.Select(l => l.ToString(CultureInfo.InvariantCulture))) + "\n");
        foreach (var (word, ids) in Classes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word + "\t" + string.Join('\t', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "\n");
        }
    }

    /// <summary>Reads what <see cref="WriteText"/> wrote; anything else gives an <see cref="InvalidDataException"/> naming <paramref name="source"/> and the line.</summary>
    public static WordClusters ReadText(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadLine() != TextHeader)
        {
            throw new InvalidDataException($"{source} is not a Mizan word-cluster file (it must begin with '{TextHeader}').");
        }

        int[]? levels = null;
        var classes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            // Comments stand before the levels line only: after it, a word may begin with # (a hashtag).
            if (line.Length == 0 || (levels is null && line.StartsWith('#')))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (levels is null)
            {
                levels = fields[0] == "levels" && fields.Length > 1 ? Numbers(fields.AsSpan(1), source, lineNumber) : throw new InvalidDataException($"{source}:{lineNumber}: expected the 'levels' line");
                continue;
            }

            if (fields.Length != levels.Length + 1 || fields[0].Length == 0)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected a word and {levels.Length} classes separated by tabs");
            }

            var ids = Numbers(fields.AsSpan(1), source, lineNumber);
            for (var l = 0; l < ids.Length; l++)
            {
                if (ids[l] < 0 || ids[l] >= levels[l])
                {
                    throw new InvalidDataException($"{source}:{lineNumber}: class {ids[l]} outside 0..{levels[l] - 1}");
                }
            }

            if (!classes.TryAdd(fields[0], ids))
            {
                throw new InvalidDataException($"{source}:{lineNumber}: '{fields[0]}' is listed twice");
            }
        }

        return levels is null
            ? throw new InvalidDataException($"{source} has no 'levels' line.")
            : new WordClusters(levels, classes);
    }

    /// <summary>Writes the clusters into a model file (<see cref="NerModel.Save"/>), words in ordinal order.</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(Levels.Count);
        foreach (var level in Levels)
        {
            writer.Write(level);
        }

        writer.Write(Classes.Count);
        foreach (var (word, ids) in Classes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            foreach (var id in ids)
            {
                writer.Write(id);
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    internal static WordClusters Read(BinaryReader reader)
    {
        var levels = new int[reader.ReadInt32()];
        for (var l = 0; l < levels.Length; l++)
        {
            levels[l] = reader.ReadInt32();
        }

        var count = reader.ReadInt32();
        var classes = new Dictionary<string, int[]>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            var ids = new int[levels.Length];
            for (var l = 0; l < ids.Length; l++)
            {
                ids[l] = reader.ReadInt32();
            }

            classes[word] = ids;
        }

        return new WordClusters(levels, classes);
    }

    private static int[] Numbers(ReadOnlySpan<string> fields, string source, int line)
    {
        var result = new int[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (!int.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out result[i]))
            {
                throw new InvalidDataException($"{source}:{line}: '{fields[i]}' is not a whole number");
            }
        }

        return result;
    }

    /// <summary>A short account for a model's description: how many words, at which granularities.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count:N0} words in {string.Join('/', Levels)} classes");
}
