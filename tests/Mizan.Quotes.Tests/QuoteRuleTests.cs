using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Quotes.Tests;

/// <summary>One test per rule of the quote extractor, driven by Golden/quotes.spec.</summary>
public sealed class QuoteRuleTests
{
    public static TheoryData<QuoteCase> Cases() => [.. GoldenSpec.ReadCases("quotes.spec")];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule(QuoteCase spec)
    {
        // A name written "@name" is a body (an organization), as the recognizer types it, at every place the text names it;
        // one written "name*" is a person at every place; any other name a person at its first place only.
        // "names: -" is a recognizer that found no one, as against no recognizer at all (no names: line). Nothing is known
        // against any word being a name's (NameWordEvidence.None) but the words of a "places:" line, places, so names the
        // article confirms are taken as the analysis would take them for words no dictionary or place list holds.
        var recognized = spec.Names.Count > 0;
        var names = spec.Names.Where(n => n != "-").Select(n => (Text: n.TrimStart('@').TrimEnd('*'), Body: n.StartsWith('@'), Every: n.StartsWith('@') || n.EndsWith('*')))
            .SelectMany(n => Places(spec.Input, n.Text, all: n.Every).Select(at => new NameSpan(at, at + n.Text.Length, n.Body)))
            .OrderBy(n => n.Start).ToList();
        Assert.All(names, n => Assert.True(n.Start >= 0, $"{spec.Rule}: a name of the names: line is not in the input"));
        var places = spec.Places.Select(p => ArabicNormalizer.Matching.NormalizeToString(p)).ToHashSet(StringComparer.Ordinal);
        var quotes = QuoteExtractor.Default.Extract(spec.Input, Tokenizer.Tokenize(spec.Input), recognized ? names : null, norm => places.Contains(norm) ? NameWordEvidence.Place : NameWordEvidence.None);
        var described = string.Join(" ; ", quotes.Select(q => $"{(q.Direct ? "direct" : "indirect")} | {q.Speaker ?? "-"} | {q.Role ?? "-"} | {q.Text}"));
        Assert.True(spec.Expected.Count == quotes.Count, $"{spec.Rule}: expected {spec.Expected.Count} quotes, got {quotes.Count}: {described}");
        for (var i = 0; i < quotes.Count; i++)
        {
            var (want, got) = (spec.Expected[i], quotes[i]);
            Assert.True(
                want.Direct == got.Direct && want.Speaker == got.Speaker && want.Role == got.Role && TextMatches(want.Text, got.Text),
                $"{spec.Rule}: quote {i + 1}: expected {(want.Direct ? "direct" : "indirect")} | {want.Speaker ?? "-"} | {want.Role ?? "-"} | {want.Text}; got {described}");
        }
    }

    /// <summary>The expected text is the quote's beginning, or, written "= text", the whole quote.</summary>
    private static bool TextMatches(string want, string got) =>
        want.StartsWith("= ", StringComparison.Ordinal) ? got == want[2..] : got.StartsWith(want, StringComparison.Ordinal);

    [Theory]
    [InlineData("للقيادة", true)]
    [InlineData("على الوزارة", true)]
    [InlineData("هو", true)]
    [InlineData("لكل من يشكك", true)]
    [InlineData("علي أحمد", false)]
    [InlineData("وزارة الخارجية", false)]
    public void A_speaker_behind_a_preposition_or_a_pronoun_names_nobody_but_the_name_Ali_does(string phrase, bool nobody) =>
        Assert.Equal(nobody, SpeakerShape.OpensWithPrepositionOrPronoun(phrase));

    [Fact]
    public void Every_rule_of_the_spec_has_a_name_and_an_input()
    {
        var cases = GoldenSpec.ReadCases("quotes.spec");
        Assert.True(cases.Count >= 20, $"{cases.Count} rules");
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Input), c.Rule));
        Assert.Equal(cases.Count, cases.Select(c => c.Rule).Distinct().Count());
    }

    /// <summary>Where <paramref name="name"/> stands in the text: its first place, or with <paramref name="all"/> every one (-1 when none).</summary>
    private static IEnumerable<int> Places(string text, string name, bool all)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        yield return at;
        while (all && at >= 0 && (at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal)) >= 0)
        {
            yield return at;
        }
    }
}
