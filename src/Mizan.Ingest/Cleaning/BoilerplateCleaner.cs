using Mizan.Core.Articles;
using System.Text;
using Mizan.Text;

namespace Mizan.Ingest.Cleaning;

/// <summary>
/// Removes boilerplate lines from a text article and reports each removal with its reason. The rules, each
/// applied to whole lines (white space at their ends aside):
/// <list type="bullet">
/// <item>widget phrases of Data/boilerplate-phrases.txt: comment, back-to-top, font-size, share and pager widgets;</item>
/// <item>"read also" labels with the link on the same line, and, after a label standing alone, the headline-like
/// or bulleted lines that follow it;</item>
/// <item>a lone bulleted story title between paragraphs (a related-story link);</item>
/// <item>a short section label before the headline, and short category lines whose words are glued to words of
/// another language or script;</item>
/// <item>a line printed twice in a row (the second goes);</item>
/// <item>with <see cref="Learn"/>: short lines recurring in many articles of one outlet, in varying surroundings,
/// and lines that are boilerplate of several outlets.</item>
/// </list>
/// </summary>
public sealed class BoilerplateCleaner
{
    public const string CommentWidget = "comment-widget";
    public const string ReadAlso = "read-also";
    public const string RelatedLink = "related-link";
    public const string SectionLabel = "section-label";
    public const string DuplicateLine = "duplicate-line";
    public const string PagerWidget = "pager-widget";
    public const string RepeatedInOutlet = "repeated-in-outlet";
    public const string RepeatedAcrossCollection = "repeated-across-collection";

    /// <summary>A headline or related-story title is rarely longer than this many words; a paragraph usually is.</summary>
    private const int HeadlineWords = 25;

    /// <summary>
    /// A section label above the headline is one or two words (سياسة عربية, الدولية); three words are already a
    /// short headline (بغداد تحتفل بالنصر).
    /// </summary>
    private const int LabelWords = 2;

    /// <summary>A category line glued to a word of another language has at most three words.</summary>
    private const int GluedLabelWords = 3;

    /// <summary>A "read also" label introduces a handful of links; more headline-like lines than this are the article's.</summary>
    private const int MaximumRelatedLines = 5;

    /// <summary>A bulleted related-story title has at least this many words (a subject, a verb and more).</summary>
    private const int MinimumLinkWords = 4;

    /// <summary>How many lines after the headline may come before the article's first paragraph (captions, a subtitle).</summary>
    private const int LabelLookahead = 4;

    /// <summary>Lines learned as boilerplate are at most this many words: widget texts and labels, not sentences.</summary>
    private const int LearnedWords = 12;

    /// <summary>Articles of one outlet a line must recur in before it is learned as that outlet's boilerplate.</summary>
    private const int MinimumRecurrence = 3;

    /// <summary>
    /// Share of an outlet's articles that must hold a line for it to be that outlet's boilerplate: 2% keeps a
    /// widget printed under some articles only (comment counters, "more" links) while an occasional phrase goes by.
    /// </summary>
    private const double OutletShare = 0.02;

    private readonly BoilerplatePhrases phrases;
    private readonly HashSet<string> acrossOutlets;
    private readonly Dictionary<string, HashSet<string>> byOutlet;

    private BoilerplateCleaner(BoilerplatePhrases phrases, HashSet<string> acrossOutlets, Dictionary<string, HashSet<string>> byOutlet)
    {
        this.phrases = phrases;
        this.acrossOutlets = acrossOutlets;
        this.byOutlet = byOutlet;
    }

    /// <summary>A cleaner that knows the general rules and phrases only, with nothing learned from a collection.</summary>
    public static BoilerplateCleaner Default { get; } = new(BoilerplatePhrases.Default, [], new(StringComparer.Ordinal));

    /// <summary>The lines learned as boilerplate of every outlet (their comparison keys), for inspection.</summary>
    public IReadOnlyCollection<string> LearnedAcrossOutlets => acrossOutlets;

    /// <summary>
    /// A cleaner that also removes the short lines that recur in the batch. A line is an outlet's boilerplate when it
    /// recurs in at least 3 of that outlet's articles and 2% of them, in varying surroundings (the lines before and
    /// after it differ in at least half of its articles, so a story the outlet republished does not teach its own
    /// lines); a line that is boilerplate of two outlets or more is removed from every article. Only lines that
    /// could be widgets, credits or markers are learned: at most 12 words, no digits (datelines and list items carry
    /// facts), and not ending as a sentence or an introduction does (. ! ? ؟ … :), because wire stories copied by
    /// several outlets repeat whole sentences.
    /// </summary>
    public static BoilerplateCleaner Learn(IEnumerable<(string Text, string? Outlet)> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var seen = new Dictionary<string, LineRecurrence>(StringComparer.Ordinal);
        var articlesPerOutlet = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, outlet) in batch)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var outletKey = outlet ?? string.Empty;
            articlesPerOutlet[outletKey] = articlesPerOutlet.GetValueOrDefault(outletKey) + 1;
            var lines = TextLines.Split(text);
            var keys = lines.Select(l => LineKey.Of(text.AsSpan(l.Start, l.Length))).ToList();
            var counted = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < keys.Count; i++)
            {
                var key = keys[i];
                if (!Learnable(key, Raw(text, lines[i])) || !counted.Add(key))
                {
                    continue;
                }

                if (!seen.TryGetValue(key, out var recurrence))
                {
                    seen[key] = recurrence = new LineRecurrence();
                }

                recurrence.Articles++;
                recurrence.PerOutlet[outletKey] = recurrence.PerOutlet.GetValueOrDefault(outletKey) + 1;
                recurrence.Surroundings.Add(HashCode.Combine(i > 0 ? keys[i - 1] : string.Empty, i + 1 < keys.Count ? keys[i + 1] : string.Empty));
            }
        }

        var perOutlet = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var outletsOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, recurrence) in seen)
        {
            if (recurrence.Surroundings.Count * 2 < recurrence.Articles)
            {
                continue;
            }

            foreach (var (outlet, count) in recurrence.PerOutlet)
            {
                if (count >= MinimumRecurrence && count >= OutletShare * articlesPerOutlet[outlet])
                {
                    if (!perOutlet.TryGetValue(outlet, out var set))
                    {
                        perOutlet[outlet] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(key);
                    outletsOf[key] = outletsOf.GetValueOrDefault(key) + 1;
                }
            }
        }

        var across = outletsOf.Where(p => p.Value >= 2).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return new BoilerplateCleaner(BoilerplatePhrases.Default, across, perOutlet);
    }

    /// <summary>The text without its boilerplate lines, and every removal with its reason and raw offsets.</summary>
    public CleanedText Clean(string text, string? outlet = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextLines.Split(text);
        var keys = lines.Select(l => LineKey.Of(text.AsSpan(l.Start, l.Length))).ToList();
        var reasons = new string?[lines.Count];
        var openings = new (string Reason, int Length)?[lines.Count];
        var learned = byOutlet.GetValueOrDefault(outlet ?? string.Empty);

        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is not null)
            {
                continue;
            }

            var raw = text.AsSpan(lines[i].Start, lines[i].Length);
            var key = keys[i];
            if (phrases.WholeLine(key) is { } widget)
            {
                reasons[i] = widget;
            }
            else if (phrases.Label(key) is { } label && LineKey.Words(label.Remainder) <= HeadlineWords)
            {
                reasons[i] = label.Reason;
                if (label.Remainder.Length == 0)
                {
                    // A label alone on its line introduces the related-story lines that follow it.
                    for (var j = i + 1; j < lines.Count && j <= i + MaximumRelatedLines && IsHeadlineLike(keys[j], Raw(text, lines[j])); j++)
                    {
                        reasons[j] = label.Reason;
                    }
                }
            }
            else if (i > 0 && HasLetter(raw) && SameText(raw, Raw(text, lines[i - 1])))
            {
                reasons[i] = DuplicateLine;
            }
            else if (IsRelatedLink(key, raw) && !NeighbourIsBulleted(text, lines, i))
            {
                reasons[i] = RelatedLink;
            }
            else if (IsGluedLabel(raw) || (i == 0 && IsSectionLabel(key, keys, text, lines)))
            {
                reasons[i] = SectionLabel;
            }
            else if (acrossOutlets.Contains(key))
            {
                reasons[i] = RepeatedAcrossCollection;
            }
            else if (learned is not null && learned.Contains(key))
            {
                reasons[i] = RepeatedInOutlet;
            }
            else if (phrases.Opening(raw) is { } opening)
            {
                // A widget's words run into the article's first sentence on one line: only they are cut.
                openings[i] = opening;
            }
        }

        return Cut(text, lines, reasons, openings);
    }

    private static CleanedText Cut(string text, List<TextLine> lines, string?[] reasons, (string Reason, int Length)?[] openings)
    {
        var removed = new List<RemovedText>();
        var kept = new StringBuilder(text.Length);
        var at = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var (reason, end) = reasons[i] is { } whole ? (whole, line.End)
                : openings[i] is { } opening ? (opening.Reason, line.Start + opening.Length)
                : (null, 0);
            if (reason is null)
            {
                continue;
            }

            kept.Append(text, at, line.Start - at);
            removed.Add(new RemovedText(line.Start, end, text[line.Start..end], reason));
            at = end;
        }

        kept.Append(text, at, text.Length - at);
        return new CleanedText(kept.ToString(), removed);
    }

    /// <summary>
    /// Whether two lines print the same text, white space aside. The raw text is compared, not the matching key, so
    /// that table cells such as "5" and "17" (both "#" as keys) are not taken for each other.
    /// </summary>
    private static bool SameText(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var i = 0;
        var j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i]))
            {
                i++;
            }

            while (j < b.Length && char.IsWhiteSpace(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i] != b[j])
            {
                return false;
            }

            i++;
            j++;
        }
    }

    /// <summary>A line printed twice is a duplicate only when it has words, not just numbers (table cells).</summary>
    private static bool HasLetter(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Raw(string text, TextLine line) => text.AsSpan(line.Start, line.Length);

    /// <summary>Whether a line may be learned as boilerplate: a few words, no digits, not a sentence or an introduction.</summary>
    private static bool Learnable(string key, ReadOnlySpan<char> raw)
    {
        if (LineKey.Words(key) > LearnedWords || !key.Any(char.IsLetter) || key.Contains('#', StringComparison.Ordinal))
        {
            return false;
        }

        return raw[^1] is not ('.' or '!' or '?' or ':' or CodePoints.ArabicQuestionMark or CodePoints.Ellipsis);
    }

    /// <summary>A headline or link title: a few words (up to 25) not ending as a sentence does (. ! ? ؟ …).</summary>
    private static bool IsHeadlineLike(string key, ReadOnlySpan<char> raw)
    {
        if (key.Length == 0 || raw.Length == 0 || LineKey.Words(key) > HeadlineWords)
        {
            return false;
        }

        return raw[^1] is not ('.' or '!' or '?' or CodePoints.ArabicQuestionMark or CodePoints.Ellipsis);
    }

    /// <summary>A line that starts with a bullet sign (•, ●, ▪, ■, ►, ◄, ◆); '*' and '-' are left out, as they also start footnotes and dashes.</summary>
    private static bool IsBulleted(ReadOnlySpan<char> line) =>
        line.Length > 1 && line[0] is Signs.Bullet or BlackCircle or BlackSmallSquare or BlackSquare or RightPointer or LeftPointer or BlackDiamond;

    private static bool NeighbourIsBulleted(string text, List<TextLine> lines, int i) =>
        (i > 0 && IsBulleted(text.AsSpan(lines[i - 1].Start, lines[i - 1].Length)))
        || (i + 1 < lines.Count && IsBulleted(text.AsSpan(lines[i + 1].Start, lines[i + 1].Length)));

    /// <summary>
    /// A related-story link printed as a bullet: one bullet sign and a space, then a headline of four words or more
    /// (a story title has a subject and a verb) that does not end as a sentence or an introduction (:) does. Double
    /// bullets, bullets glued to their text and one-word bullets are the article's own subheadings and lists.
    /// </summary>
    private static bool IsRelatedLink(string key, ReadOnlySpan<char> raw)
    {
        if (!IsBulleted(raw) || !char.IsWhiteSpace(raw[1]) || !IsHeadlineLike(key, raw) || raw[^1] == ':')
        {
            return false;
        }

        return LineKey.Words(key) >= MinimumLinkWords;
    }

    /// <summary>
    /// The first line is a section label when it is one or two plain words (no digits, punctuation, symbols,
    /// harakat or a tatweel standing as a dash, which bylines, poems and captions have), the line after it is a
    /// longer headline-like line, and a paragraph (more than 25 words, or ending with a full stop) follows within
    /// the next lines: a label sits above a headline that sits above the article.
    /// </summary>
    private static bool IsSectionLabel(string key, List<string> keys, string text, List<TextLine> lines)
    {
        var words = LineKey.Words(key);
        if (words == 0 || words > LabelWords || keys.Count < 3 || !IsPlainWords(Raw(text, lines[0])))
        {
            return false;
        }

        if (!IsHeadlineLike(keys[1], Raw(text, lines[1])) || LineKey.Words(keys[1]) <= words)
        {
            return false;
        }

        for (var j = 2; j < keys.Count && j < 2 + LabelLookahead; j++)
        {
            if (!IsHeadlineLike(keys[j], Raw(text, lines[j])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Letters and spaces only: no digits, punctuation, symbols, harakat, or a tatweel standing alone as a dash.</summary>
    private static bool IsPlainWords(ReadOnlySpan<char> raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            var aloneTatweel = c == CodePoints.Tatweel && (i == 0 || char.IsWhiteSpace(raw[i - 1]) || i + 1 == raw.Length || char.IsWhiteSpace(raw[i + 1]));
            if (char.IsDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c) || aloneTatweel
                || c is >= CodePoints.Fathatan and <= CodePoints.Sukun)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A short line (up to three words) with a word that glues Arabic to another language: Arabic-only letters
    /// (ة ي ى ك) and Persian-only letters (ی ک پ چ ژ گ) in one word, or Arabic and Latin letters in one word,
    /// as when a site prints its category next to a tag with no space (الدوليةایران).
    /// </summary>
    private static bool IsGluedLabel(ReadOnlySpan<char> line)
    {
        var words = 0;
        var arabicOnly = false;
        var persianOnly = false;
        var arabic = false;
        var latin = false;
        var glued = false;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                glued |= (arabicOnly && persianOnly) || (arabic && latin);
                arabicOnly = persianOnly = arabic = latin = inWord = false;
                continue;
            }

            if (!inWord)
            {
                words++;
                inWord = true;
            }

            arabicOnly |= c is CodePoints.TehMarbuta or CodePoints.Yeh or CodePoints.AlefMaksura or CodePoints.Kaf;
            persianOnly |= c is CodePoints.FarsiYeh or CodePoints.KehehPersian or Peh or Tcheh or Jeh or Gaf;
            arabic |= c is >= ArabicLettersFirst and <= ArabicLettersLast;
            latin |= char.IsAsciiLetter(c);
        }

        glued |= (arabicOnly && persianOnly) || (arabic && latin);
        return glued && words <= GluedLabelWords;
    }

    // Bullet signs that start related-story lines.
    private const char BlackCircle = '\u25CF';          // ● black circle
    private const char BlackSmallSquare = '\u25AA';     // ▪ black small square
    private const char BlackSquare = '\u25A0';          // ■ black square
    private const char RightPointer = '\u25BA';         // ► black right-pointing pointer
    private const char LeftPointer = '\u25C4';          // ◄ black left-pointing pointer
    private const char BlackDiamond = '\u25C6';         // ◆ black diamond

    // Letters of Persian (and Urdu) that Arabic does not use.
    private const char Peh = '\u067E';                  // پ peh
    private const char Tcheh = '\u0686';                // چ tcheh
    private const char Jeh = '\u0698';                  // ژ jeh
    private const char Gaf = '\u06AF';                  // گ gaf

    // The Arabic letters block (hamza to yeh) and its extensions used by other languages.
    private const char ArabicLettersFirst = '\u0621';   // ء hamza
    private const char ArabicLettersLast = '\u06FF';    // last code point of the Arabic block

    private sealed class LineRecurrence
    {
        public int Articles { get; set; }

        public Dictionary<string, int> PerOutlet { get; } = new(StringComparer.Ordinal);

        /// <summary>Hashes of the (previous line, next line) pairs around the line, one per distinct surrounding.</summary>
        public HashSet<int> Surroundings { get; } = [];
    }
}
