namespace Mizan.Quotes.Tests;

/// <summary>One block of Golden/quotes.spec: a rule, its input text and the quotes expected in it.</summary>
/// <param name="Names">Names an entity recognizer would give (the "names:" line, "|" between them), passed to the extractor.</param>
/// <param name="Places">Words the place lists hold (the "places:" line, "|" between them): the extractor is told they are places.</param>
public sealed record QuoteCase(string Rule, string Input, IReadOnlyList<ExpectedQuote> Expected, IReadOnlyList<string> Names, IReadOnlyList<string> Places)
{
    public override string ToString() => Rule;
}

public sealed record ExpectedQuote(bool Direct, string? Speaker, string? Role, string Text);

internal static class GoldenSpec
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Golden", file);

    public static List<QuoteCase> ReadCases(string file)
    {
        var cases = new List<QuoteCase>();
        string? rule = null;
        var input = new List<string>();
        var expected = new List<ExpectedQuote>();
        var names = new List<string>();
        var places = new List<string>();
        var inInput = false;
        foreach (var raw in File.ReadLines(PathOf(file)))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                rule = line[3..].Trim();
                continue;
            }

            if (rule is null || line.StartsWith('#') || (line.Length == 0 && !inInput))
            {
                continue;
            }

            if (line == "input:")
            {
                inInput = true;
                continue;
            }

            if (line.StartsWith("names:", StringComparison.Ordinal))
            {
                inInput = false;
                names.AddRange(line["names:".Length..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            if (line.StartsWith("places:", StringComparison.Ordinal))
            {
                inInput = false;
                places.AddRange(line["places:".Length..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            if (line.StartsWith("expect:", StringComparison.Ordinal))
            {
                inInput = false;
                var body = line["expect:".Length..].Trim();
                if (body == "none")
                {
                    continue;
                }

                var parts = body.Split('|').Select(p => p.Trim()).ToArray();
                expected.Add(new ExpectedQuote(parts[0] == "direct", Dash(parts[1]), Dash(parts[2]), parts[3]));
                continue;
            }

            if (inInput)
            {
                input.Add(line);
            }
        }

        Flush();
        return cases;

        void Flush()
        {
            if (rule is not null)
            {
                cases.Add(new QuoteCase(rule, string.Join('\n', input).Trim('\n'), expected.ToList(), names.ToList(), places.ToList()));
            }

            input.Clear();
            expected.Clear();
            names.Clear();
            places.Clear();
            inInput = false;
        }
    }

    private static string? Dash(string value) => value == "-" ? null : value;
}
