using Mizan.Text;
using Mizan.Text.Normalization;

namespace Mizan.Entities;

/// <summary>
/// The entity library's word lists (Data/*.txt): gazetteers of places and organisations, given names, titles before
/// names, heads of role phrases, organisation heads and place cues. Entries are kept in the matching normalization
/// and matched against tokens with <see cref="Key"/>, allowing a leading conjunction, preposition or article.
/// Immutable and thread-safe once built.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, PhraseList> lists;

    private Lexicon(LanguageDataFiles files)
    {
        lists = new Dictionary<string, PhraseList>(StringComparer.Ordinal)
        {
            ["countries"] = new(files.Lines("countries.txt")),
            ["cities"] = new(files.Lines("cities.txt")),
            ["organizations"] = new(files.Lines("organizations.txt")),
            ["first-names"] = new(files.Lines("first-names.txt")),
            ["person-titles"] = new(files.Lines("person-titles.txt")),
            ["role-heads"] = new(files.Lines("role-heads.txt"), article: true),
            ["organization-heads"] = new(files.Lines("organization-heads.txt"), article: true),
            ["location-cues"] = new(files.Lines("location-cues.txt"), article: true),
        };
    }

    /// <summary>The embedded data files of Mizan.Entities.</summary>
    public static LanguageDataFiles Files { get; } = new(typeof(Lexicon).Assembly, "Mizan.Entities.Data.");

    private static readonly Lazy<Lexicon> DefaultInstance = new(() => new Lexicon(Files));

    /// <summary>The lexicon built from the shipped data files.</summary>
    public static Lexicon Default => DefaultInstance.Value;

    public PhraseList Countries => lists["countries"];

    public PhraseList Cities => lists["cities"];

    public PhraseList Organizations => lists["organizations"];

    public PhraseList FirstNames => lists["first-names"];

    public PhraseList PersonTitles => lists["person-titles"];

    public PhraseList RoleHeads => lists["role-heads"];

    public PhraseList OrganizationHeads => lists["organization-heads"];

    public PhraseList LocationCues => lists["location-cues"];

    /// <summary>A word in the matching normalization, the form every list is kept in.</summary>
    public static string Key(ReadOnlySpan<char> word) => ArabicNormalizer.Matching.NormalizeToString(word);

    /// <summary>
    /// The forms a normalized word may take in a list once a leading conjunction (و ف), preposition (ب ل ك) and,
    /// when <paramref name="article"/> is true, the article are set aside: وللعراق → للعراق, العراق, عراق. The word
    /// itself comes first. Three letters must remain after a one-letter clitic, so short words keep their first
    /// letter. Names are matched without setting the article aside, or المالي (financial) would be مالي (Mali).
    /// </summary>
    public static IReadOnlyList<string> Variants(string key, bool article = true)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<Variant> found = stackalloc Variant[MaxVariants];
        var count = VariantsOf(key, article, found);
        var variants = new List<string>(count);
        foreach (var variant in found[..count])
        {
            variants.Add(variant.Start == 0 && !variant.Alef ? key : variant.Alef ? "ا" + key[variant.Start..] : key[variant.Start..]);
        }

        return variants;
    }

    /// <summary>True when one of <see cref="Variants"/> of the key is in the set; the key's own letters are looked up
    /// without copying them, as most words are in no list.</summary>
    internal static bool AnyVariantIn(string key, bool article, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        Span<Variant> found = stackalloc Variant[MaxVariants];
        Span<char> form = key.Length < 256 ? stackalloc char[key.Length + 1] : new char[key.Length + 1];
        foreach (var variant in found[..VariantsOf(key, article, found)])
        {
            if (set.Contains(form[..variant.WriteTo(key, form)]))
            {
                return true;
            }
        }

        return false;
    }

    internal const int MaxVariants = 4;

    /// <summary>A form of a key without leading clitics: its letters from <c>Start</c> on, after an alef when <c>Alef</c>.</summary>
    internal readonly record struct Variant(int Start, bool Alef)
    {
        /// <summary>This form of <paramref name="key"/> written into <paramref name="into"/>; returns its length.</summary>
        public int WriteTo(string key, Span<char> into)
        {
            var at = 0;
            if (Alef)
            {
                into[at++] = '\u0627'; // ا alef
            }

            key.AsSpan(Start).CopyTo(into[at..]);
            return at + key.Length - Start;
        }
    }

    /// <summary>The rules of <see cref="Variants"/>, as positions in the key; returns how many forms were written.</summary>
    internal static int VariantsOf(string key, bool article, Span<Variant> into)
    {
        var count = 0;
        into[count++] = new Variant(0, false);
        var start = 0;
        if (key.Length > 3 && key[0] is 'و' or 'ف')
        {
            start = 1;
            into[count++] = new Variant(start, false);
        }

        var alef = false;
        if (key.Length - start > 3 && key[start] is 'ب' or 'ل' or 'ك')
        {
            // ل before the article drops the article's alef: للعراق is ل + العراق.
            alef = key.AsSpan(start).StartsWith("لل", StringComparison.Ordinal);
            start++;
            into[count++] = new Variant(start, alef);
        }

        // The rest: an alef and the key from start (the article's ل first), or the key from start.
        var restLength = key.Length - start + (alef ? 1 : 0);
        var restHasArticle = alef || key.AsSpan(start).StartsWith("ال", StringComparison.Ordinal);
        if (article && restLength > 4 && restHasArticle)
        {
            into[count++] = new Variant(alef ? start + 1 : start + 2, false);
        }

        return count;
    }
}

/// <summary>A list of words and multi-word phrases, kept in the matching normalization.</summary>
public sealed class PhraseList
{
    /// <summary>Whether a word may match with its article set aside (true for cue words: المحافظة; false for names).</summary>
    private readonly bool article;

    private readonly HashSet<string> phrases = new(StringComparer.Ordinal);

    // The first words of the entries: most tokens start none, and are dismissed with one lookup per form.
    private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> phraseSpans;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWordSpans;

    public PhraseList(IEnumerable<string> entries, bool article = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.article = article;
        phraseSpans = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWordSpans = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var entry in entries)
        {
            var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Lexicon.Key(w)).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            phrases.Add(string.Join(' ', words));
            firstWords.Add(words[0]);
            MaxWords = Math.Max(MaxWords, words.Length);
        }
    }

    /// <summary>The most words any entry has.</summary>
    public int MaxWords { get; }

    public int Count => phrases.Count;

    /// <summary>True when the normalized word or phrase is an entry as it stands.</summary>
    public bool ContainsExact(string key) => phrases.Contains(key);

    /// <summary>True when the normalized word, as it stands, is an entry's first word (or a one-word entry).</summary>
    public bool StartsEntry(string key) => firstWords.Contains(key);

    /// <summary>True when the normalized word, or a form of it without leading clitics, is a one-word entry.</summary>
    public bool ContainsWord(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Lexicon.AnyVariantIn(key, article, phraseSpans);
    }

    /// <summary>
    /// The number of words of the longest entry that starts at <paramref name="start"/> among the normalized words
    /// (the first word may carry leading clitics), or 0.
    /// </summary>
    public int LongestMatch(IReadOnlyList<string> keys, int start)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var key = keys[start];

        // Each entry is tried as its letters written into one buffer (the head form, then a space and the next word
        // for each further word) and looked up as a span: this runs at every token for the triggers, so it allocates
        // nothing unless the buffer must grow past the stack's. The head forms are looked up first, in a buffer of the
        // key's size: most words head no entry.
        Span<Lexicon.Variant> variants = stackalloc Lexicon.Variant[Lexicon.MaxVariants];
        var count = Lexicon.VariantsOf(key, article, variants);
        Span<char> head = key.Length < 256 ? stackalloc char[key.Length + 1] : new char[key.Length + 1];
        Span<bool> heads = stackalloc bool[count];
        var any = false;
        for (var v = 0; v < count; v++)
        {
            heads[v] = firstWordSpans.Contains(head[..variants[v].WriteTo(key, head)]);
            any |= heads[v];
        }

        if (!any)
        {
            return 0;
        }

        var most = Math.Min(MaxWords, keys.Count - start);
        var length = key.Length + 1;
        for (var k = 1; k < most; k++)
        {
            length += keys[start + k].Length + 1;
        }

        Span<char> buffer = length <= 512 ? stackalloc char[length] : new char[length];

        for (var n = most; n >= 1; n--)
        {
            for (var v = 0; v < count; v++)
            {
                if (!heads[v])
                {
                    continue;
                }

                var at = variants[v].WriteTo(key, buffer);
                for (var k = 1; k < n; k++)
                {
                    buffer[at++] = ' ';
                    keys[start + k].AsSpan().CopyTo(buffer[at..]);
                    at += keys[start + k].Length;
                }

                if (phraseSpans.Contains(buffer[..at]))
                {
                    return n;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// The number of words of the longest entry that ends at <paramref name="end"/> (exclusive) among the normalized
    /// words, or 0: the title right before a name.
    /// </summary>
    public int LongestMatchEndingAt(IReadOnlyList<string> keys, int end)
    {
        ArgumentNullException.ThrowIfNull(keys);
        for (var n = Math.Min(MaxWords, end); n >= 1; n--)
        {
            if (LongestMatch(keys, end - n) == n)
            {
                return n;
            }
        }

        return 0;
    }
}
