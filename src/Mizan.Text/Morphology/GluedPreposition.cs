namespace Mizan.Text.Morphology;

/// <summary>A preposition glued to a word's article: لل, بال and كال (للرئيس, بالمحكمة, كالعادة).</summary>
public static class GluedPreposition
{
    /// <summary>
    /// The word with its article and without the preposition glued to it (للرئيس → الرئيس, بالمحكمة → المحكمة), or null
    /// when it opens with none. The word is compared as given: written, or in the matching normalization.
    /// </summary>
    public static string? BeforeTheArticle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3)
        {
            return null;
        }

        if (word.StartsWith("\u0644\u0644", StringComparison.Ordinal)) // لل: the preposition, then the article's ل
        {
            return "\u0627" + word[1..]; // ا alef, written again
        }

        return word[0] is '\u0628' or '\u0643' && word.AsSpan(1).StartsWith("\u0627\u0644", StringComparison.Ordinal) ? word[1..] : null; // بال, كال
    }
}
