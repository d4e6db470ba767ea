using Mizan.Core.Articles;
using Mizan.Ingest.Cleaning;
using Mizan.Ingest.Sources;

namespace Mizan.Cli.Commands;

/// <summary>An article read for a command, with its cleaned text and what cleaning removed.</summary>
internal sealed record CleanArticle(ArticleInput Article, CleanedText Cleaned);

/// <summary>The articles of the files and folders a command names, read in any format and cleaned as one batch.</summary>
internal sealed record ArticleBatch(IReadOnlyList<CleanArticle> Articles, int Skipped)
{
    /// <summary>
    /// Reads every input (each skipped one named on standard error, prefixed with the verb) and removes boilerplate,
    /// learned from the batch itself (lines recurring across its articles) on top of the general rules.
    /// </summary>
    public static ArticleBatch Read(IEnumerable<string> paths, CliConsole console, string verb)
    {
        var skipped = 0;
        var read = new List<ArticleInput>();
        foreach (var item in ArticleSources.Read(paths))
        {
            if (item.Article is null)
            {
                console.Error.WriteLine($"mizan {verb}: skipped {item.Error}");
                skipped++;
                continue;
            }

            read.Add(item.Article.Article);
        }

        var cleaner = BoilerplateCleaner.Learn(read.Select(a => (a.Text, a.Outlet)));
        return new ArticleBatch(read.Select(a => new CleanArticle(a, cleaner.Clean(a.Text, a.Outlet))).ToList(), skipped);
    }
}
