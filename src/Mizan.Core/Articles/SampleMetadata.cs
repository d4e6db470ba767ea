using System.Text.Json;

namespace Mizan.Core.Articles;

/// <summary>
/// The sidecar metadata file beside a plain-text article: <c>NAME.meta.json</c> next to <c>NAME.txt</c>,
/// holding <c>outlet</c>, <c>published</c>, <c>url</c> and <c>title</c> when known.
/// </summary>
public sealed record SampleMetadata(string? Outlet, string? Published, string? Url, string? Title, string? PublishedNote, bool PublishedInferred = false)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The sidecar path for an article file.</summary>
    public static string SidecarPath(string articlePath) =>
        Path.Combine(Path.GetDirectoryName(articlePath) ?? string.Empty, Path.GetFileNameWithoutExtension(articlePath) + ".meta.json");

    /// <summary>
    /// Parses sidecar JSON; a malformed sidecar is an error naming the file. A field given as an empty or blank string
    /// (<c>"published": ""</c>, as people write "unknown") is absent.
    /// </summary>
    public static SampleMetadata Parse(string json, string path)
    {
        try
        {
            var read = JsonSerializer.Deserialize<SampleMetadata>(json, Options)
                ?? throw new InvalidDataException($"{path}: the metadata file is empty (null).");
            return read with
            {
                Outlet = Given(read.Outlet),
                Published = Given(read.Published),
                Url = Given(read.Url),
                Title = Given(read.Title),
                PublishedNote = Given(read.PublishedNote),
            };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: the metadata file is not valid JSON ({e.Message}).", e);
        }
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
