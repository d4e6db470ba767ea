namespace Mizan.Storage.Search;

/// <summary>A span of an article's text: UTF-16 offsets [Start, End) into the cleaned text, and the text there.</summary>
public sealed record TextSpan(int Start, int End, string Text);

/// <summary>The passage of a hit shown to the user, and the words in it that match the query.</summary>
public sealed record Snippet(TextSpan Passage, IReadOnlyList<TextSpan> Highlights);

/// <summary>
/// Picks the passage of an article that holds the most query words (a window of about thirty words, widened to the
/// words' edges) and marks each matching word. Computed from the article's text, not by a store, so both stores show
/// the same snippet.
/// </summary>
public static class SearchSnippet
{
    /// <summary>Words in a passage: about two lines of a result list.</summary>
    public const int WindowTerms = 30;

    /// <summary>Words shown before the first match: enough to read what leads up to it.</summary>
    private const int LeadTerms = 6;

    public static Snippet Make(string text, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(query);
        var terms = SearchTerms.Terms(text);
        var matches = new bool[terms.Count];
        foreach (var phrase in query.Phrases)
        {
            for (var i = 0; i + phrase.Terms.Count <= terms.Count; i++)
            {
                if (PhraseAt(terms, i, phrase))
                {
                    for (var k = 0; k < phrase.Terms.Count; k++)
                    {
                        matches[i + k] = true;
                    }
                }
            }
        }

        if (terms.Count == 0)
        {
            return new Snippet(new TextSpan(0, 0, string.Empty), []);
        }

        // The window start with the most matches, by a running count over a fixed-width window.
        var window = Math.Min(WindowTerms, terms.Count);
        var count = matches.Take(window).Count(m => m);
        var (best, bestCount) = (0, count);
        for (var start = 1; start + window <= terms.Count; start++)
        {
            count += (matches[start + window - 1] ? 1 : 0) - (matches[start - 1] ? 1 : 0);
            if (count > bestCount)
            {
                (best, bestCount) = (start, count);
            }
        }

        // Lead in with a few words before the first match rather than leaving it at the window's far end.
        var first = Array.IndexOf(matches, true, best, window);
        if (first >= 0)
        {
            best = Math.Clamp(first - LeadTerms, 0, terms.Count - window);
        }

        var from = terms[best].Start;
        var to = terms[best + window - 1].End;
        var highlights = new List<TextSpan>();
        for (var i = best; i < best + window; i++)
        {
            if (matches[i])
            {
                highlights.Add(new TextSpan(terms[i].Start, terms[i].End, text[terms[i].Start..terms[i].End]));
            }
        }

        return new Snippet(new TextSpan(from, to, text[from..to]), highlights);
    }

    private static bool PhraseAt(List<IndexedTerm> terms, int at, QueryPhrase phrase)
    {
        for (var k = 0; k < phrase.Terms.Count; k++)
        {
            var term = terms[at + k].Term;
            var wanted = phrase.Terms[k];
            var last = k == phrase.Terms.Count - 1;
            if (!(last && phrase.Prefix ? term.StartsWith(wanted, StringComparison.Ordinal) : term == wanted))
            {
                return false;
            }
        }

        return true;
    }
}
