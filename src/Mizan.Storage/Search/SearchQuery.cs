using System.Text;
using Mizan.Text.Tokenization;

namespace Mizan.Storage.Search;

/// <summary>Words that must follow each other (one word is a phrase of one); with <paramref name="Prefix"/>, the last may be the start of a longer term.</summary>
public sealed record QueryPhrase(IReadOnlyList<string> Terms, bool Prefix);

/// <summary>A part of the query an article must match: any one of its alternatives (joined by OR in the query).</summary>
public sealed record QueryClause(IReadOnlyList<QueryPhrase> Alternatives);

/// <summary>
/// A user's search, parsed by Mizan and never passed to a store as typed: words (each must occur), "phrases in
/// quotes", OR between two parts, and a trailing * for a prefix. Every word becomes a <see cref="SearchTerms"/> term,
/// so parentheses, NEAR, SQL text or control characters in a query are only text: they find what they spell, or the
/// query is refused with a message.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<QueryClause> Clauses)
{
    /// <summary>A query longer than this many characters is refused: a search is a few words, not a document.</summary>
    public const int MaximumLength = 1000;

    /// <summary>A query with more terms than this is refused: each term is an index look-up.</summary>
    public const int MaximumTerms = 32;

    /// <summary>The query, or null with a message for the user.</summary>
    public static SearchQuery? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        if (text.Length > MaximumLength)
        {
            error = $"the query is {text.Length:N0} characters long; at most {MaximumLength:N0} are searched.";
            return null;
        }

        var clauses = new List<List<QueryPhrase>>();
        var joinNext = false;
        foreach (var (chunk, quoted) in Chunks(text))
        {
            if (!quoted && chunk == "OR")
            {
                joinNext = clauses.Count > 0;
                continue;
            }

            var prefix = chunk.EndsWith('*');
            var terms = Tokenizer.Tokenize(chunk)
                .Select(t => SearchTerms.Term(chunk.AsSpan(t.Start, t.Length), t.Kind))
                .OfType<string>()
                .ToList();
            if (terms.Count == 0)
            {
                continue;
            }

            var phrase = new QueryPhrase(terms, prefix);
            if (joinNext)
            {
                clauses[^1].Add(phrase);
            }
            else
            {
                clauses.Add([phrase]);
            }

            joinNext = false;
        }

        var count = clauses.Sum(c => c.Sum(p => p.Terms.Count));
        if (count == 0)
        {
            error = "the query has no words to search for.";
            return null;
        }

        if (count > MaximumTerms)
        {
            error = $"the query has {count} words; at most {MaximumTerms} are searched.";
            return null;
        }

        return new SearchQuery(clauses.Select(c => new QueryClause(c)).ToList());
    }

    /// <summary>Every phrase of the query, for highlighting.</summary>
    public IEnumerable<QueryPhrase> Phrases => Clauses.SelectMany(c => c.Alternatives);

    /// <summary>The query in SQLite FTS5 syntax: quoted phrases, OR within a clause, AND between clauses.</summary>
    public string ToFts5() => string.Join(" AND ", Clauses.Select(c =>
        "(" + string.Join(" OR ", c.Alternatives.Select(p => "\"" + string.Join(' ', p.Terms) + "\"" + (p.Prefix ? " *" : string.Empty))) + ")"));

    /// <summary>The query in PostgreSQL tsquery syntax: &lt;-&gt; within a phrase, | within a clause, &amp; between clauses.</summary>
    public string ToTsQuery() => string.Join(" & ", Clauses.Select(c =>
        "(" + string.Join(" | ", c.Alternatives.Select(p => "(" + string.Join(" <-> ", p.Terms.Select((t, i) => p.Prefix && i == p.Terms.Count - 1 ? t + ":*" : t)) + ")")) + ")"));

    /// <summary>The query's words and quoted phrases, with control characters read as spaces; an unclosed quote runs to the end.</summary>
    private static IEnumerable<(string Text, bool Quoted)> Chunks(string text)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var raw in text)
        {
            var c = char.IsControl(raw) ? ' ' : raw;
            if (c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB') // straight, curly and Arabic (guillemet) quotation marks
            {
                if (current.Length > 0 || quoted)
                {
                    yield return (current.ToString(), quoted);
                    current.Clear();
                }

                quoted = !quoted;
                continue;
            }

            if (!quoted && char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    yield return (current.ToString(), false);
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return (current.ToString(), quoted);
        }
    }
}
