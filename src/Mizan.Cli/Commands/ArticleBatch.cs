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
    /// <summary>The one message every verb gives when its inputs hold no article.</summary>
    public static int NothingFound(CliConsole console, string verb, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Error.WriteLine($"mizan {verb}: no articles found in {string.Join(", ", paths)}.");
        return ExitCodes.NothingFound;
    }

    /// <summary>
    /// When no input is a file or folder that exists, names each (as a skipped input is named) and fails the verb
    /// (exit code 3) before any store is opened, so a mistyped path never leaves an empty store behind; null when
    /// some input exists (those that do not are skipped by name as the verb reads).
    /// </summary>
    public static int? NoneExists(CliConsole console, string verb, IReadOnlyCollection<string> paths)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0 || paths.Any(p => File.Exists(p) || Directory.Exists(p)))
        {
            return null;
        }

        foreach (var path in paths)
        {
            console.Error.WriteLine($"mizan {verb}: skipped {path}: {ArticleSources.Missing(path)}");
        }

        return ExitCodes.Failed;
    }

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
