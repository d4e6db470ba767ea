using Mizan.Text.Normalization;

namespace Mizan.Quotes;

/// <summary>
/// What a speaker phrase may not look like: a phrase led by a preposition (للقيادة, في الوزارة, عنه) or a pronoun
/// (هو, الذي, أنه) names nobody. The extractor's rules refuse such phrases, and <c>mizan eval quotes --check</c>
/// counts the speakers of a corpus that still do.
/// </summary>
public static class SpeakerShape
{
    /// <summary>True when the phrase's first word is a preposition, a preposition glued to the article or an office, or a pronoun.</summary>
    public static bool OpensWithPrepositionOrPronoun(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = phrase.Split([' ', '\t', '\n', '،', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || IsNameAli(words[0]))
        {
            return false;
        }

        var first = ArabicNormalizer.Matching.NormalizeToString(words[0]);
        return IsLeadingPrepositionOrPronoun(first) && !IsForeignNameLikeKal(first, words);
    }

    /// <summary>
    /// A foreign name whose first word opens like كـ and the article (كالفين كوليدج, كالتشيو ميركاتو: found over 2015-08-01..03
    /// by <c>mizan eval brief</c>), followed by a word without the article; "like the" (كالعادة, كالرئيس الأمريكي) stands alone
    /// or before a word with it.
    /// </summary>
    private static bool IsForeignNameLikeKal(string first, string[] words) =>
        QuoteLexicon.WithoutConjunction(first).StartsWith("كال", StringComparison.Ordinal) && words.Length > 1
        && !QuoteLexicon.HasArticle(ArabicNormalizer.Matching.NormalizeToString(words[1]));

    /// <summary>
    /// علي as written, with a final yeh, is the name Ali: the preposition is written على. The matching normalization
    /// folds the two, so this test reads the word as written.
    /// </summary>
    public static bool IsNameAli(ReadOnlySpan<char> written) => written.SequenceEqual("علي");

    /// <summary>The same test on one word in the matching normalization.</summary>
    internal static bool IsLeadingPrepositionOrPronoun(string norm)
    {
        return IsLeadingPreposition(norm) || IsPronoun(QuoteLexicon.WithoutConjunction(norm));
    }

    /// <summary>
    /// True when the word is a preposition, alone or glued to the article, an office, a demonstrative or a fixed phrase
    /// (في, للقيادة, لوزير, بهذا, لمزيد): what follows it is no subject.
    /// </summary>
    internal static bool IsLeadingPreposition(string norm)
    {
        // A word the office list holds as written, with no article or preposition glued to it (للوزير stays a preposition's
        // phrase), is that office, though dropping a leading و leaves a preposition: والي, a Sudanese, Algerian or Tunisian
        // governor, which the matching normalization spells as و + إلى (كشف والي ولاية الخرطوم had given no speaker at all,
        // read on web-ah); an office leads speaker phrases, "and to" hardly ever does.
        if (QuoteLexicon.WithoutArticle(norm) == norm && QuoteLexicon.Default.IsRoleHead(norm))
        {
            return false;
        }

        var bare = QuoteLexicon.WithoutConjunction(norm);
        if (QuoteLexicon.IsPreposition(bare) || QuoteLexicon.IsPronounPreposition(bare) || IsOtherPreposition(bare) || QuoteLexicon.IsGluedPrepositionPhrase(bare))
        {
            return true;
        }

        // A preposition glued to the article (للقيادة, بالوزارة, كالعادة).
        if (bare.Length > 4 && (bare.StartsWith("لل", StringComparison.Ordinal) || bare.StartsWith("بال", StringComparison.Ordinal)
            || bare.StartsWith("كال", StringComparison.Ordinal)))
        {
            return true;
        }

        // A preposition glued to a quantifier (لكل, بكل, لجميع): "to everyone".
        if (bare.Length > 2 && bare[0] is 'ل' or 'ب' && bare[1..] is "كل" or "جميع" or "بعض")
        {
            return true;
        }

        // A preposition glued to an office or a source without the article (لوزير, بمصدر, لبيان), or to "same" (بنفس, بذات),
        // and بلا (without): the last two read on the wrong speakers of the judged parts (بنفس النغمات, بلا دعم, carried over
        // as names). Not to a body's noun (لمديرية, بجامعة): an office's complement goes on with one.
        if (bare == "بلا")
        {
            return true;
        }

        if (bare.Length <= 3 || bare[0] is not ('ل' or 'ب'))
        {
            return false;
        }

        var lexicon = QuoteLexicon.Default;
        var governed = bare[1..];
        return lexicon.IsRoleHead(governed) || lexicon.IsStatementNoun(governed) || lexicon.IsAnonymousHead(governed) || governed is "نفس" or "ذات";
    }

    private static bool IsOtherPreposition(string norm) =>
        norm is "ب" or "ضد" or "نحو" or "بين" or "دون" or "حتي" or "حسب" or "بحسب" or "وفق" or "وفقا" or "لدي"
            or "منه" or "منها" or "منهم" or "اليه" or "اليها" or "اليهم" or "عليه" or "عليها" or "عليهم" or "به" or "بها" or "بهم"
            or "معه" or "معها" or "معهم" or "عنده" or "لديه" or "لديها" or "مثل" or "كما" or "بما" or "مما" or "عما" or "لما";

    private static bool IsPronoun(string norm) =>
        norm is "هو" or "هي" or "هم" or "هما" or "هن" or "انا" or "نحن" or "انت" or "انتم" or "انه" or "انها" or "انهم"
            or "الذي" or "التي" or "الذين" or "اللذين" or "اللتين" or "اللواتي" or "ما" or "من" or "هذا" or "هذه" or "ذلك" or "تلك"
            or "هولاء" or "هولا" or "اولئك" or "اوليك" or "بعضهم" or "البعض" or "كل" or "احدهم";
}
