namespace Mizan.Text.Normalization;

/// <summary>
/// A normalized view of a text that never replaces it: <see cref="Value"/> is the normalized string and
/// every span of it maps back to a span of <see cref="Original"/>.
/// </summary>
public sealed class NormalizedText
{
    // origins[i] = start in Original of the source character that produced Value[i];
    // originEnds[i] = end in Original of that source character. Both are null when Value == Original.
    private readonly int[]? origins;
    private readonly int[]? originEnds;

    internal NormalizedText(string original, string value, int[]? origins, int[]? originEnds)
    {
        Original = original;
        Value = value;
        this.origins = origins;
        this.originEnds = originEnds;
    }

    public string Original { get; }

    public string Value { get; }

    /// <summary>True when no rule changed anything (the map is the identity).</summary>
    public bool IsIdentity => origins is null;

    /// <summary>Maps a span [start, end) of <see cref="Value"/> to the span of <see cref="Original"/> it came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Value.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (origins is null || originEnds is null)
        {
            return (start, end);
        }

        if (start == end)
        {
            var at = start < origins.Length ? origins[start] : Original.Length;
            return (at, at);
        }

        return (origins[start], originEnds[end - 1]);
    }

    /// <summary>
    /// Maps an offset of <see cref="Original"/> to the first offset of <see cref="Value"/> whose source starts at or after it.
    /// </summary>
    public int FromOriginal(int originalOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(originalOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(originalOffset, Original.Length);
        if (origins is null)
        {
            return originalOffset;
        }

        var index = Array.BinarySearch(origins, originalOffset);
        if (index < 0)
        {
            return ~index;
        }

        // Several normalized characters may share one source (an expanded ligature): take the first.
        while (index > 0 && origins[index - 1] == originalOffset)
        {
            index--;
        }

        return index;
    }
}
