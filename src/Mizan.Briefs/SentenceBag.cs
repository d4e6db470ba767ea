using Mizan.Analysis;
using Mizan.Text.Morphology;

namespace Mizan.Briefs;

/// <summary>A sentence as a set of content-word stems, for saying which sentences say the same thing.</summary>
internal sealed class SentenceBag
{
    private SentenceBag(string articleId, string outlet, int start, int end, string text, HashSet<string> stems, int position)
    {
        ArticleId = articleId;
        Outlet = outlet;
        Start = start;
        End = end;
        Text = text;
        Stems = stems;
        Position = position;
    }

    public string ArticleId { get; }

    public string Outlet { get; }

    public int Start { get; }

    public int End { get; }

    public string Text { get; }

    public HashSet<string> Stems { get; }

    /// <summary>The sentence's place in its article (0 = first).</summary>
    public int Position { get; }

    /// <summary>
    /// Every sentence of an analysed text as the stems of its content words, in one pass over the tokens
    /// (sentences and tokens are both in text order).
    /// </summary>
    public static IEnumerable<SentenceBag> All(string articleId, string outlet, TextAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var k = 0;
        for (var position = 0; position < analysis.Sentences.Count; position++)
        {
            var sentence = analysis.Sentences[position];
            var stems = new HashSet<string>(StringComparer.Ordinal);
            while (k < tokens.Count && tokens[k].Start < sentence.Start)
            {
                k++;
            }

            for (; k < tokens.Count && tokens[k].End <= sentence.End; k++)
            {
                if (IsContent(tokens[k]))
                {
                    stems.Add(tokens[k].Stem);
                }
            }

            yield return new SentenceBag(articleId, outlet, sentence.Start, sentence.End, analysis.Text[sentence.Start..sentence.End], stems, position);
        }
    }

    public Evidence Evidence() => new(ArticleId, Start, End, Text);

    /// <summary>The cosine of two stem sets seen as binary vectors.</summary>
    public double Similarity(SentenceBag other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Cosine(Stems, other.Stems);
    }

    /// <summary>The cosine of two stem sets seen as binary vectors.</summary>
    internal static double Cosine(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.Count(b.Contains) / Math.Sqrt((double)a.Count * b.Count);

    /// <summary>Whether a token is a content word whose stem a sentence counts: an Arabic word of two letters or more
    /// that is no function word.</summary>
    internal static bool IsContent(TokenAnalysis token) =>
        token.Kind == "arabicWord" && token.Stem.Length >= 2 && !LightStemmer.Default.IsFunctionWord(token.Text);
}
