using System.IO.Compression;
using System.Text;

namespace Mizan.Entities.Tagging;

/// <summary>
/// The entity tagger: two averaged-perceptron taggers stacked. The first tags each sentence from its own words;
/// the second also sees what the first found in the surrounding sentences (<see cref="DocumentContext"/>), so a
/// name tagged once is recognised again when it recurs alone (أينشتاين, the family name of a person named in
/// full earlier). Immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "MIZAN-NER";
    private const int FormatVersion = 3;

    internal NerModel(LinearTagger first, LinearTagger second, int window, string description, FeatureExtractor extractor)
    {
        Combined = new(BuildCombined);
        First = first;
        Second = second;
        Window = window;
        Description = description;
        Extractor = extractor;
    }

    /// <summary>How the model was made (data, epochs, seed, pruning), as stored in the file.</summary>
    public string Description { get; }

    /// <summary>How many sentences before and after a sentence count as its document context.</summary>
    public int Window { get; }

    public int FeatureCount => First.FeatureCount + Second.FeatureCount;

    internal LinearTagger First { get; }

    internal LinearTagger Second { get; }

    internal FeatureExtractor Extractor { get; }

    /// <summary>Every feature either tagger knows, with its row in each (-1 where a tagger does not know it).</summary>
    private Lazy<Dictionary<string, (int First, int Second)>> Combined { get; }

    private Dictionary<string, (int First, int Second)> BuildCombined()
    {
        var index = new Dictionary<string, (int First, int Second)>(StringComparer.Ordinal);
        foreach (var (name, row) in First.KnownFeatures)
        {
            index[name] = (row, -1);
        }

        foreach (var (name, row) in Second.KnownFeatures)
        {
            index[name] = (index.TryGetValue(name, out var rows) ? rows.First : -1, row);
        }

        return index;
    }

    /// <summary>The IOB2 tags of one sentence's tokens, the sentence standing alone.</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> words) => TagDocument([words])[0];

    /// <summary>The IOB2 tags of consecutive sentences of one text (an article, or a CoNLL file in order).</summary>
    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        // Each static feature is hashed once for both taggers (the combined index), and the second tagger scores
        // the static rows and then the document features, in the order DocumentContext.Features lists them.
        var features = sentences.Select(Extractor.Extract).ToList();
        var keys = features.Select(s => (IReadOnlyList<string>)s.Select(FeatureExtractor.NormalizedWord).ToList()).ToList();
        var firstRows = new List<int[]>[features.Count];
        var secondRows = new List<int[]>[features.Count];
        for (var s = 0; s < features.Count; s++)
        {
            (firstRows[s], secondRows[s]) = (new List<int[]>(features[s].Length), new List<int[]>(features[s].Length));
            foreach (var token in features[s])
            {
                var (a, b) = (new List<int>(token.Count), new List<int>(token.Count));
                foreach (var name in token)
                {
                    if (Combined.Value.TryGetValue(name, out var rows))
                    {
                        if (rows.First >= 0)
                        {
                            a.Add(rows.First);
                        }

                        if (rows.Second >= 0)
                        {
                            b.Add(rows.Second);
                        }
                    }
                }

                firstRows[s].Add([.. a]);
                secondRows[s].Add([.. b]);
            }
        }

        var first = Enumerable.Range(0, features.Count).Select(s => (IReadOnlyList<string>)First.TagRows(firstRows[s], keys[s])).ToList();
        var extras = DocumentContext.Extras(sentences, first, Window);
        return Enumerable.Range(0, features.Count)
            .Select(s => (IReadOnlyList<string>)Second.TagRows(
                secondRows[s].Select((rows, i) => (int[])[.. rows, .. Second.Rows(extras[s][i])]).ToList(),
                keys[s]))
            .ToList();
    }

    /// <summary>Writes the model as a GZip stream; features in ordinal order, so the same model gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Description);
        writer.Write(Window);
        First.Write(writer);
        Second.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a stream that is not one gives an <see cref="InvalidDataException"/> naming <paramref name="source"/>.</summary>
    public static NerModel Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var zip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(zip, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException($"{source} is not a Mizan entity model (format {FormatVersion}).");
            }

            var description = reader.ReadString();
            var window = reader.ReadInt32();
            var first = LinearTagger.Read(reader);
            var second = LinearTagger.Read(reader);
            // A model trained without the shared gazetteers (the shipped one) knows none of their features: it is tagged
            // without reading the lists, as it was trained, and pays nothing for them.
            var extractor = first.KnownFeatures.Any(f => FeatureExtractor.IsGazetteerFeature(f.Key))
                ? FeatureExtractor.Default
                : FeatureExtractor.WithoutGazetteers;
            return new NerModel(first, second, window, description, extractor);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException
            || (e is InvalidDataException && !e.Message.StartsWith(source, StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"{source} is not a readable Mizan entity model: {e.Message}", e);
        }
    }
}
