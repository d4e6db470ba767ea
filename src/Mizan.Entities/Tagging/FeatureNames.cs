using System.Collections.Concurrent;

namespace Mizan.Entities.Tagging;

/// <summary>
/// Feature names joined from a prefix and values of small vocabularies (tags, shapes, gazetteer labels), each string
/// made once and then shared: the tagger names such features at every token, and building each anew was a large share
/// of what tagging allocated. Values from an open vocabulary (words) must not come here; past <see cref="Bound"/> names
/// are joined without being kept, so a misuse costs memory only up to it.
/// </summary>
internal static class FeatureNames
{
    /// <summary>More names than the small vocabularies make (a few hundred), far fewer than a word vocabulary.</summary>
    private const int Bound = 20_000;

    private static readonly ConcurrentDictionary<(string Prefix, string Value, string? Second), string> Names = new();

    /// <summary><paramref name="prefix"/> + <paramref name="value"/>.</summary>
    public static string Of(string prefix, string value) => Of(prefix, value, null);

    /// <summary><paramref name="prefix"/> + <paramref name="value"/> + "|" + <paramref name="second"/> (without the bar when there is no second).</summary>
    public static string Of(string prefix, string value, string? second)
    {
        var key = (prefix, value, second);
        if (Names.TryGetValue(key, out var name))
        {
            return name;
        }

        name = second is null ? prefix + value : prefix + value + "|" + second;
        return Names.Count < Bound ? Names.GetOrAdd(key, name) : name;
    }
}
