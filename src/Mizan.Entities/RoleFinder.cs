using Mizan.Text.Morphology;
using Mizan.Text.Tokenization;

namespace Mizan.Entities;

/// <summary>A role phrase before a name, as token indexes [Start, End).</summary>
public readonly record struct RoleSpan(int Start, int End)
{
    /// <summary>The span is a title alone (الجنرال, اللواء), not a role phrase.</summary>
    public bool TitleOnly { get; init; }
}

/// <summary>
/// Finds the title or role that introduces a person's name, from the tokens before it. Rules, each tested by name:
/// <list type="number">
/// <item>A title or rank right before the name (السيد, الجنرال, اللواء, الفريق الركن: person-titles.txt) is the
/// role when nothing else introduces the name.</item>
/// <item>A role phrase starts at a role head (رئيس, وزير, قائد, المتحدث, مستشار: role-heads.txt, with a leading
/// conjunction or article allowed) and runs to the name, or to the comma or title before it:
/// قائد القيادة الوسطى الأمريكية، الجنرال فرانك ماكينزي → قائد القيادة الوسطى الأمريكية.</item>
/// <item>The phrase is searched at most <see cref="MaxRoleTokens"/> tokens back, and not across punctuation other
/// than that one comma, nor across a function word other than the few that join a role phrase (في, باسم, لدى).
/// The role head farthest from the name wins (الناطق باسم القائد العام ... → from الناطق).</item>
/// <item>The search never reaches back past the start the caller gives: the sentence, or the end of the person
/// named before in it (قائد فيلق القدس الحاج قاسم سليماني وأبو مهدي المهندس: the role is Soleimani's).</item>
/// </list>
/// </summary>
public sealed class RoleFinder(Lexicon lexicon)
{
    /// <summary>Role phrases in news run to about eight words (الناطق باسم القائد العام للقوات المسلحة العراقية); longer reaches pick up the clause before.</summary>
    public const int MaxRoleTokens = 9;

    private static readonly HashSet<string> Joiners = new(["في", "باسم", "لدي", "عن", "و"], StringComparer.Ordinal);

    public static RoleFinder Default { get; } = new(Lexicon.Default);

    /// <summary>The role before the name that starts at token <paramref name="nameStart"/>, searched no further back than token <paramref name="searchStart"/>; or null.</summary>
    public RoleSpan? Find(string text, IReadOnlyList<Token> tokens, int nameStart, int searchStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var keys = new List<string>();
        // Room for the role phrase, a title of up to two words and the comma between them.
        var first = Math.Max(searchStart, nameStart - MaxRoleTokens - 3);
        for (var i = first; i < nameStart; i++)
        {
            keys.Add(Lexicon.Key(text.AsSpan(tokens[i].Start, tokens[i].Length)));
        }

        // Relative index of the name within keys.
        var end = keys.Count;
        var titleLength = lexicon.PersonTitles.LongestMatchEndingAt(keys, end);
        var phraseEnd = end - titleLength;
        var beforeTitle = phraseEnd;
        if (beforeTitle > 0 && IsComma(keys[beforeTitle - 1]))
        {
            beforeTitle--;
        }

        var head = -1;
        for (var i = beforeTitle - 1; i >= 0 && beforeTitle - i <= MaxRoleTokens; i--)
        {
            var token = tokens[first + i];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Number)
            {
                break;
            }

            if (IsRoleHead(keys[i]) || lexicon.RoleHeads.LongestMatch(keys, i) > 1)
            {
                head = i;
            }
            else if (LightStemmer.Default.IsFunctionWord(keys[i]) && !Joiners.Contains(keys[i]))
            {
                break;
            }
        }

        if (head >= 0)
        {
            return new RoleSpan(first + head, first + beforeTitle);
        }

        return titleLength > 0 ? new RoleSpan(first + phraseEnd, first + end) { TitleOnly = true } : null;
    }

    /// <summary>
    /// The role set after the name that ends before token <paramref name="nameEnd"/>, as an apposition between commas
    /// (الجنرال كينيث ماكنزي، قائد القيادة المركزية الأمريكية، ...): a comma, then a role head, then the words of the
    /// phrase up to the next punctuation or function word (a joiner such as باسم stays), at most
    /// <see cref="MaxRoleTokens"/> words; or null.
    /// </summary>
    public RoleSpan? FindAfter(string text, IReadOnlyList<Token> tokens, int nameEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        if (nameEnd + 1 >= tokens.Count || !IsComma(Lexicon.Key(text.AsSpan(tokens[nameEnd].Start, tokens[nameEnd].Length))))
        {
            return null;
        }

        var start = nameEnd + 1;
        var keys = new List<string>();
        for (var i = start; i < tokens.Count && i - start < MaxRoleTokens; i++)
        {
            keys.Add(Lexicon.Key(text.AsSpan(tokens[i].Start, tokens[i].Length)));
        }

        if (keys.Count == 0 || !(IsRoleHead(keys[0]) || lexicon.RoleHeads.LongestMatch(keys, 0) > 1))
        {
            return null;
        }

        var end = start + 1;
        for (var i = 1; i < keys.Count; i++)
        {
            var token = tokens[start + i];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Number
                || (LightStemmer.Default.IsFunctionWord(keys[i]) && !Joiners.Contains(keys[i])))
            {
                break;
            }

            end = start + i + 1;
        }

        return new RoleSpan(start, end);
    }

    // A role head may carry a conjunction or the article, not a preposition: بالرئيس is not a role.
    private bool IsRoleHead(string key)
    {
        if (lexicon.RoleHeads.ContainsExact(key))
        {
            return true;
        }

        var word = key.Length > 3 && key[0] is 'و' or 'ف' ? key[1..] : key;
        return lexicon.RoleHeads.ContainsExact(word)
            || (word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal) && lexicon.RoleHeads.ContainsExact(word[2..]));
    }

    private static bool IsComma(string key) => key is "," or "،";
}
