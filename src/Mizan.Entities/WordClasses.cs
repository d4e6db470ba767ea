using System.Collections.Concurrent;
using Mizan.Entities.Data;
using Mizan.Text;
using Mizan.Text.Morphology;

namespace Mizan.Entities;

/// <summary>The classes of a general dictionary a word may belong to (several at once: قال is a verb and a noun).</summary>
[Flags]
public enum WordClass
{
    /// <summary>In no list: most often a foreign or rare name.</summary>
    None = 0,
    Noun = 1,
    Verb = 2,
    Particle = 4,

    /// <summary>A proper name the dictionary lists (a country, a capital, a given name).</summary>
    Name = 8,
}

/// <summary>
/// Which lists of a general Arabic spelling dictionary (Mizan.Entities.Data's Dictionary/dictionary-*.txt) know a word once its clitics and
/// endings are set aside. Such a dictionary holds the common vocabulary and few names, so a word it lacks is much more
/// often part of a name, above all a foreign one (شومسكي, يلتسين), and a known verb or particle seldom is. Which list
/// knows a word is the nearest Mizan has to a part of speech. Thread-safe; the lists do not change once built.
/// </summary>
public sealed class WordClasses
{
    /// <summary>
    /// Endings set aside, longest first, in the matching normalization (ة is ه): pronoun enclitics (ها هم كم نا ...),
    /// plural, dual and feminine endings (ات ون ين ان), and the verb endings of the past (وا تم ت ا).
    /// </summary>
    private static readonly string[] Endings =
    [
        "هما", "كما", "تان", "تين", "ها", "هم", "هن", "كم", "كن", "نا", "ات", "ون", "ين", "ان", "وا", "تم", "ه", "ك", "ي", "ت", "ا",
    ];

    /// <summary>A form must keep three letters once an ending is set aside: Arabic stems have at least three.</summary>
    private const int MinStemLength = 3;

    // One table for all lists: a word's classes are its entry's flags, found with one lookup per form.
    private readonly Dictionary<string, WordClass> classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> spans;

    /// <summary>
    /// The answers for the first words asked, since news repeats its words and one answer costs a lookup per form
    /// and ending tried. The bound keeps a stream of junk tokens from growing it without end: 100,000 SaudiNewsNet words took
    /// 5.3 MB besides the words themselves.
    /// </summary>
    private const int MaxRemembered = 100_000;

    private readonly ConcurrentDictionary<string, WordClass> remembered = new(StringComparer.Ordinal);
    private int rememberedCount;

    public WordClasses(IEnumerable<string> nouns, IEnumerable<string> verbs, IEnumerable<string> particles, IEnumerable<string> names)
    {
        Add(nouns, WordClass.Noun);
        Add(verbs, WordClass.Verb);
        Add(particles, WordClass.Particle);
        Add(names, WordClass.Name);
        spans = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly Lazy<WordClasses> DefaultInstance = new(() => new WordClasses(
        Dictionary.Lines("dictionary-nouns.txt"),
        Dictionary.Lines("dictionary-verbs.txt"),
        Dictionary.Lines("dictionary-particles.txt"),
        Dictionary.Lines("dictionary-names.txt")));

    /// <summary>The dictionary lists, embedded in the data assembly under their own licence (MPL 1.1), apart from this code.</summary>
    public static LanguageDataFiles Dictionary => DictionaryFiles;

    private static readonly LanguageDataFiles DictionaryFiles = new(EntityData.Assembly, EntityData.DictionaryPrefix);

    /// <summary>The classes built from the shipped dictionary files.</summary>
    public static WordClasses Default => DefaultInstance.Value;

    /// <summary>
    /// The lists that know a normalized word (see <see cref="Lexicon.Key"/>): the word itself or a form of it without
    /// leading clitics and the article (<see cref="Lexicon.Variants"/>), each also with one ending set aside; a
    /// feminine ت before an enclitic is read back as ة (مدينتها → مدينة). A run of letters longer than
    /// <see cref="LightStemmer.MaxWordLength"/> is no word and has no class.
    /// </summary>
    public WordClass Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (remembered.TryGetValue(key, out var known))
        {
            return known;
        }

        var result = Find(key);
        if (Volatile.Read(ref rememberedCount) < MaxRemembered && remembered.TryAdd(key, result))
        {
            Interlocked.Increment(ref rememberedCount);
        }

        return result;
    }

    private WordClass Find(string key)
    {
        if (key.Length > LightStemmer.MaxWordLength)
        {
            return WordClass.None;
        }

        var result = WordClass.None;
        Span<char> feminine = stackalloc char[key.Length];
        foreach (var form in Lexicon.Variants(key))
        {
            result |= Lookup(form);
            foreach (var ending in Endings)
            {
                if (form.Length - ending.Length < MinStemLength || !form.EndsWith(ending, StringComparison.Ordinal))
                {
                    continue;
                }

                var stem = form.AsSpan(0, form.Length - ending.Length);
                result |= Lookup(stem);
                if (stem[^1] == 'ت')
                {
                    stem.CopyTo(feminine);
                    feminine[stem.Length - 1] = 'ه';
                    result |= Lookup(feminine[..stem.Length]);
                }
            }
        }

        return result;
    }

    private WordClass Lookup(ReadOnlySpan<char> form) => spans.TryGetValue(form, out var found) ? found : WordClass.None;

    private void Add(IEnumerable<string> words, WordClass wordClass)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            var key = Lexicon.Key(word);
            classes[key] = classes.GetValueOrDefault(key) | wordClass;
        }
    }
}
