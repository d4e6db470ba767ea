using System.Globalization;
using Mizan.Text;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;

namespace Mizan.Figures;

/// <summary>The word lists of this library (Data/*.txt), compared in the matching normalization. Built once, shared.</summary>
internal sealed class Lexicon
{
    private static readonly LanguageDataFiles Files = new(typeof(Lexicon).Assembly, "Mizan.Figures.Data.");
    private static readonly Lazy<Lexicon> DefaultInstance = new(() => new Lexicon());

    private Lexicon()
    {
        var matching = ArabicNormalizer.Matching;
        GregorianMonths = Phrases("gregorian-months.txt");
        HijriMonths = Phrases("hijri-months.txt");
        OrdinalDays = Phrases("ordinal-days.txt");
        Holidays = Files.Lines("holidays.txt")
            .Select(l => l.Split('\t'))
            .Select(p => (Words: matching.NormalizeToString(p[3]).Split(' '), Calendar: p[0], Month: int.Parse(p[1], CultureInfo.InvariantCulture), Day: int.Parse(p[2], CultureInfo.InvariantCulture)))
            .OrderByDescending(h => h.Words.Length)
            .ToList();
        foreach (var line in Files.Lines("number-words.txt"))
        {
            var parts = line.Split('\t');
            var word = matching.NormalizeToString(parts[2]);
            if (parts[1].Split('/') is [var numerator, var denominator])
            {
                // A fraction keeps four decimal places as its value and the exact fraction beside it.
                var exact = decimal.Parse(numerator, CultureInfo.InvariantCulture) / decimal.Parse(denominator, CultureInfo.InvariantCulture);
                NumberWords[word] = (parts[0], Math.Round(exact, 4));
                Fractions[word] = parts[1];
            }
            else
            {
                NumberWords[word] = (parts[0], decimal.Parse(parts[1], CultureInfo.InvariantCulture));
            }
        }

        foreach (var line in Files.Lines("actions.txt"))
        {
            var parts = line.Split('\t');
            Actions[Plain(matching.NormalizeToString(parts[1]))] = parts[0];
            ActionEntries.Add(matching.NormalizeToString(parts[1]));
        }

        foreach (var line in Files.Lines("fraction-compounds.txt"))
        {
            FractionCompounds.Add(Plain(matching.NormalizeToString(line.Trim())));
        }

        foreach (var line in Files.Lines("rate-words.txt"))
        {
            RateWords.Add(matching.NormalizeToString(line.Trim()).TrimEnd('\u064B'));
        }

        foreach (var line in Files.Lines("measure-nouns.txt"))
        {
            var word = matching.NormalizeToString(line.Trim());
            MeasureNouns.Add(word);
            MeasureNouns.Add("\u0627\u0644" + word); // ال the article
        }

        foreach (var line in Files.Lines("units.txt"))
        {
            var parts = line.Split('\t');
            Units[LightStemmer.Default.Stem(parts[1]).Stem] = parts[0];
            Units[matching.NormalizeToString(parts[1])] = parts[0];
        }

        foreach (var line in Files.Lines("currency-nationalities.txt"))
        {
            var parts = line.Split('\t');
            CurrencyNationalities[(Units[LightStemmer.Default.Stem(parts[1]).Stem], NationalityKey(matching.NormalizeToString(parts[2])))] = parts[0];
        }

        Dayparts = Files.Lines("dayparts.txt")
            .Select(l => l.Split('\t'))
            .Select(p => (Words: matching.NormalizeToString(p[2]).Split(' '), Kind: p[0], Form: p[1]))
            .OrderByDescending(d => d.Words.Length)
            .ToList();
        Zones = Files.Lines("time-zones.txt")
            .Select(l => l.Split('\t'))
            .Select(p => (Words: matching.NormalizeToString(p[1]).ToLowerInvariant().Split(' '), Offset: int.Parse(p[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)))
            .OrderByDescending(z => z.Words.Length)
            .ToList();
        foreach (var line in Files.Lines("periods.txt"))
        {
            var parts = line.Split('\t');
            var word = matching.NormalizeToString(parts[2]);
            var entry = (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
            Periods[word] = entry;
            Periods["\u0627\u0644" + word] = entry; // ال the article
        }

        Qualifiers = Files.Lines("qualifiers.txt")
            .Select(l => l.Split('\t'))
            .Select(p => (Words: matching.NormalizeToString(p[1]).Split(' '), Qualifier: p[0]))
            .OrderByDescending(q => q.Words.Length)
            .ToList();
    }

    public static Lexicon Default => DefaultInstance.Value;

    /// <summary>Month names as word sequences (matching form), longest first, with the month number.</summary>
    public PhraseList GregorianMonths { get; }

    public PhraseList HijriMonths { get; }

    /// <summary>Ordinal day numbers (الأول, الرابع عشر, الحادي والعشرون), longest first, with their value.</summary>
    public PhraseList OrdinalDays { get; }

    /// <summary>Holiday names (matching form), longest first, with their calendar, month and day.</summary>
    public List<(string[] Words, string Calendar, int Month, int Day)> Holidays { get; }

    public Dictionary<string, (string Kind, decimal Value)> NumberWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Fraction words (matching form) with their exact fraction as written in the data file: ثلث → 1/3.</summary>
    public Dictionary<string, string> Fractions { get; } = new(StringComparer.Ordinal);

    /// <summary>The words of Data/actions.txt as listed, in the matching normalization (وفاة with its و, قتل).</summary>
    public HashSet<string> ActionEntries { get; } = new(StringComparer.Ordinal);

    /// <summary>What happened to the counted people (Data/actions.txt), by <see cref="Plain"/> form: مقتل → killed.</summary>
    public Dictionary<string, string> Actions { get; } = new(StringComparer.Ordinal);

    /// <summary>Adverbs of rate (يوميا, شهريا) that follow a figure without being what it counts (Data/rate-words.txt).</summary>
    public HashSet<string> RateWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of measure (Data/measure-nouns.txt) in the matching form, with and without the article.</summary>
    public HashSet<string> MeasureNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after which a fraction word is a compound, not a share (Data/fraction-compounds.txt), by <see cref="Plain"/> form.</summary>
    public HashSet<string> FractionCompounds { get; } = new(StringComparer.Ordinal);

    /// <summary>Unit by light stem or matching form: ISO currency codes and "percent".</summary>
    public Dictionary<string, string> Units { get; } = new(StringComparer.Ordinal);

    /// <summary>The code of a currency (as units.txt reads its word) named with a nationality adjective (Data/currency-nationalities.txt).</summary>
    public Dictionary<(string Currency, string Adjective), string> CurrencyNationalities { get; } = [];

    /// <summary>An adjective in the matching normalization as the currency table keys it: without a final ة (قطريه → قطري).</summary>
    public static string NationalityKey(string norm)
    {
        ArgumentNullException.ThrowIfNull(norm);
        return norm.Length > 3 && norm[^1] == '\u0647' ? norm[..^1] : norm; // ه: ة folded by the normalization
    }

    public List<(string[] Words, string Qualifier)> Qualifiers { get; }

    /// <summary>Parts of the day (Data/dayparts.txt), longest first: how they read a 12-hour clock, and where they stand.</summary>
    public List<(string[] Words, string Kind, string Form)> Dayparts { get; }

    /// <summary>Time zone names (lower-case matching form), longest first, with their offset from UTC in hours.</summary>
    public List<(string[] Words, int Offset)> Zones { get; }

    /// <summary>Period words (Data/periods.txt) with and without the article: unit and count (0 for a plural).</summary>
    public Dictionary<string, (string Unit, int Count)> Periods { get; } = new(StringComparer.Ordinal);

    public static LanguageDataFiles DataFiles => Files;

    /// <summary>
    /// A matching form without its leading clitics, one layer at a time: و or ف, then ب or ل, then ال (وبالمصابين →
    /// مصابين), each only when at least three letters remain; a ة at the end is read as ه, as the matching form writes it.
    /// </summary>
    public static string Plain(string norm)
    {
        ArgumentNullException.ThrowIfNull(norm);
        var word = norm;
        if (word.Length > 3 && word[0] is '\u0648' or '\u0641') // و waw, ف feh
        {
            word = word[1..];
        }

        if (word.Length > 3 && word[0] is '\u0628' or '\u0644' && !word.StartsWith("\u0644\u0642", StringComparison.Ordinal)) // ب beh, ل lam (not لقي)
        {
            word = word[1..];
        }

        if (word.Length > 4 && word.StartsWith("\u0627\u0644", StringComparison.Ordinal)) // ال
        {
            word = word[2..];
        }

        return word;
    }

    private static PhraseList Phrases(string file) =>
        new(Files.Lines(file)
            .Select(l => l.Split('\t'))
            .Select(p => (ArabicNormalizer.Matching.NormalizeToString(p[1]).Split(' '), int.Parse(p[0], CultureInfo.InvariantCulture))));
}
