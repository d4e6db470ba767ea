using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mizan.Analysis;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Quotes;
using Mizan.Quotes.Evaluation;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval quotes</c>: who said what, against quotes judged by reading (docs/quotes-judged.tsv, protocol in
/// docs/quotes.md). It re-extracts each judged quote from the corpus and counts right, wrong, missed and correctly-none
/// speakers per part of the days (tune, held-out); <c>--check</c> counts the speakers of whole days that open with a
/// preposition or a pronoun; <c>--draw</c> draws a new sample to judge (fixed seed).
/// </summary>
internal sealed class EvalQuotesCommand : JudgedSampleCommand<JudgedQuote>
{
    private readonly Option<string?> check = new Option<string?>("--check") { Description = "Count the speakers and roles that open with a preposition or a pronoun over these days (comma-separated, e.g. 2015-08-01,2015-08-02,2015-08-03); with --explain, list them." }.Dates(list: true);

    public EvalQuotesCommand(CliConsole console)
        : base(
            console,
            "quotes",
            "Score quote speakers against quotes judged by reading (--gold), count speakers led by a preposition or pronoun (--check), or draw a sample to judge (--draw).",
            "quotes",
            "docs/quotes-judged.tsv",
            "part, article, anchor, cue, speech, gold",
            14)
    {
        Options.Add(check);
    }

    protected override List<JudgedQuote> Load(string path) => JudgedQuotes.Load(path);

    protected override int? Other(ParseResult parse, string folder) =>
        parse.GetValue(check) is { } checkDays ? Check(folder, DayCorpus.Days(checkDays), parse.GetValue(Explain)) : null;

    protected override int Score(string folder, List<JudgedQuote> rows, bool explaining, string? contextPath)
    {
        if (Judged(folder, rows.Select(r => r.Article), out var code) is not { } judged)
        {
            return code;
        }

        var quotesOf = judged.ToDictionary(p => p.Key, p => (p.Value.Text, p.Value.Analysis.Quotes), StringComparer.Ordinal);
        Console.Out.WriteLine("| part | judged | real speech | text names a speaker | right | wrong | missed | correctly none | right, of those with a speaker | wrong, of real speech | not speech (still found; with a speaker) |");
        Console.Out.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var errors = new List<string>();
        var bySource = new SortedDictionary<string, (int Right, int Wrong, int Missed)>(StringComparer.Ordinal);
        var places = new List<(string Header, string Text, int At)>();
        foreach (var name in rows.Select(r => r.Part).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var counts = new Dictionary<QuoteOutcome, int>();
            int speech = 0, named = 0, notSpeech = 0, notSpeechFound = 0, notSpeechCredited = 0;
            foreach (var row in rows.Where(r => r.Part == name))
            {
                var (text, quotes) = quotesOf[row.Article];
                var found = JudgedQuotes.Find(row, quotes);
                var predicted = JudgedQuotes.Predicted(found);
                if (!row.Speech)
                {
                    notSpeech++;
                    notSpeechFound += found is null ? 0 : 1;
                    notSpeechCredited += string.IsNullOrEmpty(predicted) ? 0 : 1;
                    continue;
                }

                speech++;
                named += row.Gold.Length > 0 ? 1 : 0;
                var outcome = JudgedQuotes.Judge(row, predicted);
                counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
                var how = found is null ? "no quote" : string.IsNullOrEmpty(predicted) ? "no speaker" : SourceName(found.Source) + (found.Speaker is null ? ", role only" : string.Empty);
                if (row.Gold.Length > 0)
                {
                    var (r, w, m) = bySource.GetValueOrDefault(how);
                    bySource[how] = (r + (outcome == QuoteOutcome.Right ? 1 : 0), w + (outcome == QuoteOutcome.Wrong ? 1 : 0), m + (outcome == QuoteOutcome.Missed ? 1 : 0));
                }
                if (outcome is QuoteOutcome.Wrong or QuoteOutcome.Missed)
                {
                    var excerpt = found is null ? "(quote no longer found)" : Excerpt(found.Text);
                    places.Add(($"{name} {row.Article} {row.Anchor} {row.Cue} gold: {row.Gold} got: {predicted ?? "-"}", text, row.Anchor));
                    errors.Add($"{name}\t{outcome.ToString().ToLowerInvariant()}\t{row.Article}\t{row.Anchor}\t{row.Cue}\tgold: {(row.Gold.Length == 0 ? "-" : row.Gold)}\tgot: {predicted ?? "-"}{(found?.Role is { } role && found.Speaker is not null ? $" (role {role})" : string.Empty)}{(string.IsNullOrEmpty(predicted) ? string.Empty : $" [{how}]")}\t{excerpt}");
                }
            }

            int Of(QuoteOutcome o) => counts.GetValueOrDefault(o);
            Console.Out.WriteLine(
                $"| {name} | {speech + notSpeech} | {speech} | {named} | {Of(QuoteOutcome.Right)} | {Of(QuoteOutcome.Wrong)} | {Of(QuoteOutcome.Missed)} | {Of(QuoteOutcome.CorrectlyNone)} | "
                + $"{Percent(Of(QuoteOutcome.Right), named)} | {Percent(Of(QuoteOutcome.Wrong), speech)} | {notSpeech} ({notSpeechFound}; {notSpeechCredited}) |");
        }

        if (explaining)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine("| how the speaker was found (all parts, quotes whose text names a speaker) | right | wrong | missed |");
            Console.Out.WriteLine("|---|---:|---:|---:|");
            foreach (var (how, (r, w, m)) in bySource)
            {
                Console.Out.WriteLine($"| {how} | {r} | {w} | {m} |");
            }

            Console.Out.WriteLine();
            Console.Out.WriteLine("part\toutcome\tarticle\tanchor\tcue\tgold\tgot\tquote");
            foreach (var line in errors)
            {
                Console.Out.WriteLine(line);
            }

            if (contextPath is not null)
            {
                WriteContexts(contextPath, places);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>The speaker source as the analysis JSON writes it (carriedOver).</summary>
    private static string SourceName(SpeakerSource source) => JsonNamingPolicy.CamelCase.ConvertName(source.ToString());

    private int Check(string folder, List<string> checkDays, bool explaining)
    {
        int quotes = 0, credited = 0, badSpeakers = 0, badRoles = 0;
        var examples = new List<string>();
        foreach (var day in checkDays)
        {
            var path = Path.Combine(folder, day + ".zip");
            if (!File.Exists(path))
            {
                Console.Out.WriteLine($"skipped: {path} not found.");
                return ExitCodes.Success;
            }

            foreach (var (id, _, analysis) in DayCorpus.Analyse(DayCorpus.Articles(path), _ => true))
            {
                foreach (var quote in analysis.Quotes)
                {
                    quotes++;
                    var speaker = JudgedQuotes.Predicted(quote);
                    credited += speaker is null ? 0 : 1;
                    var bad = speaker is not null && SpeakerShape.OpensWithPrepositionOrPronoun(speaker);
                    var badRole = quote.Role is not null && SpeakerShape.OpensWithPrepositionOrPronoun(quote.Role);
                    badSpeakers += bad ? 1 : 0;
                    badRoles += badRole ? 1 : 0;
                    if (bad || badRole)
                    {
                        examples.Add($"{id}\t{quote.Start}\t{quote.Cue}\tspeaker: {quote.Speaker ?? "-"}\trole: {quote.Role ?? "-"}");
                    }
                }
            }
        }

        Console.Out.WriteLine($"days {string.Join(", ", checkDays)}: {quotes:N0} quotes, {credited:N0} with a speaker; speakers that open with a preposition or a pronoun: {badSpeakers}; roles that do: {badRoles}");
        if (explaining)
        {
            foreach (var line in examples)
            {
                Console.Out.WriteLine(line);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Draws quotes uniformly from every quote extracted from the days: all articles of each day are cleaned as one
    /// batch and analysed; the quotes, in day, article and offset order, are shuffled by <see cref="Random"/> with the
    /// seed (Fisher-Yates), and the first <paramref name="count"/> are printed in article order.
    /// </summary>
    protected override int Draw(string folder, List<string> drawDays, int count, string partName, int drawSeed, string? contextPath)
    {
        if (DrawFrom(folder, drawDays) is not { } days)
        {
            return ExitCodes.Success;
        }

        var all = days.SelectMany(a => a.Analysis.Quotes.Select(q => (a.Id, a.Text, Quote: q))).ToList();
        var drawn = DayCorpus.Draw(all, count, drawSeed);
        Console.Error.WriteLine($"drew {drawn.Count} of {all.Count:N0} quotes (seed {drawSeed}).");
        Console.Out.WriteLine(JudgedQuotes.Header);
        foreach (var (id, _, quote) in drawn)
        {
            Console.Out.WriteLine(JudgedQuotes.Format(new JudgedQuote(partName, id, quote.Start, quote.Cue, true, string.Empty)));
        }

        if (contextPath is not null)
        {
            using var writer = new StreamWriter(contextPath);
            var number = 0;
            foreach (var (id, text, quote) in drawn)
            {
                number++;
                writer.WriteLine($"=== {number} {id} {quote.Start} {quote.Cue}");
                writer.WriteLine(Marked(text, quote));
                writer.WriteLine();
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The text around a drawn quote, the cue marked ⟦⟧ and the quote ⟪⟫, in text order: the cue usually comes first, but a
    /// quote may stand before its cue (a tweet's text above the line that names its author).
    /// </summary>
    private static string Marked(string text, Quote quote)
    {
        var from = Math.Max(0, Math.Min(quote.CueStart, quote.Start) - 600);
        var to = Math.Min(text.Length, Math.Max(quote.CueEnd, quote.End) + 80);
        var marks = new List<(int At, string Mark)> { (quote.CueStart, "⟦"), (quote.CueEnd, "⟧"), (quote.Start, "⟪"), (quote.End, "⟫") };
        var builder = new System.Text.StringBuilder();
        var at = from;
        foreach (var (place, mark) in marks.OrderBy(m => m.At))
        {
            var clamped = Math.Clamp(place, at, to);
            builder.Append(text, at, clamped - at).Append(mark);
            at = clamped;
        }

        return builder.Append(text, at, to - at).ToString();
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:N1}%");

    private static string Excerpt(string text) => text.Length <= 60 ? text.ReplaceLineEndings(" ") : text[..60].ReplaceLineEndings(" ") + "…";
}
