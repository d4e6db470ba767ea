using Mizan.Analysis;
using Mizan.Core.Articles;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Text;

namespace Mizan.Cli.Commands;

/// <summary>
/// SaudiNewsNet days as the judged samples read them: a day zip's articles named FILE.zip!ENTRY#N (as the ingest names
/// them, without the folder), cleaned as one batch, and analysed against their publication dates.
/// </summary>
internal static class DayCorpus
{
    /// <summary>The articles of one day zip, named FILE.zip!ENTRY#N.</summary>
    public static List<(string Id, ArticleInput Input)> Articles(string path)
    {
        var articles = new List<(string, ArticleInput)>();
        foreach (var item in ArticleSources.Read(path))
        {
            if (item.Article?.Article is { } article)
            {
                articles.Add((SourceName.WithoutFolder(article.Source ?? item.Source), article));
            }
        }

        return articles;
    }

    /// <summary>Cleans a day's articles as one batch (as the ingest does) and analyses those selected, in parallel, in order.</summary>
    public static List<(string Id, string Text, TextAnalysis Analysis)> Analyse(List<(string Id, ArticleInput Input)> day, Func<string, bool> selected)
    {
        var prepared = BatchPreparation.Prepare(day.Select(d => d.Input).ToList());
        var chosen = Enumerable.Range(0, day.Count).Where(i => selected(day[i].Id)).ToList();
        var results = new (string, string, TextAnalysis)[chosen.Count];
        Parallel.For(0, chosen.Count, k =>
        {
            var i = chosen[k];
            var text = prepared[i].Cleaned.Text;
            results[k] = (day[i].Id, text, TextAnalyzer.Default.Analyze(text, TextAnalyzer.ReferenceDate(day[i].Input.Published)));
        });
        return [.. results];
    }

    /// <summary>The day zip an article id names (2015-07-31.zip of 2015-07-31.zip!2015-07-31.json#264).</summary>
    public static string DayOf(string article)
    {
        var bang = article.IndexOf('!', StringComparison.Ordinal);
        return bang > 0 ? article[..bang] : article;
    }

    /// <summary>
    /// The article files of a folder of saved pages as the ingest finds them (<see cref="ArticleSources.Files"/>: no sidecars,
    /// nothing of an unknown kind), each named relative to the folder as a judged row names its article (p001.txt).
    /// </summary>
    public static List<string> Files(string folder) =>
        ArticleSources.Files(folder).Select(f => Path.GetRelativePath(folder, f)).ToList();

    /// <summary>A comma-separated list of days.</summary>
    public static List<string> Days(string? value) =>
        (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>
    /// Draws <paramref name="count"/> items uniformly: the items, in the order given, are shuffled by <see cref="Random"/>
    /// with the seed (Fisher-Yates), and the first <paramref name="count"/> are returned in the order given.
    /// </summary>
    public static List<T> Draw<T>(IReadOnlyList<T> all, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(all);
        return Sampling.Shuffled(all.Count, new Random(seed)).Take(count).Order().Select(i => all[i]).ToList();
    }
}
