using System.Globalization;
using Mizan.Text;
using Mizan.Text.Normalization;

namespace Mizan.Quotes.Evaluation;

/// <summary>
/// One quote judged by reading (a row of docs/quotes-judged.tsv): which part of the days it was drawn from, the
/// article, the quote's anchor (the offset of its start in the cleaned text, and its reporting cue), whether it is
/// real speech, and the gold speaker as the text writes it (empty when the text names none). Ids and labels only:
/// never the news text.
/// </summary>
public sealed record JudgedQuote(string Part, string Article, int Anchor, string Cue, bool Speech, string Gold)
{
    /// <summary>The gold speaker's accepted spellings ("/" between variants of one name); none when there is no speaker.</summary>
    public IReadOnlyList<string> GoldVariants => Gold.Length == 0 ? [] : Gold.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>How a judged quote fares against what the extractor gives.</summary>
public enum QuoteOutcome
{
    /// <summary>The text names a speaker and the extractor names the same person or body.</summary>
    Right,

    /// <summary>The extractor names someone else, or names a speaker where the text names none.</summary>
    Wrong,

    /// <summary>The text names a speaker and the extractor gives none (or no longer finds the quote).</summary>
    Missed,

    /// <summary>The text names no speaker and the extractor gives none.</summary>
    CorrectlyNone,
}

/// <summary>Reads and writes the judged-quote table, and judges a predicted speaker against the gold.</summary>
public static class JudgedQuotes
{
    /// <summary>The table's column names, in order.</summary>
    public const string Header = "part\tarticle\tanchor\tcue\tspeech\tgold";

    /// <summary>How far (in characters) a re-extracted quote with the same cue may start from the anchor and still be that quote.</summary>
    /// <remarks>20 covers a clause that now skips a leading word or two (إن, لـ, a comma) after the cue.</remarks>
    public const int AnchorSlack = 20;

    public static List<JudgedQuote> Load(string path)
    {
        var rows = new List<JudgedQuote>();
        foreach (var (number, cells) in TabTable.Rows(File.ReadLines(path), Header))
        {
            if (cells.Length != 6 || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var anchor) || cells[4] is not ("yes" or "no"))
            {
                throw new InvalidDataException($"{path}:{number}: expected six tab-separated cells ({Header}) with a number for the anchor and yes/no for speech.");
            }

            rows.Add(new JudgedQuote(cells[0], cells[1], anchor, cells[3], cells[4] == "yes", cells[5].Trim()));
        }

        return rows;
    }

    public static string Format(JudgedQuote row) =>
        string.Join('\t', row.Part, row.Article, row.Anchor.ToString(CultureInfo.InvariantCulture), row.Cue, row.Speech ? "yes" : "no", row.Gold);

    /// <summary>
    /// The extracted quote that a judged row points at: the one starting at the anchor, else the nearest one with the
    /// same cue starting within <see cref="AnchorSlack"/> characters of it, else one with the same cue that holds the
    /// anchor: the judged speech, now read from an earlier start (وأضاف المضف أننا فضلنا ... خاصة أن المكان, judged from
    /// خاصة أن when أننا was not read as opening speech).
    /// </summary>
    public static Quote? Find(JudgedQuote row, IEnumerable<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(quotes);
        Quote? best = null;
        Quote? holding = null;
        foreach (var quote in quotes)
        {
            if (quote.Start == row.Anchor)
            {
                return quote;
            }

            if (!string.Equals(quote.Cue, row.Cue, StringComparison.Ordinal))
            {
                continue;
            }

            if (Math.Abs(quote.Start - row.Anchor) <= AnchorSlack && (best is null || Math.Abs(quote.Start - row.Anchor) < Math.Abs(best.Start - row.Anchor)))
            {
                best = quote;
            }
            else if (quote.Start < row.Anchor && row.Anchor < quote.End)
            {
                holding ??= quote;
            }
        }

        return best ?? holding;
    }

    /// <summary>The speaker a quote is credited to: its name, or its role when it has no name (قال المتحدث باسم الوزارة).</summary>
    public static string? Predicted(Quote? quote) => quote?.Speaker ?? quote?.Role;

    public static QuoteOutcome Judge(JudgedQuote row, string? predicted)
    {
        ArgumentNullException.ThrowIfNull(row);
        var gold = row.GoldVariants;
        if (string.IsNullOrWhiteSpace(predicted))
        {
            return gold.Count == 0 ? QuoteOutcome.CorrectlyNone : QuoteOutcome.Missed;
        }

        return gold.Any(g => SameSpeaker(predicted, g)) ? QuoteOutcome.Right : QuoteOutcome.Wrong;
    }

    /// <summary>
    /// The matching rule: after Mizan's matching normalization (and without the article ال, and without و before it or
    /// written apart: العلاقات العامة و الإعلام is العلاقات العامة والإعلام), one side's words are all
    /// among the other's, and the words they share include a head name: a word that is not an office, title, statement
    /// noun or anonymous-source word (الجبير, الداخلية; not وزير, مصدر alone); or, for an unnamed source, both open with the
    /// same source word (مصدر مطلع, المصدر); or both are the same words (النائب, for a speaker the text names only by office). A
    /// speaker that opens with a preposition (للقيادة) keeps it and so never matches.
    /// </summary>
    public static bool SameSpeaker(string predicted, string gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var a = Words(predicted);
        var b = Words(gold);
        if (a.Count == 0 || b.Count == 0 || !(a.IsSubsetOf(b) || b.IsSubsetOf(a)))
        {
            return false;
        }

        if (a.SetEquals(b))
        {
            // The same words are the same speaker, even an office the text names no one by (النائب, رئيس المجلس).
            return true;
        }

        var lexicon = QuoteLexicon.Default;
        var (firstA, firstB) = (FirstWord(predicted), FirstWord(gold));
        if (lexicon.IsAnonymousHead(firstA) && firstA == firstB)
        {
            return true;
        }

        return a.Intersect(b).Any(w => w.Length > 1 && !lexicon.IsRoleHead(w) && !lexicon.IsTitle(w) && !lexicon.IsTitle("ال" + w)
            && !lexicon.IsStatementNoun(w) && !lexicon.IsAnonymousHead(w));
    }

    private static string FirstWord(string value)
    {
        var first = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var norm = ArabicNormalizer.Matching.NormalizeToString(first);
        return norm.Length > 3 && norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm;
    }

    private static HashSet<string> Words(string value)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var matching = ArabicNormalizer.Matching;
        foreach (var raw in value.Split([' ', '\t', '\n', '،', ',', '(', ')', '"', '«', '»', '“', '”', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var norm = matching.NormalizeToString(raw);
            if (norm == "و")
            {
                // A conjunction written apart (العلاقات العامة و الإعلام) is the same text as one glued to its word.
                continue;
            }

            if (norm.Length > 5 && norm.StartsWith("وال", StringComparison.Ordinal))
            {
                norm = norm[1..];
            }

            words.Add(norm.Length > 3 && norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm);
        }

        return words;
    }
}
