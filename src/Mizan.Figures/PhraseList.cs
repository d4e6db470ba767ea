namespace Mizan.Figures;

/// <summary>
/// Numbered phrases of a word list (month names, ordinal days) in the matching form, longest first, indexed by their
/// first word so that a token is tried only against the phrases that can begin with it.
/// </summary>
internal sealed class PhraseList
{
    private readonly Dictionary<string, int[]> byFirstWord;

    public PhraseList(IEnumerable<(string[] Words, int Value)> phrases)
    {
        Entries = [.. phrases.OrderByDescending(p => p.Words.Length)];
        byFirstWord = Enumerable.Range(0, Entries.Count)
            .GroupBy(p => Entries[p].Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The phrases, longest first.</summary>
    public IReadOnlyList<(string[] Words, int Value)> Entries { get; }

    /// <summary>
    /// The first phrase, in list order, whose words begin at token i (the first word as written or without a glued
    /// و/ف, <see cref="TokenView.MatchWords"/>): its value, its last token and its length in words.
    /// </summary>
    public (int Value, int Last, int Words)? Match(TokenView view, int i)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (i < 0 || i >= view.Count)
        {
            return null;
        }

        var norm = byFirstWord.GetValueOrDefault(view.Norm(i));
        var bare = view.Bare(i) is var b && b.Length != view.Norm(i).Length ? byFirstWord.GetValueOrDefault(b) : null;
        int n = 0, m = 0;
        while ((norm is not null && n < norm.Length) || (bare is not null && m < bare.Length))
        {
            // Merge the two candidate lists by their place in the list.
            var position = norm is not null && n < norm.Length && (bare is null || m >= bare.Length || norm[n] < bare[m]) ? norm[n++] : bare![m++];
            var (words, value) = Entries[position];
            if (view.MatchWords(i, words) is >= 0 and var last)
            {
                return (value, last, words.Length);
            }
        }

        return null;
    }
}
