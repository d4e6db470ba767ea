namespace Mizan.Text.Morphology;

/// <summary>Proclitics found at the start of a word, in their fixed order: conjunction, preposition, article.</summary>
[Flags]
public enum Proclitics : byte
{
    None = 0,

    /// <summary>و (and).</summary>
    Wa = 1 << 0,

    /// <summary>ف (so, then).</summary>
    Fa = 1 << 1,

    /// <summary>ب (with, by).</summary>
    Bi = 1 << 2,

    /// <summary>ك (like).</summary>
    Ka = 1 << 3,

    /// <summary>ل (for, to); before the article it drops the article's alef: للتحالف.</summary>
    Li = 1 << 4,

    /// <summary>ال (the).</summary>
    Al = 1 << 5,
}

/// <summary>A pronoun attached to the end of a word.</summary>
public enum Enclitic : byte
{
    None,
    Hu,
    Ha,
    Hum,
    Huma,
    Hunna,
    Ka,
    Kum,
    Kuma,
    Kunna,
    Na,
}

/// <summary>An inflectional or derivational ending the light stemmer removes.</summary>
public enum Suffix : byte
{
    None,
    At,
    Un,
    In,
    An,
    TehMarbuta,
    Iyya,
    Iyyin,
    Iyyun,
    Iyyat,
    Tan,
    Tayn,
    Ya,
}

/// <summary>What the stemmer removed around a stem.</summary>
public readonly record struct StemParts(Proclitics Proclitics, Enclitic Enclitic, Suffix Suffix)
{
    /// <summary>The clitics in reading order, marked the usual way: "و+", "ال+", "+ها". One list for each combination,
    /// shared by every word that has it (a text's words keep theirs: <c>mizan bench text</c>).</summary>
    public IReadOnlyList<string> Clitics() => CliticLists[((int)Proclitics * EncliticCount) + (int)Enclitic];

    private const int EncliticCount = (int)Enclitic.Na + 1;

    /// <summary>The proclitics in reading order with their marks.</summary>
    private static readonly (Proclitics Flag, string Text)[] ProcliticTexts =
    [
        (Proclitics.Wa, "و+"), (Proclitics.Fa, "ف+"), (Proclitics.Bi, "ب+"), (Proclitics.Ka, "ك+"), (Proclitics.Li, "ل+"), (Proclitics.Al, "ال+"),
    ];

    /// <summary>Every combination's list, by proclitic flags and then enclitic.</summary>
    private static readonly string[][] CliticLists = Enumerable.Range(0, ((int)Proclitics.Al << 1) * EncliticCount)
        .Select(k => ListOf((Proclitics)(k / EncliticCount), (Enclitic)(k % EncliticCount)))
        .ToArray();

    private static string[] ListOf(Proclitics proclitics, Enclitic enclitic)
    {
        var list = new List<string>(4);
        foreach (var (flag, text) in ProcliticTexts)
        {
            if ((proclitics & flag) != 0)
            {
                list.Add(text);
            }
        }

        if (enclitic != Enclitic.None)
        {
            list.Add("+" + LightStemmer.EncliticText(enclitic));
        }

        return [.. list];
    }

    /// <summary>The removed suffix as text ("ات", "ية"), or null.</summary>
    public string? SuffixText => Suffix == Suffix.None ? null : LightStemmer.SuffixText(Suffix);
}

/// <summary>A stemmed word: the stem (in the matching normalization) and what was removed.</summary>
public sealed record StemResult(string Stem, StemParts Parts)
{
    public IReadOnlyList<string> Clitics => Parts.Clitics();
}
