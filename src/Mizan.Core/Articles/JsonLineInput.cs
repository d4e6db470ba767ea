using System.Text.Json;

namespace Mizan.Core.Articles;

/// <summary>
/// One line of the batch interface: a JSON object <c>{id, text, published?, outlet?, url?, title?}</c>.
/// A line that is not such an object gives an error, never an exception.
/// </summary>
public sealed record JsonLineInput(ArticleInput? Article, string? Id, string? Error)
{
    public static JsonLineInput Parse(string line, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new JsonLineInput(null, null, $"line {lineNumber} is JSON but not an object.");
            }

            var id = Text(root, "id");
            var text = Text(root, "text");
            if (text is null)
            {
                return new JsonLineInput(null, id, $"line {lineNumber} has no string field 'text'.");
            }

            var url = Text(root, "url");
            var article = new ArticleInput(
                id ?? ArticleId.Compute(text, url),
                text,
                Outlet: Text(root, "outlet"),
                Published: Text(root, "published"),
                Url: url,
                Title: Text(root, "title"));
            return new JsonLineInput(article, article.Id, null);
        }
        catch (JsonException e)
        {
            return new JsonLineInput(null, null, $"line {lineNumber} is not valid JSON ({e.Message}).");
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
