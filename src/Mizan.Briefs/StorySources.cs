namespace Mizan.Briefs;

/// <summary>
/// Names and numbers a story's sources once, for every output: an article's outlet, or, when the outlet is unknown,
/// its title, else its file name; numbered in order of publication (undated last), then of id.
/// </summary>
internal static class StorySources
{
    public static List<StorySource> Number(IReadOnlyList<AnalyzedArticle> members)
    {
        var ordered = members.Select(m => m.Article)
            .OrderBy(a => a.Published is null)
            .ThenBy(a => a.Published, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var sources = new List<StorySource>(ordered.Count);
        foreach (var article in ordered)
        {
            sources.Add(new StorySource(sources.Count + 1, article.Id, NameOf(article), Known(article.Outlet), Known(article.Title), article.Published, article.PublishedInferred));
        }

        return sources;
    }

    /// <summary>
    /// The key an article's sentences stand under when outlets are compared: its outlet, or for an article of no
    /// known outlet its own name, so that two articles of unknown outlets are never taken for one source.
    /// </summary>
    public static Dictionary<string, string> Keys(IReadOnlyList<StorySource> sources)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(sources.Where(s => s.Outlet is not null).Select(s => s.Outlet!), StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (source.Outlet is not null)
            {
                keys[source.ArticleId] = source.Outlet;
                continue;
            }

            var key = taken.Contains(source.Name) ? $"{source.Name} [{source.Number}]" : source.Name;
            taken.Add(key);
            keys[source.ArticleId] = key;
        }

        return keys;
    }

    private static string NameOf(BriefArticle article) =>
        Known(article.Outlet) ?? Known(article.Title) ?? FileName(article.Source) ?? article.Id;

    private static string? FileName(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        // A zipped item (day.zip!day.json#7) is named by its member and position; a file by its name.
        var name = source.Contains('!', StringComparison.Ordinal) ? source[(source.IndexOf('!', StringComparison.Ordinal) + 1)..] : source;
        return Path.GetFileName(name);
    }

    private static string? Known(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
