using Mizan.Text;

namespace Mizan.Ingest.Html;

/// <summary>What the words of an element's class and id attributes suggest about it.</summary>
internal enum HintKind
{
    None,
    Content,
    Furniture,
}

/// <summary>
/// The class/id word hints of Data/html-class-hints.txt. Attribute values are split into lower-case words at every
/// character that is not a letter or digit and at lower-to-upper camelCase humps ("articleBody" gives "article",
/// "body"); an entry ending in '*' matches the words starting with it.
/// </summary>
internal sealed class ClassHints
{
    private readonly Dictionary<string, HintKind> exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, HintKind Kind)> prefixes = [];

    private ClassHints(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidOperationException($"html-class-hints.txt: line '{line}' has no KIND<TAB>WORD.");
            }

            var kind = line[..tab] switch
            {
                "content" => HintKind.Content,
                "furniture" => HintKind.Furniture,
                var other => throw new InvalidOperationException($"html-class-hints.txt: unknown kind '{other}'."),
            };
            var word = line[(tab + 1)..].Trim();
            if (word.EndsWith('*'))
            {
                prefixes.Add((word[..^1], kind));
            }
            else
            {
                exact[word] = kind;
            }
        }
    }

    /// <summary>No hints at all: every class and id is neutral (for pages whose class names mislead).</summary>
    public static ClassHints None { get; } = new([]);

    public static ClassHints Default { get; } = new(new LanguageDataFiles(typeof(ClassHints).Assembly, "Mizan.Ingest.Data.").Lines("html-class-hints.txt"));

    /// <summary>Whether any word of the value is a content hint, and whether any is a furniture hint.</summary>
    public (bool Content, bool Furniture) Classify(string? value)
    {
        var content = false;
        var furniture = false;
        if (string.IsNullOrEmpty(value))
        {
            return (false, false);
        }

        Span<char> word = stackalloc char[64];
        var length = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var hump = length > 0 && char.IsUpper(c) && char.IsLower(value[i - 1]);
            if (!char.IsLetterOrDigit(c) || hump)
            {
                if (length > 0)
                {
                    switch (Lookup(new string(word[..length])))
                    {
                        case HintKind.Content:
                            content = true;
                            break;
                        case HintKind.Furniture:
                            furniture = true;
                            break;
                    }
                }

                length = 0;
                if (!char.IsLetterOrDigit(c))
                {
                    continue;
                }
            }

            if (length < word.Length)
            {
                word[length++] = char.ToLowerInvariant(c);
            }
        }

        return (content, furniture);
    }

    private HintKind Lookup(string word)
    {
        if (exact.TryGetValue(word, out var kind))
        {
            return kind;
        }

        // Furniture prefixes are checked first so that "commentbody" counts as a comment, not as a body.
        var found = HintKind.None;
        foreach (var (prefix, hint) in prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (hint == HintKind.Furniture)
                {
                    return hint;
                }

                found = hint;
            }
        }

        return found;
    }
}
