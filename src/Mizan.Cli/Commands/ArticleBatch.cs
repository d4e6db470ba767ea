using Mizan.Core.Articles;
using Mizan.Ingest.Cleaning;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;

namespace Mizan.Cli.Commands;

/// <summary>An article read for a command, with its cleaned text, what cleaning removed, and the earlier article of
/// the batch it copies (a wire copy), if any.</summary>
internal sealed record CleanArticle(ArticleInput Article, CleanedText Cleaned, string? NearDuplicateOf);

/// <summary>The articles of the files and folders a command names, read in any format and cleaned as one batch.</summary>
internal sealed record ArticleBatch(IReadOnlyList<CleanArticle> Articles, int Skipped)
{
    /// <summary>
    /// Reads every input (each skipped one named on standard error, prefixed with the verb), removes boilerplate,
    /// learned from the batch itself (lines recurring across its articles) on top of the general rules, and marks
    /// each article that copies an earlier one of the batch (MinHash sketches, as <c>mizan ingest</c> does).
    /// </summary>
    /// <summary>The one message every verb gives when its inputs hold no article.</summary>
    public static int NothingFound(CliConsole console, string verb, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Error.WriteLine($"mizan {verb}: no articles found in {string.Join(", ", paths)}.");
        return ExitCodes.NothingFound;
    }

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

            if (item.Article.Warning is { } warning)
            {
                console.Error.WriteLine($"mizan {verb}: warning: {warning}");
            }

            read.Add(item.Article.Article);
        }

        var articles = BatchPreparation.Prepare(read).Select(p => new CleanArticle(p.Article, p.Cleaned, p.Copy.Of)).ToList();
        return new ArticleBatch(articles, skipped);
    }
}
