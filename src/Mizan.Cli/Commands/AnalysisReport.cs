using Mizan.Analysis;

namespace Mizan.Cli.Commands;

/// <summary>The readable (non-JSON) form of an analysis: one line per sentence, then its tokens with stems.</summary>
internal static class AnalysisReport
{
    public static void Write(AnalysisDocument document, TextWriter output)
    {
        output.WriteLine($"# {document.Source ?? document.Id}  (id {document.Id}{Field("outlet", document.Outlet)}{Field("published", document.Published)})");
        output.WriteLine($"{document.Sentences.Count} sentences, {document.Tokens.Count} tokens");
        var t = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            output.WriteLine();
            output.WriteLine($"[{s + 1}] {sentence.Start}-{sentence.End}: {document.Text[sentence.Start..sentence.End]}");
            while (t < document.Tokens.Count && document.Tokens[t].Start < sentence.End)
            {
                var token = document.Tokens[t++];
                var clitics = token.Clitics.Count > 0 ? "  " + string.Join(' ', token.Clitics) : string.Empty;
                var suffix = token.Suffix is null ? string.Empty : "  -" + token.Suffix;
                output.WriteLine($"    {token.Start,6}-{token.End,-6} {token.Kind,-12} {token.Text}  → {token.Stem}{clitics}{suffix}");
            }
        }

        output.WriteLine();
    }

    private static string Field(string name, string? value) => value is null ? string.Empty : $", {name} {value}";
}
