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
                var token = tokens[k];
                if (token.Kind == "arabicWord" && token.Stem.Length >= 2 && !LightStemmer.Default.IsFunctionWord(token.Text))
                {
                    stems.Add(token.Stem);
                }
            }

            yield return new SentenceBag(articleId, outlet, sentence.Start, sentence.End, analysis.Text[sentence.Start..sentence.End], stems, position);
        }
    }

    public Evidence Evidence() => new(ArticleId, Start, End, Text);

    /// <summary>The cosine of two stem sets seen as binary vectors.</summary>
    public double Similarity(SentenceBag other)
    {
        if (Stems.Count == 0 || other.Stems.Count == 0)
        {
            return 0;
        }

        var shared = Stems.Count(other.Stems.Contains);
        return shared / Math.Sqrt((double)Stems.Count * other.Stems.Count);
    }
}
