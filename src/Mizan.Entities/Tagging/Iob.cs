namespace Mizan.Entities.Tagging;

/// <summary>A labelled span of tokens [Start, End) with its type (PERS, LOC, ORG, MISC).</summary>
public readonly record struct Chunk(string Type, int Start, int End);

/// <summary>The IOB2 tag set over ANERcorp's four types, and chunking with the conlleval rules.</summary>
public static class Iob
{
    /// <summary>The tags the tagger predicts, in the model's fixed order.</summary>
    public static IReadOnlyList<string> Tags { get; } =
        ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    /// <summary>
    /// True when <paramref name="tag"/> may follow <paramref name="previous"/> in valid IOB2: I-X only continues a
    /// B-X or I-X.
    /// </summary>
    public static bool CanFollow(string previous, string tag)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(tag);
        return !tag.StartsWith("I-", StringComparison.Ordinal)
            || (previous.Length > 2 && previous.AsSpan(2).SequenceEqual(tag.AsSpan(2)));
    }

    /// <summary>
    /// The entities of a tag sequence by conlleval's rules: an entity starts at B-X, or at I-X after O or after a
    /// tag of another type, and runs while I-X follows.
    /// </summary>
    public static IReadOnlyList<Chunk> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new List<Chunk>();
        string? type = null;
        var start = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var (prefix, tagType) = tag.Length > 2 && tag[1] == '-' ? (tag[0], tag[2..]) : ('O', (string?)null);
            var continues = prefix == 'I' && type is not null && tagType == type;
            if (!continues && type is not null)
            {
                chunks.Add(new Chunk(type, start, i));
                type = null;
            }

            if (!continues && prefix is 'B' or 'I')
            {
                type = tagType;
                start = i;
            }
        }

        if (type is not null)
        {
            chunks.Add(new Chunk(type, start, tags.Count));
        }

        return chunks;
    }
}
