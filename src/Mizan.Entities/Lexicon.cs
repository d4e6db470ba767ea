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
        var variants = new List<string>(4) { key };
        var rest = key;
        if (rest.Length > 3 && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
            variants.Add(rest);
        }

        if (rest.Length > 3 && rest[0] is 'ب' or 'ل' or 'ك')
        {
            // ل before the article drops the article's alef: للعراق is ل + العراق.
            rest = rest.StartsWith("لل", StringComparison.Ordinal) ? "ا" + rest[1..] : rest[1..];
            variants.Add(rest);
        }

        if (article && rest.Length > 4 && rest.StartsWith("ال", StringComparison.Ordinal))
        {
            variants.Add(rest[2..]);
        }

        return variants;
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

    public PhraseList(IEnumerable<string> entries, bool article = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.article = article;
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

    /// <summary>True when the normalized word, or a form of it without leading clitics, is a one-word entry.</summary>
    public bool ContainsWord(string key) => Lexicon.Variants(key, article).Any(phrases.Contains);

    /// <summary>
    /// The number of words of the longest entry that starts at <paramref name="start"/> among the normalized words
    /// (the first word may carry leading clitics), or 0.
    /// </summary>
    public int LongestMatch(IReadOnlyList<string> keys, int start)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var heads = Lexicon.Variants(keys[start], article).Where(firstWords.Contains).ToList();
        if (heads.Count == 0)
        {
            return 0;
        }

        for (var n = Math.Min(MaxWords, keys.Count - start); n >= 1; n--)
        {
            var tail = n == 1 ? string.Empty : " " + string.Join(' ', Enumerable.Range(start + 1, n - 1).Select(i => keys[i]));
            foreach (var head in heads)
            {
                if (phrases.Contains(head + tail))
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
