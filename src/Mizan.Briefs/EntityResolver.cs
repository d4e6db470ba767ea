using Mizan.Entities;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;

namespace Mizan.Briefs;

/// <summary>An entity of a story, merged across its articles, with every alias, role and mention.</summary>
public sealed record BriefEntity(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Evidence> Mentions);

/// <summary>
/// Merges the entity mentions of a story's articles into entities. Rules, each tested by name:
/// spellings that agree under the matching normalization and light stemming are one entity (الأعرجي, الاعرجي;
/// للعراق, العراق); a name that is part of exactly one longer name of the same type is that entity (الشمري in
/// عبد الأمير الشمري), unless it names a father of that name's chain (نايف بن عبدالعزيز in سعود بن نايف بن عبدالعزيز);
/// two person names whose surnames differ by at most two letters (ماكينزي, ماكنزي; برنين, برينان) are one person when
/// their given names agree (a compound written apart is one given name: عبد ربه, عبدربه) and their chains name no two
/// fathers (سعد بن عبدالله, سعد بن محمد), or, when the given names differ (فرانك, كينيث), when neither is a chain of
/// fathers (whose last word is a house that cousins share: بن عبدالعزيز) and their roles share at least two words of
/// office (titles and forms of address such as الأمير, صاحب السمو الملكي set aside) and, for surnames of four letters,
/// differ by one letter only; a surname with the article differs by no letter but a final ى or ة (القرني and الثاني are
/// two families): otherwise people who share a surname stay apart; one name typed a place in one mention and an
/// organization in another is one entity, of the type most of them have. A speaker named by role alone is the one
/// person holding that role in the story. Measured by reading every change over two SaudiNewsNet days (docs/entities.md,
/// "People of one house").
/// </summary>
public static class EntityResolver
{
    /// <summary>Edit distance up to which two surnames are transliterations of one name.</summary>
    private const int SurnameDistance = 2;

    /// <summary>
    /// People with different given names whose surnames are this short may differ by one letter only: two letters of four
    /// are another name (كيري and شكري; أمير, a title the tagger took into تميم بن حمد أمير, against جبير of عادل الجبير:
    /// the brief of 2015-08-03 merged both pairs on roles that shared وزير الخارجية), while with one given name two
    /// letters stay a transliteration (آشلي يانغ, أشلي يونج).
    /// </summary>
    private const int ShortSurname = 4;

    /// <summary>Surnames shorter than this are too short to compare by edit distance.</summary>
    private const int MinFuzzyLength = 4;

    /// <summary>Content words two roles must share to merge people whose given names differ.</summary>
    private const int SharedRoleWords = 2;

    public static IReadOnlyList<BriefEntity> Resolve(IReadOnlyList<AnalyzedArticle> members, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(members);
        var mentions = members.SelectMany(a => a.Analysis.Entities
                .Where(e => e.Type != EntityType.Misc)
                .Select(e => new Mention(a.Article.Id, e, Words(e.Text), RoleWords(e.Role), Names(e.Text))))
            .Where(m => m.Words.Length > 0 && m.Names.Length > 0)
            .ToList();
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        // Rule: the same name under normalization and stemming is one entity; one the tagger typed as a place in one
        // mention and an organization in another (تويتر, داعش) too, of the type most of its mentions have (TypeOf).
        foreach (var group in Enumerable.Range(0, mentions.Count).GroupBy(i => (Kind: SameNameKind(mentions[i].Entity.Type), Key: string.Join(' ', mentions[i].Words))))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                Union(first, other);
            }
        }

        // Rule: transliterated surnames of one person.
        for (var i = 0; i < mentions.Count; i++)
        {
            for (var j = i + 1; j < mentions.Count; j++)
            {
                if (mentions[i].Entity.Type == EntityType.Person && mentions[j].Entity.Type == EntityType.Person && SamePerson(mentions[i], mentions[j]))
                {
                    Union(i, j);
                }
            }
        }

        // Rule: a partial name that fits exactly one longer name of its type, unless it names one of that name's
        // fathers (نايف بن عبدالعزيز in سعود بن نايف بن عبدالعزيز is the father, not the son). Two people the tagger
        // ran into one span (المالكي وعلاوي) are no longer name of either, so that المالكي still joins نوري المالكي.
        var lastWords = mentions.Where(m => m.Entity.Type == EntityType.Person).Select(m => m.Names[^1]).ToHashSet(StringComparer.Ordinal);
        var full = Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Words.Length > 1 && !TwoPeople(mentions[i].Names, lastWords)).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            var containing = full.Where(j => j != i && mentions[j].Entity.Type == mentions[i].Entity.Type
                    && mentions[j].Words.Length > mentions[i].Words.Length && Contains(mentions[j].Words, mentions[i].Words)
                    && !(mentions[i].Entity.Type == EntityType.Person && NamesAFather(mentions[j].Names, mentions[i].Names)))
                .Select(Find)
                .Distinct()
                .ToList();
            if (containing.Count == 1)
            {
                Union(i, containing[0]);
            }
        }

        return Enumerable.Range(0, mentions.Count).GroupBy(Find)
            .Select(g => g.Select(i => mentions[i]).ToList())
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g[0].Entity.Text, StringComparer.Ordinal)
            .Select((g, n) => new BriefEntity(
                $"{idPrefix}e{n + 1}",
                g.GroupBy(m => m.Entity.Text).OrderByDescending(x => x.Key.Split(' ').Length).ThenByDescending(x => x.Count()).First().Key,
                TypeOf(g).ToString().ToLowerInvariant(),
                g.Select(m => m.Entity.Text).Distinct(StringComparer.Ordinal).ToList(),
                g.Where(m => m.Entity.Role is not null).Select(m => RoleAsTitle(m.Entity.Role!)).Distinct(StringComparer.Ordinal).ToList(),
                g.Select(m => new Evidence(m.ArticleId, m.Entity.Start, m.Entity.End, m.Entity.Text)).ToList()))
            .ToList();
    }

    /// <summary>
    /// A role as the panel lists it: a preposition fused with the article before a title (للرئيس عبد ربه منصور هادي,
    /// بالأمير; 64 roles of 2015-08-03/04) is left out and the article's alef written again (الرئيس), as the text
    /// span of the mention cannot hold the title alone.
    /// </summary>
    internal static string RoleAsTitle(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return role.Length > 4 && GluedPreposition.BeforeTheArticle(role) is { } title ? title : role;
    }

    /// <summary>The kind under which two mentions of one name are one entity: a place and an organization are one kind.</summary>
    private static EntityType SameNameKind(EntityType type) => type == EntityType.Location ? EntityType.Organization : type;

    /// <summary>
    /// An entity's type: the one most of its mentions have; between a place and an organization as many times each,
    /// the organization (the tagger's confusion runs that way: a group, a company or a body read as a place).
    /// </summary>
    private static EntityType TypeOf(IReadOnlyList<Mention> mentions) =>
        mentions.GroupBy(m => m.Entity.Type)
            .OrderByDescending(t => t.Count())
            .ThenByDescending(t => t.Key == EntityType.Organization)
            .First().Key;

    /// <summary>The entity a speaker (as the quote names them) is, by its aliases, or null.</summary>
    public static string? EntityOf(string? speaker, IReadOnlyList<BriefEntity> entities)
    {
        if (speaker is null)
        {
            return null;
        }

        var words = Words(speaker);
        var key = string.Join(' ', words);
        return entities.FirstOrDefault(e => e.Aliases.Any(a => string.Join(' ', Words(a)) == key))?.Id
            ?? entities.Where(e => e.Type != "location" && e.Aliases.Any(a => Contains(Words(a), words))).Select(e => e.Id).FirstOrDefault()
            ?? RoleHolder(key, entities);
    }

    /// <summary>
    /// A speaker named by role alone (مستشار الأمن القومي العراقي) is the person the story gives that role, when
    /// exactly one person has it: two people with one role (two spokesmen) leave the reference unresolved.
    /// </summary>
    private static string? RoleHolder(string role, IReadOnlyList<BriefEntity> entities)
    {
        var holders = entities.Where(e => e.Type == "person" && e.Roles.Any(r => string.Join(' ', Words(r)) == role)).Take(2).ToList();
        return holders.Count == 1 ? holders[0].Id : null;
    }

    private static bool SamePerson(Mention a, Mention b)
    {
        var (sa, sb) = (Bare(a.Words[^1]), Bare(b.Words[^1]));
        if (sa.Length < MinFuzzyLength || sb.Length < MinFuzzyLength || (sa == sb && a.Words.Length == 1) || Distance(sa, sb) is var distance && distance > SurnameDistance)
        {
            return false;
        }

        // A surname that carries the article is an Arabic name, written one way up to the matching normalization (which
        // reads a final ى as ي and ة as ه): the two letters allowed between transliterations (برنين, برينان) make another
        // family there (القرني, الثاني; صالح, الصبيحي).
        if (distance > 0 && a.Names[^1] != b.Names[^1] && (HasArticle(a.Names) || HasArticle(b.Names)))
        {
            return false;
        }

        var chained = IsChain(a.Names) || IsChain(b.Names);
        if (a.Words.Length == 1 || b.Words.Length == 1 || a.Words[0] == b.Words[0] || GivenName(a.Names) == GivenName(b.Names))
        {
            // A chain of fathers (X بن Y ...): one given name, but two fathers named, are two people (سعد بن عبدالله
            // المليص, سعد بن محمد المليص).
            return a.Words.Length > 1 && b.Words.Length > 1 && !(chained && Father(a.Names) is { } fa && Father(b.Names) is { } fb && fa != fb);
        }

        // Given names that differ: in a chain the last word is a grandfather or a house (بن عبدالعزيز), shared by
        // brothers and cousins, so their roles cannot make them one; otherwise roles that share two words of office
        // (titles and forms of address such as الأمير, صاحب السمو الملكي set aside) can.
        return !chained && (distance <= 1 || Math.Max(sa.Length, sb.Length) > ShortSurname) && a.Roles.Intersect(b.Roles).Count() >= SharedRoleWords;
    }

    /// <summary>The words that join a name to its father's, in the matching normalization.</summary>
    private static readonly HashSet<string> SonOf = new(["بن", "ابن", "بنت"], StringComparer.Ordinal);

    /// <summary>
    /// Forms of address that are no office (صاحب السمو الملكي, معالي, سعادة, فخامة, سماحة, حفظه الله), beside the titles
    /// before a name (الأمير, الدكتور): two princes or two ministers share them whatever their offices. As light stems.
    /// </summary>
    private static readonly HashSet<string> FormsOfAddress = new[] { "صاحب", "السمو", "سمو", "الملكي", "معالي", "سعادة", "فخامة", "سماحة", "حفظه", "الله" }
        .Select(w => LightStemmer.Default.Stem(w).Stem).ToHashSet(StringComparer.Ordinal);

    private static string[] Names(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Lexicon.Key(w)).Where(w => w.Length > 0).ToArray();

    /// <summary>Whether a name is a chain of fathers (X بن Y ...).</summary>
    private static bool IsChain(string[] names) => names.Skip(1).Any(SonOf.Contains);

    /// <summary>The given name, a compound written apart joined (عبد الرحمن is عبدالرحمن, عبد ربه is عبدربه); a name of
    /// two words is a given name and a family (عبد الغني alone is a family).</summary>
    private static string GivenName(string[] names) => names.Length > 2 ? NameAt(names, 0) : names[0];

    /// <summary>The name that begins at <paramref name="at"/>, a compound of عبد or أبو and the next word joined.</summary>
    private static string NameAt(string[] names, int at) =>
        at + 1 < names.Length && names[at] is "عبد" or "ابو" ? names[at] + names[at + 1] : names[at];

    /// <summary>
    /// The father a chain names: the name after its first بن when more follows it (محمد بن حمد المزيد: حمد); in
    /// أيوب بن نحيت the word after بن is the family, and no father is named.
    /// </summary>
    private static string? Father(string[] names)
    {
        var at = Array.FindIndex(names, 1, SonOf.Contains);
        return at < 0 || at + 2 >= names.Length ? null : NameAt(names, at + 1);
    }

    /// <summary>
    /// Whether <paramref name="shorter"/> names a father in <paramref name="longer"/>'s chain: its first word comes in
    /// the longer name only right after بن (نايف in سعود بن نايف بن عبدالعزيز).
    /// </summary>
    private static bool NamesAFather(string[] longer, string[] shorter)
    {
        var places = Enumerable.Range(0, longer.Length).Where(k => longer[k] == shorter[0]).ToList();
        return places.Count > 0 && places.All(k => k > 0 && SonOf.Contains(longer[k - 1]));
    }

    /// <summary>
    /// Whether a span joins two people with و: a later word that is و glued to the last word of a person the story
    /// names (المالكي وعلاوي, where علاوي is named). A given name that begins with و (وليد, وائل) is no such word.
    /// </summary>
    private static bool TwoPeople(string[] names, HashSet<string> lastWords) =>
        names.Skip(1).Any(w => w.Length > 3 && w[0] == 'و' && lastWords.Contains(w[1..]));

    /// <summary>Whether the last word of a name carries the article (القرني), a glued conjunction or preposition set aside
    /// as the recognizer's lists read names (<see cref="Lexicon.Variants"/>: والقرني, للقرني).</summary>
    private static bool HasArticle(string[] names) =>
        Lexicon.Variants(names[^1], article: false).Any(v => v.Length > 3 && v.StartsWith("ال", StringComparison.Ordinal));

    private static string[] Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => LightStemmer.Default.Stem(w).Stem)
            .Where(w => w.Length > 0)
            .ToArray();

    private static HashSet<string> RoleWords(string? role) =>
        role is null
            ? []
            : role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !LightStemmer.Default.IsFunctionWord(w) && !Lexicon.Default.PersonTitles.ContainsWord(Lexicon.Key(w)))
                .Select(w => LightStemmer.Default.Stem(w).Stem)
                .Where(w => !FormsOfAddress.Contains(w))
                .ToHashSet(StringComparer.Ordinal);

    private static string Bare(string stem) => ArabicNormalizer.Matching.NormalizeToString(stem);

    private static bool Contains(string[] longer, string[] shorter) => shorter.All(longer.Contains);

    /// <summary>Levenshtein distance of two short strings.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <param name="Names">The name's words as written, in the matching normalization (the chain's بن and a compound's عبد
    /// kept as words, which the light stems may not keep).</param>
    private sealed record Mention(string ArticleId, EntityMention Entity, string[] Words, HashSet<string> Roles, string[] Names);
}
