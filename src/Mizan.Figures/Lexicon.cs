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
            NumberWords[matching.NormalizeToString(parts[2])] = (parts[0], decimal.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        foreach (var line in Files.Lines("units.txt"))
        {
            var parts = line.Split('\t');
            Units[LightStemmer.Default.Stem(parts[1]).Stem] = parts[0];
            Units[matching.NormalizeToString(parts[1])] = parts[0];
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

    /// <summary>Unit by light stem or matching form: ISO currency codes and "percent".</summary>
    public Dictionary<string, string> Units { get; } = new(StringComparer.Ordinal);

    public List<(string[] Words, string Qualifier)> Qualifiers { get; }

    /// <summary>Parts of the day (Data/dayparts.txt), longest first: how they read a 12-hour clock, and where they stand.</summary>
    public List<(string[] Words, string Kind, string Form)> Dayparts { get; }

    /// <summary>Time zone names (lower-case matching form), longest first, with their offset from UTC in hours.</summary>
    public List<(string[] Words, int Offset)> Zones { get; }

    /// <summary>Period words (Data/periods.txt) with and without the article: unit and count (0 for a plural).</summary>
    public Dictionary<string, (string Unit, int Count)> Periods { get; } = new(StringComparer.Ordinal);

    public static LanguageDataFiles DataFiles => Files;

    private static PhraseList Phrases(string file) =>
        new(Files.Lines(file)
            .Select(l => l.Split('\t'))
            .Select(p => (ArabicNormalizer.Matching.NormalizeToString(p[1]).Split(' '), int.Parse(p[0], CultureInfo.InvariantCulture))));
}
