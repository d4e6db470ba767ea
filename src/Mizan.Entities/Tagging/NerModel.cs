using System.Collections.Concurrent;
using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace Mizan.Entities.Tagging;

/// <summary>
/// The entity tagger: two averaged-perceptron taggers stacked. The first tags each sentence from its own words;
/// the second also sees what the first found in the surrounding sentences (<see cref="DocumentContext"/>), so a
/// name tagged once is recognised again when it recurs alone (أينشتاين, the family name of a person named in
/// full earlier). Thread-safe; the model does not change, and it keeps the scores of the words it has met (a bounded
/// number) so that a word's features are weighed once.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "MIZAN-NER";
    private const int FormatVersion = 3;

    /// <summary>The format of a model that carries word clusters after its taggers; one without them keeps <see cref="FormatVersion"/> and its bytes.</summary>
    private const int FormatWithClusters = 4;

    internal NerModel(LinearTagger first, LinearTagger second, int window, string description, FeatureExtractor extractor)
    {
        Combined = new(BuildCombined);
        CombinedSpans = new(() => Combined.Value.GetAlternateLookup<ReadOnlySpan<char>>());
        Pairs = new(() => new WordPairs(Combined.Value));
        First = first;
        Second = second;
        Window = window;
        Description = description;
        Extractor = extractor;
        var scratch = new Scratch();
        (startScores, endScores) = (Weigh(FeatureExtractor.StartForm, scratch), Weigh(FeatureExtractor.EndForm, scratch));
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

    /// <summary>The word bigrams of <see cref="Combined"/>, by the numbers of their words (<see cref="WordScores.Pair"/>).</summary>
    private Lazy<WordPairs> Pairs { get; }

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

    /// <summary>
    /// How many distinct words keep their scores between texts (<see cref="WordScores"/>); past it, a new word is
    /// weighed again in each text it occurs in. Counted on SaudiNewsNet (10.2 million tokens split at letters and
    /// digits, 279,715 distinct): the first 50,000 words met cover 88% of the tokens (20,000: 78%, 100,000: 95%). With
    /// them kept, the peak working set of <c>mizan bench pipeline</c> over SaudiNewsNet rose by about 80 MB (three runs
    /// alternated with the build before, README): most of it two tables of 45 scores per word.
    /// </summary>
    private const int MaxCachedWords = 50_000;

    /// <summary>The scores of what stands before a sentence and after it, in the neighbours' positions.</summary>
    private readonly WordScores startScores;
    private readonly WordScores endScores;

    private readonly ConcurrentDictionary<string, WordScores> wordScores = new(StringComparer.Ordinal);
    private int cachedWords;

    /// <summary>The IOB2 tags of consecutive sentences of one text (an article, or a CoNLL file in order).</summary>
    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        // A word's own features, and those it gives its neighbours, are weighed once per word (WordScores); only the
        // features that depend on the sentence are looked up for each token, once for both taggers (the combined
        // index). The second tagger then adds the document features' rows, in the order DocumentContext.Features lists them.
        // This runs for every article analysed, so it walks the sentences in plain loops: no enumerator, delegate or
        // copy per sentence or token.
        var local = new Dictionary<string, WordScores>(StringComparer.Ordinal);
        var scratch = new Scratch();
        var count = sentences.Count;
        var words = new WordScores[count][];
        var bare = new string[count][];
        var firstRows = new SentenceRows[count];
        var secondRows = new SentenceRows[count];
        var buffer = scratch.Name;
        for (var s = 0; s < count; s++)
        {
            var sentence = sentences[s];
            var (scores, forms, bareForms) = (new WordScores[sentence.Count], new WordForm[sentence.Count], new string[sentence.Count]);
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = Scores(sentence[i], local, scratch);
                forms[i] = scores[i].Form;
                bareForms[i] = forms[i].Bare;
            }

            (words[s], bare[s]) = (scores, bareForms);
            var (ofFirst, ofSecond) = (SentenceRows.For(scores.Length, 12), SentenceRows.For(scores.Length, 12));
            Extractor.SentenceFeatures(forms, i =>
            {
                ofFirst.Begin(i);
                ofSecond.Begin(i);
                return new Rowing(this, ofFirst.Rows, ofSecond.Rows, buffer, scores, i);
            });
            ofFirst.End();
            ofSecond.End();
            (firstRows[s], secondRows[s]) = (ofFirst, ofSecond);
        }

        var first = new IReadOnlyList<string>[count];
        for (var s = 0; s < count; s++)
        {
            first[s] = TagSentence(second: false, words[s], firstRows[s], null);
        }

        // The document features' rows for the second tagger, kept as the sentence features' are (its rows only).
        var extras = new SentenceRows[count];
        for (var s = 0; s < count; s++)
        {
            extras[s] = SentenceRows.For(words[s].Length, 4);
        }

        DocumentContext.Extras(bare, first, Window, (s, i) =>
        {
            extras[s].Begin(i);
            return new Rowing(this, null, extras[s].Rows, buffer, null, 0);
        });
        var tags = new List<IReadOnlyList<string>>(count);
        for (var s = 0; s < count; s++)
        {
            extras[s].End();
            tags.Add(TagSentence(second: true, words[s], secondRows[s], extras[s]));
        }

        return tags;
    }

    /// <summary>
    /// The tags one tagger (the second when <paramref name="second"/>) gives a sentence: each token's static scores (its
    /// own and its neighbours' word scores, then its sentence features' rows, then for the second tagger its document
    /// features' rows), the word with the previous tag, and the decoding.
    /// </summary>
    private string[] TagSentence(bool second, WordScores[] sentence, SentenceRows rows, SentenceRows? extras)
    {
        var tagger = second ? Second : First;
        var tagCount = tagger.TagCount;
        var scores = tagger.Scores(sentence.Length);

        // The word scores are added a run of tags at a time, lane by lane: the same sums as one tag at a time.
        var lanes = Vector<double>.Count;
        for (var i = 0; i < sentence.Length; i++)
        {
            var emission = scores.EmissionOf(i);
            for (var k = 0; k < FeatureExtractor.Offsets.Length; k++)
            {
                var at = i + FeatureExtractor.Offsets[k];
                var word = At(sentence, at);
                ReadOnlySpan<double> weights = (second ? word.Second : word.First).AsSpan(k * tagCount, tagCount);
                var t = 0;
                for (; t + lanes <= tagCount; t += lanes)
                {
                    (new Vector<double>(emission[t..]) + new Vector<double>(weights[t..])).CopyTo(emission[t..]);
                }

                for (; t < tagCount; t++)
                {
                    emission[t] += weights[t];
                }
            }

            tagger.AddRows(rows.Of(i), emission);
            if (extras is not null)
            {
                tagger.AddRows(extras.Of(i), emission);
            }

            tagger.AddWordPrevious(second ? sentence[i].SecondWordPrevious : sentence[i].FirstWordPrevious, scores, i);
        }

        return tagger.Decode(scores);
    }

    /// <summary>The word at position <paramref name="at"/> of a sentence, or what stands before or after it.</summary>
    private WordScores At(WordScores[] sentence, int at) => at < 0 ? startScores : at >= sentence.Length ? endScores : sentence[at];

    /// <summary>A word's scores: kept between texts up to <see cref="MaxCachedWords"/> words, else for this text only.</summary>
    private WordScores Scores(string word, Dictionary<string, WordScores> local, Scratch scratch)
    {
        if (wordScores.TryGetValue(word, out var kept) || local.TryGetValue(word, out kept))
        {
            return kept;
        }

        var scores = Weigh(Extractor.Form(word), scratch);
        if (Volatile.Read(ref cachedWords) < MaxCachedWords && wordScores.TryAdd(word, scores))
        {
            Interlocked.Increment(ref cachedWords);
        }
        else
        {
            local[word] = scores;
        }

        return scores;
    }

    /// <summary>The scores a word gives each tagger in each position of <see cref="FeatureExtractor.Offsets"/>.</summary>
    private WordScores Weigh(WordForm form, Scratch scratch)
    {
        var tagCount = First.TagCount;
        var (first, second) = (new double[FeatureExtractor.Offsets.Length * tagCount], new double[FeatureExtractor.Offsets.Length * tagCount]);
        for (var k = 0; k < FeatureExtractor.Offsets.Length; k++)
        {
            scratch.First.Clear();
            scratch.Second.Clear();
            FeatureExtractor.AddWordFeatures(new Rowing(this, scratch.First, scratch.Second, scratch.Name, null, 0), form, FeatureExtractor.Offsets[k]);
            First.AddRows(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch.First), first.AsSpan(k * tagCount, tagCount));
            Second.AddRows(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch.Second), second.AsSpan(k * tagCount, tagCount));
        }

        return new WordScores(form, first, second, First.WordPreviousRows(form.Key), Second.WordPreviousRows(form.Key), Pairs.Value.NumberOf(form.Key));
    }

    /// <summary>What one text's tagging reuses while it looks features up: a buffer for a feature's name (a longer one, a
    /// long word's, gets its own) and the rows of one word's features at one position.</summary>
    private sealed class Scratch
    {
        public char[] Name { get; } = new char[128];

        public List<int> First { get; } = new(64);

        public List<int> Second { get; } = new(64);
    }

    /// <summary>Every feature either tagger knows, looked up by the characters of its name (<see cref="Combined"/>).</summary>
    private Lazy<Dictionary<string, (int First, int Second)>.AlternateLookup<ReadOnlySpan<char>>> CombinedSpans { get; }

    /// <summary>
    /// Keeps the rows of features for each tagger (for the second only when <c>first</c> is null: the document features),
    /// each looked up by its characters, a prefix and a value written into a buffer, rather than by a name made for it: a
    /// word met for the first time has about fifty word features over its five positions, and every token two word
    /// bigrams and its list matches. Given the sentence and the token (its sentence features), a bigram of the token's
    /// words is looked up by their numbers (<see cref="WordPairs"/>).
    /// </summary>
    private readonly struct Rowing(NerModel model, List<int>? first, List<int> second, char[] buffer, WordScores[]? sentence, int token) : IFeatureSink
    {
        public void Add(string name) => Keep(model.Combined.Value.TryGetValue(name, out var rows) ? rows : None);

        public void Add(string prefix, ReadOnlySpan<char> value) => Keep(model.RowsOf(buffer, prefix, value, default, default));

        public void Add(string prefix, ReadOnlySpan<char> first, char separator, ReadOnlySpan<char> second) =>
            Keep(PairRows(prefix, first, separator, second, out var rows) ? rows : model.RowsOf(buffer, prefix, first, new ReadOnlySpan<char>(in separator), second));

        /// <summary>
        /// The rows of a word bigram by its words' numbers, when the two values are the keys of the token's words (the one
        /// before and the token, or the token and the one after, as the prefix says), the very strings; false for any
        /// other feature of two values, which is looked up by its name.
        /// </summary>
        private bool PairRows(string prefix, ReadOnlySpan<char> first, char separator, ReadOnlySpan<char> second, out (int First, int Second) rows)
        {
            rows = None;
            if (sentence is null || separator != WordPairs.Separator)
            {
                return false;
            }

            var at = prefix == FeatureExtractor.PreviousWordPair ? token - 1 : token;
            var (left, right) = (model.At(sentence, at), model.At(sentence, at + 1));
            return first == left.Form.Key.AsSpan() && second == right.Form.Key.AsSpan() && model.Pairs.Value.TryRows(prefix, left.Pair, right.Pair, out rows);
        }

        private void Keep((int First, int Second) rows)
        {
            if (rows.First >= 0)
            {
                first?.Add(rows.First);
            }

            if (rows.Second >= 0)
            {
                second.Add(rows.Second);
            }
        }
    }

    /// <summary>The rows of a feature no tagger knows.</summary>
    private static readonly (int First, int Second) None = (-1, -1);

    /// <summary>The rows of the feature named by the four parts written one after the other (in <paramref name="buffer"/>
    /// when they fit), or <see cref="None"/>.</summary>
    private (int First, int Second) RowsOf(char[] buffer, string prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        var length = prefix.Length + a.Length + b.Length + c.Length;
        var name = length <= buffer.Length ? buffer.AsSpan(0, length) : new char[length];
        prefix.CopyTo(name);
        a.CopyTo(name[prefix.Length..]);
        b.CopyTo(name[(prefix.Length + a.Length)..]);
        c.CopyTo(name[(prefix.Length + a.Length + b.Length)..]);
        return CombinedSpans.Value.TryGetValue(name, out var rows) ? rows : None;
    }

    /// <summary>The rows of a sentence's tokens one after the other; token i's run from <c>Starts[i]</c> to <c>Starts[i + 1]</c>.</summary>
    private sealed record SentenceRows(List<int> Rows, int[] Starts)
    {
        /// <summary>Room for a sentence of <paramref name="tokens"/> tokens, with about <paramref name="rowsPerToken"/> rows each.</summary>
        public static SentenceRows For(int tokens, int rowsPerToken) => new(new List<int>(tokens * rowsPerToken), new int[tokens + 1]);

        /// <summary>Token i's rows start here (the tokens are given in order).</summary>
        public void Begin(int i) => Starts[i] = Rows.Count;

        /// <summary>The last token's rows end here.</summary>
        public void End() => Starts[^1] = Rows.Count;

        public ReadOnlySpan<int> Of(int i) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Rows)[Starts[i]..Starts[i + 1]];
    }

    /// <summary>One word and the scores its word features give each tagger, by position (offset-major, then tag), and
    /// each tagger's rows of the word with the previous tag (<see cref="LinearTagger.WordPreviousRows"/>), and its number
    /// in the word bigrams (<see cref="WordPairs.NumberOf"/>): both looked up once per word rather than per token.</summary>
    private sealed record WordScores(WordForm Form, double[] First, double[] Second, int[]? FirstWordPrevious, int[]? SecondWordPrevious, int Pair);

    /// <summary>Writes the model as a GZip stream; features in ordinal order, so the same model gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        var clusters = Extractor.Clusters;
        writer.Write(Magic);
        writer.Write(clusters.IsEmpty ? FormatVersion : FormatWithClusters);
        writer.Write(Description);
        writer.Write(Window);
        First.Write(writer);
        Second.Write(writer);
        if (!clusters.IsEmpty)
        {
            clusters.Write(writer);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a stream that is not one gives an <see cref="InvalidDataException"/> naming <paramref name="source"/>.</summary>
    public static NerModel Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var zip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(zip, Encoding.UTF8, leaveOpen: true);
            var format = reader.ReadString() == Magic ? reader.ReadInt32() : -1;
            if (format is not (FormatVersion or FormatWithClusters))
            {
                throw new InvalidDataException($"{source} is not a Mizan entity model (format {FormatVersion} or {FormatWithClusters}).");
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
            if (format == FormatWithClusters)
            {
                extractor = extractor.WithClusters(WordClusters.Read(reader));
            }

            return new NerModel(first, second, window, description, extractor);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException
            || (e is InvalidDataException && !e.Message.StartsWith(source, StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"{source} is not a readable Mizan entity model: {e.Message}", e);
        }
    }
}
