using System.Collections.Concurrent;
using System.Globalization;

namespace Mizan.Text.Normalization;

/// <summary>
/// Applies a set of <see cref="NormalizationRules"/> character by character through a precomputed table.
/// Instances are immutable and thread-safe; get one with <see cref="For"/>.
/// </summary>
public sealed class ArabicNormalizer
{
    private const byte Keep = 0;
    private const byte Replace = 1;
    private const byte Drop = 2;
    private const byte Expand = 3;

    private static readonly ConcurrentDictionary<NormalizationRules, ArabicNormalizer> Cache = new();
    private static readonly Lazy<Dictionary<char, string>> PresentationTable = new(LoadPresentationForms);

    private readonly byte[] actions = new byte[char.MaxValue + 1];
    private readonly char[] replacements = new char[char.MaxValue + 1];
    private readonly Dictionary<char, string> expansions = [];

    private ArabicNormalizer(NormalizationRules rules)
    {
        Rules = rules;
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var folded = (rules & NormalizationRules.PresentationForms) != 0 && PresentationTable.Value.TryGetValue(c, out var fold)
                ? fold
                : c.ToString();
            var result = string.Concat(folded.Select(ch => MapOne(ch, rules)));
            if (result.Length == 1 && result[0] == c)
            {
                continue;
            }

            MaxExpansion = Math.Max(MaxExpansion, result.Length);
            switch (result.Length)
            {
                case 0:
                    actions[code] = Drop;
                    break;
                case 1:
                    actions[code] = Replace;
                    replacements[code] = result[0];
                    break;
                default:
                    actions[code] = Expand;
                    expansions[c] = result;
                    break;
            }
        }

        MaxExpansion = Math.Max(MaxExpansion, 1);
    }

    /// <summary>Display strength: presentation forms, white space, invisible characters, tatweel.</summary>
    public static ArabicNormalizer Display => For(NormalizationRules.Display);

    /// <summary>Matching strength: display plus tashkeel, letter variants, digits and case.</summary>
    public static ArabicNormalizer Matching => For(NormalizationRules.Matching);

    public NormalizationRules Rules { get; }

    /// <summary>The most characters one source character can become (a ligature such as ﷺ expands).</summary>
    public int MaxExpansion { get; }

    public static ArabicNormalizer For(NormalizationRules rules) => Cache.GetOrAdd(rules, static r => new ArabicNormalizer(r));

    /// <summary>Normalizes <paramref name="text"/> into a view that maps back to it.</summary>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstChange = FirstChange(text);
        if (firstChange < 0)
        {
            return new NormalizedText(text, text, null, null);
        }

        // Most rules shrink or keep the length; expansions (ligatures) grow the buffers on demand.
        var buffer = new char[text.Length + 16];
        var origins = new int[buffer.Length];
        var originEnds = new int[buffer.Length];
        for (var i = 0; i < firstChange; i++)
        {
            buffer[i] = text[i];
            origins[i] = i;
            originEnds[i] = i + 1;
        }

        var length = firstChange;
        for (var i = firstChange; i < text.Length; i++)
        {
            var c = text[i];
            if (IsCrBeforeLf(text, i))
            {
                continue;
            }

            switch (actions[c])
            {
                case Keep:
                    Emit(c, i, i + 1);
                    break;
                case Replace:
                    Emit(replacements[c], i, i + 1);
                    break;
                case Expand:
                    foreach (var e in expansions[c])
                    {
                        Emit(e, i, i + 1);
                    }

                    break;
                default:
                    break;
            }
        }

        return new NormalizedText(text, new string(buffer, 0, length), origins[..length], originEnds[..length]);

        void Emit(char value, int start, int end)
        {
            if (length == buffer.Length)
            {
                var size = buffer.Length * 2;
                Array.Resize(ref buffer, size);
                Array.Resize(ref origins, size);
                Array.Resize(ref originEnds, size);
            }

            buffer[length] = value;
            origins[length] = start;
            originEnds[length] = end;
            length++;
        }
    }

    /// <summary>
    /// Normalizes <paramref name="source"/> into <paramref name="destination"/> without allocating.
    /// Returns the number of characters written, or -1 when <paramref name="destination"/> is too small.
    /// </summary>
    public int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (IsCrBeforeLf(source, i))
            {
                continue;
            }

            switch (actions[c])
            {
                case Keep:
                    if (length >= destination.Length)
                    {
                        return -1;
                    }

                    destination[length++] = c;
                    break;
                case Replace:
                    if (length >= destination.Length)
                    {
                        return -1;
                    }

                    destination[length++] = replacements[c];
                    break;
                case Expand:
                    var e = expansions[c];
                    if (length + e.Length > destination.Length)
                    {
                        return -1;
                    }

                    e.AsSpan().CopyTo(destination[length..]);
                    length += e.Length;
                    break;
                default:
                    break;
            }
        }

        return length;
    }

    /// <summary>Normalizes a short string (a word, a query term) to a plain string.</summary>
    public string NormalizeToString(ReadOnlySpan<char> source)
    {
        var size = source.Length * MaxExpansion;
        var buffer = size <= 256 ? stackalloc char[size] : new char[size];
        var length = Normalize(source, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>True when this normalizer leaves <paramref name="c"/> as it is.</summary>
    public bool Keeps(char c) => actions[c] == Keep;

    /// <summary>True when normalizing <paramref name="text"/> would change it (false: it is already normal).</summary>
    public bool Changes(ReadOnlySpan<char> text) => FirstChange(text) >= 0;

    private int FirstChange(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (actions[text[i]] != Keep || IsCrBeforeLf(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    // Rule WhiteSpace: CR LF is one line break, so the CR is dropped and the LF kept.
    private bool IsCrBeforeLf(ReadOnlySpan<char> text, int i) =>
        (Rules & NormalizationRules.WhiteSpace) != 0 && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n';

    private static string MapOne(char c, NormalizationRules rules)
    {
        bool Has(NormalizationRules rule) => (rules & rule) != 0;

        if (Has(NormalizationRules.WhiteSpace))
        {
            if (CodePoints.IsLineBreak(c))
            {
                return "\n";
            }

            if (CodePoints.IsHorizontalSpace(c))
            {
                return " ";
            }
        }

        if (Has(NormalizationRules.InvisibleFormat) && CodePoints.IsInvisibleFormat(c))
        {
            return string.Empty;
        }

        if (Has(NormalizationRules.Tatweel) && c == CodePoints.Tatweel)
        {
            return string.Empty;
        }

        if (Has(NormalizationRules.Tashkeel) && CodePoints.IsTashkeel(c))
        {
            return string.Empty;
        }

        if (Has(NormalizationRules.AlefVariants)
            && c is CodePoints.AlefHamzaAbove or CodePoints.AlefHamzaBelow or CodePoints.AlefMadda or CodePoints.AlefWasla)
        {
            return CodePoints.Alef.ToString();
        }

        if (Has(NormalizationRules.AlefMaksura) && c == CodePoints.AlefMaksura)
        {
            return CodePoints.Yeh.ToString();
        }

        if (Has(NormalizationRules.TehMarbuta) && c == CodePoints.TehMarbuta)
        {
            return CodePoints.Heh.ToString();
        }

        if (Has(NormalizationRules.PersianLetters))
        {
            switch (c)
            {
                case CodePoints.FarsiYeh:
                    return CodePoints.Yeh.ToString();
                case CodePoints.KehehPersian or CodePoints.SwashKaf:
                    return CodePoints.Kaf.ToString();
                case CodePoints.Ae or CodePoints.HehYehAbove or CodePoints.HehDoachashmee or CodePoints.HehGoal:
                    return CodePoints.Heh.ToString();
                default:
                    break;
            }
        }

        if (Has(NormalizationRules.Digits))
        {
            var digit = CodePoints.DigitValue(c);
            if (digit >= 0)
            {
                return ((char)('0' + digit)).ToString();
            }
        }

        if (Has(NormalizationRules.NumberSigns))
        {
            switch (c)
            {
                case CodePoints.ArabicPercent:
                    return "%";
                case CodePoints.ArabicDecimalSeparator:
                    return ".";
                case CodePoints.ArabicThousandsSeparator:
                    return ",";
                default:
                    break;
            }
        }

        if (Has(NormalizationRules.LetterCase) && !char.IsSurrogate(c))
        {
            return char.ToLowerInvariant(c).ToString();
        }

        return c.ToString();
    }

    private static Dictionary<char, string> LoadPresentationForms()
    {
        var table = new Dictionary<char, string>();
        foreach (var line in LanguageData.Lines("presentation-forms.txt"))
        {
            var parts = line.Split('\t');
            var source = (char)int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var target = string.Concat(parts[1].Split(' ').Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            table[source] = target;
        }

        return table;
    }
}
