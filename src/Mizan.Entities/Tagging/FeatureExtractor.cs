using System.Globalization;
using Mizan.Text.Morphology;

namespace Mizan.Entities.Tagging;

/// <summary>
/// The features the tagger weighs for each token of a sentence. Static features depend on the words only and are
/// computed once per sentence; <see cref="AddHistory"/> adds the features of the tags already chosen. Features:
/// <list type="bullet">
/// <item>the word, its matching normalization, its light stem, its clitics and suffix;</item>
/// <item>the first and last one to three letters of the normalized word, its shape (digits, Latin, punctuation,
/// Arabic) and length;</item>
/// <item>the normalized words and stems of the context window ±2, and the word bigrams around the token;</item>
/// <item>gazetteer membership of the token and its neighbours (countries and cities, organisations, given names),
/// matched over multi-word entries;</item>
/// <item>the labels of the shared gazetteers' matches that cover the token and its neighbours (<see cref="Gazetteer"/>:
/// the list, S for a one-word entry, B or I for the first or a later word of a longer one, ~ when the article was set
/// aside), each list on its own, and the lists that hold the token as a word of a longer entry;</item>
/// <item>the classes of a general dictionary that know the token and its neighbours (noun, verb, particle, none);</item>
/// <item>trigger words: a title (السيد, اللواء, الفريق الركن) or role head (وزير, قائد, المتحدث) before the token,
/// an organisation head (وزارة, حزب) at or before it, a place cue (مدينة, محافظة) before it;</item>
/// <item>with word clusters learned from unlabeled text (<see cref="WordClusters"/>, an option: the shipped model has
/// none), the classes of the token, of its bare form and of its neighbours ±1 at each granularity ("-" for a word the
/// text lacked);</item>
/// <item>history: the previous tag, the previous two tags, and the previous tag with the word.</item>
/// </list>
/// </summary>
public sealed class FeatureExtractor(Lexicon lexicon, WordClasses dictionary, Gazetteer gazetteers, WordClusters? clusters = null)
{
    /// <summary>The word or tag before a sentence.</summary>
    public const string Start = "<s>";

    /// <summary>The word after a sentence.</summary>
    public const string End = "</s>";

    /// <summary>The prefix of the word bigram of a token's neighbour before it and the token (<see cref="SentenceFeatures"/>).</summary>
    internal const string PreviousWordPair = "n-1n=";

    /// <summary>The prefix of the word bigram of a token and its neighbour after it.</summary>
    internal const string NextWordPair = "nn+1=";

    /// <summary>Longer words share one length feature: names and common words alike are mostly under eight letters.</summary>
    private const int MaxLengthBucket = 8;

    private static readonly Lazy<FeatureExtractor> DefaultInstance = new(() => new(Lexicon.Default, WordClasses.Default, Gazetteer.Default));

    private static readonly Lazy<FeatureExtractor> WithoutGazetteersInstance = new(() => new(Lexicon.Default, WordClasses.Default, Gazetteer.Empty));

    /// <summary>The features with the shared gazetteers and the organisation chains (the lists are read on first use).</summary>
    public static FeatureExtractor Default => DefaultInstance.Value;

    /// <summary>
    /// The features without the shared gazetteers (<see cref="Gazetteer.Empty"/>) and without the organisation chains
    /// that came with them: the feature set of the shipped model, trained before both.
    /// </summary>
    public static FeatureExtractor WithoutGazetteers => WithoutGazetteersInstance.Value;

    /// <summary>True when the extractor reads the shared gazetteers and the organisation chains.</summary>
    public bool UsesGazetteers => gazetteers.Names.Count > 0;

    /// <summary>The word classes learned from unlabeled text that the extractor reads (<see cref="WordClusters.None"/>: none).</summary>
    public WordClusters Clusters { get; } = clusters ?? WordClusters.None;

    /// <summary>The same features, with the word classes of <paramref name="learned"/> as well.</summary>
    public FeatureExtractor WithClusters(WordClusters learned) => new(lexicon, dictionary, gazetteers, learned);

    /// <summary>True for a feature only an extractor that <see cref="UsesGazetteers"/> gives (z=, z-1=, z+1=, zw=, oc=).</summary>
    public static bool IsGazetteerFeature(string feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return feature.StartsWith('z') || feature.StartsWith("oc=", StringComparison.Ordinal);
    }

    /// <summary>
    /// The word positions a token's word features are read from, in the order <see cref="Extract"/> lists them: the
    /// token itself, then its neighbours. Every feature of a neighbour's word (n-1=, s+1=, b-2=, d+1=, ...) depends on
    /// that word alone, so a tagger may weigh each word once for each position (<see cref="NerModel"/> does).
    /// </summary>
    internal static readonly int[] Offsets = [0, -1, 1, -2, 2];

    /// <summary>What stands before a sentence's first word, for the features of the words before a token.</summary>
    internal static readonly WordForm StartForm = new(Start, Start, Start, default, Start, WordClass.None, Start, Start, [], []);

    /// <summary>What stands after a sentence's last word.</summary>
    internal static readonly WordForm EndForm = new(End, End, End, default, End, WordClass.None, End, End, [], []);

    /// <summary>The static features of every token of a sentence: its word features (<see cref="AddWordFeatures"/>, one
    /// set per position of <see cref="Offsets"/>), then those that depend on the sentence (<see cref="SentenceFeatures"/>).</summary>
    public IReadOnlyList<string>[] Extract(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var forms = words.Select(Form).ToArray();
        var sentence = SentenceFeatures(forms);
        var result = new IReadOnlyList<string>[forms.Length];
        for (var i = 0; i < forms.Length; i++)
        {
            var f = new List<string>(48);
            foreach (var offset in Offsets)
            {
                AddWordFeatures(f, FormAt(forms, i + offset), offset);
            }

            f.AddRange(sentence[i]);
            result[i] = f;
        }

        return result;
    }

    /// <summary>What the features read of one word: its matching normalization, light stem and clitics, bare form, dictionary classes and shape.</summary>
    internal WordForm Form(string word)
    {
        var key = Lexicon.Key(word);
        var stem = LightStemmer.Default.Stem(word);
        var classes = dictionary.Of(key);
        var bare = Lexicon.Variants(key)[^1];
        return new WordForm(word, key, stem.Stem, stem.Parts, bare, classes, ClassNames[(int)classes], Shape(word), ClusterNames(key), bare == key ? [] : Clusters.NamesOf(bare));
    }

    /// <summary>A word's learned classes as feature values: none without clusters, "-" for a word the unlabeled text lacked.</summary>
    private IReadOnlyList<string> ClusterNames(string key) =>
        Clusters.IsEmpty ? [] : Clusters.NamesOf(key) is { Count: > 0 } found ? found : UnknownCluster;

    private static readonly string[] UnknownCluster = ["-"];

    /// <summary>The word at position <paramref name="i"/> of a sentence, or what stands before or after it.</summary>
    internal static WordForm FormAt(IReadOnlyList<WordForm> forms, int i) => i < 0 ? StartForm : i >= forms.Count ? EndForm : forms[i];

    /// <summary>
    /// The features a token takes from the word <paramref name="offset"/> positions away (0: its own word).
    /// Its own: the word, its normalization, stem, clitics, shape, length and bare form, the first and last one to four
    /// letters, letter trigrams and dictionary classes. A neighbour's: its normalization, stem (±1), bare form, the last
    /// two letters of its bare form (±1) and its classes (±1).
    /// </summary>
    internal static void AddWordFeatures(List<string> f, WordForm w, int offset) => AddWordFeatures(new FeatureList(f), w, offset);

    /// <summary>As <see cref="AddWordFeatures(List{string}, WordForm, int)"/>, each feature given to <paramref name="f"/> as a prefix and a value.</summary>
    internal static void AddWordFeatures<TSink>(TSink f, WordForm w, int offset)
        where TSink : IFeatureSink
    {
        switch (offset)
        {
            case 0:
                AddOwnFeatures(f, w);
                break;
            case -1 or 1:
                var side = offset < 0 ? 0 : 1;
                f.Add(NeighbourNames[side, 0], w.Key);
                f.Add(NeighbourNames[side, 1], w.Stem);
                f.Add(NeighbourNames[side, 2], w.Bare);
                f.Add(NeighbourNames[side, 3], SuffixOf(w.Bare, 2));
                f.Add(NeighbourNames[side, 4], w.ClassName);
                foreach (var cluster in w.Clusters)
                {
                    f.Add(NeighbourNames[side, 5], cluster);
                }

                break;
            default:
                var far = offset < 0 ? 0 : 1;
                f.Add(FarNames[far, 0], w.Key);
                f.Add(FarNames[far, 1], w.Bare);
                break;
        }
    }

    /// <summary>The prefixes of a neighbour's features, before (row 0) and after (row 1): n, s, b, bsuf2, d, k.</summary>
    private static readonly string[,] NeighbourNames =
    {
        { "n-1=", "s-1=", "b-1=", "bsuf2-1=", "d-1=", "k-1=" },
        { "n+1=", "s+1=", "b+1=", "bsuf2+1=", "d+1=", "k+1=" },
    };

    /// <summary>The prefixes of the features of the words two away, before (row 0) and after (row 1): n, b.</summary>
    private static readonly string[,] FarNames =
    {
        { "n-2=", "b-2=" },
        { "n+2=", "b+2=" },
    };

    /// <summary>The prefixes of a word's first and last letters and its bare form's, by length (index 1 to 4).</summary>
    private static readonly string[] PrefixNames = ["", "pre1=", "pre2=", "pre3=", "pre4="];
    private static readonly string[] SuffixNames = ["", "suf1=", "suf2=", "suf3=", "suf4="];
    private static readonly string[] BarePrefixNames = ["", "bpre1=", "bpre2=", "bpre3=", "bpre4="];
    private static readonly string[] BareSuffixNames = ["", "bsuf1=", "bsuf2=", "bsuf3=", "bsuf4="];

    private static void AddOwnFeatures<TSink>(TSink f, WordForm w)
        where TSink : IFeatureSink
    {
        var key = w.Key;
        var bare = w.Bare;
        Span<char> number = stackalloc char[12];
        f.Add("bias");
        f.Add("w=", w.Word);
        f.Add("n=", key);
        f.Add("s=", w.Stem);
        f.Add("pc=", Digits((int)w.Parts.Proclitics, number));
        f.Add("en=", Digits((int)w.Parts.Enclitic, number));
        f.Add("sf=", Digits((int)w.Parts.Suffix, number));
        f.Add("sh=", w.Shape);
        f.Add("len=", Digits(Math.Min(key.Length, MaxLengthBucket), number));
        f.Add("b=", bare);
        for (var k = 1; k <= 4 && k < key.Length; k++)
        {
            f.Add(PrefixNames[k], key.AsSpan(0, k));
            f.Add(SuffixNames[k], key.AsSpan(key.Length - k));
        }

        for (var k = 2; k <= 4 && k < bare.Length; k++)
        {
            f.Add(BarePrefixNames[k], bare.AsSpan(0, k));
            f.Add(BareSuffixNames[k], bare.AsSpan(bare.Length - k));
        }

        // Letter trigrams inside the word: transliterated foreign names share runs such as يتش, سكي, فيل.
        for (var k = 1; k + 3 < bare.Length; k++)
        {
            f.Add("c3=", bare.AsSpan(k, 3));
        }

        f.Add("d=", w.ClassName);
        foreach (var cluster in w.Clusters)
        {
            f.Add("k=", cluster);
        }

        foreach (var cluster in w.BareClusters)
        {
            f.Add("kb=", cluster);
        }
    }

    /// <summary>A non-negative number's decimal digits, written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Digits(int value, Span<char> buffer) =>
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) ? buffer[..written] : throw new InvalidOperationException($"{value} does not fit");

    /// <summary>
    /// The features of each token that depend on more than one word: the word bigrams around it, the shapes of it and
    /// the word before, the hand lists' and the shared gazetteers' matches over it and its neighbours, the triggers and
    /// the organisation chain.
    /// </summary>
    internal List<string>[] SentenceFeatures(IReadOnlyList<WordForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var result = new List<string>[forms.Count];
        SentenceFeatures(forms, i => new FeatureList(result[i] = new List<string>(20)));
        return result;
    }

    /// <summary>As <see cref="SentenceFeatures(IReadOnlyList{WordForm})"/>, token by token in order, each token's features
    /// given to the sink <paramref name="sinkOf"/> returns for it.</summary>
    internal void SentenceFeatures<TSink>(IReadOnlyList<WordForm> forms, Func<int, TSink> sinkOf)
        where TSink : IFeatureSink
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(sinkOf);
        var n = forms.Count;
        var keys = forms.Select(w => w.Key).ToArray();
        var gazetteer = GazetteerLabels(keys);
        var lists = gazetteers.Label(keys);
        var inEntries = gazetteers.PartOf(keys);
        var triggers = FindTriggers(keys);
        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            var f = sinkOf(i);
            f.Add(PreviousWordPair, FormAt(forms, i - 1).Key, WordPairs.Separator, key);
            f.Add(NextWordPair, key, WordPairs.Separator, FormAt(forms, i + 1).Key);
            f.Add(FeatureNames.Of("sh-1sh=", i > 0 ? forms[i - 1].Shape : Start, forms[i].Shape));
            f.Add(FeatureNames.Of("g=", gazetteer[i]));
            f.Add(FeatureNames.Of("g-1=", i > 0 ? gazetteer[i - 1] : Start));
            f.Add(FeatureNames.Of("g+1=", i + 1 < n ? gazetteer[i + 1] : End));
            f.Add(FeatureNames.Of("gg+1=", gazetteer[i], i + 1 < n ? gazetteer[i + 1] : End));
            AddLists(f, lists, i);
            foreach (var list in inEntries[i])
            {
                f.Add("zw=", list);
            }

            AddTriggers(f, triggers, i);
            if (UsesGazetteers)
            {
                AddOrganizationChain(f, forms, triggers, i);
            }
        }
    }

    /// <summary>True for the features that name the token's own word (its form, normalization, stem, bare form).</summary>
    public static bool IsLexical(string feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return feature.StartsWith("w=", StringComparison.Ordinal) || feature.StartsWith("n=", StringComparison.Ordinal)
            || feature.StartsWith("s=", StringComparison.Ordinal) || feature.StartsWith("b=", StringComparison.Ordinal);
    }

    /// <summary>True for a feature that says a gazetteer covers the token itself (a shared list's label, or a hand list's B-/I-).</summary>
    public static bool IsListMatch(string feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return feature.StartsWith("z=", StringComparison.Ordinal)
            || (feature.StartsWith("g=", StringComparison.Ordinal) && feature != "g=O");
    }

    /// <summary>The features of the tags chosen for the two tokens before.</summary>
    public static void AddHistory(List<string> features, string previous, string beforePrevious, IReadOnlyList<string> staticFeatures)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(staticFeatures);
        features.Add(PreviousTagFeature(previous));
        features.Add(TagPairFeature(beforePrevious, previous));
        features.Add(PreviousTagAndWordFeature(previous, NormalizedWord(staticFeatures)));
    }

    /// <summary>The feature of the previous tag.</summary>
    public static string PreviousTagFeature(string previous) => "t-1=" + previous;

    /// <summary>The feature of the two tags before.</summary>
    public static string TagPairFeature(string beforePrevious, string previous) => "t-2t-1=" + beforePrevious + "|" + previous;

    /// <summary>How the feature of the previous tag with the token's word begins; a tag name holds no '|'.</summary>
    public const string PreviousTagAndWordPrefix = "t-1n=";

    /// <summary>The feature of the previous tag with the token's normalized word.</summary>
    public static string PreviousTagAndWordFeature(string previous, string word) => PreviousTagAndWordPrefix + previous + "|" + word;

    /// <summary>A token's normalized word: its static feature at index 2 ("n=...").</summary>
    public static string NormalizedWord(IReadOnlyList<string> staticFeatures)
    {
        ArgumentNullException.ThrowIfNull(staticFeatures);
        return staticFeatures[2][2..];
    }

    /// <summary>The coarse shape of a token: digits, Latin, punctuation, Arabic or mixed.</summary>
    public static string Shape(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        bool digit = false, latin = false, arabic = false, other = false;
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                latin = true;
            }
            else if (c is >= '\u0600' and <= '\u06FF') // the Arabic block
            {
                arabic = true;
            }
            else
            {
                other = true;
            }
        }

        return (digit, latin, arabic, other) switch
        {
            (true, false, false, _) => "D",
            (false, true, false, _) => "L",
            (false, false, true, false) => "A",
            (false, false, false, true) => "P",
            _ => "M",
        };
    }

    /// <summary>Per token, the trigger lists it belongs to (each looked up once per sentence).</summary>
    private Triggers[] FindTriggers(string[] keys)
    {
        var triggers = new Triggers[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var t = Triggers.None;
            t |= lexicon.FirstNames.ContainsWord(keys[i]) ? Triggers.FirstName : 0;
            t |= lexicon.OrganizationHeads.ContainsWord(keys[i]) ? Triggers.OrganizationHead : 0;
            t |= lexicon.LocationCues.ContainsWord(keys[i]) ? Triggers.LocationCue : 0;
            triggers[i] |= t;

            // Titles and role heads may have several words; mark the token that ends one. A token ends an entry of n
            // words when the longest entry starting n words earlier has n words (PhraseList.LongestMatchEndingAt):
            // so the longest entry from each token marks its last word, one lookup per token and list.
            MarkEnd(lexicon.PersonTitles, Triggers.TitleEnd);
            MarkEnd(lexicon.RoleHeads, Triggers.RoleEnd);

            void MarkEnd(PhraseList list, Triggers trigger)
            {
                var length = list.LongestMatch(keys, i);
                if (length > 0)
                {
                    triggers[i + length - 1] |= trigger;
                }
            }
        }

        return triggers;
    }

    /// <summary>The gazetteer labels of the token ("z=") and of its neighbours ("z-1=", "z+1=").</summary>
    private static void AddLists<TSink>(TSink f, string[][] lists, int i)
        where TSink : IFeatureSink
    {
        foreach (var label in lists[i])
        {
            f.Add("z=", label);
        }

        if (i > 0)
        {
            foreach (var label in lists[i - 1])
            {
                f.Add("z-1=", label);
            }
        }

        if (i + 1 < lists.Length)
        {
            foreach (var label in lists[i + 1])
            {
                f.Add("z+1=", label);
            }
        }
    }

    /// <summary>
    /// The farthest an organisation's name is followed from its head noun. Counted, not tuned: names of up to five words
    /// (a last word four after the head) are 1,049 of the 1,057 entries of Data/organizations.txt and 2,324 of the
    /// 2,339 of the shared gazetteer's organisations.
    /// </summary>
    private const int MaxOrganizationChain = 4;

    /// <summary>
    /// "oc=" with the distance from the nearest organisation head before the token (1 to <see
    /// cref="MaxOrganizationChain"/>) when every word from the head to the token is an Arabic word that is no particle
    /// and no verb only (a noun, a name, a word the dictionary lacks, or a noun that is also a verb: فارس), and "d" when the token carries the article: the
    /// chain of a multi-word organisation name (قيادة العمليات المشتركة, وكالة أنباء فارس) that the ±2 window of
    /// triggers does not reach.
    /// </summary>
    private static void AddOrganizationChain<TSink>(TSink f, IReadOnlyList<WordForm> forms, Triggers[] triggers, int i)
        where TSink : IFeatureSink
    {
        for (var h = i - 1; h >= 0 && h >= i - MaxOrganizationChain; h--)
        {
            var c = forms[h + 1].Class;
            if (forms[h + 1].Shape != "A" || (c & WordClass.Particle) != 0 || ((c & WordClass.Verb) != 0 && (c & (WordClass.Noun | WordClass.Name)) == 0))
            {
                return;
            }

            if ((triggers[h] & Triggers.OrganizationHead) != 0)
            {
                var definite = Lexicon.Variants(forms[i].Key, article: false)[^1].StartsWith("ال", StringComparison.Ordinal);
                f.Add("oc=", (i - h).ToString(CultureInfo.InvariantCulture) + (definite ? "d" : string.Empty));
                return;
            }
        }
    }

    private static void AddTriggers<TSink>(TSink f, Triggers[] triggers, int i)
        where TSink : IFeatureSink
    {
        Add(0, Triggers.FirstName, "fn");
        Add(-1, Triggers.FirstName, "fn-1");
        Add(+1, Triggers.FirstName, "fn+1");
        Add(-1, Triggers.TitleEnd, "title-1");
        Add(-2, Triggers.TitleEnd, "title-2");
        Add(-1, Triggers.RoleEnd, "role-1");
        Add(-2, Triggers.RoleEnd, "role-2");
        Add(0, Triggers.OrganizationHead, "orghead");
        Add(-1, Triggers.OrganizationHead, "orghead-1");
        Add(-2, Triggers.OrganizationHead, "orghead-2");
        Add(0, Triggers.LocationCue, "loccue");
        Add(-1, Triggers.LocationCue, "loccue-1");

        void Add(int offset, Triggers trigger, string name)
        {
            var k = i + offset;
            if (k >= 0 && k < triggers.Length && (triggers[k] & trigger) != 0)
            {
                f.Add(name);
            }
        }
    }

    /// <summary>Per token, B-/I- and the list of the longest gazetteer entry covering it (places, organisations), or O.</summary>
    private string[] GazetteerLabels(string[] keys)
    {
        var labels = new string[keys.Length];
        Array.Fill(labels, "O");
        for (var i = 0; i < keys.Length;)
        {
            var best = 0;
            var label = "O";
            foreach (var (list, name) in (ReadOnlySpan<(PhraseList, string)>)[(lexicon.Countries, "LOC"), (lexicon.Cities, "LOC"), (lexicon.Organizations, "ORG")])
            {
                var length = list.LongestMatch(keys, i);
                if (length > best)
                {
                    best = length;
                    label = name;
                }
            }

            if (best == 0)
            {
                i++;
                continue;
            }

            labels[i] = FeatureNames.Of("B-", label);
            for (var k = 1; k < best; k++)
            {
                labels[i + k] = FeatureNames.Of("I-", label);
            }

            i += best;
        }

        return labels;
    }

    /// <summary>
    /// A short name for each set of dictionary classes, indexed by its flags: "-" for none, else N, V, P and E (name) as
    /// they apply. Built once, so tagging names a token's classes without building a string.
    /// </summary>
    private static readonly string[] ClassNames = [.. Enumerable.Range(0, (int)WordClass.Name * 2).Select(c => (WordClass)c).Select(c => c == WordClass.None
        ? "-"
        : string.Concat(
            (c & WordClass.Noun) != 0 ? "N" : string.Empty,
            (c & WordClass.Verb) != 0 ? "V" : string.Empty,
            (c & WordClass.Particle) != 0 ? "P" : string.Empty,
            (c & WordClass.Name) != 0 ? "E" : string.Empty))];

    private static ReadOnlySpan<char> SuffixOf(string word, int length) => word.Length > length ? word.AsSpan(word.Length - length) : word;

    [Flags]
    private enum Triggers
    {
        None = 0,
        FirstName = 1,
        TitleEnd = 2,
        RoleEnd = 4,
        OrganizationHead = 8,
        LocationCue = 16,
    }
}

/// <summary>One word as the tagger's features read it (see <see cref="FeatureExtractor.Form"/>).</summary>
/// <remarks><see cref="Clusters"/> are the word's learned classes as feature values (none without clusters), <see
/// cref="BareClusters"/> those of its bare form when that differs from the word.</remarks>
internal sealed record WordForm(string Word, string Key, string Stem, StemParts Parts, string Bare, WordClass Class, string ClassName, string Shape, IReadOnlyList<string> Clusters, IReadOnlyList<string> BareClusters);
