using Mizan.Text.Normalization;

namespace Mizan.Text.Morphology;

/// <summary>
/// A light stemmer for Arabic: it removes proclitics, one pronoun enclitic and one suffix, with guards so that
/// short stems, function words and listed names survive. It never guesses a root. Rules, each tested by name:
/// <list type="number">
/// <item>Function words (stopwords.txt) are kept whole.</item>
/// <item>Proclitics come in a fixed order, conjunction (و ف), preposition (ب ك ل), article (ال); ل before the article drops the article's alef (للتحالف), unless ل + a listed word is meant (للجنة).</item>
/// <item>A single-letter proclitic is removed only when at least three letters remain (four after ف), or when a function word remains (ولم); ك only before the article; the article only when at least two letters remain, and أل (ألمانيا) is not the article.</item>
/// <item>A first letter is never removed from a word listed in proclitic-exceptions.txt, nor from its inflected forms: بغداد, وزارات; وبغداد loses only its و.</item>
/// <item>No ending is removed from a word listed in suffix-exceptions.txt: فلسطين, قانون.</item>
/// <item>A pronoun enclitic (ه ها هم هما هن ك كم كما كن نا) is removed only from a word without the article, when at least three letters remain (four for ك, and only after ت); ه after alef, and in عبدالله, is part of the word; before a pronoun, ت after a letter other than alef is the ة suffix (كرامتهم → كرام).</item>
/// <item>One suffix is removed: ات ة تان تين (three letters must remain), ون ين ان (four must remain; neither ان nor تان in the -ستان of country names), the nisba forms ية يين يون يات ي (four must remain, so دولي and دولية share the stem دولي).</item>
/// </list>
/// Works on the matching normalization with teh marbuta kept (so ة is a suffix and ه a pronoun); the stem it returns is in the matching normalization.
/// </summary>
public sealed class LightStemmer
{
    /// <summary>Longer runs of letters are not words (they come from junk input) and are not stemmed.</summary>
    public const int MaxWordLength = 48;

    // Teh marbuta, alef maksura and the hamza on alef are kept while stemming: ة marks a suffix where ه would be a
    // pronoun, a final ى is never the nisba ي, and أل (ألمانيا) is not the article ال.
    private const NormalizationRules StemmingForm =
        NormalizationRules.Matching & ~NormalizationRules.TehMarbuta & ~NormalizationRules.AlefMaksura & ~NormalizationRules.AlefVariants;

    private static readonly Lazy<LightStemmer> DefaultInstance = new(() => new LightStemmer(
        LanguageData.Lines("stopwords.txt"),
        LanguageData.Lines("proclitic-exceptions.txt"),
        LanguageData.Lines("suffix-exceptions.txt")));

    private static readonly string[] EncliticTexts = ["", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا"];

    // Longest first, so هما is tried before هم and ها before ه.
    private static readonly Enclitic[] EncliticOrder =
        [Enclitic.Huma, Enclitic.Kuma, Enclitic.Hum, Enclitic.Hunna, Enclitic.Ha, Enclitic.Kum, Enclitic.Kunna, Enclitic.Na, Enclitic.Hu, Enclitic.Ka];

    private static readonly string[] SuffixTexts = ["", "ات", "ون", "ين", "ان", "ة", "ية", "يين", "يون", "يات", "تان", "تين", "ي"];

    private static readonly (Suffix Suffix, int MinStem)[] SuffixOrder =
    [
        (Suffix.Iyyin, 4), (Suffix.Iyyun, 4), (Suffix.Iyyat, 4), (Suffix.Tayn, 3), (Suffix.Tan, 3),
        (Suffix.Iyya, 4), (Suffix.At, 3), (Suffix.Un, 4), (Suffix.In, 4), (Suffix.An, 4),
        (Suffix.TehMarbuta, 3), (Suffix.Ya, 4),
    ];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> functionWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> radicalInitials;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> radicalEndings;
    private readonly ArabicNormalizer normalizer = ArabicNormalizer.For(StemmingForm);

    /// <param name="functionWords">Words kept whole.</param>
    /// <param name="procliticExceptions">Words whose first letter is not a proclitic; their inflected forms are covered too.</param>
    /// <param name="suffixExceptions">Words whose ending is not a suffix or pronoun.</param>
    public LightStemmer(IEnumerable<string> functionWords, IEnumerable<string> procliticExceptions, IEnumerable<string> suffixExceptions)
    {
        ArgumentNullException.ThrowIfNull(functionWords);
        ArgumentNullException.ThrowIfNull(procliticExceptions);
        ArgumentNullException.ThrowIfNull(suffixExceptions);
        this.functionWords = Lookup(functionWords.SelectMany(Forms));
        radicalEndings = Lookup(suffixExceptions.SelectMany(Forms));

        // A listed word and the stem its endings leave both mark the first letter as radical.
        var initials = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in procliticExceptions.SelectMany(Forms))
        {
            initials.Add(word);
            initials.Add(StripEndings(word, 0, word.Length, Proclitics.None, out _, out _).ToString());
        }

        radicalInitials = initials.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The stemmer with Mizan's shipped word lists.</summary>
    public static LightStemmer Default => DefaultInstance.Value;

    /// <summary>
    /// True for a function word (stopwords.txt), alone or after a conjunction (ولم, فإن): words that carry grammar,
    /// not what a text is about.
    /// </summary>
    public bool IsFunctionWord(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[(MaxWordLength * 2) + 2];
        var length = normalizer.Normalize(word, buffer);
        if (length <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> w = buffer[..length];
        return functionWords.Contains(w)
            || (w.Length > 2 && w[0] is CodePoints.Waw or CodePoints.Feh && functionWords.Contains(w[1..]));
    }

    public static string EncliticText(Enclitic enclitic) => EncliticTexts[(int)enclitic];

    public static string SuffixText(Suffix suffix) => SuffixTexts[(int)suffix];

    /// <summary>Stems one word (as written) to a <see cref="StemResult"/>.</summary>
    public StemResult Stem(ReadOnlySpan<char> word)
    {
        Span<char> stem = stackalloc char[(MaxWordLength * 2) + 2];
        var length = Stem(word, stem, out var parts);
        if (length < 0)
        {
            return new StemResult(ArabicNormalizer.Matching.NormalizeToString(word), default);
        }

        return new StemResult(new string(stem[..length]), parts);
    }

    /// <summary>
    /// Stems one word (as written) into <paramref name="destination"/> without allocating. Returns the stem's length,
    /// or -1 when the word is longer than <see cref="MaxWordLength"/> or <paramref name="destination"/> is too small.
    /// </summary>
    public int Stem(ReadOnlySpan<char> word, Span<char> destination, out StemParts parts)
    {
        parts = default;
        if (word.Length > MaxWordLength)
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[(MaxWordLength * 2) + 2];
        var length = normalizer.Normalize(word, buffer);
        if (length < 0)
        {
            return -1;
        }

        ReadOnlySpan<char> w = buffer[..length];
        var start = 0;
        var end = w.Length;
        var proclitics = Proclitics.None;
        var enclitic = Enclitic.None;
        var suffix = Suffix.None;

        if (!functionWords.Contains(w))
        {
            start = StripProclitics(w, out proclitics);
            end = StripEndings(w, start, w.Length, proclitics, out enclitic, out suffix).Length + start;
        }

        parts = new StemParts(proclitics, enclitic, suffix);
        var stem = w[start..end];
        if (stem.Length > destination.Length)
        {
            return -1;
        }

        // The stem is reported in the matching normalization: ة folds to ه, ى to ي, أ إ آ ٱ to ا.
        for (var i = 0; i < stem.Length; i++)
        {
            destination[i] = stem[i] switch
            {
                CodePoints.TehMarbuta => CodePoints.Heh,
                CodePoints.AlefMaksura => CodePoints.Yeh,
                CodePoints.AlefHamzaAbove or CodePoints.AlefHamzaBelow or CodePoints.AlefMadda or CodePoints.AlefWasla => CodePoints.Alef,
                var c => c,
            };
        }

        return stem.Length;
    }

    private int StripProclitics(ReadOnlySpan<char> w, out Proclitics found)
    {
        found = Proclitics.None;
        var s = 0;

        // Rule: conjunction first, when three letters remain after و, four after the rarer ف (فنية is not ف + نية),
        // and the first letter is not radical in a listed word.
        // A function word after the conjunction is the exception to the length guard: ولم, فإن.
        var conjunction = w.Length > 1 && w[0] is CodePoints.Waw or CodePoints.Feh;
        if (conjunction && functionWords.Contains(w[1..]))
        {
            found |= w[0] == CodePoints.Waw ? Proclitics.Wa : Proclitics.Fa;
            return 1;
        }

        if (conjunction && ((w.Length - 1 >= 3 && w[0] == CodePoints.Waw) || (w.Length - 1 >= 4 && w[0] == CodePoints.Feh)) && !HasRadicalInitial(w))
        {
            found |= w[0] == CodePoints.Waw ? Proclitics.Wa : Proclitics.Fa;
            s = 1;
        }

        var rest = w[s..];
        if (rest.Length == 0 || rest[0] is not (CodePoints.Beh or CodePoints.Kaf or CodePoints.Lam or CodePoints.Alef))
        {
            return s;
        }

        if (rest[0] != CodePoints.Alef && (HasRadicalInitial(rest) || functionWords.Contains(rest)))
        {
            return s;
        }

        // Rule: ل before the article drops the article's alef: ل + التحالف → للتحالف.
        if (rest.Length - 2 >= 2 && rest[0] == CodePoints.Lam && rest[1] == CodePoints.Lam)
        {
            // Unless the second ل starts a listed word: للجنة is ل + لجنة.
            if (HasRadicalInitial(rest[1..]))
            {
                found |= Proclitics.Li;
                return s + 1;
            }

            found |= Proclitics.Li | Proclitics.Al;
            return s + 2;
        }

        if (rest.Length >= 1 && rest[0] is CodePoints.Beh or CodePoints.Kaf or CodePoints.Lam)
        {
            var preposition = rest[0] switch
            {
                CodePoints.Beh => Proclitics.Bi,
                CodePoints.Kaf => Proclitics.Ka,
                _ => Proclitics.Li,
            };
            if (rest.Length - 3 >= 2 && rest[1] == CodePoints.Alef && rest[2] == CodePoints.Lam)
            {
                found |= preposition | Proclitics.Al;
                return s + 3;
            }

            // Rule: ك is taken as the preposition only before the article (كالعادة); bare it is far more often a
            // first letter (كانون, كوفي).
            if (rest.Length - 1 >= 3 && preposition != Proclitics.Ka)
            {
                found |= preposition;
                s += 1;
                return s;
            }

            return s;
        }

        if (rest.Length - 2 >= 2 && rest[0] == CodePoints.Alef && rest[1] == CodePoints.Lam)
        {
            found |= Proclitics.Al;
            return s + 2;
        }

        return s;
    }

    /// <summary>Removes one enclitic, then one suffix, from w[start..end]; returns what is left.</summary>
    private ReadOnlySpan<char> StripEndings(ReadOnlySpan<char> w, int start, int end, Proclitics proclitics, out Enclitic enclitic, out Suffix suffix)
    {
        enclitic = Enclitic.None;
        suffix = Suffix.None;
        if (radicalEndings.Contains(w[start..end]))
        {
            return w[start..end];
        }

        end = StripEnclitic(w, start, end, proclitics, out enclitic);

        // Rule: before a pronoun, teh marbuta is written ت (كرامتهم, علاقتهما): that ت is the ة suffix.
        if (enclitic != Enclitic.None && end - start - 1 >= 3 && w[end - 1] == CodePoints.Teh && w[end - 2] != CodePoints.Alef)
        {
            suffix = Suffix.TehMarbuta;
            return w[start..(end - 1)];
        }

        if (!radicalEndings.Contains(w[start..end]))
        {
            end = StripSuffix(w, start, end, out suffix);
        }

        return w[start..end];
    }

    private static int StripEnclitic(ReadOnlySpan<char> w, int start, int end, Proclitics proclitics, out Enclitic found)
    {
        found = Enclitic.None;

        // Rule: a definite noun takes no pronoun suffix.
        if ((proclitics & Proclitics.Al) != 0)
        {
            return end;
        }

        var word = w[start..end];
        foreach (var enclitic in EncliticOrder)
        {
            var text = EncliticTexts[(int)enclitic];
            var minStem = enclitic == Enclitic.Ka ? 4 : 3;
            if (word.Length - text.Length < minStem || !word.EndsWith(text, StringComparison.Ordinal))
            {
                continue;
            }

            // Rule: ه after alef belongs to the word (اتجاه, مياه, انتباه), and so does the ه of the name of God
            // closing a compound name (عبدالله).
            if (enclitic == Enclitic.Hu && (word[^2] == CodePoints.Alef || word.EndsWith("لله", StringComparison.Ordinal)))
            {
                return end;
            }

            // Rule: ك is a pronoun only after the feminine ت (حكومتك); elsewhere a final ك is the word's own
            // (مشترك, نيويورك, مبارك).
            if (enclitic == Enclitic.Ka && word[^2] != CodePoints.Teh)
            {
                continue;
            }

            found = enclitic;
            return end - text.Length;
        }

        return end;
    }

    private static int StripSuffix(ReadOnlySpan<char> w, int start, int end, out Suffix found)
    {
        found = Suffix.None;
        var word = w[start..end];

        foreach (var (suffix, minStem) in SuffixOrder)
        {
            var text = SuffixTexts[(int)suffix];
            if (word.Length - text.Length < minStem || !word.EndsWith(text, StringComparison.Ordinal))
            {
                continue;
            }

            // Rule: the -stan of country names is not a dual ending (باكستان, كردستان).
            if (suffix is Suffix.An or Suffix.Tan && word.EndsWith("ستان", StringComparison.Ordinal))
            {
                return end;
            }

            found = suffix;
            return end - text.Length;
        }

        return end;
    }

    /// <summary>True when the first letter of <paramref name="word"/> is part of a listed word (as it stands or inflected).</summary>
    private bool HasRadicalInitial(ReadOnlySpan<char> word) =>
        radicalInitials.Contains(word) || radicalInitials.Contains(StripEndings(word, 0, word.Length, Proclitics.None, out _, out _));

    /// <summary>A listed word as written and with its hamza-bearing alefs folded, since text is written both ways.</summary>
    private IEnumerable<string> Forms(string word)
    {
        var written = normalizer.NormalizeToString(word);
        yield return written;
        yield return FoldAlef(written);
    }

    private static string FoldAlef(string word) => string.Create(word.Length, word, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] is CodePoints.AlefHamzaAbove or CodePoints.AlefHamzaBelow or CodePoints.AlefMadda or CodePoints.AlefWasla
                ? CodePoints.Alef
                : source[i];
        }
    });

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        words.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
