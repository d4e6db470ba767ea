using Mizan.Entities.Data;
using Mizan.Text;

namespace Mizan.Entities;

/// <summary>
/// Name lists from outside the training data (the shared gazetteers of places, countries, organisations, persons,
/// given and family names, nationalities and languages, embedded in Mizan.Entities.Data under their own permissive
/// terms) matched over a sentence's tokens. Every entry is kept word by word in the matching normalization
/// (<see cref="Lexicon.Key"/>); a sentence's first matched word may carry a leading conjunction (و ف), a preposition
/// (ب ل ك, لل for ل + ال) and the article, which are set aside as <see cref="Lexicon.Variants"/> does. Each list is
/// matched on its own, longest entry first from left to right, and labels the tokens of a match: S (an entry of one
/// word), B and I (the first and later words of a longer entry), with "~" added when the match needed the article
/// set aside (الموصل for an entry موصل), which the tagger weighs apart. A one-word entry that is also a common word
/// (the caller's test; for the shipped lists, a noun, verb or particle of the general dictionary and no proper name
/// there: كان, بين, امام, علي, which is على once normalized) labels its match "list?:S", weighed apart from the
/// entries that are names only. The labels are features for the tagger, never a decision. Immutable and thread-safe
/// once built.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The flag of a phrase that begins a longer entry, so matching goes on to the next word.</summary>
    private const int PrefixFlag = 1 << 30;

    /// <summary>The most lists one gazetteer holds: two flag bits each (names, common words), below <see cref="PrefixFlag"/>.</summary>
    public const int MaxLists = 15;

    /// <summary>The shipped files and the short names their labels use, in label order.</summary>
    public static IReadOnlyList<(string File, string Name)> ShippedLists { get; } =
    [
        ("gazetteer-places.txt", "place"),
        ("gazetteer-countries.txt", "country"),
        ("gazetteer-organizations.txt", "org"),
        ("gazetteer-persons.txt", "person"),
        ("gazetteer-persons-given.txt", "given"),
        ("gazetteer-persons-family.txt", "family"),
        ("gazetteer-nationalities.txt", "nat"),
        ("gazetteer-languages.txt", "lang"),
    ];

    // Each normalized phrase (words joined by one space) with the flags of the lists that have it as an entry, and
    // PrefixFlag when it also begins a longer entry.
    private readonly Dictionary<string, int> phrases = new(StringComparer.Ordinal);

    // Each word of three letters or more that is part of a longer entry and no common word, with the flags of the
    // lists whose entries hold it: a surname told alone (ماكينزي of فرانك ماكينزي).
    private readonly Dictionary<string, int> parts = new(StringComparer.Ordinal);

    // Per list and kind of match, the label strings, built once so labelling allocates none.
    private readonly string[][] labels;

    public Gazetteer(IReadOnlyList<(string Name, IEnumerable<string> Entries)> lists, Func<string, bool>? isCommonWord = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (lists.Count > MaxLists)
        {
            throw new ArgumentException($"a gazetteer holds at most {MaxLists} lists", nameof(lists));
        }

        Names = [.. lists.Select(l => l.Name)];

        // Flag bits [0, lists) are the lists' entries; [lists, 2·lists) their one-word entries that are common words.
        // Per list, its labels by kind: plain, the article set aside, a common word, a common word without its article.
        labels = [.. Names.Select(n => new[]
        {
            n + ":S", n + ":B", n + ":I", n + ":S~", n + ":B~", n + ":I~", n + "?:S", n + "?:B", n + "?:I", n + "?:S~", n + "?:B~", n + "?:I~",
        })];
        for (var list = 0; list < lists.Count; list++)
        {
            foreach (var entry in lists[list].Entries)
            {
                var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Lexicon.Key(w)).Where(w => w.Length > 0).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                for (var k = 1; k < words.Length; k++)
                {
                    var prefix = string.Join(' ', words, 0, k);
                    phrases[prefix] = phrases.GetValueOrDefault(prefix) | PrefixFlag;
                }

                if (words.Length > 1)
                {
                    foreach (var word in words)
                    {
                        if (word.Length >= 3 && (isCommonWord is null || !isCommonWord(word)))
                        {
                            parts[word] = parts.GetValueOrDefault(word) | (1 << list);
                        }
                    }
                }

                var phrase = string.Join(' ', words);
                var common = words.Length == 1 && isCommonWord is not null && isCommonWord(phrase);
                phrases[phrase] = phrases.GetValueOrDefault(phrase) | (1 << (common ? lists.Count + list : list));
                Entries++;
            }
        }
    }

    /// <summary>The gazetteer with no lists: every token unlabelled.</summary>
    public static Gazetteer Empty { get; } = new([]);

    /// <summary>The embedded gazetteer files of Mizan.Entities.Data.</summary>
    public static LanguageDataFiles Files { get; } = new(EntityData.Assembly, EntityData.GazetteerPrefix);

    private static readonly Lazy<Gazetteer> DefaultInstance = new(() => new Gazetteer(
        [.. ShippedLists.Select(l => (l.Name, (IEnumerable<string>)Files.Lines(l.File)))],
        key => WordClasses.Default.Of(key) is var c && (c & (WordClass.Noun | WordClass.Verb | WordClass.Particle)) != 0 && (c & WordClass.Name) == 0));

    /// <summary>The gazetteer built from the shipped files.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>The lists' short names, in the order their flags and labels use.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>How many entries were read (an entry in two lists counts twice).</summary>
    public int Entries { get; }

    /// <summary>
    /// Per token of a sentence (its words in the matching normalization), the labels of the list matches that cover
    /// it, "list:S|B|I" ("list?:S" for a common word) with "~" when the article was set aside; an empty array for a
    /// token no list covers.
    /// </summary>
    public string[][] Label(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var n = keys.Count;
        var result = new string[n][];
        Array.Fill(result, []);
        if (Names.Count == 0 || n == 0)
        {
            return result;
        }

        // For each start and list, the longest entry's length, whether it needed the article set aside, and whether
        // it is a common word.
        var lists = Names.Count;
        var matches = new Match[n * lists];
        var found = false;
        for (var i = 0; i < n; i++)
        {
            var variants = Lexicon.Variants(keys[i], article: false);
            foreach (var head in variants)
            {
                found |= Extend(keys, i, head, viaArticle: false, matches);
            }

            // The article is set aside last, from the form without clitics: والموصل → الموصل → موصل.
            var bare = variants[^1];
            if (bare.Length > 4 && bare.StartsWith("ال", StringComparison.Ordinal))
            {
                found |= Extend(keys, i, bare[2..], viaArticle: true, matches);
            }
        }

        if (!found)
        {
            return result;
        }

        var labelled = new List<string>?[n];
        for (var list = 0; list < lists; list++)
        {
            for (var i = 0; i < n;)
            {
                var match = matches[(i * lists) + list];
                if (match.Length == 0)
                {
                    i++;
                    continue;
                }

                var kind = (match.Common ? 6 : 0) + (match.ViaArticle ? 3 : 0);
                for (var k = 0; k < match.Length; k++)
                {
                    (labelled[i + k] ??= new List<string>(2)).Add(labels[list][kind + (match.Length == 1 ? 0 : k == 0 ? 1 : 2)]);
                }

                i += match.Length;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (labelled[i] is { } own)
            {
                result[i] = [.. own];
            }
        }

        return result;
    }

    /// <summary>
    /// Per token (its word in the matching normalization), the names of the lists that hold it as a word of a longer
    /// entry, the word as it stands or without its leading clitics; an empty array for most tokens.
    /// </summary>
    public string[][] PartOf(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new string[keys.Count][];
        for (var i = 0; i < keys.Count; i++)
        {
            var flags = 0;
            if (parts.Count > 0)
            {
                foreach (var variant in Lexicon.Variants(keys[i], article: false))
                {
                    flags |= parts.GetValueOrDefault(variant);
                }
            }

            result[i] = flags == 0 ? [] : [.. Enumerable.Range(0, Names.Count).Where(l => (flags & (1 << l)) != 0).Select(l => Names[l])];
        }

        return result;
    }

    /// <summary>
    /// Follows the entries that begin with <paramref name="head"/> at token <paramref name="start"/>, word by word
    /// while a longer entry may still match, and keeps per list the longest (a plain match over one that needed the
    /// article set aside, at equal length). True when any entry matched.
    /// </summary>
    private bool Extend(IReadOnlyList<string> keys, int start, string head, bool viaArticle, Match[] matches)
    {
        var lists = Names.Count;
        var any = false;
        var phrase = head;
        for (var end = start + 1; ; end++)
        {
            if (!phrases.TryGetValue(phrase, out var flags))
            {
                return any;
            }

            for (var list = 0; list < lists; list++)
            {
                var common = (flags & (1 << (lists + list))) != 0;
                if ((flags & (1 << list)) == 0 && !common)
                {
                    continue;
                }

                any = true;
                ref var best = ref matches[(start * lists) + list];
                var span = end - start;
                if (span > best.Length || (span == best.Length && best.ViaArticle && !viaArticle))
                {
                    best = new Match(span, viaArticle, common && (flags & (1 << list)) == 0);
                }
            }

            if ((flags & PrefixFlag) == 0 || end >= keys.Count)
            {
                return any;
            }

            phrase = phrase + " " + keys[end];
        }
    }

    /// <summary>A list's longest entry at a token: its words, whether the article was set aside, whether a common word.</summary>
    private readonly record struct Match(int Length, bool ViaArticle, bool Common);
}
