using Mizan.Core.Articles;

namespace Mizan.Ingest.Sources;

/// <summary>One article read from a source, with the format and encoding it was read as.</summary>
/// <param name="Article">The article; its <c>Text</c> is the raw text (before boilerplate removal) and its
/// <c>Source</c> names the file, and the entry or record inside it (<c>archive.zip!2015/a.json#3</c>).</param>
/// <param name="Format">text, html, json, jsonl, feed or warc.</param>
/// <param name="Encoding">The encoding the bytes were decoded from (utf-8, windows-1256, ...), when Mizan decoded them.</param>
/// <param name="Warning">What was repaired or guessed in reading it (a few broken bytes, an undeclared encoding), one
/// line naming the input; the article is kept.</param>
public sealed record SourceArticle(ArticleInput Article, string Format, string? Encoding, string? Warning = null);

/// <summary>What reading a source gives, one item at a time: an article, or a skipped input with its reason.</summary>
/// <param name="Source">The file, archive entry or record the item comes from.</param>
/// <param name="Error">Why the input was skipped (one line, naming the input), when <paramref name="Article"/> is null.</param>
public sealed record SourceItem(SourceArticle? Article, string Source, string? Error)
{
    public static SourceItem Ok(SourceArticle article) => new(article, article.Article.Source ?? string.Empty, null);

    public static SourceItem Skip(string source, string reason) => new(null, source, $"{source}: {reason}");
}

/// <summary>
/// Limits that keep one hostile input from exhausting the machine; an input over a limit is skipped with a reason.
/// </summary>
/// <param name="MaxFileBytes">A single file (not an archive) larger than this is refused: 256 MiB is a thousand
/// times a long article page, and a JSON collection that large should come split or zipped.</param>
/// <param name="MaxArchiveBytes">An archive file larger than this is refused.</param>
/// <param name="MaxEntryBytes">An archive entry, a decompressed .gz or a WARC record that expands beyond this is
/// refused (the count is of bytes actually read, so a lying header does not help a zip bomb).</param>
/// <param name="MaxExpandedBytes">All entries of one archive together may expand to this much.</param>
/// <param name="MaxNesting">Archives inside archives deeper than this are refused.</param>
public sealed record ReadLimits(
    long MaxFileBytes = 256L * 1024 * 1024,
    long MaxArchiveBytes = 1024L * 1024 * 1024,
    long MaxEntryBytes = 256L * 1024 * 1024,
    long MaxExpandedBytes = 4L * 1024 * 1024 * 1024,
    int MaxNesting = 3)
{
    public static ReadLimits Default { get; } = new();
}
