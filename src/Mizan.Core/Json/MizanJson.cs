using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Mizan.Core.Json;

/// <summary>The JSON settings every Mizan output uses: camelCase names, nulls left out, Arabic written as itself.</summary>
public static class MizanJson
{
    /// <summary>
    /// Indented output for people. The encoder keeps every script readable but still escapes the HTML-sensitive
    /// characters (&lt; &gt; &amp; ' "), so the JSON is safe to embed.
    /// </summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>One line per document, for JSON Lines.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = indented,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
