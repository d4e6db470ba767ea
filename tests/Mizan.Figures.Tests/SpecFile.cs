namespace Mizan.Figures.Tests;

/// <summary>
/// A block of a golden spec file: rule name, optional reference date, input, expected lines; for dates, optionally
/// the lean ("lean: future"; past when absent) and the reference's time of day ("time: 04:30"). The input is one line; \n
/// in it stands for a line break.
/// </summary>
public sealed record SpecCase(string Rule, string? Reference, string Input, IReadOnlyList<string> Expected, string? Lean = null, string? Time = null)
{
    public override string ToString() => Rule;

    public static List<SpecCase> Read(string file)
    {
        var cases = new List<SpecCase>();
        string? rule = null;
        string? reference = null;
        string input = string.Empty;
        string? lean = null;
        string? time = null;
        var expected = new List<string>();
        foreach (var raw in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Golden", file)))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                rule = line[3..].Trim();
            }
            else if (line.StartsWith("reference:", StringComparison.Ordinal))
            {
                reference = line["reference:".Length..].Trim();
            }
            else if (line.StartsWith("lean:", StringComparison.Ordinal))
            {
                lean = line["lean:".Length..].Trim();
            }
            else if (line.StartsWith("time:", StringComparison.Ordinal))
            {
                time = line["time:".Length..].Trim();
            }
            else if (line.StartsWith("input:", StringComparison.Ordinal))
            {
                // A line break inside the input is written \n (a dateline, then the article).
                input = line["input:".Length..].Trim().Replace("\\n", "\n", StringComparison.Ordinal);
            }
            else if (line.StartsWith("expect:", StringComparison.Ordinal) && line["expect:".Length..].Trim() is var body && body != "none")
            {
                expected.Add(body);
            }
        }

        Flush();
        return cases;

        void Flush()
        {
            if (rule is not null)
            {
                cases.Add(new SpecCase(rule, reference is null or "none" ? null : reference, input, expected.ToList(), lean, time));
            }

            (rule, reference, input, lean, time) = (null, null, string.Empty, null, null);
            expected.Clear();
        }
    }
}
