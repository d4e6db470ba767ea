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
    private const int FormatVersion = 2;

    internal NerModel(LinearTagger first, LinearTagger second, int window, string description, FeatureExtractor extractor)
    {
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

    /// <summary>The IOB2 tags of one sentence's tokens, the sentence standing alone.</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> words) => TagDocument([words])[0];

    /// <summary>The IOB2 tags of consecutive sentences of one text (an article, or a CoNLL file in order).</summary>
    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var features = sentences.Select(Extractor.Extract).ToList();
        var first = features.Select(First.Tag).ToList();
        var context = DocumentContext.Features(sentences, features, first, Window);
        return features.Select((f, s) => (IReadOnlyList<string>)Second.Tag(context[s])).ToList();
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
            return new NerModel(first, second, window, description, FeatureExtractor.Default);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException
            || (e is InvalidDataException && !e.Message.StartsWith(source, StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"{source} is not a readable Mizan entity model: {e.Message}", e);
        }
    }
}
