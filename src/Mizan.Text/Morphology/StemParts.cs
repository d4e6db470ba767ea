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
    /// <summary>The clitics in reading order, marked the usual way: "و+", "ال+", "+ها".</summary>
    public IReadOnlyList<string> Clitics()
    {
        var list = new List<string>(4);
        if ((Proclitics & Proclitics.Wa) != 0)
        {
            list.Add("و+");
        }

        if ((Proclitics & Proclitics.Fa) != 0)
        {
            list.Add("ف+");
        }

        if ((Proclitics & Proclitics.Bi) != 0)
        {
            list.Add("ب+");
        }

        if ((Proclitics & Proclitics.Ka) != 0)
        {
            list.Add("ك+");
        }

        if ((Proclitics & Proclitics.Li) != 0)
        {
            list.Add("ل+");
        }

        if ((Proclitics & Proclitics.Al) != 0)
        {
            list.Add("ال+");
        }

        if (Enclitic != Enclitic.None)
        {
            list.Add("+" + LightStemmer.EncliticText(Enclitic));
        }

        return list;
    }

    /// <summary>The removed suffix as text ("ات", "ية"), or null.</summary>
    public string? SuffixText => Suffix == Suffix.None ? null : LightStemmer.SuffixText(Suffix);
}

/// <summary>A stemmed word: the stem (in the matching normalization) and what was removed.</summary>
public sealed record StemResult(string Stem, StemParts Parts)
{
    public IReadOnlyList<string> Clitics => Parts.Clitics();
}
