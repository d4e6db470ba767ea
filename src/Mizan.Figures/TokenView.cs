using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Figures;

/// <summary>The tokens of a text with their matching forms, and small helpers the extractors share.</summary>
internal sealed class TokenView
{
    public TokenView(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        Norms = new string[tokens.Count];
        bares = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var n = ArabicNormalizer.Matching.NormalizeToString(text.AsSpan(tokens[i].Start, tokens[i].Length));
            Norms[i] = n;
            bares[i] = n.Length > 3 && n[0] is '\u0648' or '\u0641' ? n[1..] : n; // و waw, ف feh
        }
    }

    private readonly string[] bares;

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public string[] Norms { get; }

    public int Count => Tokens.Count;

    public string Surface(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    public bool Is(int i, TokenKind kind) => i >= 0 && i < Count && Tokens[i].Kind == kind;

    public bool IsPunctuation(int i, char c) => Is(i, TokenKind.Punctuation) && Text[Tokens[i].Start] == c;

    /// <summary>Whether token k opens the text or a line (a line break between it and the token before).</summary>
    public bool StartsLine(int k) => k == 0 || (k < Count && Text.AsSpan(Tokens[k - 1].End, Tokens[k].Start - Tokens[k - 1].End).Contains('\n'));

    /// <summary>Whether token k ends the text or a line (a line break between it and the token after).</summary>
    public bool EndsLine(int k) => k >= Count - 1 || Text.AsSpan(Tokens[k].End, Tokens[k + 1].Start - Tokens[k].End).Contains('\n');

    /// <summary>The matching form of token i, or empty when out of range.</summary>
    public string Norm(int i) => i >= 0 && i < Count ? Norms[i] : string.Empty;

    /// <summary>The matching form without a conjunction و or ف glued to its start (only when more than three letters remain): ب and ل stay.</summary>
    public string Bare(int i) => i >= 0 && i < Count ? bares[i] : string.Empty;

    /// <summary>True when words[0..] match the tokens from i on (the first may carry a conjunction, short words too: ولم
    /// يتجاوز); returns the last index.</summary>
    public int MatchWords(int i, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            var n = w == 0 ? Norm(i) : Norm(i + w);
            if (n != words[w] && !(w == 0 && GluedConjunction(n, words[w])))
            {
                return -1;
            }
        }

        return i + words.Length - 1;
    }

    /// <summary>Whether a word is another with و or ف glued before it.</summary>
    private static bool GluedConjunction(string word, string bare) =>
        word.Length == bare.Length + 1 && word[0] is '\u0648' or '\u0641' && word.AsSpan(1).SequenceEqual(bare); // و waw, ف fa
}
