using System.Text;
using System.Text.Json;
using Mizan.Core.Json;

namespace Mizan.Briefs.Tests;

/// <summary>Compact JSON indented as it streams through is what the indented serializer writes, however it is cut.</summary>
public sealed class JsonIndenterTests
{
    private static readonly Dictionary<string, object?> Sample = new()
    {
        ["empty"] = Array.Empty<int>(),
        ["none"] = new Dictionary<string, int>(),
        ["nested"] = new object[] { 1, 2.5m, new Dictionary<string, object?> { ["quote"] = "قال \"نعم\" \\ لا", ["tag"] = "<b>&'" } },
        ["flags"] = new[] { true, false },
        ["arabic"] = "ميزان: الأرقام ١٢٣ و 1,800",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Indenting_compact_json_in_pieces_gives_the_serializers_indented_json(int piece)
    {
        var compact = JsonSerializer.SerializeToUtf8Bytes(Sample, MizanJson.Compact);
        using var output = new MemoryStream();
        var indenter = new JsonIndenter(output);
        for (var start = 0; start < compact.Length; start += piece)
        {
            indenter.Write(compact.AsSpan(start, Math.Min(piece, compact.Length - start)));
        }

        indenter.Flush();
        Assert.Equal(JsonSerializer.Serialize(Sample, MizanJson.Indented), Encoding.UTF8.GetString(output.ToArray()));
    }
}
