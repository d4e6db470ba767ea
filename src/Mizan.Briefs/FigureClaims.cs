using System.Globalization;
using Mizan.Text.Morphology;

namespace Mizan.Briefs;

/// <summary>The figures of a story (one row per value and counted thing) and the claims they make across its sources.</summary>
internal static class FigureClaims
{
    /// <summary>The figures of the story: one row per value, unit and counted thing, with every article giving it.</summary>
    public static List<QuantityRow> Rows(IReadOnlyList<AnalyzedArticle> members) =>
        members.SelectMany(a => a.Analysis.Quantities.Select(q => (Article: a, Quantity: q)))
            .GroupBy(x => (x.Quantity.Value, x.Quantity.ValueTo, x.Quantity.Unit, About: AboutKey(x.Quantity.About)))
            .Select(g => new QuantityRow(
                g.Key.Value,
                g.Key.ValueTo,
                g.Key.Unit,
                g.Select(x => x.Quantity.Qualifier).FirstOrDefault(q => q is not null),
                g.Select(x => x.Quantity.About).FirstOrDefault(a => a is not null),
                g.Select(x => new Evidence(x.Article.Article.Id, x.Quantity.Start, x.Quantity.End, x.Quantity.Text)).ToList()))
            .OrderByDescending(r => r.Evidence.Select(e => e.ArticleId).Distinct().Count())
            .ThenByDescending(r => r.Value)
            .ToList();

    /// <summary>
    /// Figures lined up across articles. Rules: a value (with its unit) that two or more independent sources give is
    /// "agree", whatever noun each counts it with (2500 جندي, 2500 أميركي), where an article and its near-duplicate
    /// copies are one source; figures about the same counted thing (the light stem of its noun) with different values
    /// are "conflict" only when each article leaves the other's value out entirely (3000 جندي beside 2500 جندي is no
    /// conflict in an article that also says 2500); a figure one source alone gives is "single". Each article counts
    /// once per value however often it repeats it.
    /// </summary>
    public static List<Claim> Find(List<QuantityRow> rows, IReadOnlyList<AnalyzedArticle> members)
    {
        if (members.Count < 2)
        {
            return [];
        }

        var sourceOf = members.ToDictionary(m => m.Article.Id, m => m.Article.NearDuplicateOf ?? m.Article.Id, StringComparer.Ordinal);
        var mentioned = rows.SelectMany(r => r.Evidence.Select(e => (e.ArticleId, r.Value)))
            .GroupBy(x => x.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Value).ToHashSet(), StringComparer.Ordinal);
        static List<string> ArticlesOf(IEnumerable<QuantityRow> group) =>
            group.SelectMany(r => r.Evidence).Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        int SourcesOf(IEnumerable<QuantityRow> group) => ArticlesOf(group).Select(a => sourceOf.GetValueOrDefault(a, a)).Distinct(StringComparer.Ordinal).Count();
        ClaimValue ValueOf(decimal value, IEnumerable<QuantityRow> group) =>
            new(value.ToString(CultureInfo.InvariantCulture), ArticlesOf(group), group.SelectMany(r => r.Evidence).ToList(), SourcesOf(group));

        var claims = new List<Claim>();
        var inClaims = new HashSet<QuantityRow>();
        foreach (var byValue in rows.GroupBy(r => (r.Value, r.Unit)).Where(g => SourcesOf(g) > 1))
        {
            var about = byValue.Select(r => r.About).Where(a => a is not null).GroupBy(a => a).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            claims.Add(new Claim(about ?? byValue.Key.Unit ?? "figure", "agree", [ValueOf(byValue.Key.Value, byValue)]));
            inClaims.UnionWith(byValue);
        }

        foreach (var byThing in rows.Where(r => r.About is not null && r.Unit is null).GroupBy(r => AboutKey(r.About)))
        {
            var values = byThing.GroupBy(r => r.Value).ToList();
            var conflicting = values.Where(v => values.Any(w => w.Key != v.Key
                && ArticlesOf(v).Any(a => !mentioned[a].Contains(w.Key))
                && ArticlesOf(w).Any(b => !mentioned[b].Contains(v.Key)))).ToList();
            if (conflicting.Count > 1)
            {
                claims.Add(new Claim(byThing.First().About!, "conflict", conflicting.Select(v => ValueOf(v.Key, v)).ToList()));
                inClaims.UnionWith(conflicting.SelectMany(v => v));
            }
        }

        foreach (var row in rows.Where(r => r.About is not null && !inClaims.Contains(r) && SourcesOf([r]) == 1))
        {
            claims.Add(new Claim(row.About!, "single", [ValueOf(row.Value, [row])]));
        }

        return claims.OrderBy(c => c.Status switch { "conflict" => 0, "agree" => 1, _ => 2 })
            .ThenByDescending(c => c.Values.Sum(v => v.Sources))
            .ToList();
    }

    private static string? AboutKey(string? about) =>
        about is null ? null : LightStemmer.Default.Stem(about.Split(' ')[0]).Stem;
}
