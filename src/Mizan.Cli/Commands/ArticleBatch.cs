using Mizan.Core.Articles;
using Mizan.Ingest.Cleaning;
using Mizan.Ingest.Duplicates;
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
        var copies = new NearDuplicateIndex();
        var articles = new List<CleanArticle>(read.Count);
        foreach (var article in read)
        {
            var cleaned = cleaner.Clean(article.Text, article.Outlet);
            var hash = NearDuplicateIndex.ContentHash(article.Text);
            var sketch = MinHash.Sketch(cleaned.Text);
            var match = copies.Match(hash, sketch);
            copies.Add(article.Id, match.Of ?? article.Id, hash, sketch);
            articles.Add(new CleanArticle(article, cleaned, match.Of));
        }

        return new ArticleBatch(articles, skipped);
    }
}
