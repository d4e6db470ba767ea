using Mizan.Text;
using Mizan.Text.Morphology;

namespace Mizan.Briefs;

/// <summary>
/// Flags an article that gives two different death tolls for one event (a paragraph says 60 were killed, the
/// spokesman it quotes says 27). Rules: a figure counts the dead when a casualty word (Data/casualty-words.txt) stands
/// up to <see cref="ReachBefore"/> words before it or right after the noun it counts; an article that gives exactly
/// two such figures, with different values, one in its own words and one inside a quote of its source, in sentences
/// that share a content stem besides the casualty words (the operation they report), contradicts the source it
/// quotes. Neither figure may be a share (percent) or carry a unit. Two tolls both in the article's own words are
/// left alone: on three days of SaudiNewsNet they were nearly always two incidents or a part and its whole. Two
/// figures of different actions (killed, injured) are two counts, and two more than <see cref="FigureClaims.TollFarApartRatio"/>
/// times apart count different things (rule far-apart). The claim's label is the first figure's counted noun.
/// </summary>
internal static class InnerConflicts
{
    /// <summary>How far before a figure its casualty word may stand: مقتل نحو 60 puts a qualifier between them.</summary>
    private const int ReachBefore = 2;

    private static readonly Lazy<HashSet<string>> CasualtyStems = new(() =>
        new LanguageDataFiles(typeof(InnerConflicts).Assembly, "Mizan.Briefs.Data.").Lines("casualty-words.txt")
            .Select(w => LightStemmer.Default.Stem(w).Stem)
            .ToHashSet(StringComparer.Ordinal));

    /// <param name="sentences">The article's sentences, in text order.</param>
    public static List<Claim> Find(AnalyzedArticle article, IReadOnlyList<SentenceBag> sentences)
    {
        var analysis = article.Analysis;
        var tolls = new List<(Figures.Quantity Quantity, SentenceBag Sentence)>();
        foreach (var quantity in analysis.Quantities.Where(q => q.Unit is null && q.About is not null))
        {
            var sentence = sentences.FirstOrDefault(s => s.Start <= quantity.Start && quantity.End <= s.End);
            if (sentence is not null && NearCasualtyWord(analysis, quantity))
            {
                tolls.Add((quantity, sentence));
            }
        }

        // An article with more tolls than two reports several incidents (a day of clashes, town by town); their
        // figures differ because the incidents do.
        var claims = new List<Claim>();
        if (tolls.Count != 2)
        {
            return claims;
        }

        for (var i = 0; i < tolls.Count; i++)
        {
            for (var j = i + 1; j < tolls.Count; j++)
            {
                var (a, b) = (tolls[i], tolls[j]);
                // Two figures with different actions (killed, injured) are two counts, not two tolls at odds.
                // Nor two tolls further apart than FigureClaims.TollFarApartRatio (rule far-apart: 6 killed in this bombing
                // and more than 600 since the president took office).
                if (a.Quantity.Value == b.Quantity.Value || a.Quantity.Action != b.Quantity.Action
                    || !FigureClaims.Near(a.Quantity.Value, b.Quantity.Value, FigureClaims.TollFarApartRatio)
                    || !SharesEvent(a.Sentence, b.Sentence) || Quoted(analysis, a.Quantity) == Quoted(analysis, b.Quantity))
                {
                    continue;
                }

                claims.Add(new Claim(
                    a.Quantity.About ?? a.Quantity.ActionWord ?? "قتلى",
                    "conflict",
                    [Value(article, a.Quantity), Value(article, b.Quantity)],
                    WithinArticle: true,
                    Action: a.Quantity.Action));
            }
        }

        return claims;
    }

    private static ClaimValue Value(AnalyzedArticle article, Figures.Quantity quantity) => new(
        quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [article.Article.Id],
        [new Evidence(article.Article.Id, quantity.Start, quantity.End, quantity.Text)],
        1);

    private static bool NearCasualtyWord(Mizan.Analysis.TextAnalysis analysis, Figures.Quantity quantity)
    {
        var tokens = analysis.Tokens;
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > quantity.Start && tokens[i].Start < quantity.End)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return false;
        }

        // Before the figure (قتل 27, مقتل نحو 60), or right after the counted noun (60 إرهابياً حتفهم).
        for (var i = Math.Max(0, first - ReachBefore); i < first; i++)
        {
            if (IsCasualty(tokens[i]))
            {
                return true;
            }
        }

        return last + 1 < tokens.Count && IsCasualty(tokens[last + 1]);
    }

    private static bool Quoted(Mizan.Analysis.TextAnalysis analysis, Figures.Quantity quantity) =>
        analysis.Quotes.Any(q => q.Start <= quantity.Start && quantity.End <= q.End);

    private static bool IsCasualty(Mizan.Analysis.TokenAnalysis token) => token.Kind == "arabicWord" && CasualtyStems.Value.Contains(token.Stem);

    private static bool SharesEvent(SentenceBag a, SentenceBag b) =>
        a == b || a.Stems.Any(s => !CasualtyStems.Value.Contains(s) && b.Stems.Contains(s));
}
