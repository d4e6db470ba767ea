using System.Globalization;

namespace Mizan.Briefs.Rendering;

/// <summary>A counted noun in its four Arabic forms: singular, dual, plural (3-10) and accusative singular (11-99).</summary>
public sealed record ArabicNoun(string Singular, string Dual, string Plural, string Accusative)
{
    public static readonly ArabicNoun Article = new("مقال", "مقالان", "مقالات", "مقالًا");
    public static readonly ArabicNoun Source = new("مصدر", "مصدران", "مصادر", "مصدرًا");
    public static readonly ArabicNoun Quote = new("اقتباس", "اقتباسان", "اقتباسات", "اقتباسًا");
    public static readonly ArabicNoun Row = new("صف", "صفان", "صفوف", "صفًا");
}

/// <summary>
/// A number with its noun as Arabic grammar agrees them: 1 مقال واحد, 2 مقالان, 3-10 مقالات, 11-99 مقالًا, and
/// from 100 on by the last two digits (100 مقال, 103 مقالات, 111 مقالًا).
/// </summary>
public static class ArabicCount
{
    public static string Of(long count, ArabicNoun noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var number = count.ToString(CultureInfo.InvariantCulture);
        var rest = count % 100;
        return count switch
        {
            1 => $"{noun.Singular} واحد",
            2 => noun.Dual,
            _ => rest switch
            {
                0 or 1 or 2 => $"{number} {noun.Singular}",
                >= 3 and <= 10 => $"{number} {noun.Plural}",
                _ => $"{number} {noun.Accusative}",
            },
        };
    }
}
