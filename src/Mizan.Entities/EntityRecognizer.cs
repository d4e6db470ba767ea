using Mizan.Entities.Data;
using Mizan.Entities.Tagging;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Entities;

/// <summary>
/// Finds person, organisation, location and other (MISC) mentions in a text with the shipped tagger
/// (Mizan.Entities.Data's Models/ner-anercorp.bin, loaded once), and the role that introduces each person (<see cref="RoleFinder"/>).
/// The text's sentences are tagged together so a name found once helps find it again. A person's role is searched
/// back to the sentence start or the previous person's name, and a role phrase that starts right after another
/// person's name is left to that name (apposition). Thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>The shipped model's resource name, in the data assembly (<see cref="EntityData"/>).</summary>
    public const string ModelResource = EntityData.ModelResource;

    private static readonly Lazy<EntityRecognizer> DefaultInstance = new(() => new EntityRecognizer(LoadEmbeddedModel(), RoleFinder.Default));

    private readonly RoleFinder roles;

    public EntityRecognizer(NerModel model, RoleFinder roles)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        this.roles = roles ?? throw new ArgumentNullException(nameof(roles));
    }

    /// <summary>The recognizer with the shipped model, loaded on first use.</summary>
    public static EntityRecognizer Default => DefaultInstance.Value;

    public NerModel Model { get; }

    /// <summary>The shipped model, read from the assembly's resources.</summary>
    public static NerModel LoadEmbeddedModel()
    {
        using var stream = EntityData.OpenModel()
            ?? throw new InvalidOperationException($"the entity model {ModelResource} is not embedded in Mizan.Entities.Data; rebuild it with 'mizan ner train' (see src/Mizan.Entities.Data/Models/README.md)");
        return NerModel.Load(stream, ModelResource);
    }

    /// <summary>The entity mentions of <paramref name="text"/>, given its tokens (from <see cref="Tokenizer"/>), in text order.</summary>
    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        foreach (var token in tokens)
        {
            if (token.Start < 0 || token.End > text.Length || token.Start >= token.End)
            {
                throw new ArgumentException($"token [{token.Start}, {token.End}) lies outside the text of length {text.Length}", nameof(tokens));
            }
        }

        // Token index ranges of the sentences.
        var ranges = new List<(int From, int To)>();
        var next = 0;
        foreach (var sentence in SentenceSplitter.Split(text, tokens))
        {
            var from = next;
            while (next < tokens.Count && tokens[next].Start < sentence.End)
            {
                next++;
            }

            if (next > from)
            {
                ranges.Add((from, next));
            }
        }

        if (next < tokens.Count)
        {
            ranges.Add((next, tokens.Count));
        }

        var words = ranges.Select(r => (IReadOnlyList<string>)Enumerable.Range(r.From, r.To - r.From).Select(i => text.Substring(tokens[i].Start, tokens[i].Length)).ToList()).ToList();
        var tags = Model.TagDocument(words);
        var mentions = new List<EntityMention>();

        // The words of every name the tagger found, with the name's type, for GluedClitics.
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < ranges.Count; s++)
        {
            foreach (var chunk in Iob.Chunks(tags[s]))
            {
                for (var k = chunk.Start; k < chunk.End; k++)
                {
                    named.Add(NamedWord(chunk.Type, ArabicNormalizer.Matching.NormalizeToString(words[s][k])));
                }
            }
        }

        for (var s = 0; s < ranges.Count; s++)
        {
            var (from, to) = ranges[s];
            var searchStart = from;
            var sentenceTags = tags[s];
            foreach (var chunk in Iob.Chunks(sentenceTags))
            {
                var first = tokens[from + chunk.Start];
                var type = TypeOf(chunk.Type);
                var end = (type == EntityType.Person
                    ? CompletedNameEnd(text, tokens, from + chunk.Start, from + chunk.End - 1, to, i => sentenceTags[i - from] == "O")
                    : from + chunk.End - 1) + 1;
                var last = tokens[end - 1];
                string? role = null;
                int? roleStart = null;
                int? roleEnd = null;
                if (type == EntityType.Person)
                {
                    // A role phrase right after another person's name is that name's apposition
                    // (الحاج قاسم سليماني قائد فيلق القدس ... وأبو مهدي المهندس), not the next name's role, unless a
                    // conjunction opens it (خالد الفيصل والأمير محمد بن سلمان: the next man's title).
                    RoleSpan? found = roles.Find(text, tokens, from + chunk.Start, searchStart) is { } span && span.End > span.Start
                        && !(searchStart > from && span.Start == searchStart && GluedConjunction(text.AsSpan(tokens[span.Start].Start, tokens[span.Start].Length)) == 0) ? span : null;

                    // A title alone before the name gives way to a role phrase set after it between commas
                    // (الجنرال كينيث ماكنزي، قائد القيادة المركزية الأمريكية): the phrase says what the person does.
                    if ((found is null || found.Value.TitleOnly) && roles.FindAfter(text, tokens, end) is { } after)
                    {
                        found = after;
                    }

                    if (found is { } chosen)
                    {
                        roleStart = tokens[chosen.Start].Start + GluedConjunction(text.AsSpan(tokens[chosen.Start].Start, tokens[chosen.Start].Length));
                        roleEnd = tokens[chosen.End - 1].End;
                        role = text[roleStart.Value..roleEnd.Value];
                    }

                    searchStart = end;
                }

                var start = first.Start + GluedClitics(text[first.Start..first.End], chunk.Type, named, Lexicon.Default);
                mentions.Add(new EntityMention(type, start, last.End, text[start..last.End], role, roleStart, roleEnd));
            }
        }

        return mentions;
    }

    /// <summary>
    /// One letter when a role's first word is the conjunction و or ف glued to a word with the article (والأمير,
    /// والقائد, والدكتور: 182 of the 4,048 roles of 2015-08-03/04 changed): the role begins at the word. Words of their own that
    /// begin so (والي, والد, والدة) leave fewer than three letters after the article, and keep their first letter.
    /// </summary>
    internal static int GluedConjunction(ReadOnlySpan<char> word) =>
        word.Length >= 6 && word[0] is '\u0648' or '\u0641' && word[1..].StartsWith("\u0627\u0644", StringComparison.Ordinal) ? 1 : 0;

    /// <summary>
    /// Where a person's name ends, given the last token the tagger gave it: a name does not end on آل, بن or أبو, which
    /// join the family or father's name after them, so the next word joins the name when it is an Arabic word the tagger
    /// left outside every name and no function word (سلطان بن سلمان بن عبدالعزيز آل | سعود, عبداللطيف آل | الشيخ,
    /// إحسان أبو | حليقة: 58 names of 2015-08-03/04 ended so); and ابن at the end is "aged" or "son of" something else
    /// (أحمد ابن الأربع سنوات, إبراهيم ابن هذه العائلة), so the name ends before it.
    /// </summary>
    internal static int CompletedNameEnd(string text, IReadOnlyList<Token> tokens, int firstIndex, int lastIndex, int sentenceEnd, Func<int, bool> outside)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(outside);
        var word = ArabicNormalizer.Matching.NormalizeToString(text.AsSpan(tokens[lastIndex].Start, tokens[lastIndex].Length));
        if (word is "\u0627\u0644" or "\u0628\u0646" or "\u0627\u0628\u0648") // آل, بن, أبو
        {
            var next = lastIndex + 1;
            return next < sentenceEnd && tokens[next].Kind == TokenKind.ArabicWord && outside(next)
                && !LightStemmer.Default.IsFunctionWord(text.AsSpan(tokens[next].Start, tokens[next].Length)) ? next : lastIndex;
        }

        return word == "\u0627\u0628\u0646" && lastIndex > firstIndex ? lastIndex - 1 : lastIndex; // ابن
    }

    /// <summary>
    /// How many letters of glued clitics open a mention's first word: a preposition ب, ل or ك, a conjunction و or ف, or
    /// both (ولحماس), when the word without them is a word of a name of the same type the tagger found in the same text
    /// (لحماس in an article where حماس is tagged too, بالعراق beside العراق, لترامب beside دونالد ترامب; a person's لبنى
    /// keeps its ل beside the place بني وليد), or, given a <paramref name="lexicon"/>, the word that opens one of the
    /// lexicon's names of that type (<see cref="KnownAs"/>: وسوريا, بالرياض, وسلطان العتيبي, لوكالة الأنباء) while the word
    /// as written opens none (بسام, وسام and بغداد are names as they stand). The tagger was trained on
    /// words as written, clitics and all, so it tags the whole word; the mention, and a speaker or entity read from it,
    /// begins at the name. A name that begins with those letters keeps them (لبنان, بغداد: بنان and غداد name nothing),
    /// and a common word left by taking them off does not count (كمال is no ك + مال, فيصل no ف + يصل): the rest must be
    /// a name's word, not merely a word of the text. The longest such rest is taken (ولبنان is و + لبنان); ل before the
    /// article (للجيش) is left, as the article's alef is not written there.
    /// </summary>
    internal static int GluedClitics(string word, string type, HashSet<string> named, Lexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(named);
        // The lexicon is asked only of a word that opens with a clitic's letter: most names do not.
        var listed = lexicon is not null && word.Length > 0 && IsClitics(word.AsSpan(0, 1))
            && !KnownAs(lexicon, type, ArabicNormalizer.Matching.NormalizeToString(word));
        for (var strip = 2; strip >= 1; strip--)
        {
            if (word.Length - strip < 3 || !IsClitics(word.AsSpan(0, strip)) || word.AsSpan(strip - 1).StartsWith("\u0644\u0644", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = ArabicNormalizer.Matching.NormalizeToString(word.AsSpan(strip));
            if (named.Contains(NamedWord(type, rest)) || (listed && !IsUnsureLonePreposition(word, strip, type) && KnownAs(lexicon!, type, rest)))
            {
                return strip;
            }
        }

        return 0;
    }

    /// <summary>
    /// A lone ك ("like") is taken off only before the article or a rest of five letters or more, and a lone ب never before
    /// a person's name, when only the lexicon speaks for it: short names open with those letters far more often than a
    /// name is written after them (كاسيا, كندي, كروجر, بايلي, برون against كالصين, كإسبانيا, كهارفارد, بزياد), and the
    /// tagger takes common words for names there (كريمة, كسول, كنيس). Read over the mentions of 2015-08-03/04, 2015-07-21
    /// and 2015-08-10 the rule changed; judged samples in docs/entities.md.
    /// </summary>
    private static bool IsUnsureLonePreposition(string word, int strip, string type) =>
        strip == 1 && word[0] switch
        {
            '\u0643' => !(word.AsSpan(1).StartsWith("\u0627\u0644", StringComparison.Ordinal) || word.Length - 1 >= MinRestAfterKaf),
            '\u0628' => type == "PERS",
            _ => false,
        };

    /// <summary>The letters a word must keep after a lone ك for <see cref="IsUnsureLonePreposition"/> to let it go: كروسيا
    /// (5) goes, كاسيا and كريمة (4) stay.</summary>
    private const int MinRestAfterKaf = 5;

    /// <summary>أبو as the matching normalization writes it: the kunya that opens so many names in the news (أبو مهدي
    /// المهندس, أبو بكر البغدادي) and is no given name of the list.</summary>
    private const string Kunya = "\u0627\u0628\u0648";

    /// <summary>
    /// Whether a normalized word, as it stands, opens a name of the lexicon's lists for a tag type: a country or a city
    /// for a place, a given name or the kunya أبو for a person, a listed organization or an organization's head (وزارة,
    /// وكالة) for an organization. None for MISC.
    /// </summary>
    private static bool KnownAs(Lexicon lexicon, string type, string key) => type switch
    {
        "LOC" => lexicon.Countries.StartsEntry(key) || lexicon.Cities.StartsEntry(key),
        "PERS" => lexicon.FirstNames.StartsEntry(key) || key == Kunya,
        "ORG" => lexicon.Organizations.StartsEntry(key) || lexicon.OrganizationHeads.StartsEntry(key),
        _ => false,
    };

    /// <summary>
    /// Where a mention's first word begins as written: before the glued clitics <see cref="GluedClitics"/> set aside
    /// (بالعراق for the mention العراق), else at the mention. For the rules that read whole words (quotes) and the keys
    /// fitted on words as written (the story grouping).
    /// </summary>
    public static int WordStart(string text, EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        for (var strip = 2; strip >= 1; strip--)
        {
            var start = mention.Start - strip;
            if (start >= 0 && IsClitics(text.AsSpan(start, strip)) && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return start;
            }
        }

        return mention.Start;
    }

    /// <summary>A word of a name, keyed with the name's type (PERS, ORG, LOC, MISC).</summary>
    internal static string NamedWord(string type, string word) => type + "\u0001" + word;

    /// <summary>One preposition, one conjunction, or a conjunction then a preposition.</summary>
    private static bool IsClitics(ReadOnlySpan<char> letters) => letters switch
    {
        [var p] => p is '\u0628' or '\u0644' or '\u0643' or '\u0648' or '\u0641', // ب beh, ل lam, ك kaf, و waw, ف feh
        [var c, var p] => c is '\u0648' or '\u0641' && p is '\u0628' or '\u0644' or '\u0643',
        _ => false,
    };

    /// <summary>Tokenizes <paramref name="text"/> and returns its entity mentions.</summary>
    public IReadOnlyList<EntityMention> Recognize(string text) => Recognize(text, Tokenizer.Tokenize(text));

    private static EntityType TypeOf(string type) => type switch
    {
        "PERS" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => EntityType.Misc,
    };
}
