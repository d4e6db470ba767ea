using System.IO.Compression;
using System.Text.Json;
using Mizan.Core.Articles;

namespace Mizan.Core.Corpora;

/// <summary>
/// Reads collections stored as JSON arrays of articles, optionally inside zip files, as SaudiNewsNet ships them:
/// <c>{source, url, date_extracted, title, author, content}</c>. News-please style names (<c>maintext</c>,
/// <c>source_domain</c>, <c>date_publish</c>) are read too.
/// </summary>
public static class JsonArrayArchive
{
    /// <summary>All articles in a folder's .zip and .json files, in file-name order.</summary>
    public static IEnumerable<ArticleInput> ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var article in ReadFile(file))
            {
                yield return article;
            }
        }
    }

    public static IEnumerable<ArticleInput> ReadFile(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = entry.Open();
                foreach (var article in ReadArray(stream, $"{path}!{entry.FullName}"))
                {
                    yield return article;
                }
            }
        }
        else
        {
            using var stream = File.OpenRead(path);
            foreach (var article in ReadArray(stream, path))
            {
                yield return article;
            }
        }
    }

    private static List<ArticleInput> ReadArray(Stream stream, string source)
    {
        using var document = JsonDocument.Parse(stream);
        var articles = new List<ArticleInput>();
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{source}: expected a JSON array of articles.");
        }

        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (NewsJson.ToArticle(item, source) is { } article)
            {
                articles.Add(article);
            }
        }

        return articles;
    }
}
