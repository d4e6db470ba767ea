using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

/// <summary>An ordinal number in a text (الأول, الحادي والعشرون, الثالثة عشرة): its value and span.</summary>
/// <param name="Kind">What it is, beside a cardinal figure: "ordinal".</param>
public sealed record OrdinalMention(int Value, int Start, int End, string Text, string Kind = "ordinal");

/// <summary>
/// Reads ordinal numbers from 1 to 99, built by Arabic grammar rather than listed: an ordinal unit (أول/أولى, ثان/ثاني,
/// ثالث ... عاشر, with or without the article and the feminine ة); 11 to 19 as the unit then عشر/عشرة (الحادي عشر,
/// الأحد عشر, الإحدى عشرة, الاثنا عشر, الثالثة عشرة); 21 to 99 as the unit (الحادي or الواحد for one), و, then the
/// tens with the article (الحادي والعشرون, الخامس و العشرين, الثاني والسبعين); and a ten with the article alone
/// (العشرون, التسعين). A cardinal ten without the article (عشرون) is a number, not an ordinal. Rules, each tested by
/// name in Golden/ordinals.spec.
/// </summary>
public static class Ordinals
{
    /// <summary>The ordinal units in the matching normalization: masculine, feminine, and the defective ثان.</summary>
    private static readonly Dictionary<string, int> Units = Normalized(new Dictionary<string, int>
    {
        ["أول"] = 1, ["أولى"] = 1, ["ثاني"] = 2, ["ثانية"] = 2, ["ثان"] = 2, ["ثالث"] = 3, ["ثالثة"] = 3,
        ["رابع"] = 4, ["رابعة"] = 4, ["خامس"] = 5, ["خامسة"] = 5, ["سادس"] = 6, ["سادسة"] = 6, ["سابع"] = 7, ["سابعة"] = 7,
        ["ثامن"] = 8, ["ثامنة"] = 8, ["تاسع"] = 9, ["تاسعة"] = 9, ["عاشر"] = 10, ["عاشرة"] = 10,
    });

    /// <summary>The words for one and two that only compounds take (الحادي عشر, الواحد والعشرون, الأحد عشر, الاثنا عشر).</summary>
    private static readonly Dictionary<string, int> CompoundUnits = Normalized(new Dictionary<string, int>
    {
        ["حادي"] = 1, ["حادية"] = 1, ["واحد"] = 1, ["واحدة"] = 1, ["أحد"] = 1, ["إحدى"] = 1,
        ["اثنا"] = 2, ["اثنى"] = 2, ["اثني"] = 2, ["اثنتا"] = 2, ["اثنتي"] = 2,
    });

    /// <summary>The tens, nominative and oblique (عشرون, عشرين ... تسعون, تسعين), without the article.</summary>
    private static readonly Dictionary<string, int> Tens = Normalized(new Dictionary<string, int>
    {
        ["عشرون"] = 20, ["عشرين"] = 20, ["ثلاثون"] = 30, ["ثلاثين"] = 30, ["أربعون"] = 40, ["أربعين"] = 40,
        ["خمسون"] = 50, ["خمسين"] = 50, ["ستون"] = 60, ["ستين"] = 60, ["سبعون"] = 70, ["سبعين"] = 70,
        ["ثمانون"] = 80, ["ثمانين"] = 80, ["تسعون"] = 90, ["تسعين"] = 90,
    });

    private static readonly HashSet<string> TenWords = new(Normalized(new Dictionary<string, int> { ["عشر"] = 10, ["عشرة"] = 10 }).Keys, StringComparer.Ordinal);

    /// <summary>Every ordinal of the text, in order, none overlapping.</summary>
    public static IReadOnlyList<OrdinalMention> Extract(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var view = new TokenView(text, tokens);
        var found = new List<OrdinalMention>();
        for (var i = 0; i < view.Count; i++)
        {
            if (Read(view, i) is { } ordinal)
            {
                found.Add(new OrdinalMention(ordinal.Value, view.Tokens[i].Start, view.Tokens[ordinal.Last].End, view.Surface(i, ordinal.Last)));
                i = ordinal.Last;
            }
        }

        return found;
    }

    /// <summary>The ordinal starting at token i: its value and last token.</summary>
    private static (int Value, int Last)? Read(TokenView view, int i)
    {
        if (!view.Is(i, TokenKind.ArabicWord))
        {
            return null;
        }

        var (word, article) = WithoutArticle(view.Bare(i));

        // Rule ten-alone: a ten with the article (العشرون, التسعين).
        if (article && Tens.TryGetValue(word, out var ten))
        {
            return (ten, i);
        }

        var unit = Units.TryGetValue(word, out var u) ? u : 0;
        var compound = CompoundUnits.TryGetValue(word, out var c) ? c : 0;
        if (unit == 0 && compound == 0)
        {
            return null;
        }

        // Rule teens: the unit then عشر/عشرة (الحادي عشر, الثالثة عشرة, الأحد عشر, الاثنا عشر).
        var teenUnit = compound > 0 ? compound : unit;
        if (teenUnit is >= 1 and <= 9 && TenWords.Contains(view.Norm(i + 1)))
        {
            return (10 + teenUnit, i + 1);
        }

        // Rule unit-and-tens: the unit, و (apart or glued), then a ten with the article (الحادي والعشرون, الواحد و العشرون).
        var tensAt = view.Norm(i + 1) == "و" ? i + 2 : i + 1;
        var tensWord = tensAt == i + 1 ? WithoutConjunction(view.Norm(i + 1)) : view.Norm(tensAt);
        if ((unit is >= 1 and <= 9 || compound == 1) && tensWord is not null && WithoutArticle(tensWord) is (var bareTen, true) && Tens.TryGetValue(bareTen, out var tens))
        {
            return (tens + Math.Max(unit, compound), tensAt);
        }

        // Rule unit: an ordinal unit alone (الأول, ثالث, العاشرة); one and two of compounds are no ordinal alone.
        return unit > 0 ? (unit, i) : null;
    }

    /// <summary>The word without ال, and whether it had it.</summary>
    private static (string Word, bool Article) WithoutArticle(string word) =>
        word.Length > 3 && word.StartsWith("\u0627\u0644", StringComparison.Ordinal) ? (word[2..], true) : (word, false); // ال alef-lam

    /// <summary>The word without a glued و (والعشرون), or null when it has none.</summary>
    private static string? WithoutConjunction(string word) => word.Length > 3 && word[0] == '\u0648' ? word[1..] : null; // و waw

    /// <summary>The words in the matching normalization (two spellings may fold into one: اثنى, اثني).</summary>
    private static Dictionary<string, int> Normalized(Dictionary<string, int> words)
    {
        var normalized = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, value) in words)
        {
            normalized[ArabicNormalizer.Matching.NormalizeToString(word)] = value;
        }

        return normalized;
    }
}
