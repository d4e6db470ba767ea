using Mizan.Core.Analysis;
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

    /// <summary>The sentence [start, end) of an analysed text, as the stems of its content words.</summary>
    public static SentenceBag Of(string articleId, string outlet, TextAnalysis analysis, int start, int end, int position)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in analysis.Tokens)
        {
            if (token.Start >= start && token.End <= end && token.Kind == "arabicWord" && token.Stem.Length >= 2
                && !LightStemmer.Default.IsFunctionWord(token.Text))
            {
                stems.Add(token.Stem);
            }
        }

        return new SentenceBag(articleId, outlet, start, end, analysis.Text[start..end], stems, position);
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
