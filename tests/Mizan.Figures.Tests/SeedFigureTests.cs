using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mizan.Testing;
using Mizan.Text.Tokenization;

namespace Mizan.Figures.Tests;

/// <summary>The seed reference's quantities and dates, found in the samples with the right values.</summary>
public sealed partial class SeedFigureTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Golden", "seed-figures.spec")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var p = line.Split('|').Select(x => x.Trim()).ToArray();
            data.Add(p[0], p[1], p[2], p[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_figure(string kind, string article, string text, string value)
    {
        var path = Repository.SamplePath(article);
        var content = File.ReadAllText(path);
        var meta = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".meta.json"))).RootElement;
        DateOnly? published = meta.GetProperty("published").ValueKind == JsonValueKind.String
            ? DateOnly.Parse(meta.GetProperty("published").GetString()!, CultureInfo.InvariantCulture)
            : null;
        var tokens = Tokenizer.Tokenize(content);
        var dates = Dates.Extract(content, tokens, published);
        var wanted = Fold(text);
        switch (kind)
        {
            case "quantity":
                var quantities = Quantities.Extract(content, tokens, dates).Where(q => Fold(q.Text).Contains(wanted, StringComparison.Ordinal)).ToList();
                Assert.True(quantities.Count > 0, $"{article}: no quantity holds «{text}»");
                Assert.Contains(quantities, q => q.Value == decimal.Parse(value, CultureInfo.InvariantCulture));
                break;
            case "date":
                var found = dates.Where(d => Fold(d.Text).Contains(wanted, StringComparison.Ordinal)).ToList();
                Assert.True(found.Count > 0, $"{article}: no date holds «{text}»");
                Assert.Contains(found, d => (d.Value ?? "null") == value);
                break;
            default:
                // Not a quantity of the article: it sits in boilerplate that cleaning removes before analysis.
                Assert.Contains(wanted, Fold(content), StringComparison.Ordinal);
                break;
        }
    }

    private static string Fold(string value) => WhiteSpace().Replace(value, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhiteSpace();
}
