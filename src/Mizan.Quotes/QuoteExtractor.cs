using Mizan.Text;
using Mizan.Text.Normalization;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Quotes;

/// <summary>
/// Finds direct and indirect speech and who said it. Rules, each tested by name in the golden spec:
/// <list type="bullet">
/// <item>A reporting verb (قال, أضاف, أكد, أوضح, أشار, تابع, أردف, حذر, ذكر, لفت, شدد, أعلن ...) takes the phrase after it as
/// its speaker, up to إن/أن, a colon, a quotation mark or a preposition (في, عبر, خلال ...).</item>
/// <item>What follows is the speech: the quotation right after it (direct), the quotations inside the clause after إن/أن
/// (direct), or else that clause to the end of the sentence (indirect).</item>
/// <item>A verb with no subject (وأضاف:, وتابع أن) and a participle (مضيفا أن) carry the previous speaker over.</item>
/// <item>كان + subject + verb puts the speaker before the verb (وكان الأعرجي أعلن ...).</item>
/// <item>A statement speaks for its issuer: بحسب بيان X, ذكر بيان لـ X, جاء في بيان X; البيان alone is the last issuer.</item>
/// <item>نقل/نقلت ... عن X قوله/القول relays X.</item>
/// <item>An unnamed source (مصدر, مصادر ...) is kept as such.</item>
/// <item>A role without a name (قال مستشار الأمن القومي) is resolved to the person the article names with that role.</item>
/// <item>An embedded tweet ("— Name (@handle) date" under its text) is a direct quote of Name.</item>
/// <item>A reporting verb glued to the previous word by a missing space (نیوزوقال) still counts.</item>
/// <item>Quoted fragments of fewer than three words are names or scare quotes, not speech.</item>
/// <item>A speaker never opens with a preposition or a pronoun; a role is an office, never the words before a named example.</item>
/// <item>An indirect clause ends on a complete word, not on a dangling و, الذي, preposition or a second clause cut short.</item>
/// </list>
/// </summary>
public sealed partial class QuoteExtractor
{
    /// <summary>Quoted fragments shorter than this are scare quotes or names (“داعش”, "المستقبل المنظور").</summary>
    private const int MinQuoteWords = 3;

    /// <summary>How far (in tokens) past the speaker the extractor looks for إن/أن, a colon or a quotation.</summary>
    private const int SpeechSearchWindow = 25;

    /// <summary>How many tokens of the clause after إن/أن may precede its quotation for the quote to count as direct.</summary>
    private const int LeadIn = 4;

    /// <summary>
    /// A clause that ends this many words or fewer after a conjoined أن (… ، وأن التنظيم) was cut short by the next cue;
    /// two words cover the subject of the cut clause in the dangling ends read on the bundled samples and 2015-08-01.
    /// </summary>
    private const int CutShortWords = 2;

    /// <summary>
    /// How far (in tokens) after a title an honorific's name, or after an office's preposition its holder's name, is
    /// looked for: the longest read on the tune days (معالي وزير الإسكان الأستاذ ماجد, في سلامة النقل الجوي كزافييه) needs 5.
    /// </summary>
    private const int HonorificReach = 8;

    /// <summary>A quoted name after a title holds at most this many words (four, as a name run: جيكسون إن جي).</summary>
    private const int MaxNameInQuotes = 4;

    /// <summary>
    /// A subject before its verb holds at most this many words (مصادر أردنية مقربة من دوائر صنع القرار: 7, on 2015-08-02 read
    /// for this rule).
    /// </summary>
    private const int MaxPreverbalWords = 8;

    /// <summary>
    /// An unrecognized name after an office's complement holds at least this many words: one word there was a place in the
    /// tune2 errors (مسؤول مكتب حركة «أحرار الشام» الإسلامية في درعا), and every such name of quotes.spec has two or more.
    /// </summary>
    private const int MinUnrecognizedName = 2;

    /// <summary>
    /// How far back from the verb كان may stand: a subject there may carry a long description (وكان هاشم حيدر رئيس الاتحاد
    /// اللبناني وعضو المكتب التنفيذي بالاتحاد الآسيوي وهو عضو التحالف الذي يقوده الفهد قد أكد: 19 words), and nothing but
    /// words without punctuation may stand between. 24 takes that example (2015-07-25 #138 of the held-out part, a tuning part
    /// by then); no count of any judged part fell with it (docs/quotes.md, fifth round).
    /// </summary>
    private const int KanaSubjectReach = 24;

    /// <summary>
    /// The longest bare role read as the current speaker's (ولفت المدير العام, وتطرق المتحدث الرسمي): a head and two words of
    /// its office, as the judged web pages write them (docs/quotes.md, fifth round).
    /// </summary>
    private const int MaxAnaphoricRoleWords = 3;

    /// <summary>A speaker phrase longer than this is not a subject.</summary>
    private const int MaxSubjectTokens = 16;

    /// <summary>
    /// How many words a relaying outlet's subject may leave before عن (its short name: وكالة الأنباء الفلسطينية وفا عن): one on
    /// web-aa; two allow an acronym of two words, while a longer run is another clause.
    /// </summary>
    private const int MaxWordsBeforeRelayedSource = 2;

    /// <summary>
    /// The most words of a subject before an adverb of time that ends it: on 2015-08-03/04 the subjects an adverb ended held
    /// one to three words (الوزراء مجددا, وزارة الدفاع الأميركية أخيرا); an adverb six words or more into the phrase came after
    /// the verb's object (وأكد مسؤول الاتصالات في الرئاسة ويلي نياميتوي مقتل الجنرال، ... سابقا), which no subject holds.
    /// </summary>
    private const int MaxWordsBeforeTimeAdverb = 5;

    /// <summary>
    /// How far after an adverb of time a person's recognized name keeps the subject open: an office of up to two words
    /// stands between them on 2015-08-03/04 (مؤخرا كاتب السيناريو محفوظ عبد الرحمن).
    /// </summary>
    private const int NameAfterTimeAdverb = 3;

    /// <summary>
    /// The most words of an office read before a title and its holder's name when the subject is longer than
    /// <see cref="MaxSubjectTokens"/>: web-y's longest such office (p2425) has 15 words before المهندس; 20 leaves room for
    /// a longer complement while a subject of more than 20 words without punctuation is not an office any more.
    /// </summary>
    private const int MaxOfficeBeforeTitledName = 20;

    private readonly QuoteLexicon lexicon;
    private readonly SpeakerParser parser;

    private QuoteExtractor(QuoteLexicon lexicon)
    {
        this.lexicon = lexicon;
        parser = new SpeakerParser(lexicon);
    }

    public static QuoteExtractor Default { get; } = new(QuoteLexicon.Default);

    /// <summary>The quotes of one article, in text order.</summary>
    /// <param name="names">Person and organization mentions from an entity recognizer, preferred as speaker names.</param>
    /// <param name="nameWordEvidence">
    /// What is known against a word (in the matching normalization) being a name's the recognizer missed. Null: no name
    /// is taken that the recognizer did not give (<see cref="Run.WithConfirmedPeople"/>).
    /// </param>
    public IReadOnlyList<Quote> Extract(string text, IReadOnlyList<Token> tokens, IReadOnlyList<NameSpan>? names = null, Func<string, NameWordEvidence>? nameWordEvidence = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var words = DottedAbbreviations.Joined(text, tokens);
        var run = new Run(this, text, words, names is null || ReferenceEquals(words, tokens) ? names : NamesOverWords(words, names), nameWordEvidence);
        return run.Extract();
    }

    /// <summary>
    /// The recognizer's names over tokens whose dotted abbreviations are joined (إتش.إس.بي.سي is one word): a name that begins
    /// or ends inside such a word is widened to the whole word (بنك إتش, بي: بنك إتش.إس.بي.سي), and a name that then overlaps
    /// the one before it is joined to it, as the recognizer tagged the abbreviation's letter groups one by one (بي and سي
    /// ماغازين: بي.سي ماغازين).
    /// </summary>
    private static List<NameSpan> NamesOverWords(IReadOnlyList<Token> words, IReadOnlyList<NameSpan> names)
    {
        var widened = new List<NameSpan>(names.Count);
        foreach (var name in names)
        {
            var start = name.Start;
            var end = name.End;
            var k = FirstEndingAfter(words, start);
            if (k < words.Count && words[k].Start < start)
            {
                start = words[k].Start;
            }

            k = FirstEndingAfter(words, end - 1);
            if (k < words.Count && words[k].Start < end && words[k].End > end)
            {
                end = words[k].End;
            }

            if (widened.Count > 0 && start < widened[^1].End)
            {
                widened[^1] = widened[^1] with { End = Math.Max(end, widened[^1].End) };
                continue;
            }

            widened.Add(name with { Start = start, End = end });
        }

        return widened;
    }

    /// <summary>The first token that ends after a character offset (tokens run in text order).</summary>
    private static int FirstEndingAfter(IReadOnlyList<Token> words, int offset) => FirstIndex(words.Count, k => words[k].End > offset);

    /// <summary>
    /// The first index below count for which <paramref name="from"/> holds, when it holds from some index to the last (count
    /// when it never does): a binary search.
    /// </summary>
    private static int FirstIndex(int count, Func<int, bool> from)
    {
        var (low, high) = (0, count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (from(middle))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>The state of one extraction over one article.</summary>
    private sealed partial class Run
    {
        private readonly QuoteExtractor owner;
        private readonly Func<string, NameWordEvidence>? nameWordEvidence;
        private readonly string text;
        private readonly IReadOnlyList<Token> tokens;
        private readonly IReadOnlyList<NameSpan>? names;
        private readonly string[] norms;
        private readonly int[] sentenceEnd;
        private readonly List<QuotedSpan> quoted;
        private readonly CueKind[] cueKinds;
        private readonly int[] cueStarts;
        private readonly HashSet<int> usedQuotes = [];
        private readonly Dictionary<string, (int Start, int End)> roleNames = new(StringComparer.Ordinal);
        private readonly List<Quote> quotes = [];
        private Speaker? last;

        /// <summary>Where the current speaker was last named or heard: the end of that sentence, as a character offset.</summary>
        private int lastAt;
        private Speaker? lastStatement;

        public Run(QuoteExtractor owner, string text, IReadOnlyList<Token> tokens, IReadOnlyList<NameSpan>? names, Func<string, NameWordEvidence>? nameWordEvidence)
        {
            this.owner = owner;
            this.nameWordEvidence = nameWordEvidence;
            this.text = text;
            this.tokens = tokens;
            var matching = ArabicNormalizer.Matching;
            norms = new string[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                norms[i] = matching.NormalizeToString(text.AsSpan(tokens[i].Start, tokens[i].Length));
            }

            this.names = names is null ? null : WithRepeatedPeople(WithConfirmedPeople(RepairedNames(text, CorrectedPeople(text, names), owner.lexicon)));

            sentenceEnd = SentenceEnds(text, tokens);
            quoted = QuotationMarks.Find(text, tokens);
            cueKinds = new CueKind[tokens.Count];
            cueStarts = new int[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                (cueKinds[i], cueStarts[i]) = ClassifyCue(i);
            }
        }

        private QuoteLexicon Lexicon => owner.lexicon;

        /// <summary>
        /// Rule: a name the recognizer gave as a person that opens with بني or بنو, "sons of", is a tribe (عشيرة بني سعيد, read
        /// on web-ad, where it stood beside the one person who spoke): a body, as an organization is. An award's namesake is
        /// set aside (<see cref="IsAwardsNamesake"/>).
        /// </summary>
        private static IReadOnlyList<NameSpan> CorrectedPeople(string text, IReadOnlyList<NameSpan> names)
        {
            List<NameSpan>? corrected = null;
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                var namesake = !name.Body && IsAwardsNamesake(text, name);
                var tribe = !name.Body && !namesake && IsTribe(name);
                if (namesake || tribe)
                {
                    corrected ??= [.. names.Take(i)];
                    if (tribe)
                    {
                        corrected.Add(name with { Body = true });
                    }

                    continue;
                }

                corrected?.Add(name);
            }

            return (IReadOnlyList<NameSpan>?)corrected ?? names;

            bool IsTribe(NameSpan n) => text.AsSpan(n.Start, n.End - n.Start) is var span && (span.StartsWith("بني ") || span.StartsWith("بنو "));
        }

        /// <summary>
        /// Rule: a person's name right after an award's noun (جائزة, وسام, كأس, with ب, ل, و or the article) names the award,
        /// not someone there (الكاتب عمرو حسين، الفائز بجائزة غسان كنفاني للرواية, read on web-aj: كنفاني had been the speaker
        /// of the writer's eight quotes): it is no name a speaker may have, and is set aside.
        /// </summary>
        private static bool IsAwardsNamesake(string text, NameSpan name)
        {
            var space = name.Start - 1;
            if (space < 1 || text[space] != ' ')
            {
                return false;
            }

            var start = text.LastIndexOf(' ', space - 1) + 1;
            var word = ArabicNormalizer.Matching.NormalizeToString(text.AsSpan(start, space - start));
            if (word.Length > 4 && word[0] is 'ب' or 'ل' or 'و')
            {
                word = word[1..];
            }

            return QuoteLexicon.WithoutArticle(word) is "جائزه" or "وسام" or "كاس";
        }

        /// <summary>
        /// Rule: a person the recognizer named is named wherever the article writes the name again where the recognizer gave
        /// nothing: the whole name anywhere, its last word alone right after a verb of speech or stance, where it is the
        /// subject (وسيم منصوري, then منصوري in four sentences, two of which it missed: عبّر منصوري عن ...، مؤكداً أنه went to no
        /// one; read on web-am). Not elsewhere: a last word may be a noun's too (جميل, of عبد اللطيف جميل, in مجتمع جميل, read on
        /// SaudiNewsNet's tuning part). A last word with the article (الجبير, a noun's shape) unless it is a nisba (النهدي of أبو عمر
        /// النهدي: واتهم النهدي رئيس لجنة ... العميد محمد سعيد الجريري had made the accused the speaker, read on held-out8; not an office, المحامي), a particle of names or one of
        /// fewer than <see cref="MinRepeatedSurname"/> letters is not taken alone; only the token as written counts (not ومنصوري).
        /// </summary>
        private IReadOnlyList<NameSpan> WithRepeatedPeople(IReadOnlyList<NameSpan> names)
        {
            // Whole names by their first word, so a token is matched against the names it can open only.
            var whole = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
            var surnames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var words = name.Body ? [] : text[name.Start..name.End].Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 1 && !name.Glued)
                {
                    (whole.TryGetValue(words[0], out var opened) ? opened : whole[words[0]] = []).Add(words);
                }

                if (words.Length > 0 && words[^1] is var last && last.Length >= MinRepeatedSurname && (!last.StartsWith("ال", StringComparison.Ordinal) || IsNisbaSurname(ArabicNormalizer.Matching.NormalizeToString(last)))
                    && last.All(char.IsLetter) && !QuoteLexicon.IsNameParticle(ArabicNormalizer.Matching.NormalizeToString(last)) && (words.Length > 1 || !name.Glued))
                {
                    surnames.Add(last);
                }
            }

            if (surnames.Count == 0 && whole.Count == 0)
            {
                return names;
            }

            var covered = Covered(names);

            var firstWords = whole.GetAlternateLookup<ReadOnlySpan<char>>();
            var lastWords = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
            List<NameSpan>? added = null;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (covered[i] || !tokens[i].IsWord)
                {
                    continue;
                }

                var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
                var length = firstWords.TryGetValue(word, out var opened) ? opened.Where(w => Spells(covered, i, w)).Select(w => w.Length).DefaultIfEmpty(0).Max() : 0;
                if (length == 0 && i > 0 && IsSpeechVerbAt(i - 1) && lastWords.Contains(word))
                {
                    length = 1;
                }

                if (length > 0)
                {
                    (added ??= []).Add(new NameSpan(tokens[i].Start, tokens[i + length - 1].End));
                    i += length - 1;
                }
            }

            return added is null ? names : [.. names, .. added];
        }

        /// <summary>A nisba that is no office or title (النهدي, not المحامي, which a recognized name may end with).</summary>
        private bool IsNisbaSurname(string norm) => QuoteLexicon.IsNisba(norm) && !Lexicon.IsRoleHead(norm) && !Lexicon.IsTitle(norm);

        /// <summary>Whether the tokens from i on spell the words of a name, one token each, none of them in a name already.</summary>
        private bool Spells(bool[] covered, int i, string[] words)
        {
            if (i + words.Length > tokens.Count)
            {
                return false;
            }

            for (var w = 0; w < words.Length; w++)
            {
                var token = tokens[i + w];
                if (covered[i + w] || !text.AsSpan(token.Start, token.Length).SequenceEqual(words[w]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The tokens the names already hold, each name's first found by a binary search.</summary>
        private bool[] Covered(IReadOnlyList<NameSpan> names)
        {
            var covered = new bool[tokens.Count];
            foreach (var name in names)
            {
                for (var k = FirstEndingAfter(tokens, name.Start); k < tokens.Count && tokens[k].Start < name.End; k++)
                {
                    covered[k] = true;
                }
            }

            return covered;
        }

        /// <summary>Whether token k is a verb of speech or stance, after which a person's last word alone may be the subject.</summary>
        private bool IsSpeechVerbAt(int k) =>
            tokens[k].Kind == TokenKind.ArabicWord && (Lexicon.Cue(norms[k]) == CueKind.Verb || Lexicon.IsStanceVerb(norms[k]));

        /// <summary>The shortest last word of a person's name taken alone where the article writes it again: three letters (عطاف, حسن).</summary>
        private const int MinRepeatedSurname = 3;

        private static readonly char[] NameSeparators = [' ', '\t', '\n', CodePoints.NoBreakSpace];

        /// <summary>
        /// Whether the word before the space at <paramref name="space"/> is a name particle (بن, أبو): the word after it is the
        /// name's, a verb's form or not (عبدالعزيز بن عبدالله بن طالب, read on held-out7).
        /// </summary>
        private static bool AfterNameParticle(string text, int start, int space)
        {
            var before = text.LastIndexOf(' ', space - 1, space - start) + 1;
            var from = Math.Max(before, start);
            return from < space && QuoteLexicon.IsLineageParticle(ArabicNormalizer.Matching.NormalizeToString(text.AsSpan(from, space - from)));
        }

        /// <summary>
        /// Repairs of the recognizer's person names, the first two read on web-ac (عضو مجلس الشورى القطري عبد العزيز آل إسحاق أكد
        /// للجزيرة أن: it gave عبد العزيز آل and إسحاق أكد). Rule: a reporting verb is never a name's last word (إسحاق أكد is
        /// إسحاق, and أكد stays the cue). Rule: a name that ends on a particle of names (آل, بن, أبو, عبد, بنت) goes on into
        /// the person's name right after it (عبد العزيز آل إسحاق). Rule: nor is an adverb of time (وقال إبراهيم حينذاك إن, read on
        /// web-ai: the recognizer gave إبراهيم حينذاك), and a preposition of time ends a name (<see cref="SpaceBeforeTimePreposition"/>).
        /// A verb's form after a particle of lineage stays the name's (<see cref="AfterNameParticle"/>).
        /// </summary>
        private static IReadOnlyList<NameSpan> RepairedNames(string text, IReadOnlyList<NameSpan> names, QuoteLexicon lexicon)
        {
            List<NameSpan>? repaired = null;
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                if (!name.Body && LastWordOf(text, name) is var (lastSpace, lastWord) && (lexicon.Cue(lastWord) == CueKind.Verb || QuoteLexicon.IsTimeAdverb(lastWord))
                    && !AfterNameParticle(text, name.Start, lastSpace))
                {
                    repaired ??= [.. names.Take(i)];
                    repaired.Add(name with { End = lastSpace });
                    continue;
                }

                if (!name.Body && SpaceBeforeTimePreposition(text, name) is { } timeSpace)
                {
                    repaired ??= [.. names.Take(i)];
                    repaired.Add(name with { End = timeSpace });
                    continue;
                }

                repaired?.Add(name);
            }

            var cut = (IReadOnlyList<NameSpan>?)repaired ?? names;
            List<NameSpan>? merged = null;
            for (var i = 0; i < cut.Count; i++)
            {
                var name = cut[i];
                if (i + 1 < cut.Count && !name.Body && !cut[i + 1].Body && cut[i + 1].Start == name.End + 1 && text[name.End] == ' '
                    && LastWordOf(text, name) is var (_, lastWord) && (QuoteLexicon.IsNameParticle(lastWord) || lastWord == "بنت"))
                {
                    merged ??= [.. cut.Take(i)];
                    merged.Add(name with { End = cut[i + 1].End });
                    i++;
                    continue;
                }

                merged?.Add(name);
            }

            return (IReadOnlyList<NameSpan>?)merged ?? cut;
        }

        /// <summary>
        /// The space before the first word of a person's name, after its first, that is a preposition of time (قبيل, عقب, خلال,
        /// أثناء, منذ) and not after بن or another particle of names (سفر بن عقب): the recognizer ran the name on into when he
        /// spoke (رمزي جريج قبيل انعقاد الجلسة, read on web-ak); null when there is none.
        /// </summary>
        private static int? SpaceBeforeTimePreposition(string text, NameSpan name)
        {
            var space = text.IndexOf(' ', name.Start, name.End - name.Start);
            var previous = space > name.Start ? ArabicNormalizer.Matching.NormalizeToString(text.AsSpan(name.Start, space - name.Start)) : "";
            while (space > name.Start && space + 1 < name.End)
            {
                var next = text.IndexOf(' ', space + 1, name.End - space - 1);
                var word = ArabicNormalizer.Matching.NormalizeToString(text.AsSpan(space + 1, (next < 0 ? name.End : next) - space - 1));
                if (QuoteLexicon.IsTimePreposition(word) && !QuoteLexicon.IsNameParticle(previous))
                {
                    return space;
                }

                (space, previous) = (next, word);
            }

            return null;
        }

        /// <summary>The space before a name's last word and that word, matching-normalized; null for a name of one word.</summary>
        private static (int Space, string Word)? LastWordOf(string text, NameSpan name)
        {
            var space = text.LastIndexOf(' ', name.End - 1, name.End - name.Start);
            return space > name.Start ? (space, ArabicNormalizer.Matching.NormalizeToString(text.AsSpan(space + 1, name.End - space - 1))) : null;
        }

        public List<Quote> Extract()
        {
            LearnRoleNames();
            for (var i = 0; i < tokens.Count; i++)
            {
                var kind = cueKinds[i];
                var cueStart = cueStarts[i];
                if (kind != CueKind.None && InsideRecordedSpeech(i))
                {
                    // Rule: a cue inside speech already recorded is the speaker's own words (أكد كيري أن ..., لافتًا إلى أن
                    // الولايات المتحدة أكدت خطره ..., موضحًا أن): it starts no quote and leaves the current speaker as it is.
                    continue;
                }

                switch (kind)
                {
                    case CueKind.Verb:
                    case CueKind.Relay:
                        FromVerb(i, cueStart);
                        break;
                    case CueKind.Participle:
                        FromSpeech(i, i + 1, Corrected(i, i + 1, i + 1, last is null ? Speaker.Unknown : last with { Source = SpeakerSource.CarriedOver }), i, cueStart);
                        break;
                    case CueKind.According:
                        FromAccording(i, cueStart);
                        break;
                    default:
                        ReadTopic(i);
                        break;
                }
            }

            FromTweets();
            quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
            return quotes;
        }

        private void FromVerb(int cue, int cueStart)
        {
            if (QuoteLexicon.IsVerbOfARelativeClauseAboutAThing(norms, cue))
            {
                // Rule: a verb in a relative clause about a thing (بتشكيلته الجديدة التي أعلن عنها ... إلى أن) reports nothing:
                // the speech after it is the sentence's own speaker's.
                return;
            }

            var end = sentenceEnd[cue];
            var isRelay = false;
            // What may stand between the verb and its subject (وقال عنها الوزير, صرح بذلك المتحدث, وقالت لـ"الاقتصادية" مصادر, أوضح
            // ذلك اليوم مدير الفرع): the table of SubjectLeads.
            var subjectStart = SubjectStart(cue, end);

            var subjectEnd = SubjectEnd(subjectStart, end);
            Speaker speaker;
            var quotedSubjectClose = -1;
            if (subjectEnd == subjectStart && QuotedOutletAt(subjectStart) is { } nameClose && nameClose + 1 < end && SpeechGoesOnAfterQuotedName(nameClose + 1, end)
                && QuotedNameAt(subjectStart) is not null)
            {
                // Rule: a short quotation right after the verb and before إن/أن is the subject, a name in quotation marks
                // (وأكد "الأمير فيصل" أن ...), not speech; so before a colon and the speech (وأضافت "كريستي": "..."), the
                // preposition the verb takes (وشدد "مغربل" على أن, وأشار "البرقان" إلى أن) or the outlet told (وأكد «الحارثي»
                // لـ«عكاظ» أن): read on held-out10, SaudiNewsNet's papers quoting a surname so some 30 times a day.
                quotedSubjectClose = nameClose;
                subjectStart++;
                subjectEnd = nameClose;
            }

            // Rule: جاء في بيان X أن ... speaks for X; after another verb the words after في بيان/حوار are no issuer (وقال في
            // حوار صحفي: the subject is hidden).
            if (subjectEnd == subjectStart && subjectStart + 1 < end && norms[subjectStart] == "في" && Lexicon.IsStatementNoun(norms[subjectStart + 1])
                && QuoteLexicon.WithoutConjunction(norms[cue]) == "جاء")
            {
                subjectStart++;
                subjectEnd = SubjectEnd(subjectStart + 1, end);
            }

            if ((IsRelay(cue) ? RelayedFrom(subjectEnd, end) : RelayedAfterSubject(subjectEnd, end)) is { } from)
            {
                // Rule: نقل ... عن X قوله إن relays X, and so does any verb whose subject نقلا عن follows (وذكرت هيئة الإذاعة
                // اليابانية (NHK)، نقلا عن رئيس الوزراء قوله إن, read on web-ai).
                isRelay = true;
                subjectStart = from + 1;
                subjectEnd = SubjectEnd(subjectStart, end);
            }

            var speechFrom = Math.Max(subjectEnd, quotedSubjectClose + 1);
            if (subjectEnd > subjectStart && ((HidesSubject(norms[subjectStart]) && !IsRawAli(subjectStart) && !IsRecognizedPersonAt(subjectStart)) || IsObliquePlural(subjectStart) || (cue > 0 && QuoteLexicon.IsComplementizer(norms[cue - 1]) && norms[cue - 1] is not ("ان" or "ب"))
                || (cue > 0 && QuoteLexicon.IsParticleWithPronoun(norms[cue - 1])) || QuoteLexicon.OpensObjectOf(norms[cue], norms[subjectStart])
                || IsWrittenAccusative(subjectStart)))
            {
                // Rule: a phrase behind a preposition (بهذا الخصوص, لمزيد) or an object masdar (عدم رغبته) after the verb is
                // no subject, nor is the phrase after a verb whose subject is a complementizer's pronoun (بأنه دعا الحكومة) or
                // a contrast's or a cause's (لكنه اعتبر أسعار الفواكه مقبولة, لأنها رأت):
                // the verb's subject is hidden and the speaker carries over.
                subjectEnd = subjectStart;
            }

            if (subjectEnd > subjectStart && cue > 0 && norms[cue - 1] == "قد" && BeforeVerbAfterKana(cue) is { } kanaSubject)
            {
                // Rule: كان X قد VERB names its subject before the verb, so the words after the verb are its object (وكان بوريك
                // قد دعا المجتمع الدولي إلى, read on web-ae: the international community was called on, and did not speak).
                (subjectStart, subjectEnd) = kanaSubject;
            }
            else if (subjectEnd == subjectStart && (BeforeVerbAfterKana(cue) ?? TopicOfAmma(cue)) is { } before)
            {
                // Rule: وكان X أعلن and أما X فقال: the subject stands before the verb.
                (subjectStart, subjectEnd) = before;
            }

            speaker = subjectEnd > subjectStart && QuoteLexicon.HonorificTitles(norms[subjectStart]) is { } titles
                ? Honorific(cue, titles)
                : SpeakerOf(subjectStart, subjectEnd);
            if (subjectEnd == subjectStart && PreverbalSubject(cue) is { } preverbal && SpeakerOf(preverbal.Start, preverbal.End) is { Source: SpeakerSource.Subject or SpeakerSource.Anonymous } named
                && (named.Name is not null || named.Role is not null))
            {
                // Rule: the subject may stand before a bare verb, after أن or at the sentence's start (بأن المهندس إبراهيم
                // محلب أكد; مصادر أردنية مقربة قالت لـ«عكاظ» إن), when it opens with a title, an office, a source word or a
                // recognized name.
                speaker = named;
            }
            if (isRelay && speaker.Source == SpeakerSource.Subject)
            {
                speaker = speaker with { Source = SpeakerSource.Relayed };
            }

            if (speaker is { Name: null, Role: { } bareRole, Source: SpeakerSource.Subject } && QuoteLexicon.IsContinuationVerb(norms[cue]) && last?.Name is { } lastName
                && !IsIndefiniteOffice(bareRole))
            {
                // Rule: وأضاف رئيس الحكومة after وقال كاميرون: a bare role after a continuation verb describes the current speaker;
                // an indefinite one (وأضاف مسؤول عسكري كبير) brings in someone new.
                speaker = speaker with { Name = lastName };
            }

            speaker = Corrected(cue, subjectStart, subjectEnd, speaker);
            var reportsSpeak = subjectEnd == subjectStart && cue > 0 && Lexicon.GenderOf(norms[cue]) == CueGender.Feminine && (QuoteLexicon.IsReportsNoun(norms[cue - 1])
                || (cue > 1 && QuoteLexicon.IsRelativePronoun(norms[cue - 1]) && QuoteLexicon.IsReportsNoun(norms[cue - 2])));
            if (reportsSpeak)
            {
                // Rule: the reports that said (التقارير التي أشارت إلى أن, read on web-ai; هناك أخبارا أكدت أن, read over
                // 2015-08-03/04) are the verb's subject, which agrees with them in the feminine: no one named speaks, and the
                // current speaker neither speaks nor leaves the floor. A masculine verb has another subject (الشائعات التي
                // قال إنها, read on web-aj: the minister said it of the rumours).
                speaker = Speaker.Unknown;
            }

            if (speaker.Source is SpeakerSource.Subject or SpeakerSource.Anonymous && speaker.Gender == CueGender.Unknown)
            {
                speaker = speaker with { Gender = Lexicon.GenderOf(norms[cue]) };
            }

            var count = quotes.Count;
            var (current, currentAt) = (last, lastAt);
            FromSpeech(cue, Math.Max(speechFrom, cue + 1), speaker, cue, cueStart);
            if (reportsSpeak || (speaker.Source == SpeakerSource.Subject && subjectEnd == subjectStart && cue > 0 && QuoteLexicon.IsRelativePronoun(norms[cue - 1])))
            {
                // Rule: speech in a relative clause with a hidden subject (الأمير مشعل بن ماجد الذي شدد على أن) is its
                // antecedent's, told in passing: the current speaker stays who it was (وقال: after it is still the sentence's
                // subject's). With its own subject (في الوقت الذي أكد منصور البلوي) the verb names the speaker as any other.
                (last, lastAt) = (current, currentAt);
            }

            if (quotes.Count > count && speaker.Source == SpeakerSource.Subject && InStatement(subjectEnd, end))
            {
                // Rule: قال X في بيان إن ... makes X the issuer that a later البيان refers back to.
                lastStatement = last;
            }

            // Rule: a verb right after a relative (والتي كشفت تراجعا) has the antecedent for its subject, and نقل without عن
            // is "moved" (نقل الطفلة): what follows either is no new speaker.
            var inRelative = (cue > 0 && QuoteLexicon.IsRelative(norms[cue - 1]) && !IsWhatSomeoneSaid(cue)) || (IsRelay(cue) && !isRelay);
            if (quotes.Count == count && !inRelative && (speaker.Name is not null || speaker.Role is not null) && speaker.Source is SpeakerSource.Subject or SpeakerSource.Statement or SpeakerSource.Anonymous or SpeakerSource.Relayed
                && !IsCitedVoice(speaker.Name is { } n ? text[n.Start..n.End] : speaker.Role is { } r ? text[r.Start..r.End] : null))
            {
                // Rule: a cited voice with no speech found after it (ويقول الشاعر : and the verse lost) does not take the floor.
                // The subject of a reporting verb is the current speaker even when no quote follows (وكانت القيادة
                // قد أعلنت ..., فيما أشارت إلى أن ...), an unnamed source too (وكشف مصدر مطلع عن ... وقال إن), and the one a
                // relay names (ونقلت الصحيفة عن الرائد خالد الظاهري دعوته ... وذكّر بأن).
                last = speaker;
                lastAt = SentenceEndOffset(cue);
            }
        }

        /// <summary>
        /// Rule: a reporting verb after حسب/وفق ما (حسب ما قال الوزير) is "as X said": the subject after it is a speaker, not
        /// the antecedent of a relative (ما يؤكد إمكانية). Read on web-l.
        /// </summary>
        private bool IsWhatSomeoneSaid(int cue) =>
            norms[cue - 1] == "ما" && cue > 1 && QuoteLexicon.IsAccordingTo(norms[cue - 2]);


        /// <summary>A speaker that is a cited voice (الشاعر, المثل, God, the Prophet) rather than a party to the news.</summary>
        private static bool IsCitedVoice(string? speaker)
        {
            if (speaker is null)
            {
                return false;
            }

            var words = ArabicNormalizer.Matching.NormalizeToString(speaker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length is > 0 and <= 3 && QuoteLexicon.WithoutArticle(QuoteLexicon.WithoutConjunction(words[0])) is "شاعر" or "مثل" or "تعالي" or "الله" or "ربنا" or "سبحانه" or "رسول" or "نبي";
        }

        /// <summary>True when token i lies inside the span of a quote already recorded (the last few; they are recorded in cue order).</summary>
        private bool InsideRecordedSpeech(int i)
        {
            var at = tokens[i].Start;
            for (var k = quotes.Count - 1; k >= 0 && k >= quotes.Count - 3; k--)
            {
                if (quotes[k].Start <= at && tokens[i].End <= quotes[k].End)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The longest statement phrase an attribution may name its issuer in (بيان صادر عن الحكومة الليبية: five words; بيان
        /// وزارة الداخلية السعودية: four); a longer one runs on into the sentence (للبيان الصادر عن الاجتماع الذي عقد بمكتب
        /// ..., read over SaudiNewsNet's 2015-08-03/04).
        /// </summary>
        private const int MaxAttributedStatementWords = 8;

        private void FromAccording(int cue, int cueStart)
        {
            var end = sentenceEnd[cue];
            var start = cue + 1;
            while (start < end && norms[start] is "ل" or "لما")
            {
                start++;
            }

            var phraseEnd = start;
            while (phraseEnd < end && tokens[phraseEnd].Kind != TokenKind.Punctuation && !QuoteLexicon.IsComplementizer(norms[phraseEnd])
                && CueAt(phraseEnd) == CueKind.None)
            {
                phraseEnd++;
            }

            // A reporting verb inside the phrase takes over (بحسب الموقع ... وقال المتحدث: ...).
            if (phraseEnd < end && CueAt(phraseEnd) != CueKind.None)
            {
                return;
            }

            // Only "بحسب X:" introduces speech; "بحسب البيان" inside a sentence is an attribution of that sentence.
            var colon = phraseEnd;
            while (colon < end && colon < phraseEnd + 6 && text[tokens[colon].Start] != ':')
            {
                colon++;
            }

            if (colon >= end || text[tokens[colon].Start] != ':')
            {
                if (start < phraseEnd && phraseEnd - start <= MaxAttributedStatementWords && Lexicon.IsStatementNoun(norms[start])
                    && SpeakerOf(start, phraseEnd) is { Source: SpeakerSource.Statement, Name: not null } issuer)
                {
                    // Rule: a statement the sentence is attributed to (وبحسب بيان صادر عن الحكومة الليبية، فإن) is the one a later
                    // البيان refers back to (ولفت البيان إلى أن: the government's). Read on web-j.
                    lastStatement = issuer;
                }

                return;
            }

            FromSpeech(cue, colon, SpeakerOf(start, phraseEnd), cue, cueStart);
        }

        /// <summary>Finds the speech after the speaker and records the quotes it holds.</summary>
        private void FromSpeech(int cue, int from, Speaker speaker, int cueToken, int cueStart)
        {
            var end = sentenceEnd[cue];
            for (var k = from; k < end && k < from + SpeechSearchWindow; k++)
            {
                // Rule: the name of the outlet told, in quotation marks after لـ or an outlet's noun behind it (لموقع "تي ام زد",
                // read on held-out13), is no speech.
                if (QuotedAt(k) is { } quotedIndex && !(k > 0 && (QuoteLexicon.IsLoneLam(norms[k - 1]) || QuoteLexicon.IsMediaNounBehindLam(norms[k - 1]))))
                {
                    Record(Direct(quotedIndex, speaker, cueToken, cueStart), speaker);
                    return;
                }

                if (text[tokens[k].Start] == ':' && tokens[k].Kind == TokenKind.Punctuation)
                {
                    for (var j = k + 1; j < end && j <= k + 2; j++)
                    {
                        if (QuotedAt(j) is { } afterColon)
                        {
                            Record(Direct(afterColon, speaker, cueToken, cueStart), speaker);
                            return;
                        }
                    }

                    continue;
                }

                if (OpensClauseOfSpeech(k))
                {
                    var clause = k + 1;
                    while (clause < end && (QuoteLexicon.IsComplementizer(norms[clause]) || Lexicon.Cue(norms[clause]) == CueKind.SpeechNoun))
                    {
                        clause++;
                    }

                    FromClause(clause, end, speaker, cueToken, cueStart);
                    return;
                }

                if (k > from && CueAt(k) is CueKind.Verb or CueKind.Participle)
                {
                    return;
                }
            }
        }

        /// <summary>
        /// The clause after إن/أن: a quotation near its start makes the speech direct; otherwise the clause is indirect
        /// speech up to the first quotation in it, and each later quotation is a direct quote of the same speaker.
        /// </summary>
        private void FromClause(int start, int end, Speaker speaker, int cueToken, int cueStart)
        {
            var indirectEnd = end;
            var cutByCue = false;
            var direct = new List<int>();
            for (var k = start; k < end; k++)
            {
                // Rule: a reporting verb inside the clause cuts it only when speech of its own follows it (بأن المهندس
                // إبراهيم محلب أكد أن ...); one with a mere object (أن الولايات المتحدة أكدت خطره من قبل) is part of the clause.
                if (k > start && CueAt(k) is CueKind.Verb or CueKind.Participle && SpeechFollows(k, end))
                {
                    cutByCue = k < indirectEnd;
                    indirectEnd = Math.Min(indirectEnd, k);
                    break;
                }

                if (QuotedAt(k) is { } quotedIndex)
                {
                    indirectEnd = Math.Min(indirectEnd, k);
                    direct.Add(quotedIndex);
                    k = quoted[quotedIndex].CloseToken;
                }
            }

            var (s, e) = TrimClause(start, indirectEnd, cutByCue);

            // A clause that is only the subject of the verb that cuts it (بأن المهندس إبراهيم محلب أكد) is no speech.
            var subjectOnly = cutByCue && e == indirectEnd && PreverbalSubject(indirectEnd) is { } preverbal && preverbal.Start == s;
            if (!subjectOnly && (e - s > LeadIn || (direct.Count == 0 && e - s >= MinQuoteWords)))
            {
                Record(Make(tokens[s].Start, tokens[e - 1].End, direct: false, speaker, cueToken, cueStart), speaker);
            }

            foreach (var quotedIndex in direct)
            {
                Record(Direct(quotedIndex, speaker, cueToken, cueStart), speaker);
            }
        }

        /// <summary>True when token k opens a clause of reported speech: إن/أن (not إن شاء الله) or a speech noun (قوله).</summary>
        private bool OpensClauseOfSpeech(int k) => (QuoteLexicon.IsComplementizer(norms[k]) && !IsInShaAllah(k)) || Lexicon.Cue(norms[k]) == CueKind.SpeechNoun;

        /// <summary>
        /// True when the cue at token k has speech of its own: a complementizer, a speech noun, a colon or a quotation before
        /// the next cue or the sentence's end, within <see cref="SpeechSearchWindow"/> words.
        /// </summary>
        private bool SpeechFollows(int k, int end)
        {
            for (var j = k + 1; j < end && j < k + 1 + SpeechSearchWindow; j++)
            {
                if (QuotedAt(j) is not null || (tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Start] == ':') || OpensClauseOfSpeech(j))
                {
                    return true;
                }

                if (CueAt(j) is CueKind.Verb or CueKind.Participle)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Trims punctuation around a clause, but keeps quotation marks and a closing parenthesis that belong to it.</summary>
        /// <param name="cutByCue">True when the next cue cut the clause: only then may a conjoined أن near its end open a clause cut short.</param>
        private (int Start, int End) TrimClause(int start, int end, bool cutByCue)
        {
            while (start < end && tokens[start].Kind == TokenKind.Punctuation && !QuotationMarks.IsQuoteMark(text[tokens[start].Start]))
            {
                start++;
            }

            // Rule: the reported clause ends on a complete word, not on a dangling conjunction, relative, preposition or
            // complementizer (… بأمر بغداد ، و / … الذي), nor on a second clause cut short (… ، وأن التنظيم).
            while (end > start)
            {
                var last = end - 1;
                if (tokens[last].Kind == TokenKind.Punctuation && !QuotationMarks.IsQuoteMark(text[tokens[last].Start]) && text[tokens[last].Start] != ')')
                {
                    end--;
                }
                else if (tokens[last].IsWord && QuoteLexicon.IsDanglingEnd(norms[last]))
                {
                    end--;
                }
                else if (cutByCue && CutShortClause(start, end) is { } cut)
                {
                    end = cut;
                }
                else
                {
                    break;
                }
            }

            return (start, end);
        }

        /// <summary>
        /// Where a clause ends that closes on a conjoined complementizer and at most <see cref="CutShortWords"/> words
        /// after it (… ، وأن التنظيم): the position of that complementizer, or null.
        /// </summary>
        private int? CutShortClause(int start, int end)
        {
            for (var k = end - 1; k > start && end - k <= CutShortWords + 1; k--)
            {
                if (QuoteLexicon.IsConjoinedComplementizer(norms[k]))
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>The index of an unused outer quotation that opens at token k and holds enough words, or null.</summary>
        private int? QuotedAt(int k)
        {
            for (var q = 0; q < quoted.Count; q++)
            {
                if (quoted[q].OpenToken == k)
                {
                    return !usedQuotes.Contains(q) && WordsInside(quoted[q]) >= MinQuoteWords ? q : null;
                }
            }

            return null;
        }

        private int WordsInside(QuotedSpan span)
        {
            var words = 0;
            for (var k = span.OpenToken + 1; k < span.CloseToken; k++)
            {
                words += tokens[k].IsWord || tokens[k].Kind == TokenKind.Number ? 1 : 0;
            }

            return words;
        }

        private Quote Direct(int quotedIndex, Speaker speaker, int cueToken, int cueStart)
        {
            usedQuotes.Add(quotedIndex);
            var span = quoted[quotedIndex];
            var (s, e) = SpeakerParser.TrimPunctuation(tokens, span.OpenToken + 1, span.CloseToken);
            var start = s < e ? tokens[s].Start : tokens[span.OpenToken].End;
            var end = s < e ? tokens[e - 1].End : start;

            // Keep a closing parenthesis or stop that belongs to the speech itself (... (في العراق)).
            if (s < e && span.CloseToken - 1 >= e && text[tokens[e].Start] == ')')
            {
                end = tokens[e].End;
            }

            return Make(start, end, direct: true, speaker, cueToken, cueStart);
        }

        private Quote Make(int start, int end, bool direct, Speaker speaker, int cueToken, int cueStart)
        {
            // A name written as a hashtag (قالت النائب #ميادة_شريم, read on web-ak) is given without its mark.
            var name = speaker.Name is { } n && n.End - n.Start > 1 && text[n.Start] == '#' ? (n.Start + 1, n.End) : speaker.Name;
            if (name is { } read && NamesNoOne(read.Start, read.End))
            {
                name = null;
            }

            var source = name is null && speaker.Role is null && speaker.Name is not null ? SpeakerSource.Unknown : speaker.Source;
            return new(start, end, text[start..end], direct, text[cueStart..tokens[cueToken].End], cueStart, tokens[cueToken].End, source,
                name is { } named ? text[named.Start..named.End] : null,
                name?.Start, name?.End,
                speaker.Role is { } r ? text[r.Start..r.End] : null,
                speaker.Role?.Start, speaker.Role?.End);
        }

        /// <summary>
        /// Rule: a name span that runs across a sentence's end (اني لست صديقهما. بالعودة), holds a relative pronoun (إحدى
        /// الثوابت التي) or is an adverb of time alone (حينها) names no one: read on held-out16's wrong speakers, each of which
        /// had then been carried to the next quotes of its article.
        /// </summary>
        private bool NamesNoOne(int start, int end)
        {
            var words = text[start..end].Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1 && QuoteLexicon.IsTimeAdverb(ArabicNormalizer.Matching.NormalizeToString(words[0])))
            {
                return true;
            }

            return words.Any(w => w.EndsWith('.') && w.Length > 2) && words.Length > 1
                || words.Any(w => ArabicNormalizer.Matching.NormalizeToString(w) is "التي" or "الذي" or "الذين" or "اللتي");
        }

        /// <param name="speaker">The speaker the quote was made with, whose cue's gender the current speaker keeps.</param>
        private void Record(Quote quote, Speaker speaker)
        {
            if (quotes.Any(q => q.Start < quote.End && quote.Start < q.End))
            {
                return;
            }

            quotes.Add(quote);
            lastAt = Math.Max(lastAt, SentenceEndOffset(TokenEndingAt(quote.End)));
            last = new Speaker(
                quote.SpeakerStart is { } ns ? (ns, quote.SpeakerEnd!.Value) : null,
                quote.RoleStart is { } rs ? (rs, quote.RoleEnd!.Value) : null,
                quote.Source) { Gender = speaker.Gender };
            if (quote.Source == SpeakerSource.Statement)
            {
                lastStatement = last;
            }
        }

        /// <summary>Where the speaker phrase after a verb ends.</summary>
        private int SubjectEnd(int start, int end)
        {
            // A comma right after the verb opens an aside, not a subject (أعلنت ، أول من أمس ، ...).
            if (start < end && tokens[start].Kind == TokenKind.Punctuation && text[tokens[start].Start] is ',' or CodePoints.ArabicComma)
            {
                return start;
            }

            var k = start;
            while (k < end && k - start < MaxSubjectTokens)
            {
                if (k > start && InsideAPersonsName(start, k) && !QuoteLexicon.IsComplementizer(norms[k]) && CueAt(k) == CueKind.None)
                {
                    // Rule: a word inside a person's recognized name that opened in the phrase ends nothing (صاحب الإبل سفر بن
                    // عقب الشريف: عقب, "after" elsewhere, is a word of the name; أحمد الخميس; محمد علي ياسر; read on web-af), but
                    // for a complementizer or a reporting verb the recognizer took in (وقال باخ بأن بلاتر).
                    k++;
                    continue;
                }

                var norm = norms[k];
                var c = text[tokens[k].Start];
                var quoteMark = k > start && IsQuoteMarkAt(k);
                if (quoteMark && k > start + 1 && Lexicon.IsRoleHead(norms[start]) && QuotedUnrecognizedHolder(k, end) is { } unnamed)
                {
                    // The holder's name in quotation marks the recognizer did not name ends the phrase before its closing mark.
                    usedQuotes.Add(unnamed.Index);
                    return unnamed.Close;
                }

                if (quoteMark && QuotedNameAfter(start, k, end) is { } close)
                {
                    // Rule: a quotation right after a title is the name (الدكتور «جيكسون إن جي»), not speech; so is one after a body
                    // noun (صحيفة “يسرائيل هيوم”, لمجموعة "صافولا") or an office that the phrase goes on after (زعيم «حزب الله» اللبناني).
                    k = close + 1;
                    continue;
                }

                if (StopsSubject(start, k, end))
                {
                    break;
                }

                // Rule: a dash opens an aside after the subject (وقال مسؤول خليجي - فضل عدم ذكر اسمه - إن; المصدر ــ فضل عدم ذكر
                // اسمه ــ أن): the subject ends before it. Read on 2015-08-03/04 once ذكر after عدم was no cue. One word between
                // the dash and a comma is the second half of a place's name (محافظ بعلبك – الهرمل، بشير خضر، read on web-ag).
                if (k > start && tokens[k].Kind is TokenKind.Punctuation or TokenKind.Symbol && (IsDash(c) || c == '\u0640')
                    && !(k + 2 < end && tokens[k + 1].Kind == TokenKind.ArabicWord && IsComma(k + 2)))
                {
                    break;
                }

                if (tokens[k].Kind == TokenKind.Punctuation && (c == ':' || QuotationMarks.IsQuoteMark(c)))
                {
                    break;
                }

                if ((QuoteLexicon.IsComplementizer(norm) && !ClosesParenthesizedName(k, end)) || CueAt(k) != CueKind.None
                    || (k > start && norm == "الي" && k + 1 < end && QuoteLexicon.IsComplementizer(norms[k + 1])))
                {
                    break;
                }

                // عن after صادر names a statement's issuer (البيان الصادر عن مصلحة الدفاع المدني): the phrase goes on.
                // A title ahead may follow a complement (في X الدكتور Y), but not a person's name already read (الرئيس الصيني شي جين
                // بينغ خلال وداعه الرئيس الروسي فلاديمير بوتين: the phrase ends at خلال, read on web-ah); an envoy's office goes
                // on after إلى whatever the name before it (مبعوث الأمم المتحدة إلى اليمن, below).
                var holderRead = k > start && norm != "الي" && QuoteLexicon.IsPreposition(norm) && NameEndsBefore(k) && NameHolding(k - 1) is { Body: false };
                if (QuoteLexicon.IsPreposition(norm) && (k > start || norm is "الي" or "في" or "عن") && (k == start || norm == "عن" || !TitleAhead(k + 1, end) || holderRead)
                    && !(k == start + 1 && norm == "من" && Lexicon.IsAnonymousHead(norms[start]))
                    && !owner.parser.IsAliAfterTitle(text, tokens, norms, k) && !IsAliInApposition(start, k, end) && !IsRecognizedAli(k)
                    && !(norm == "عن" && k > start && norms[k - 1] is "صادر" or "الصادر" or "الصادره" or "صدر"))
                {
                    // A speech's setting right after the office (المحافظ في تصريحات لصحيفة ...) is no complement of it, nor is
                    // the occasion after خلال, أثناء or any preposition of time (وأضاف الرئيس الصيني خلال وداع بوتين له: بوتين is no
                    // holder, read on web-ah; وأوضحت الفنانة اللبنانية عند حلولها ضيفة على أحد البرامج, read on web-am).
                    // An envoy's office goes on after إلى (مبعوث الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد).
                    // A member's party or bloc goes on after عن (عضو مجلس محافظة البصرة عن حزب الفضيلة نشأت المنصوري, read on web-ag).
                    if (k > start && !holderRead && !QuoteLexicon.IsTimePreposition(norm) && (norm is not ("الي" or "عن") || (norm == "الي" && QuoteLexicon.IsEnvoyHead(norms[start])) || (norm == "عن" && k + 1 < end && Lexicon.IsBodyNoun(norms[k + 1])))
                        && IsDefiniteOffice(start, k) && !(k + 1 < end && QuoteLexicon.IsSpeechSetting(QuoteLexicon.WithoutArticle(norms[k + 1])))
                        && NameAfterComplement(k, end, owner.parser.Parse(text, tokens, norms, start, k, names).HasName) is { } afterName)
                    {
                        return afterName;
                    }

                    if (k == start + 1 && norm is "في" or "من" && IsLoneIndefiniteOffice(start) && UnnamedComplementEnd(k + 1, end) is { } complementEnd)
                    {
                        return complementEnd;
                    }

                    // Rule: an office whose holder goes unnamed keeps the body it serves after في (وقال المدير التنفيذي في مصلحة
                    // الهجرة لتلفزيون: المدير التنفيذي في مصلحة الهجرة, read on web-ag), rather than ending before it and being
                    // taken for an officer of the body last named; not a body whose name is quoted (المحلل في شركة "الجزيرة
                    // كابتال": the office would end inside it).
                    if (k > start && norm == "في" && k + 1 < end && Lexicon.IsBodyNoun(norms[k + 1]) && IsDefiniteOffice(start, k)
                        && UnnamedComplementEnd(k + 1, end) is { } bodyEnd && !IsQuoteMarkAt(bodyEnd))
                    {
                        return bodyEnd;
                    }

                    break;
                }

                if (norm == "الي" && !(QuoteLexicon.IsEnvoyHead(norms[start]) && TitleAhead(k + 1, end)))
                {
                    break;
                }

                if (QuoteLexicon.IsAffiliation(norm) && !Lexicon.IsRoleHead(norms[start]))
                {
                    break;
                }

                // Rule: after an office that a nisba ends (الرئيس الألماني, وزير الخارجية الأمريكي), a medium behind لـ is the
                // outlet told (وصرح الرئيس الألماني لوكالة الأناضول, read on web-ad), not the office's complement (المدير العام
                // لوكالة الأنباء has none).
                if (k > start + 1 && QuoteLexicon.IsMediaNounBehindLam(norm) && QuoteLexicon.IsNisbaOfEitherGender(norms[k - 1]) && Lexicon.IsRoleHead(norms[start]))
                {
                    break;
                }

                // هذا/هذه before a time word belong to the time (قالت الشركة هذا الأسبوع), and so does يوم before a weekday (رئيس
                // المؤسسة يوم السبت إن). A time word that opens a recognized person's name of two words or more is his first
                // name (مدير عام الدائرة صباح الموسوي, read on web-ac); a one-word name may be the weekday itself (الخميس).
                if ((QuoteLexicon.IsSubjectBreakerAt(norms, k) && !(RecognizedNameAt(k) is { } n && !names![n].Body && HasSeveralWords(names[n])))
                    || (norm is "هذا" or "هذه" or "يوم" && k + 1 < end && QuoteLexicon.IsSubjectBreakerAt(norms, k + 1)))
                {
                    break;
                }

                k++;
            }

            return k - start < MaxSubjectTokens ? k : PersonNamedFirst(start, end) ?? TitledPersonAfterALongOffice(start, end) ?? start;
        }

        /// <summary>
        /// Rule: a word that reads as إن or أن right before a closing parenthesis, a word or two after the opening one, is the
        /// last word of a name in parentheses (شبكة (تي إن) التلفزيونية, read on held-out4: TN, a channel), not a
        /// complementizer: the clause it would open would be empty.
        /// </summary>
        private bool ClosesParenthesizedName(int k, int end) =>
            k + 1 < end && text[tokens[k + 1].Start] == ')' && tokens[k + 1].Kind == TokenKind.Punctuation
            && Enumerable.Range(Math.Max(0, k - 3), Math.Min(3, k)).Any(j => tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Start] == '(');

        /// <summary>Whether the word at k lies inside a person's recognized name that opened after the phrase's start at start.</summary>
        private bool InsideAPersonsName(int start, int k) =>
            tokens[k].IsWord && NameHolding(k) is { Body: false } n && n.Start >= tokens[start].Start && n.Start < tokens[k].Start;

        /// <summary>
        /// Where a subject too long to be read whole ends when it is an office of words alone (a rank noun may open it), then a
        /// title, or the office's last word with the article, and a person's recognized name that closes the subject (a colon, a comma, أن/إن or the clause's end after it): وقال مدير الإدارة
        /// العامة للشئون الفنية والمشاريع في مؤسسة موانئ خليج عدن اليمنية المهندس محمد بن محمد شائف: أن. The name is the
        /// holder, the words before the title its office; the subject ends after the name. Null otherwise. Read on web-y. The
        /// office may hold commas and quotation marks, and the title be abbreviated (أكد عضو المكتب السياسي لحركة "حماس"، ورئيس
        /// مكتب العلاقات الدولية، د. موسى أبو مرزوق أن, read on web-am). After a title the name ends the subject whatever
        /// follows it, the verb's object too (وطالب مساعد المدير العام للخدمات العلاجية الدكتور ناصر الدوسري جميع المستشفيات,
        /// read on tune2, where the name's not closing the phrase had left him and the statements after it to no one); so does
        /// his own office up to the clause (<see cref="IsApposedOfficeBeforeTheClause"/>).
        /// </summary>
        private int? TitledPersonAfterALongOffice(int start, int end)
        {
            // A rank noun may open the office (سماحة مفتي عام المملكة ... الشيخ عبدالعزيز بن عبدالله آل الشيخ، أن, read on
            // held-out9, where the Mufti's statement had no speaker).
            while (start + 1 < end && tokens[start].IsWord && QuoteLexicon.IsRankNounAt(norms, start))
            {
                start++;
            }

            if (!tokens[start].IsWord || !Lexicon.IsRoleHead(norms[start]))
            {
                return null;
            }

            for (var p = start + 1; p + 1 < end && p - start < MaxOfficeBeforeTitledName; p++)
            {
                if (IsComma(p) || IsQuoteMarkAt(p))
                {
                    continue;
                }

                if (!tokens[p].IsWord)
                {
                    return null;
                }

                // Without a title, the name may follow the office's last word with the article (المتحدث الاعلامي بأمانة
                // المنطقة الشرقية محمد بن عبدالعزيز الصفيان، أن, read on held-out9: sixteen tokens, and no speaker at all).
                var nameAt = IsAbbreviatedTitle(p, end) ? p + 2 : Lexicon.IsTitle(norms[p]) || QuoteLexicon.OpensWithArticle(norms[p]) ? p + 1 : -1;
                if (nameAt > 0 && nameAt < end && RecognizedNameAt(nameAt) is { } n && !names![n].Body && names[n].Start == tokens[nameAt].Start)
                {
                    var after = TokenAfterName(n, nameAt, end);
                    return after >= end || !tokens[after].IsWord || QuoteLexicon.IsComplementizer(norms[after]) || IsApposedOfficeBeforeTheClause(after, end) || Lexicon.IsTitle(norms[nameAt - 1]) ? after : null;
                }
            }

            return null;
        }

        /// <summary>
        /// Rule: the holder's own office may follow his name up to the clause of speech (وكشف المشرف العام على المبادرة المهندس
        /// رامي إكرام المدير التنفيذي والمؤسس لإيمار السعودية لأعمال الطاقة المحدودة، أن, read on held-out13, where the
        /// subject's sixteen tokens had left the speech to no one): an office with the article at <paramref name="from"/>, then
        /// words alone, no cue among them, up to أن/إن or a comma right before it, within <see cref="MaxOfficeBeforeTitledName"/> words.
        /// </summary>
        private bool IsApposedOfficeBeforeTheClause(int from, int end)
        {
            if (!QuoteLexicon.HasArticle(norms[from]) || !Lexicon.IsRoleHead(norms[from]))
            {
                return false;
            }

            for (var j = from + 1; j < end && j - from <= MaxOfficeBeforeTitledName; j++)
            {
                if (QuoteLexicon.IsComplementizer(norms[j]))
                {
                    return true;
                }

                if (IsComma(j))
                {
                    return j + 1 < end && QuoteLexicon.IsComplementizer(norms[j + 1]);
                }

                if (!tokens[j].IsWord || CueAt(j) != CueKind.None)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Where a subject too long to be read whole ends when it opens with a person's recognized name after titles, and only
        /// titles or an office before it (وقال الأستاذ الدكتور إبراهيم الميمن وكيل جامعة ... وعضو مركز ...، إن): after that
        /// name; the long apposition that follows is the person's offices. Null otherwise.
        /// </summary>
        private int? PersonNamedFirst(int start, int end)
        {
            for (var p = start; p < end && p < start + HonorificReach; p++)
            {
                if (!tokens[p].IsWord)
                {
                    return null;
                }

                if (RecognizedNameAt(p) is { } n)
                {
                    return names![n].Body ? null : TokenAfterName(n, p, end);
                }

                if (!Lexicon.IsTitle(norms[p]) && !Lexicon.IsRoleHead(norms[p]) && !QuoteLexicon.IsRankNounAt(norms, p))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// An office word without the article, alone before its preposition (مسؤول في خفر السواحل, مهندس في حقل الشرارة): an
        /// unnamed official, whom the complement describes.
        /// </summary>
        private bool IsLoneIndefiniteOffice(int start) =>
            tokens[start].Kind == TokenKind.ArabicWord && Lexicon.IsIndefiniteOfficeOrRank(norms[start]);

        /// <summary>
        /// Rule: an unnamed official's complement is part of who spoke (وقال مسؤول في خفر السواحل الموريتاني في تصريح صحفي إن:
        /// مسؤول في خفر السواحل الموريتاني), up to a speech setting, a complementizer, a cue, a time word, punctuation, لم (لم
        /// تسمه: whom the outlet did not name) or whom the official told (لـ«الشرق الأوسط», لرويترز), at most
        /// <see cref="MaxUnnamedComplementWords"/> words and naming no person. Null when no word is read. Read on web-k, whose
        /// three such quotes were counted wrong as مسؤول alone.
        /// </summary>
        private int? UnnamedComplementEnd(int from, int end)
        {
            var j = from;
            while (j < end && j - from < MaxUnnamedComplementWords && tokens[j].Kind == TokenKind.ArabicWord && !QuoteLexicon.IsComplementizer(norms[j])
                && CueAt(j) == CueKind.None && !QuoteLexicon.IsSubjectBreakerAt(norms, j) && !StopsSubject(from, j, end)
                && norms[j] is not ("ل" or "لم" or "لا") && !QuoteLexicon.IsMediaNounBehindLam(norms[j]) && !Lexicon.IsNewsAgencyBehindLam(norms[j])
                && !QuoteLexicon.IsAffiliation(norms[j])
                && !(QuoteLexicon.IsPreposition(norms[j]) && j + 1 < end && QuoteLexicon.IsSpeechSetting(QuoteLexicon.WithoutArticle(norms[j + 1]))))
            {
                if (RecognizedNameAt(j) is { } n && names![n] is var name && IsPersonNamedOutsideSpeech(name))
                {
                    return null;
                }

                j++;
            }

            return j > from ? j : null;
        }

        /// <summary>The longest unnamed official's complement read: four words (في خفر السواحل الموريتاني: three; في قطاع النفط الليبي: three).</summary>
        private const int MaxUnnamedComplementWords = 4;

        /// <summary>
        /// Rule: علي as written (with its yeh) that opens a person's name the recognizer gave is that name, not the preposition
        /// على that the matching normalization folds it into, wherever the office's head stands (وقال وزير التربية، علي حميد
        /// الدليمي، في مقابلة, read on web-ag; المتحدث باسم المقاومة الجنوبية، علي شايف الحريري، لـ«الشرق الأوسط», seven
        /// quotes over 2015-08-03/04): the office had gone alone. A name the recognizer did not give stays with the narrower
        /// rules of SpeakerParser.IsAliAfterTitle.
        /// </summary>
        private bool IsRecognizedAli(int k) =>
            IsRawAli(k) && RecognizedNameAt(k) is { } n && !names![n].Body && names[n].Start == tokens[k].Start && names[n].End > tokens[k].End;

        /// <summary>
        /// Rule: علي written with a final yeh after a comma that follows an office, with one name-like word after it and then
        /// punctuation, a complementizer or a time word (أكد وزير الصناعة، علي عون، اليوم الثلاثاء، أن), is the holder's name
        /// in apposition, not the preposition على.
        /// </summary>
        private bool IsAliInApposition(int start, int k, int end) =>
            k > start + 1 && k + 1 < end && IsComma(k - 1) && IsRawAli(k) && Lexicon.IsRoleHead(norms[start]) && tokens[k + 1].Kind == TokenKind.ArabicWord
            && (k + 2 >= end || tokens[k + 2].Kind == TokenKind.Punctuation || QuoteLexicon.IsComplementizer(norms[k + 2]) || QuoteLexicon.IsSubjectBreakerAt(norms, k + 2));

        /// <summary>
        /// The closing token of a short quotation at k inside a subject phrase that is a name: after a title or a body noun,
        /// or after an office when a word follows it; the quotation is then marked as used. Null otherwise.
        /// </summary>
        private int? QuotedNameAfter(int start, int k, int end)
        {
            var before = norms[k - 1];
            if ((Lexicon.IsRoleHead(norms[start]) || Lexicon.IsTitle(norms[start])) && QuotedRecognizedName(k) is { } holder)
            {
                // Rule: a quotation that holds exactly one name the recognizer gave, up to a full name's five words, after an
                // office is its holder (أعلن وزير الدفاع الصومالي “عبد الرشيد عبد الله محمد” أن, read on web-n), not speech.
                usedQuotes.Add(holder.Index);
                return holder.Close;
            }

            if (QuotedOutletAt(k) is not { } close)
            {
                return null;
            }

            // Rule: a quotation that holds a name the recognizer gave, after a phrase that opens with an office or a title, is
            // that office's holder (مدرب فريق الشباب الكروي ”إيمليو فيريرا” أن).
            var officeHolder = (Lexicon.IsRoleHead(norms[start]) || Lexicon.IsTitle(norms[start])) && NameBetween(tokens[k].End, tokens[close].Start);
            // An office's quoted body followed by its holder in apposition (دعا رئيس “المجلس الإقليمي الجليل الأعلى”، جيورا زالتس،
            // الحكومة, read on web-af) is the office's complement too.
            var named = officeHolder || Lexicon.IsTitle(before) || Lexicon.IsBodyNoun(before)
                || (Lexicon.IsRoleHead(before) && close + 1 < end && (tokens[close + 1].IsWord || (IsComma(close + 1) && close + 2 < end && RecognizedNameAt(close + 2) is { } apposed && !names![apposed].Body)));
            return named ? QuotedNameAt(k) : null;
        }

        /// <summary>
        /// Rule: a quotation after an office that holds two or three name-like words the recognizer did not name, and that the
        /// sentence goes on after (a comma, a complementizer, a preposition such as بعد, or a time word: ويقول مسئول المسجد «كاشف محمود»
        /// بعد شرائه), is the office's holder, not speech: speech in quotation marks ends its clause. Its index and closing
        /// token, or null. Read on web-af, whose case stays unread: its name ends on علی written with a Persian yeh, which the
        /// page also uses for the preposition.
        /// </summary>
        private (int Index, int Close)? QuotedUnrecognizedHolder(int k, int end)
        {
            for (var q = 0; q < quoted.Count; q++)
            {
                var span = quoted[q];
                if (span.OpenToken != k || usedQuotes.Contains(q) || WordsInside(span) is not (>= 2 and <= 3) || span.CloseToken + 1 >= end)
                {
                    continue;
                }

                var next = span.CloseToken + 1;
                var goesOn = IsComma(next) || QuoteLexicon.IsComplementizer(norms[next]) || QuoteLexicon.IsPreposition(norms[next]) || QuoteLexicon.IsSubjectBreakerAt(norms, next);
                return goesOn && owner.parser.NameRunAfter(tokens, norms, k + 1, span.CloseToken) == span.CloseToken ? (q, span.CloseToken) : null;
            }

            return null;
        }

        /// <summary>
        /// The quotation that opens at k, not yet used, when its words are exactly one recognized name of at most
        /// <see cref="MaxQuotedHolderWords"/> words: its index and closing token.
        /// </summary>
        private (int Index, int Close)? QuotedRecognizedName(int k)
        {
            for (var q = 0; q < quoted.Count; q++)
            {
                var span = quoted[q];
                if (span.OpenToken != k || usedQuotes.Contains(q) || span.CloseToken <= k + 1 || WordsInside(span) is not (> 0 and <= MaxQuotedHolderWords))
                {
                    continue;
                }

                var (from, to) = (tokens[k + 1].Start, tokens[span.CloseToken - 1].End);
                return names?.Any(n => n.Start == from && n.End == to) == true ? (q, span.CloseToken) : null;
            }

            return null;
        }

        /// <summary>
        /// True when what follows a short quotation after a reporting verb shows it was the verb's subject: إن/أن, a colon
        /// before more words, على, إلى or عن (the preposition the verb takes: وأعرب "النحيط" عن شكره), an apposition between
        /// commas before إن/أن, or the outlet told behind لـ before إن/أن within a few words.
        /// </summary>
        private bool SpeechGoesOnAfterQuotedName(int k, int end)
        {
            if (QuoteLexicon.IsComplementizer(norms[k]))
            {
                return true;
            }

            if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ':')
            {
                return k + 1 < end;
            }

            if (norms[k] is "علي" or "الي" or "عن")
            {
                return true;
            }

            if (IsComma(k))
            {
                // An apposition between commas, then إن/أن (أعلنت «شيفرون»، شركة الطاقة الأميركية العملاقة، أنها ستخفض).
                for (var j = k + 1; j < end && j <= k + MaxAppositionTokens; j++)
                {
                    if (IsComma(j))
                    {
                        return j > k + 1 && j + 1 < end && QuoteLexicon.IsComplementizer(norms[j + 1]);
                    }
                }

                return false;
            }

            if (!QuoteLexicon.IsLoneLam(norms[k]) && !(norms[k].Length > 1 && norms[k][0] == 'ل' && k + 1 < end && IsQuoteMarkAt(k + 1)))
            {
                return false;
            }

            for (var j = k + 1; j < end && j <= k + ComplementizerReach; j++)
            {
                if (QuoteLexicon.IsComplementizer(norms[j]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The longest apposition read between the commas after a quoted subject: a body's description of six words and its commas.</summary>
        private const int MaxAppositionTokens = 8;

        /// <summary>
        /// How far after the لـ of <see cref="SpeechGoesOnAfterQuotedName"/> إن/أن may come: the outlet in its marks (لـ « عكاظ »
        /// أن: four tokens).
        /// </summary>
        private const int ComplementizerReach = 4;

        /// <summary>A full name in quotation marks holds at most five words (عبد الرشيد عبد الله محمد).</summary>
        private const int MaxQuotedHolderWords = 5;

        /// <summary>The closing token of a quotation of at most <see cref="MaxNameInQuotes"/> words that opens at k (an outlet: لـ«عكاظ»), or null.</summary>
        private int? QuotedOutletAt(int k, int maxWords = MaxNameInQuotes)
        {
            foreach (var span in quoted)
            {
                if (span.OpenToken == k && WordsInside(span) > 0 && WordsInside(span) <= maxWords)
                {
                    return span.CloseToken;
                }
            }

            return null;
        }

        /// <summary>
        /// The closing token of a short quotation (at most <see cref="MaxNameInQuotes"/> words) that opens at k, which is then
        /// marked as used: it is a name, not speech. Null when no such quotation opens there.
        /// </summary>
        private int? QuotedNameAt(int k)
        {
            for (var q = 0; q < quoted.Count; q++)
            {
                if (quoted[q].OpenToken == k && !usedQuotes.Contains(q) && WordsInside(quoted[q]) is > 0 and <= MaxNameInQuotes)
                {
                    usedQuotes.Add(q);
                    return quoted[q].CloseToken;
                }
            }

            return null;
        }

        /// <summary>
        /// True when a title comes within a few words, before any إن/أن, colon or quotation: the preposition belongs to
        /// a role (نائب قائد قيادة العمليات المشتركة في التحالف الفريق أول ركن عبد الأمير الشمري).
        /// </summary>
        private bool TitleAhead(int from, int end)
        {
            for (var k = from; k < end && k < from + 6; k++)
            {
                if (Lexicon.IsTitle(norms[k]))
                {
                    return true;
                }

                if (QuoteLexicon.IsComplementizer(norms[k]) || tokens[k].Kind == TokenKind.Punctuation)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The token as written is the name Ali (<see cref="SpeakerParser.IsRawAli"/>).</summary>
        private bool IsRawAli(int k) => SpeakerParser.IsRawAli(text, tokens, k);

        /// <summary>
        /// Rule: a definite sound plural or dual in its oblique form (ين) right after the verb is its object, not its subject,
        /// which would be ون or ان (وحذر السائقين من: he warned the drivers; the drivers warning would be السائقون). A name the
        /// recognizer gave (البحرين, فلسطين) is not one.
        /// </summary>
        private bool IsObliquePlural(int k)
        {
            var bare = QuoteLexicon.WithoutConjunction(norms[k]);
            return bare.Length >= MinObliquePlural && bare.StartsWith("ال", StringComparison.Ordinal) && bare.EndsWith("ين", StringComparison.Ordinal)
                && !InRecognizedName(k);
        }

        /// <summary>
        /// True when a person's name the recognizer gave starts at token k: a family name that opens like a preposition and the
        /// article (وأضاف بالديراما أن, after ريناتو بالديراما, read on web-ak) is his name, not a phrase that hides the subject.
        /// </summary>
        private bool IsRecognizedPersonAt(int k) => RecognizedNameAt(k) is { } n && !names![n].Body;

        /// <summary>
        /// A word written with the accusative's tanween (رسميًا, رسمياً, مجدداً): an adverb, never a verb's subject, which is
        /// nominative (وقال رسميًا أن, read on web-ai). Names are not written so.
        /// </summary>
        private bool IsWrittenAccusative(int k)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
            return word.Length > 2 && (word[^1] == CodePoints.Fathatan || (word[^1] == CodePoints.Alef && word[^2] == CodePoints.Fathatan));
        }

        /// <summary>
        /// ال, a stem of at least three letters, ين: shorter words are singulars as often (الأمين العام, الحسين, الدين), which
        /// the judged SaudiNewsNet parts showed when the bound was six letters.
        /// </summary>
        private const int MinObliquePlural = 7;

        /// <summary>
        /// A phrase opening with a preposition, an object masdar (also a تفعيل masdar behind بـ: وطالبت بتقليص عدد الوزارات, read
        /// on web-ak), هو/هي, a lone و or ف (وتابع و”لكن, read on web-ak), a speech noun with its pronoun (واختتم حديثه
        /// قائلا), a participle of manner (وأضاف ممازحا:, but not an office with the outlet's نا: وقال مراسلنا إن, read on web-al)
        /// or an adverb of manner (أكد بوضوح) is no subject of the verb before it.
        /// </summary>
        /// <remarks>ولي after a verb is the noun (ولي العهد, ولي الأمر), not و + لي.</remarks>
        private bool HidesSubject(string norm) =>
            (SpeakerShape.IsLeadingPreposition(norm) && norm != "ولي") || QuoteLexicon.IsObjectMasdar(QuoteLexicon.WithoutConjunction(norm)) || norm is "هو" or "هي" or "و" or "ف"
            || QuoteLexicon.IsTafilMasdarBehindBa(norm)
            || QuoteLexicon.IsOwnSpeechNoun(norm) || (QuoteLexicon.IsMannerParticiple(norm) && !Lexicon.IsRoleHead(norm)) || QuoteLexicon.IsMannerAdverb(norm) || OpensOwnWords(norm);

        /// <summary>
        /// Rule: a negation or a first-person pronoun right after the verb opens the speaker's own words, written without a
        /// colon (وأضاف لا يوجد خاسر في المهرجان, read on web-m): the subject is hidden, never "لا يوجد خاسر". So does "the
        /// important (regrettable, strange, notable) thing" (وعن تأخير التدريبات قال المهم في الأمر أن, read on held-out5).
        /// </summary>
        private static bool OpensOwnWords(string norm) =>
            norm is "لا" or "لم" or "لن" or "ليس" or "ليست" or "نحن" or "انا" or "اننا" or "انني" or "المهم" or "الاهم" or "المؤسف" or "الغريب" or "اللافت";

        /// <summary>The most tokens "for his part" takes before a subject: من جانبه and a comma.</summary>
        private const int MaxForHisPartTokens = 3;

        /// <summary>The token after "for his part" at k (من جانبه, ومن جهته, من ناحيتها, بدوره) and a comma after it; k when none opens there.</summary>
        private int AfterForHisPart(int k, int cue)
        {
            var after = QuoteLexicon.IsInTurn(QuoteLexicon.WithoutConjunction(norms[k])) ? k + 1
                : k + 1 < cue && QuoteLexicon.WithoutConjunction(norms[k]) == "من" && QuoteLexicon.IsSideWithPronoun(norms[k + 1]) ? k + 2
                : k;
            return after < cue && IsComma(after) ? after + 1 : after;
        }

        /// <summary>
        /// The phrase before a verb without و/ف, back to أن/بأن or the start of the sentence (at most <see cref="MaxPreverbalWords"/>
        /// words, no punctuation), when its first word is a title, an office, a source word or a recognized name and the whole
        /// phrase is the speaker; or null.
        /// </summary>
        private (int Start, int End)? PreverbalSubject(int cue)
        {
            if (norms[cue][0] is CodePoints.Waw or CodePoints.Feh && Lexicon.Cue(norms[cue][1..]) != CueKind.None)
            {
                return null;
            }

            var quoted = false;
            var sentenceStart = cue;
            while (sentenceStart > 0 && sentenceEnd[sentenceStart - 1] == sentenceEnd[cue] && cue - sentenceStart <= MaxPreverbalWords + 1 + MaxForHisPartTokens)
            {
                sentenceStart--;
            }

            var lead = AfterForHisPart(sentenceStart, cue) - sentenceStart;
            // A line break opens the phrase too (StartsLine): a subheading without a full stop is no part of the paragraph under
            // it (تراجع الاهتمام above الأديب القاص خليل الفزيع، أوضح أن, read on held-out4).
            for (var k = cue - 1; k >= 0 && cue - k <= MaxPreverbalWords + 1 + lead; k--)
            {
                var opens = norms[k] is "ان" or "بان" || QuoteLexicon.IsContrastOpener(norms[k]) ? k + 1 : k == 0 || sentenceEnd[k - 1] != sentenceEnd[k] || StartsLine(k) ? k : -1;
                if (opens >= 0 && opens < cue)
                {
                    // "For his part" may open the sentence before its subject (من جانبه مدير عام مكتب الثروة السمكية أحمد هبه مثني
                    // قال:, read on web-an; بدوره, من جهته, and a comma after them).
                    opens = AfterForHisPart(opens, cue);
                    // The whole phrase must be the speaker: a name or an office that ends right before the verb (not
                    // أن حقاني لم يمت بعدما ذكرت), or a source phrase.
                    var first = norms[opens];
                    var before = cue;
                    while (before - 1 > opens && IsComma(before - 1))
                    {
                        before--;
                    }

                    var parts = owner.parser.Parse(text, tokens, norms, opens, before, names);
                    var whole = parts.Anonymous || (parts.HasName ? parts.NameEnd == before : parts.HasRole && parts.RoleEnd == before);
                    // A person's recognized name after words of description with the article (الأديب القاص خليل الفزيع، أوضح أن,
                    // read on held-out4) is the speaker too.
                    var described = parts.HasName && parts.NameStart > opens && IsRecognizedPersonAt(parts.NameStart)
                        && Enumerable.Range(opens, parts.NameStart - opens).All(j => tokens[j].Kind == TokenKind.ArabicWord && QuoteLexicon.HasArticle(norms[j]));
                    // A lone family name of a person named before in full stands for him (الوائلي بيّن في حديثه ان, after ماجد
                    // الوائلي, read on web-ag).
                    // Rule: a body (المرصد, الوزارة), reports (تقارير صحفية سابقة كشفت أن) or a study or statement (دراسة) speaks before its
                    // verb too (read on held-out8 to held-out11, where such quotes had no speaker); not the body of a person named in
                    // it (مكتب رئيس الوزراء أحمد داود أوغلو أكد: the office spoke, which the parser would credit to him), nor one inside
                    // another's reported speech (وأشار أن الاتحاد العربي ... أكد, whose next وذكر is still the first speaker's; both
                    // read over 2015-08-03).
                    return whole && (Lexicon.IsAnonymousHead(first) || (!quoted && (Lexicon.IsTitle(first) || Lexicon.IsRoleHead(first) || RecognizedNameAt(opens) is not null
                        || ((Lexicon.IsBodyNoun(first) || QuoteLexicon.IsReportsNoun(first) || Lexicon.IsStatementNoun(first)) && !(parts.HasName && IsRecognizedPersonAt(parts.NameStart))
                            && !(opens > 1 && norms[opens - 1] is "ان" or "بان" && CueAt(opens - 2) != CueKind.None))
                        || described || (before == opens + 1 && (IsSurnameOfANamedPerson(opens) || IsPlaceBetweenOpenerAndVerb(opens))))))
                        ? (opens, cue)
                        : null;
                }

                // Rule: commas may set off a name in apposition before the verb (كما أن وزير الخارجية الأوكراني، دميتري كوليبا، أعلن),
                // and quotation marks an outlet's name after an unnamed source (مصدر “جورنال أنفو” أكد أن, read on web-ag; after
                // an office they held a reporter's outlet and a place read as his name: مراسل ” صوت وصورة ” في ريف ديرالزور
                // الغربي قال, on web-af).
                if ((!tokens[k].IsWord && !IsComma(k) && !IsQuoteMarkAt(k)) || sentenceEnd[k] != sentenceEnd[cue] || CueAt(k) != CueKind.None)
                {
                    return null;
                }

                quoted |= IsQuoteMarkAt(k);
            }

            return null;
        }

        /// <summary>
        /// Rule: a country or city alone between أن or a contrast and the verb speaks for its government (لكن طهران أكدت أنها لا
        /// تعترف, read on held-out5); not at a sentence's start, where a place opens a dateline (الرياض قال).
        /// </summary>
        private bool IsPlaceBetweenOpenerAndVerb(int k) =>
            k > 0 && (norms[k - 1] is "ان" or "بان" || QuoteLexicon.IsContrastOpener(norms[k - 1])) && nameWordEvidence?.Invoke(norms[k]) == NameWordEvidence.Place;

        /// <summary>
        /// أما X فقال: the topic after أما is the subject of a reporting verb behind ف, or behind فقد (أما X فقد أكد). The
        /// topic ends before a parenthetical clause (أما المولوي أكبر أغا، وهو قيادي سابق في الحركة، فقال: أكبر أغا).
        /// </summary>
        private (int Start, int End)? TopicOfAmma(int cue)
        {
            var behind = norms[cue][0] == CodePoints.Feh ? cue : cue > 0 && norms[cue - 1] == "فقد" ? cue - 1 : -1;
            if (behind < 0)
            {
                return null;
            }

            var topicEnd = behind;
            for (var k = behind - 1; k >= 0 && cue - k <= MaxSubjectTokens; k--)
            {
                if (norms[k] is "اما" or "واما")
                {
                    // A topic behind a preposition (أما في علاقتها بالمعجبين فقالت, read on web-am) is what is spoken of, not
                    // who speaks: the subject is hidden.
                    return k + 1 < topicEnd && !SpeakerShape.IsLeadingPrepositionOrPronoun(norms[k + 1]) ? (k + 1, topicEnd) : null;
                }

                if (k + 1 < behind && norms[k + 1] is "وهو" or "وهي" or "وهم" && tokens[k].Kind == TokenKind.Punctuation)
                {
                    topicEnd = k;
                }

                // The topic may hold commas (أما مسؤول الاتصالات عبد الباسط الفقيه، فشدد).
                if ((tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is not (',' or CodePoints.ArabicComma)) || sentenceEnd[k] != sentenceEnd[cue])
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// Rule: an honorific pronoun (سموه, معاليه) is the person named last before the verb with a title it refers to
        /// (صاحب السمو الأمير X; معالي وزير الإسكان الأستاذ X); without one, the current speaker.
        /// </summary>
        private Speaker Honorific(int cue, string[] titles)
        {
            for (var t = cue - 1; t >= 0; t--)
            {
                if (titles.Contains(QuoteLexicon.WithoutConjunction(norms[t])) && NameAfterTitle(t) is { } name)
                {
                    return new Speaker(name, null, SpeakerSource.Subject);
                }
            }

            return last?.Name is { } known ? new Speaker(known, null, SpeakerSource.CarriedOver) : Speaker.Unknown;
        }

        /// <summary>The first name after a title within its sentence: a recognized name, or name-like words right after a title.</summary>
        private (int Start, int End)? NameAfterTitle(int title)
        {
            var end = Math.Min(sentenceEnd[title], title + HonorificReach);
            for (var p = title + 1; p < end; p++)
            {
                if (tokens[p].Kind == TokenKind.Punctuation)
                {
                    return null;
                }

                if (SpeakerShape.IsLeadingPrepositionOrPronoun(norms[p]))
                {
                    continue;
                }

                // A body is no title's holder (معالي وزير الخارجية في تصريح لوكالة الأنباء السعودية, read on held-out6, where
                // وأفاد معاليه had been given the agency): the person is named later, or was before.
                if (RecognizedNameAt(p) is { } recognized && !names![recognized].Body)
                {
                    return (names[recognized].Start, names[recognized].End);
                }

                // A rank noun (سمو, معالي, فخامة) is followed by an office or a title, never by the name itself.
                if (((p == title + 1 && !QuoteLexicon.IsRankNounAt(norms, title)) || Lexicon.IsTitle(norms[p - 1]) || QuoteLexicon.IsRankFillerAt(norms, p - 1))
                    && owner.parser.NameRunAfter(tokens, norms, p, end) is > 0 and var nameEnd)
                {
                    return (tokens[p].Start, tokens[nameEnd - 1].End);
                }
            }

            return null;
        }

        /// <summary>The name the recognizer gave as a body (an organization) that tokens [start, end) are exactly, or null.</summary>
        private NameSpan? BodyName(int start, int end) =>
            names?.Where(n => n.Body && n.Start == tokens[start].Start && n.End == tokens[end - 1].End).Select(n => (NameSpan?)n).FirstOrDefault();

        /// <summary>The first token at or after <paramref name="k"/> (and before <paramref name="end"/>) past recognized name <paramref name="n"/>.</summary>
        private int TokenAfterName(int n, int k, int end)
        {
            while (k < end && tokens[k].End <= names![n].End)
            {
                k++;
            }

            return k;
        }

        /// <summary>True when token k is a quotation mark.</summary>
        private bool IsQuoteMarkAt(int k) => k >= 0 && k < tokens.Count && QuotationMarks.IsQuoteMark(text, tokens[k]);

        /// <summary>True when a recognized name has two words or more (a one-word name may be a body, a place or a common word).</summary>
        private bool HasSeveralWords(NameSpan name) => text.AsSpan(name.Start, name.End - name.Start).Contains(' ');

        /// <summary>True when token k lies inside a name the recognizer gave.</summary>
        private bool InRecognizedName(int k) => NameHolding(k) is not null;

        /// <summary>The first recognized name that holds token k, or null.</summary>
        private NameSpan? NameHolding(int k)
        {
            foreach (var n in names ?? [])
            {
                if (n.Start <= tokens[k].Start && tokens[k].End <= n.End)
                {
                    return n;
                }
            }

            return null;
        }

        /// <summary>True when a recognized name ends right at the token before k.</summary>
        private bool NameEndsBefore(int k) => names?.Any(n => n.End == tokens[k - 1].End) == true;

        /// <summary>The index in the recognized names of a name that starts at token k, or null.</summary>
        private int? RecognizedNameAt(int k)
        {
            if (names is null || !tokens[k].IsWord)
            {
                return null;
            }

            for (var n = 0; n < names.Count; n++)
            {
                if (names[n].Start == tokens[k].Start)
                {
                    return n;
                }
            }

            return null;
        }

        /// <summary>
        /// Rule: an office's complement may stand between it and the name (الخبير الفرنسي في سلامة النقل الجوي X إلى):
        /// after the preposition at k, a recognized name that ends the subject (before إلى, إن/أن, a colon or a quotation)
        /// ends the subject phrase after it. Returns the token after that name, or null. A complement that opens with a speech
        /// setting (في تصريحات لصحيفة الأنباء, في مؤتمره الصحفي) is no complement: the name after it is the outlet's or another's.
        /// </summary>
        /// <param name="named">True when the words before the preposition already hold something name-like (عضو اللجنة بدر
        /// الزيادي في تصريحات صحافية): then the complement must not open with a statement noun (the speech's setting) and
        /// the name after it needs two words.</param>
        private int? NameAfterComplement(int k, int end, bool named)
        {
            if (k + 1 < end && ((named && Lexicon.IsStatementNoun(norms[k + 1])) || QuoteLexicon.IsSpeechSetting(QuoteLexicon.WithoutArticle(norms[k + 1]))))
            {
                return null;
            }

            var minWords = named ? 2 : 1;
            for (var p = k + 1; p < end && p <= k + HonorificReach; p++)
            {
                var c = text[tokens[p].Start];
                if (IsQuoteMarkAt(p) && QuotedPersonAt(p, end))
                {
                    // The holder's name in quotation marks (المتحدث باسم المديرية العامة في السعودية "محمد النجيدي"، إنه).
                    continue;
                }

                // A request for anonymity after the complement (قيادي بمرتبة متوسطة في حركة التمرد رافضا الكشف عن اسمه, read on
                // 2015-08-03/04 once قيادي headed an office) ends the phrase with no holder named.
                if (QuoteLexicon.IsComplementizer(norms[p]) || CueAt(p) != CueKind.None || QuoteLexicon.IsSubjectBreakerAt(norms, p)
                    || (tokens[p].Kind == TokenKind.Punctuation && c is not (',' or CodePoints.ArabicComma))
                    || (p + 1 < end && QuoteLexicon.IsAnonymityRequest(norms[p], norms[p + 1])))
                {
                    return null;
                }

                if (IsAbbreviatedTitle(p, end))
                {
                    // An abbreviated title before the holder's name (في حركة حماس أ. ناهد الفاخوري): the letter and its full stop.
                    p++;
                    continue;
                }

                if (owner.parser.IsAliAfterTitle(text, tokens, norms, p) && p + 2 <= end && EndsHolderName(p + 2, end))
                {
                    // علي that opens the holder's name after the complement (مدير حماية المستهلك في الوزارة علي الخطيب لـ«الوطن»).
                    return p + 2;
                }

                if (QuoteLexicon.IsPreposition(norms[p]))
                {
                    // Rule: the complement may hold a further preposition (المشرف على الطلاب المنتظمين في دورة الصفوة أسامة
                    // المهداوي أن), but not مع (في لقاء مع الرئيس X: another person) nor one that opens the speech's setting
                    // (في تصريح, في بيان).
                    if (norms[p] is "مع" or "الي" or "عن" || (p + 1 < end && (Lexicon.IsStatementNoun(norms[p + 1]) || QuoteLexicon.IsSpeechSetting(norms[p + 1]))))
                    {
                        return null;
                    }

                    continue;
                }

                if (RecognizedNameAt(p) is not { } n)
                {
                    // The run ends the phrase, or stands between commas in apposition (وكيل البنك المركزي في عدن، منصور راجح، في
                    // تصريح), or before the outlet told (في المديرية نؤاس صباح شاكر للوكالة الرسمية; a lone لـ: في محافظة دمشق م.
                    // سومر فرفور لـ"أثر", read on web-p) or the speech's setting (في حديث صحفي, خلال مؤتمر صحفي).
                    var endsPhrase = IsSubjectStop(p + 1, end) || IsOutletTold(p + 1) || (p + 1 < end && norms[p + 1] == "ل") || Lexicon.OpensSpeechSetting(norms, p + 1, end);
                    var run = endsPhrase || (p + 1 < end && IsComma(p + 1)) ? owner.parser.NameRunAtEnd(tokens, norms, k + 1, p + 1) : -1;
                    if (run >= 0 && !endsPhrase && !(run > 0 && IsComma(run - 1)))
                    {
                        run = -1;
                    }

                    if (run >= 0 && HoldsBodyNoun(run, p + 1))
                    {
                        // Rule: a body noun is no part of a person's name (للتعليق على أعمال مجلس الوزراء: no holder named).
                        continue;
                    }

                    if (run == k + 1 && p + 1 - run > MinUnrecognizedName)
                    {
                        // Rule: a complement of one word (a place) and a name of two or more after it (وزيرة التنمية في إيطاليا
                        // فيدريكا جودي): the name is the run after that word.
                        return p + 1;
                    }

                    if (run > k + 1 && p + 1 - run >= Math.Max(minWords, MinUnrecognizedName))
                    {
                        // No recognized name: the name-like words that end the phrase (… في المنطقة الشرقية عالية آل فريد إلى), at least
                        // two of them (a single word there is a place: مسؤول مكتب الحركة في درعا).
                        return p + 1;
                    }

                    continue;
                }

                var after = TokenAfterName(n, p, end);
                if (after < end && after > p && QuotedFrom(p) && IsQuoteMarkAt(after))
                {
                    after++;
                }

                if (HoldsBodyNoun(p, after) || (p > k + 1 && Lexicon.IsBodyNounBehindLam(norms[p - 1])))
                {
                    // Rule: a recognized body in the complement (في أمانة عمّان, لجمعية معهد تضامن) is where the office is; its
                    // holder may be named after it, in apposition (read on web-p).
                    p = after - 1;
                    continue;
                }

                if (EndsHolderName(after, end) && after - p >= minWords)
                {
                    return after;
                }

                p = after - 1;
            }

            return null;
        }

        /// <summary>
        /// A person's recognized name between the quotation mark at k and the next (""محمد النجيدي""), after at most one word the
        /// recognizer left out of it (الدكتور "كرار جواد العباسي": it named جواد العباسي, read on web-ac); not after لـ (لـ«الشرق
        /// الأوسط»: the outlet told).
        /// </summary>
        private bool QuotedPersonAt(int k, int end)
        {
            if (k + 1 >= end || (k > 0 && QuoteLexicon.IsLoneLam(norms[k - 1])))
            {
                return false;
            }

            for (var first = k + 1; first <= k + 2 && first < end && tokens[first].IsWord; first++)
            {
                if (RecognizedNameAt(first) is { } n && !names![n].Body)
                {
                    var after = TokenAfterName(n, first, end);
                    return after < end && IsQuoteMarkAt(after);
                }
            }

            return false;
        }

        /// <summary>Whether a quotation mark opens the words right before p (at most one word between): p is inside a quoted name.</summary>
        private bool QuotedFrom(int p) => (p > 0 && IsQuoteMarkAt(p - 1)) || (p > 1 && tokens[p - 1].IsWord && IsQuoteMarkAt(p - 2));

        /// <summary>An outlet behind لـ at k, whom the speaker told (لوكالة الأنباء, للوكالة الرسمية).</summary>
        private bool IsOutletTold(int k) =>
            k < tokens.Count && tokens[k].Kind == TokenKind.ArabicWord
            && (Lexicon.IsBodyNounBehindLam(norms[k]) || (norms[k].Length > 4 && norms[k].StartsWith("لل", StringComparison.Ordinal) && QuoteLexicon.IsMediaNounBehindLam("ل" + norms[k][2..])));

        /// <summary>True when a word of [from, to) heads a body's name (مجلس, وزارة, شركة).</summary>
        private bool HoldsBodyNoun(int from, int to)
        {
            for (var j = from; j < to; j++)
            {
                if (Lexicon.IsBodyNoun(norms[j]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when a recognized name after an office's complement ends the speaker phrase at token k: a stop of
        /// <see cref="IsSubjectStop"/>, an outlet behind لـ (the one told: الأمين العام في جمعية الهلال الأحمر الكويتي مها البرجس
        /// لوكالة الأنباء), a time word (اليوم, أمس), a comma that closes it (رئيس الإدارة في مصر أحمد رزق، سبب هجوم), or في/خلال
        /// opening the speech's setting (أمين الخزينة في الصليب الأحمر بسام المقداد في حديث لموقع), or a lone لـ before the outlet
        /// told (سالم الدهام لـ حسنى).
        /// </summary>
        private bool EndsHolderName(int k, int end) =>
            IsSubjectStop(k, end) || (k < end && (IsComma(k) || Lexicon.IsBodyNounBehindLam(norms[k]) || QuoteLexicon.IsSubjectBreakerAt(norms, k) || norms[k] is "في" or "خلال" or "ل"));

        /// <summary>
        /// An office with the article or in a construct (الخبير, عضو الجمعية, رئيس جمهورية اليمن) before the preposition at k:
        /// a name may follow its complement. An indefinite one (محلل في رويترز, مسؤول كبير في) names a person the text
        /// does not name.
        /// </summary>
        private bool IsDefiniteOffice(int start, int k)
        {
            if (!Lexicon.IsRoleHead(norms[start]))
            {
                return false;
            }

            for (var j = start; j < k; j++)
            {
                if (tokens[j].IsWord && QuoteLexicon.HasArticle(norms[j]))
                {
                    return true;
                }
            }

            // An office in construct with a name (سفير مدريد في عمان خوان لوبيز): the name makes it definite. An adjective after
            // the office word (مسؤول كبير, مصدر أمني) leaves it indefinite.
            var next = start + 1;
            return next < k && tokens[next].Kind == TokenKind.ArabicWord && !QuoteLexicon.HasArticle(norms[next]) && !Lexicon.IsRoleHead(norms[next])
                && !QuoteLexicon.IsPreposition(norms[next]) && !QuoteLexicon.IsOfficialAdjective(norms[next]);
        }

        /// <summary>
        /// An office word without the article, alone or with an adjective after it (مسؤول, مسؤول عسكري كبير): someone the text
        /// does not name, not the current speaker.
        /// </summary>
        private bool IsIndefiniteOffice((int Start, int End) role)
        {
            var first = TokenAt(role.Start);
            if (first < 0 || QuoteLexicon.HasArticle(norms[first]) || !Lexicon.IsRoleHead(norms[first]))
            {
                return false;
            }

            var next = first + 1;
            return next >= tokens.Count || tokens[next].Start >= role.End || (tokens[next].Kind == TokenKind.ArabicWord && QuoteLexicon.IsOfficialAdjective(norms[next]));
        }

        /// <summary>An abbreviated title at k: one letter (د, م, أ) and a full stop right after it, a word after that (د. طاشكندي).</summary>
        private bool IsAbbreviatedTitle(int k, int end) => k + 2 < end && SpeakerParser.IsAbbreviatedTitle(text, tokens, norms, k);

        /// <summary>True at what ends a subject phrase after a name: the sentence end, إن/أن, إلى, عن, a cue, a colon or a quotation.</summary>
        private bool IsSubjectStop(int k, int end)
        {
            while (k < end && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ',' or CodePoints.ArabicComma)
            {
                k++;
            }

            return k >= end || QuoteLexicon.IsComplementizer(norms[k]) || norms[k] is "الي" or "عن" || CueAt(k) != CueKind.None
                || (tokens[k].Kind == TokenKind.Punctuation && (text[tokens[k].Start] == ':' || QuotationMarks.IsQuoteMark(text[tokens[k].Start])));
        }

        private (int Start, int End)? BeforeVerbAfterKana(int cue)
        {
            for (var k = cue - 1; k >= 0 && cue - k <= KanaSubjectReach; k--)
            {
                if (k < cue - 1 && norms[k] is "وكان" or "كان" or "وكانت" or "كانت")
                {
                    // The particle قد between subject and verb is not part of the subject, nor a comma that closes the subject
                    // on a recognized name (وكان رئيس مجلس السيادة عبدالفتاح البرهان، قال إن).
                    var end = norms[cue - 1] == "قد" ? cue - 1 : cue;
                    end = end == cue && IsComma(cue - 1) ? cue - 1 : end;
                    return end > k + 1 ? (k + 1, end) : null;
                }

                if ((tokens[k].Kind == TokenKind.Punctuation && !(k == cue - 1 && IsComma(k) && k > 0 && names?.Any(n => n.End == tokens[k - 1].End) == true)
                        && !CommaInsideKanaSubject(k, cue))
                    || sentenceEnd[k] != sentenceEnd[cue])
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// Rule: commas that set off an apposition inside the subject of كان (وكان رئيس هيئة الأركان العامة في اليمن، اللواء محمد
        /// المقدشي، قد أعلن) are no boundary: one before a title or a recognized name, one right before قد and the verb
        /// (كانت تقارير إخبارية فلسطينية، قد ذكرت), and one right before a verb without و after a titled or recognized name
        /// (وقال after a comma opens a clause of its own: موضحاً أن هذا كان هدف اجتماع كامب ديفيد، وقال, read over 2015-08-04).
        /// Read on held-out8, held-out9 and held-out11, where those quotes had no speaker.
        /// </summary>
        private bool CommaInsideKanaSubject(int k, int cue) =>
            IsComma(k) && ((k == cue - 2 && norms[cue - 1] == "قد")
                || (k + 1 < cue && (Lexicon.IsTitle(norms[k + 1]) || RecognizedNameAt(k + 1) is not null))
                || (k == cue - 1 && QuoteLexicon.WithoutConjunction(norms[cue]) == norms[cue] && Enumerable.Range(Math.Max(0, k - MaxNameWordsBeforeComma), Math.Min(k, MaxNameWordsBeforeComma)).Any(j => Lexicon.IsTitle(norms[j]) || RecognizedNameAt(j) is not null)));

        /// <summary>
        /// How far before a comma right before the verb a title or a recognized name shows the comma closes a named subject
        /// (الشيخ أحمد درع الجميلي، قال إن: the title four words back, read on held-out11).
        /// </summary>
        private const int MaxNameWordsBeforeComma = 4;

        private bool IsRelay(int cue) => Lexicon.Cue(norms[cue]) == CueKind.Relay;

        /// <summary>
        /// The عن of a relay at the subject's end, or after at most <see cref="MaxWordsBeforeRelayedSource"/> words the subject
        /// left out (ونقلت وكالة الأنباء الفلسطينية وفا عن مدير المدرسة: the agency's short name, read on web-aa); null when none.
        /// </summary>
        private int? RelayedFrom(int subjectEnd, int end)
        {
            for (var k = subjectEnd; k < end && k <= subjectEnd + MaxWordsBeforeRelayedSource; k++)
            {
                if (norms[k] == "عن")
                {
                    return k;
                }

                if (!tokens[k].IsWord)
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The عن of نقلا عن right after a verb's subject, past punctuation and a short name in Latin letters between them
        /// (هيئة الإذاعة اليابانية (NHK)، نقلا عن), when the words relayed are told as the source's own, with its speech noun
        /// (نقلا عن رئيس الوزراء قوله إن); null when none. Without one, the source is the channel the subject spoke through
        /// (نفى المتحدث باسم الكرملين، نقلا عن وكالة تاس، أن: the spokesman speaks).
        /// </summary>
        private int? RelayedAfterSubject(int subjectEnd, int end)
        {
            for (var k = subjectEnd; k + 1 < end && k <= subjectEnd + MaxWordsBeforeRelayedSource; k++)
            {
                if (norms[k] == "نقلا" && norms[k + 1] == "عن")
                {
                    var j = k + 2;
                    while (j < end && tokens[j].Kind != TokenKind.Punctuation && Lexicon.Cue(norms[j]) != CueKind.SpeechNoun && !QuoteLexicon.IsComplementizer(norms[j]))
                    {
                        j++;
                    }

                    return j + 1 < end && Lexicon.Cue(norms[j]) == CueKind.SpeechNoun && QuoteLexicon.IsComplementizer(norms[j + 1]) ? k + 1 : null;
                }

                if (tokens[k].Kind == TokenKind.ArabicWord)
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The cue kind of token k in context: جاء reports speech only as جاء في بيان (elsewhere it is "came").
        /// </summary>
        private CueKind CueAt(int k) => cueKinds[k];

        /// <summary>
        /// How far أن may stand after بين written without its shadda: past a subject of ten words (وبين الخبير الاقتصادي ورئيس
        /// الجمعية السعودية للإدارة الدكتور عبدالله الشدادي أن, read on held-out5), two more for a longer office.
        /// </summary>
        private const int MaxSubjectWordsBeforeAnna = 12;

        /// <summary>Whether أن, أنه or أنها stands within <see cref="MaxSubjectWordsBeforeAnna"/> words after k, in its sentence, before any punctuation.</summary>
        private bool AnOpensWithin(int k) => WordFollows(k, MaxSubjectWordsBeforeAnna, static n => n is "ان" or "انه" or "انها", pastPunctuation: false);

        /// <summary>Whether a word that <paramref name="match"/> holds for stands within <paramref name="reach"/> tokens after k, in its sentence (and, unless <paramref name="pastPunctuation"/>, before any punctuation).</summary>
        private bool WordFollows(int k, int reach, Func<string, bool> match, bool pastPunctuation)
        {
            for (var j = k + 1; j < sentenceEnd[k] && j <= k + reach; j++)
            {
                if (match(norms[j]))
                {
                    return true;
                }

                if (!pastPunctuation && tokens[j].Kind == TokenKind.Punctuation)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>True when عن follows token k within <see cref="MaxWordsBeforeAn"/> words of its sentence.</summary>
        private bool AnFollows(int k) => WordFollows(k, MaxWordsBeforeAn, static n => n == "عن", pastPunctuation: true);

        /// <summary>
        /// How far عن may stand after عبّرت: past a subject of up to six words (عبرت وزيرة الخارجية في حكومة البلاد عن);
        /// chosen by reading, as the judged parts hold too few such verbs to measure a bound.
        /// </summary>
        private const int MaxWordsBeforeAn = 8;

        /// <summary>Whether token k is written with a shadda (بيّن, the verb, against بين, "between", which never carries one).</summary>
        private bool WrittenWithShadda(int k) => text.AsSpan(tokens[k].Start, tokens[k].Length).Contains(CodePoints.Shadda);

        /// <summary>Whether the word at k is written إبان (with a conjunction or not): "during", not the verb أبان.</summary>
        private bool IsWrittenDuring(int k)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            return word.Length > 1 && (word[0] == CodePoints.AlefHamzaBelow || (word[0] is CodePoints.Waw or CodePoints.Feh && word[1] == CodePoints.AlefHamzaBelow));
        }

        private (CueKind Kind, int Start) ClassifyCue(int k)
        {
            if (tokens[k].Kind != TokenKind.ArabicWord)
            {
                return (CueKind.None, tokens[k].Start);
            }

            var kind = Lexicon.Cue(norms[k]);
            if (kind == CueKind.Verb && QuoteLexicon.WithoutConjunction(norms[k]) == "جاء")
            {
                return (k + 2 < tokens.Count && norms[k + 1] == "في" && Lexicon.IsStatementNoun(norms[k + 2]) ? kind : CueKind.None, tokens[k].Start);
            }

            if (kind is CueKind.Verb or CueKind.Relay && k > 0 && norms[k] == QuoteLexicon.WithoutConjunction(norms[k])
                && ((QuoteLexicon.IsPreposition(norms[k - 1]) && norms[k - 1] is not ("بعد" or "قبل" or "قبيل")) || norms[k - 1] is "عدم" or "وعدم" or "بعدم"
                    || QuoteLexicon.IsRegarding(QuoteLexicon.WithoutConjunction(norms[k - 1]))
                    || norms[k - 1] is "الف" or "الاف" or "مليون" or "ملايين" or "مئات" or "عشرات"))
            {
                // Rule: a verb's form right after a preposition is its masdar (على كشف مفاعل إيران: "on uncovering"), no cue; so
                // it is after عدم (فضل عدم ذكر اسمه: "preferred not to give his name", read on web-z, where اسمه was a speaker)
                // and after بخصوص, بشأن, حول ("regarding": وبخصوص نقل جبهة البوليساريو لوحدات إدارية قال الناطق الرسمي, read on
                // web-ak, where نقل, "moving", had relayed the front for the spokesman). After a word of thousands or millions
                // it counts a noun (أكثر من 200 ألف طالب: students; read on held-out5, where طالب had cut وتقول اليونيسيف، التي
                // تقدم دعماً ... ألف طالب، إن from its speech), but not after a number itself: a year or a share comes before a
                // verb (وفي عام 2007 أعلنت, 79.9% أشاروا, read over 2015-08-04).
                return (CueKind.None, tokens[k].Start);
            }

            if (kind == CueKind.Verb && QuoteLexicon.WithoutConjunction(norms[k]) == "عبرت" && !AnFollows(k))
            {
                // Rule: عبّرت expresses only with عن (عبرت الوزيرة عن أملها في أن); without it the verb is "crossed" (عبرت
                // المياه الممر الأوسط بالسد, read on web-aj, where the water had been the speaker).
                return (CueKind.None, tokens[k].Start);
            }

            if (kind == CueKind.Verb && QuoteLexicon.WithoutConjunction(norms[k]) is "ابان" or "ابانت" && IsWrittenDuring(k))
            {
                // Rule: أبان (explained) and إبان (during) fold into one matching form; written with the hamza below it is the
                // preposition of time (إبان الحرب), never a verb.
                return (CueKind.None, tokens[k].Start);
            }

            if (kind == CueKind.None && QuoteLexicon.WithoutConjunction(norms[k]) == "بين" && WrittenWithShadda(k))
            {
                // Rule: بيّن written with its shadda is the verb "explained" (وبيّن زريقات أن, read on web-p), which the matching
                // normalization folds into the preposition بين, "between"; the preposition never carries one.
                return (CueKind.Verb, tokens[k].Start);
            }

            if (kind == CueKind.None && QuoteLexicon.WithoutConjunction(norms[k]) == "بين" && AnOpensWithin(k)
                && (k == 0 || sentenceEnd[k - 1] != sentenceEnd[k] || StartsLine(k)))
            {
                // Rule: بين opening its sentence with أن, أنه or أنها after it, right away or after its subject (وبين أنه لن يرشح
                // نفسه, read on held-out4; وبين الخبير الاقتصادي ورئيس الجمعية ... أن, read on held-out5), is the verb "explained"
                // written without its shadda: the preposition "between" governs no clause. Inside a sentence (قال مصدر إن
                // مسؤولين تحدثوا إلى الجانبين، وبين أن) its subject is not read as the speaker's, so it is left alone.
                return (CueKind.Verb, tokens[k].Start);
            }

            if (kind != CueKind.None && k > 0 && QuoteLexicon.IsLineageParticle(norms[k - 1]))
            {
                // Rule: a reporting verb's form right after بن, ابن, بنت or أبو is a name (د. عبدالعزيز بن عبدالله بن طالب الملحق
                // الثقافي, read on held-out7, where طالب, "demanded", had cut the name and named no one).
                return (CueKind.None, tokens[k].Start);
            }

            if (kind == CueKind.None && QuoteLexicon.WithoutConjunction(norms[k]) is "كتب" or "كتبت" && PostsOnAnAccount(k))
            {
                // Rule: كتب posting on an account (كتب الجميّل على حسابه عبر منصة إكس: «...», read on web-ag) reports what the
                // writer said; elsewhere كتب is a byline or writing of any kind.
                return (CueKind.Verb, tokens[k].Start);
            }

            if (kind == CueKind.None && Lexicon.GluedVerbLength(norms[k]) is > 0 and var glued)
            {
                // Rule: a reporting verb glued to the previous word by a missing space (نیوزوقال) counts; its
                // offsets come back through the matching view's map.
                var view = ArabicNormalizer.Matching.Normalize(text.Substring(tokens[k].Start, tokens[k].Length));
                return (CueKind.Verb, tokens[k].Start + view.ToOriginal(norms[k].Length - glued, norms[k].Length).Start);
            }

            return (kind, tokens[k].Start);
        }

        /// <summary>
        /// Whether على/عبر/في and the writer's own account or page (حسابه, صفحتها, تغريدة, منشور) follow the verb at k within
        /// <see cref="MaxWordsBeforeAccount"/> words of its sentence.
        /// </summary>
        private bool PostsOnAnAccount(int k)
        {
            for (var j = k + 2; j < tokens.Count && j <= k + MaxWordsBeforeAccount && tokens[j].IsWord && sentenceEnd[j] == sentenceEnd[k]; j++)
            {
                if (norms[j - 1] is "علي" or "عبر" or "في" && norms[j] is "حسابه" or "حسابها" or "صفحته" or "صفحتها" or "تغريده" or "منشور")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The writer's name before the account: a title and three words (كتب النائب سامي الجميّل على حسابه).</summary>
        private const int MaxWordsBeforeAccount = 6;

        private Speaker SpeakerOf(int start, int end)
        {
            if (start >= end)
            {
                return last is null ? Speaker.Unknown : last with { Source = SpeakerSource.CarriedOver };
            }

            // Rule: a statement speaks for its issuer; البيان alone is the last issuer.
            if (Lexicon.IsStatementNoun(norms[start]))
            {
                var issuer = start + 1;
                // A statement's adjective before صادر عن is no part of its issuer (بيان رسمي صادر عن المديرية).
                while (issuer < end && (norms[issuer] is "ل" or "صادر" or "صدر" or "الصادر" or "عن"
                    || (norms[issuer] is "رسمي" or "الرسمي" or "صحفي" or "صحافي" or "مشترك" && issuer + 1 < end && norms[issuer + 1] is "صادر" or "الصادر")))
                {
                    issuer++;
                }

                var (issuerStart, issuerEnd) = SpeakerParser.TrimPunctuation(tokens, issuer, end);
                if (issuerStart >= issuerEnd)
                {
                    return (lastStatement ?? last)?.WithGenderOfItsCue() ?? Speaker.Unknown with { Source = SpeakerSource.Statement };
                }

                var issued = owner.parser.Parse(text, tokens, norms, issuerStart, issuerEnd, names, issuer: true);
                if (issued.HasName && norms[issued.NameStart].StartsWith("لل", StringComparison.Ordinal) && Lexicon.IsBodyNoun(norms[issued.NameStart]))
                {
                    // Rule: an issuer glued to لـ with the article (بيان للمديرية العامة للأمن الوطني) is the body: its name is read
                    // from after لل, as the article's alef is not written there (مديرية العامة للأمن الوطني); a body noun alone
                    // (بيان للقيادة) is the speaker it heads, named before.
                    var nameEnd = issued.NameStart + 1;
                    while (nameEnd < issued.NameEnd && norms[nameEnd] is not ("صدر" or "صادر" or "الصادر" or "الصادره" or "الذي" or "التي"))
                    {
                        nameEnd++;
                    }

                    return new Speaker(nameEnd == issued.NameStart + 1 && EarlierSpeakerHeadedBy(norms[issued.NameStart][2..]) is { } named
                        ? named
                        : (tokens[issued.NameStart].Start + 2, tokens[nameEnd - 1].End), null, SpeakerSource.Statement);
                }

                return ToSpeaker(issued, SpeakerSource.Statement);
            }

            var parts = owner.parser.Parse(text, tokens, norms, start, end, names);
            if (parts.Anonymous)
            {
                return new Speaker((tokens[parts.NameStart].Start, tokens[ClosingQuoteAfter(parts.NameStart, parts.NameEnd) - 1].End), null, SpeakerSource.Anonymous);
            }

            // A lone institution word (البيان, المصدر) refers back; a lone surname stands (الخفاجي).
            return ToSpeaker(parts, SpeakerSource.Subject);
        }

        private Speaker ToSpeaker(SpeakerParts parts, SpeakerSource source)
        {
            // Rule: a speaker is a person or body, never a phrase led by a preposition or a pronoun (للقيادة, هو), and a role is
            // an office, never a phrase of that kind nor the words before a named example (البعض ، مثل).
            var hasName = parts.HasName && (!SpeakerShape.IsLeadingPrepositionOrPronoun(norms[parts.NameStart]) || IsRecognizedPersonAt(parts.NameStart)
                || (parts.NameEnd > parts.NameStart + 1 && (IsRawAli(parts.NameStart) || owner.parser.IsAliAfterTitle(text, tokens, norms, parts.NameStart))));
            if (hasName && parts.HasRole && parts.RoleEnd == parts.NameStart && IsOfficeGoingOnAfterWaw(parts.NameStart))
            {
                // Rule: unrecognized words joined by و to the office's last word with the article go on with the office (مدير
                // عام المؤسسة العامة لصوامع الغلال ومطاحن الدقيق, read on held-out4, where ومطاحن الدقيق was taken for the holder):
                // the phrase is a role, as it is when roles are learned.
                parts = parts with { RoleEnd = parts.NameEnd, NameStart = -1, NameEnd = -1 };
                hasName = false;
            }

            var hasRole = parts.HasRole && IsRoleShaped(parts.RoleStart, parts.RoleEnd);
            (int, int)? name = hasName ? (tokens[parts.NameStart].Start, tokens[ClosingQuoteAfter(parts.NameStart, parts.NameEnd) - 1].End) : null;
            (int, int)? role = hasRole ? (tokens[parts.RoleStart].Start, tokens[parts.RoleEnd - 1].End) : null;
            if (name is not null && role is not null && parts.RoleEnd == parts.NameStart && BodyName(parts.NameStart, parts.NameEnd) is { } body
                && Lexicon.IsRoleHead(norms[parts.RoleStart]) && !Lexicon.IsBodyNoun(norms[parts.RoleStart])
                && (body.Glued || !QuoteLexicon.HasArticle(QuoteLexicon.WithoutConjunction(norms[parts.RoleEnd - 1])) || QuoteLexicon.IsPreposition(norms[parts.RoleEnd - 1]))
                && !EndsWithPlace(parts.RoleStart, parts.RoleEnd))
            {
                // Rule: a body named right after a person's office is the office's complement, not its holder: after a glued
                // preposition (المدير الفني لمنتخب مصر, الرئيس التنفيذي لقطر غاز), an office word without the article (رئيس نادي
                // حي الوادي, قائد أرسنال) or a preposition (المتحدث باسم الأمم المتحدة). The office is that body's, and its holder
                // is found as for an office alone. After a definite office word the name is in apposition, its holder's,
                // whatever type the recognizer gave it (رئيس تحرير الصحيفة ستيج ابيل); and a body's own noun before its name
                // (شركة تبوك, نادي يوفنتوس) is no office: the body speaks.
                parts = parts with { RoleEnd = parts.NameEnd, NameStart = -1, NameEnd = -1 };
                role = (tokens[parts.RoleStart].Start, tokens[parts.RoleEnd - 1].End);
                name = null;
            }

            if (name is null && role is not null && roleNames.TryGetValue(RoleKey(parts.RoleStart, parts.RoleEnd), out var known))
            {
                // Rule: a role without a name is the person the article names with that role.
                name = known;
            }
            else if (name is null && role is not null && parts.RoleEnd - parts.RoleStart <= MaxAnaphoricRoleWords && last is { Name: { } currentName }
                && RoleKey(parts.RoleStart, parts.RoleEnd).Split(' ') is var roleWords
                && CurrentSpeakerOffice() is { } currentKey
                && currentKey.Split(' ') is var currentWords && currentWords[0] == roleWords[0]
                && roleWords.All(w => currentWords.Any(c => c == w || (IsStateWord(c) && IsStateWord(w)))))
            {
                // Rule: a bare role (وتشير الباحثة, وأشار الوزير, ولفت المدير العام) is the current speaker when that speaker's
                // role has the same head and every word of it (وزير الخارجية بدر عبد العاطي; طارق شوقي، وزير التربية والتعليم;
                // مدير عام منظمة الصحة العالمية تيدروس غيبريسوس); the state is one word in any of its names (وأكد رئيس الدولة
                // after رئيس الجمهورية قيس سعيد, read on web-ah).
                name = currentName;
            }
            else if (name is null && role is not null && parts.RoleEnd == parts.RoleStart + 1 && IsSurnameOfANamedPerson(parts.RoleStart))
            {
                // Rule: an office word alone that ends the name of a person the article named before (وأشار القاضي after
                // المهندس ياسر القاضي) is that person's family name, not the office.
                (name, role) = (role, null);
            }
            else if (name is null && role is not null && parts.RoleEnd == parts.RoleStart + 2 && Lexicon.IsRoleHead(norms[parts.RoleStart])
                && QuoteLexicon.HasArticle(norms[parts.RoleStart]) && IsSurnameOfANamedPerson(parts.RoleEnd - 1))
            {
                // Rule: so is the word with the article after an office word with the article, the holder called by office and
                // family name (وأكد الوزير الأصبحي after وزير حقوق الإنسان اليمني، عز الدين الأصبحي, read on held-out5: الأصبحي was
                // no part of the office); not the end of an office's complement (رئيس الطيران المدني).
                name = (tokens[parts.RoleEnd - 1].Start, tokens[parts.RoleEnd - 1].End);
                role = (tokens[parts.RoleStart].Start, tokens[parts.RoleEnd - 2].End);
            }
            else if (name is null && role is not null && OnlyNameForRole(RoleKey(parts.RoleStart, parts.RoleEnd)) is { } only)
            {
                // Rule: otherwise it is the one person the article names with a role of that head holding all its words (وكيل
                // وزارة الزراعة for وكيل وزارة الزراعة بالغربية على البيومي); a bare role word only matches a role of nisbas
                // (الباحثة for الباحثة الألمانية باولا غواتين). With two or more such people, none of them in particular.
                name = only;
            }
            else if (name is null && role is not null && HolderOfAShortOffice(parts.RoleStart, parts.RoleEnd) is { } holder)
            {
                // Rule: an office written short or in other words (رئيس تنفيذية انتقالي المهرة after مجاهد بن عفرار، رئيس الهيئة
                // التنفيذية للقيادة المحلية للمجلس الانتقالي الجنوبي) is the holder whose office shares most of its words.
                name = holder;
            }

            return name is null && role is null ? Speaker.Unknown : new Speaker(name, role, source);
        }

        /// <summary>Whether the word at k, not the start of a recognized name, is glued to و right after a word with the article.</summary>
        private bool IsOfficeGoingOnAfterWaw(int k) =>
            k > 0 && RecognizedNameAt(k) is null && norms[k].Length > 2 && norms[k][0] == CodePoints.Waw && QuoteLexicon.HasArticle(norms[k - 1]);

        /// <summary>
        /// Rule: an office whose last words are في or إلى and one bare word that no list knows and the recognizer did not name
        /// as a person or body, a place (رئيس بعثة الأمم المتحدة في ليبيا), has its complement: a body named right after it is
        /// the holder in apposition, a foreign name the recognizer typed as a body (في ليبيا برناردينو ليون, read on
        /// held-out4), not a second complement. A body's noun there (في حكومة) goes on into the complement, and a body's name
        /// that opens with its noun (في رحاب جامعة الباحة, on 2015-08-03/04) is a complement still.
        /// </summary>
        private bool EndsWithPlace(int roleStart, int roleEnd)
        {
            var place = roleEnd - 1;
            var norm = norms[place];
            return place - 1 > roleStart && roleEnd < tokens.Count && !Lexicon.IsBodyNoun(norms[roleEnd]) && norms[place - 1] is "في" or "الي" && tokens[place].Kind == TokenKind.ArabicWord && RecognizedNameAt(place) is null
                && !QuoteLexicon.HasArticle(norm) && !Lexicon.IsBodyNoun(norm) && !Lexicon.IsRoleHead(norm) && !Lexicon.IsStatementNoun(norm)
                && !QuoteLexicon.IsPlaceNoun(norm) && Lexicon.Cue(norm) == CueKind.None;
        }

        /// <summary>
        /// The name of the last speaker found so far whose first word, without the article, is the body noun given (بيان للقيادة
        /// after وكانت قيادة العمليات المشتركة قد أعلنت: قيادة العمليات المشتركة), or null.
        /// </summary>
        private (int Start, int End)? EarlierSpeakerHeadedBy(string noun)
        {
            for (var q = quotes.Count - 1; q >= 0; q--)
            {
                if (quotes[q] is { SpeakerStart: { } start, SpeakerEnd: { } end } && TokenAt(start) is >= 0 and var first
                    && QuoteLexicon.WithoutArticle(norms[first]) == noun && end > tokens[first].End)
                {
                    return (start, end);
                }
            }

            return last is { Name: { } current } && TokenAt(current.Start) is >= 0 and var head && QuoteLexicon.WithoutArticle(norms[head]) == noun ? current : null;
        }

        /// <summary>True when token k, with the article, is the last word of a recognized name of two words or more before it.</summary>
        private bool IsSurnameOfANamedPerson(int k)
        {
            if (names is null || !tokens[k].IsWord || !QuoteLexicon.HasArticle(norms[k]))
            {
                return false;
            }

            foreach (var name in names)
            {
                if (name.End > tokens[k].Start || !HasSeveralWords(name))
                {
                    continue;
                }

                var last = TokenEndingAt(name.End);
                if (last >= 0 && norms[last] == norms[k])
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The end of a name that holds an unpaired quotation mark (صحيفة “يسرائيل هيوم): one token further when the closing
        /// mark follows it, so the name reads as written.
        /// </summary>
        private int ClosingQuoteAfter(int start, int end)
        {
            var marks = 0;
            for (var k = start; k < end; k++)
            {
                marks += IsQuoteMarkAt(k) ? 1 : 0;
            }

            return marks % 2 == 1 && IsQuoteMarkAt(end) ? end + 1 : end;
        }

        /// <summary>
        /// Where the text's headline ends: its first line, when a blank line follows it and it is no longer than a headline
        /// (<see cref="MaxHeadlineChars"/>); 0 when the text opens with no such line.
        /// </summary>
        private int HeadlineEnd()
        {
            var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            return lineEnd > 0 && lineEnd <= MaxHeadlineChars && text.AsSpan(lineEnd + 1).TrimStart(' ').StartsWith("\n") ? lineEnd : 0;
        }

        /// <summary>The longest first line read as a headline: of SaudiNewsNet's 31,030 titles the longest has 181 characters (99% have at most 90).</summary>
        private const int MaxHeadlineChars = 200;

        /// <summary>A role opens with no preposition or pronoun, and holds no مثل/منهم that introduces a named example.</summary>
        private bool IsRoleShaped(int start, int end)
        {
            if (SpeakerShape.IsLeadingPrepositionOrPronoun(norms[start]))
            {
                return false;
            }

            for (var k = start; k < end; k++)
            {
                if (norms[k] is "مثل" or "منهم" or "ومنهم")
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Learns "role → name" from every office the article names with a person (مستشار الأمن القومي العراقي ، قاسم الأعرجي).</summary>
        private void LearnRoleNames()
        {
            // A recognized name with its office in apposition (سامي البيومي، وكيل وزارة الزراعة بالغربية) is the one a later
            // bare mention of that office means.
            foreach (var name in names ?? [])
            {
                if (OfficeAfter((name.Start, name.End)) is { } office)
                {
                    roleNames.TryAdd(office, (name.Start, name.End));
                }
            }

            var headlineEnd = HeadlineEnd();
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind != TokenKind.ArabicWord || !Lexicon.IsRoleHead(norms[i]))
                {
                    continue;
                }

                var end = i;
                while (end < sentenceEnd[i] && end - i < MaxSubjectTokens && !QuoteLexicon.IsComplementizer(norms[end]) && !QuoteLexicon.IsRelative(norms[end])
                    && Lexicon.Cue(norms[end]) == CueKind.None && !(end > i && QuoteLexicon.IsPreposition(norms[end]) && !IsAliInApposition(i, end, sentenceEnd[i]))
                    && !(tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is not (',' or CodePoints.ArabicComma))
                    && !StopsSubject(i, end, sentenceEnd[i]))
                {
                    end++;
                }

                if (end < sentenceEnd[i] && end > i && QuoteLexicon.IsPreposition(norms[end]) && norms[end] != "مع" && IsDefiniteOffice(i, end)
                    && NameAfterComplement(end, sentenceEnd[i], named: false) is { } afterName && names is not null && names.Any(n => n.End == tokens[afterName - 1].End))
                {
                    // An office's complement may stand before a recognized name (وزير الطاقة والمياه في حكومة تصريف الأعمال وليد
                    // فياض); unrecognized words there are as often the sentence's next words (أعلنها بنفسها). Not after مع, which
                    // brings in another person (أجرى وزير الخارجية عادل الجبير مباحثات مع وزير الخارجية الإيطالي باولو جينتيلوني,
                    // read on held-out6, where the Italian minister was learned for the whole phrase).
                    end = afterName;
                }

                var parts = owner.parser.Parse(text, tokens, norms, i, end, names);
                // A learned name is a recognized person's (not a body's: مدير أمن مصراته داعش حاول الانتقام, a headline read on
                // web-ac, names no holder), follows a title (الوزير الدكتور طارق شوقي), or is two words or more, none
                // with the article but the last, after an office of two words or more (وزير الداخلية الجزائري أمس دحو ولد قابلية);
                // other words after an office are the verb's object (وتوقع الوزير انخفاض نسبة التظلمات, أسباب تأخر إخراج مشروع
                // القانون الجنائي).
                var personLike = names is null || !parts.HasName || (RecognizedNameAt(parts.NameStart) is { } recognized && !names[recognized].Body) || (parts.NameStart > 0 && Lexicon.IsTitle(norms[parts.NameStart - 1]))
                    || (parts.RoleEnd - parts.RoleStart >= 2 && parts.NameEnd - parts.NameStart >= MinUnrecognizedName
                        && Enumerable.Range(parts.NameStart, parts.NameEnd - parts.NameStart - 1).All(k => !QuoteLexicon.HasArticle(norms[k])));
                // A time after the office (رئيس المؤسسة يوم السبت) is no holder's name, nor are unrecognized words joined by و
                // to the office's last definite word (وزير الاتصالات وتكنولوجيا المعلومات: the office goes on).
                personLike &= !parts.HasName || !(QuoteLexicon.IsSubjectBreakerAt(norms, parts.NameStart) || norms[parts.NameStart] == "يوم" || QuoteLexicon.OpensObjectPhrase(norms[parts.NameStart])
                    || IsOfficeGoingOnAfterWaw(parts.NameStart));
                // Unrecognized words are not learned in a headline, where an office is followed by its verb (وزير الخارجية يجري
                // مباحثات مع نظيره الإيطالي, read on held-out6: يجري مباحثات had been learned as the minister's name) unless a title
                // announces them, nor when they all end in the accusative's alif: the verb's object and its adjective (كما عقد الوزير
                // الأمريكي اجتماعا ثلاثيا مع, read on 2015-08-03/04).
                personLike &= !parts.HasName || RecognizedNameAt(parts.NameStart) is not null
                    || ((tokens[parts.NameStart].Start >= headlineEnd || (parts.NameStart > 0 && Lexicon.IsTitle(norms[parts.NameStart - 1])))
                        && !(parts.NameEnd - parts.NameStart >= 2 && Enumerable.Range(parts.NameStart, parts.NameEnd - parts.NameStart).All(k => norms[k].Length > 3 && norms[k][^1] == 'ا')));
                if (parts.HasName && parts.HasRole && personLike && (!SpeakerShape.IsLeadingPrepositionOrPronoun(norms[parts.NameStart]) || owner.parser.IsAliAfterTitle(text, tokens, norms, parts.NameStart)
                    || (parts.NameEnd > parts.NameStart + 1 && IsRawAli(parts.NameStart))) && IsRoleShaped(parts.RoleStart, parts.RoleEnd))
                {
                    roleNames.TryAdd(RoleKey(parts.RoleStart, parts.RoleEnd), (tokens[parts.NameStart].Start, tokens[parts.NameEnd - 1].End));
                }
            }
        }

        /// <summary>
        /// The name learned for roles with the key's head that hold all of the key's words, when all such roles name one person;
        /// else null. A one-word key (الباحثة, الوزير) first matches the roles of that head and nisbas only (الباحثة الألمانية
        /// باولا غواتين); when none does and no current speaker is named (who would be the one meant: the bare role after him is
        /// his), every role of that head whose holder the recognizer named (معالي الدكتور خلفان بن
        /// سعيد الشعيلي، وزير الإسكان والتخطيط العمراني for الوزير), so that words an office learned by mistake (القاضي ...
        /// صوت الشخص) are not taken for a holder.
        /// </summary>
        private (int Start, int End)? OnlyNameForRole(string key)
        {
            var wanted = key.Split(' ');
            if (wanted.Length > 1)
            {
                // Rule: an office named in full without a name (أعلن المتحدث باسم وزارة الصحة الفلسطينية) is the one
                // person the article names by that office's head word alone (وقال المتحدث أشرف القدرة): the bare head
                // refers back to the office, so its holder is that office's, when the recognizer named him and no role
                // of that head holds all the office's words.
                return OnlyName(words => words[0] == wanted[0] && wanted.All(words.Contains), recognizedOnly: false, out var fitting)
                    ?? (fitting ? null : OnlyName(words => words.Length == 1 && words[0] == wanted[0], recognizedOnly: true, out _, AfterDefiniteWord));
            }

            return OnlyName(words => words[0] == wanted[0] && words.Skip(1).All(w => w.Length > 3 && (w.EndsWith('ي') || w.EndsWith("يه", StringComparison.Ordinal))), recognizedOnly: false, out var any)
                ?? (any || last?.Name is not null ? null : OnlyName(words => words[0] == wanted[0], recognizedOnly: true));
        }

        /// <summary>A word for the state itself in an office (الدولة, الجمهورية, المملكة, البلاد), as a role key writes it.</summary>
        private static bool IsStateWord(string word) => word is "دوله" or "جمهوريه" or "مملكه" or "بلاد";

        /// <summary>
        /// The key of the current speaker's office: the role read with him, else the office written after his name or learned
        /// for it (طارق شوقي، وزير التربية والتعليم); null when he has none or nobody is named as speaking.
        /// </summary>
        private string? CurrentSpeakerOffice() =>
            last is not { Name: { } current } ? null : last.Role is { } role ? KeyOf(role) : OfficeAfter(current) ?? LearnedOfficeOf(current);

        /// <summary>
        /// The holder an office without a name stands for when no learned office holds all its words: among the people the
        /// recognizer named and the article gave an office of the same head, the one whose office shares most of the other
        /// words, at least half of them (رئيس تنفيذية انتقالي المهرة: تنفيذية and انتقالي of رئيس الهيئة التنفيذية ... للمجلس
        /// الانتقالي الجنوبي). The official (المسؤول, المسئول الصحي في ولاية كسلا) is the holder of any office sharing a word with
        /// it (مدير عام وزارة الصحة في ولاية كسلا); the official alone (وشدد المسؤول) is the current speaker, when the article
        /// gave him an office. A person's part with one word after it (مدرب الحمر after عادل رمزي، مدرب الوداد) is the current
        /// speaker's, when his office has that head. An office without the article before a preposition or an adjective
        /// (مسؤول في البيت الأبيض, ناطق باسم طالبان, رئيس تنفيذية) is someone new unless it shares two words; an official so
        /// written always is. Null when two people fit as well. The bounds (half the words, two for an indefinite office) were
        /// read on web-aa, where رئيس تنفيذية انتقالي المهرة shares two of its three words with its holder's office, and on
        /// 2015-08-03/04, where one shared word gave ناطق باسم طالبان and مسؤول في البيت الأبيض to names the page held.
        /// </summary>
        private (int Start, int End)? HolderOfAShortOffice(int start, int end)
        {
            var wanted = RoleKey(start, end).Split(' ');
            var indefinite = IsIndefiniteOffice((tokens[start].Start, tokens[end - 1].End))
                || (!QuoteLexicon.HasArticle(norms[start]) && start + 1 < end && (QuoteLexicon.IsPreposition(norms[start + 1]) || QuoteLexicon.IsRoleConnector(norms[start + 1])));
            var official = QuoteLexicon.IsOfficialNoun(wanted[0]);
            if (official && (indefinite || !QuoteLexicon.HasArticle(norms[start])))
            {
                return null;
            }

            if (!indefinite && last is { Name: { } current } && CurrentSpeakerOffice() is { } currentKey
                && ((official && wanted.Length == 1) || (!official && wanted.Length == 2 && QuoteLexicon.IsPersonNoun(wanted[0]) && currentKey.Split(' ')[0] == wanted[0])))
            {
                // The official alone (وشدد المسؤول على أن after الحسين يوعابد، رئيس مصلحة التواصل) and a person's part with one
                // word (مدرب الحمر) are the current speaker, when the article gave him an office.
                return current;
            }

            var others = wanted.Skip(1).Where(IsContentWord).Select(WordStem).ToHashSet(StringComparer.Ordinal);
            var roleText = text[tokens[start].Start..tokens[end - 1].End];
            (int Start, int End)? best = null;
            string? bestText = null;
            var (bestShared, tied) = (0, false);
            foreach (var (office, holder) in roleNames)
            {
                var words = office.Split(' ');
                var holderText = text[holder.Start..holder.End];
                if ((!official && words[0] != wanted[0]) || names?.Any(n => !n.Body && n.Start == holder.Start && n.End == holder.End) != true
                    || roleText.Contains(holderText, StringComparison.Ordinal))
                {
                    // A name the office itself holds (رئيس مجلس إدارة نادي أبها, متحدث ... لوكالة فرانس برس) is its complement, not its holder.
                    continue;
                }

                var shared = words.Skip(1).Where(IsContentWord).Select(WordStem).Distinct(StringComparer.Ordinal).Count(others.Contains);
                if (shared > bestShared)
                {
                    (best, bestText, bestShared, tied) = (holder, holderText, shared, false);
                }
                else if (shared == bestShared && shared > 0 && holderText != bestText)
                {
                    tied = true;
                }
            }

            return best is null || tied || bestShared < (indefinite ? 2 : 1) || (!official && bestShared * 2 < others.Count) ? null : best;

            static bool IsContentWord(string word) => word.Length > 2 && !QuoteLexicon.IsPreposition(word) && !QuoteLexicon.IsRoleConnector(word);

            // A word's stem for comparing offices: without a nisba's or a feminine ending (الصحي and الصحة, الإيراني and إيران).
            static string WordStem(string word) =>
                word.Length < 3 ? word
                : word.Length > 3 && word.EndsWith("يه", StringComparison.Ordinal) ? word[..^2]
                : word[^1] is 'ي' or 'ه' ? word[..^1]
                : word;
        }

        private (int Start, int End)? OnlyName(Func<string[], bool> fits, bool recognizedOnly) => OnlyName(fits, recognizedOnly, out _);

        /// <summary>
        /// Whether the word right before a name is definite (المتحدث أشرف القدرة, الوزير بلينكن): a role word in apposition
        /// to its holder, not the head of a construct whose complement was taken for a name (زعيم طالبان).
        /// </summary>
        private bool AfterDefiniteWord((int Start, int End) name) =>
            TokenAt(name.Start) is var k && k > 0 && tokens[k - 1].IsWord && QuoteLexicon.HasArticle(QuoteLexicon.WithoutConjunction(norms[k - 1]));

        /// <summary>The one name learned for the roles that fit (<paramref name="any"/>: some role fit), or null when none or several.</summary>
        private (int Start, int End)? OnlyName(Func<string[], bool> fits, bool recognizedOnly, out bool any, Func<(int Start, int End), bool>? nameFits = null)
        {
            any = false;
            (int Start, int End)? found = null;
            string? foundText = null;
            foreach (var (learned, name) in roleNames)
            {
                if (!fits(learned.Split(' ')) || (recognizedOnly && names?.Any(n => n.Start == name.Start && n.End == name.End) != true)
                    || (nameFits is not null && !nameFits(name)))
                {
                    continue;
                }

                any = true;
                var nameText = text[name.Start..name.End];
                if (foundText is not null && foundText != nameText)
                {
                    return null;
                }

                (found, foundText) = (name, nameText);
            }

            return found;
        }

        /// <summary>
        /// The office the article named a person with (وزير النقل واللوجستيات صالح الجاسر, for الجاسر): the learned office whose
        /// name is this one or ends with it, when there is one such office; else null.
        /// </summary>
        private string? LearnedOfficeOf((int Start, int End) name)
        {
            var wanted = Compound(text[name.Start..name.End]);
            string? found = null;
            foreach (var (office, learned) in roleNames)
            {
                var learnedText = Compound(text[learned.Start..learned.End]);
                if (learnedText == wanted || learnedText.EndsWith(" " + wanted, StringComparison.Ordinal))
                {
                    if (found is not null && found != office)
                    {
                        return null;
                    }

                    found = office;
                }
            }

            return found;
        }

        /// <summary>A name with عبد written apart or joined alike (عبد الله, عبدالله: نبيل عبدالله is later عبد الله).</summary>
        private static string Compound(string name) => name.Replace("عبد ", "عبد", StringComparison.Ordinal);

        /// <summary>The key of a role span as <see cref="RoleKey"/> makes it: its words, matching-normalized, without the article.</summary>
        private string KeyOf((int Start, int End) span)
        {
            var words = new List<string>();
            for (var k = FirstTokenFrom(span.Start); k < tokens.Count && tokens[k].Start < span.End; k++)
            {
                if (tokens[k].IsWord)
                {
                    words.Add(KeyWord(norms[k]));
                }
            }

            return string.Join(' ', words);
        }

        /// <summary>
        /// The key of an office right after a name, a comma allowed between (طارق شوقي، وزير التربية والتعليم: وزير تربيه وتعليم),
        /// up to the next punctuation, إن/أن or a relative, or null.
        /// </summary>
        private string? OfficeAfter((int Start, int End) name)
        {
            var k = TokenEndingAt(name.End) + 1;
            if (k > 0 && k + 1 < tokens.Count && IsComma(k + 1) && tokens[k].Kind == TokenKind.ArabicWord && !QuoteLexicon.HasArticle(norms[k])
                && !Lexicon.IsRoleHead(norms[k]) && !Lexicon.IsTitle(norms[k]) && !QuoteLexicon.IsPreposition(norms[k]) && Lexicon.Cue(norms[k]) == CueKind.None)
            {
                // The last word of a name the recognizer cut short (فاطمة الزهراء عمور، وزيرة السياحة: فاطمة الزهراء).
                k++;
            }

            if (k > 0 && k < tokens.Count && IsComma(k))
            {
                k++;
            }

            if (k <= 0 || k >= tokens.Count)
            {
                return null;
            }

            var accusative = IsAccusativeOffice(k);
            if (!accusative && !Lexicon.IsRoleHead(norms[k]))
            {
                return null;
            }

            var end = k;
            while (end < tokens.Count && end - k < MaxSubjectTokens && tokens[end].IsWord && !QuoteLexicon.IsComplementizer(norms[end]) && !QuoteLexicon.IsRelative(norms[end]))
            {
                end++;
            }

            if (!accusative)
            {
                return RoleKey(k, end);
            }

            // Rule: an office in the accusative after a name (انتخاب زياد عباس رئيسا جديدا لبلدية الحاجب, تعيين فلان مديرا عاما
            // للشركة) is the office the name holds from then on: its words without the accusative's alif (رئيس جديد بلدية الحاجب).
            return string.Join(' ', Enumerable.Range(k, end - k).Select(j => KeyWord(QuoteLexicon.HasArticle(norms[j]) || norms[j].Length <= 3 || norms[j][^1] != 'ا' ? norms[j] : norms[j][..^1])));
        }

        /// <summary>An office word with the accusative's alif (رئيسا, مديرا, وزيرا): the office a name is made to hold.</summary>
        private bool IsAccusativeOffice(int k) =>
            tokens[k].Kind == TokenKind.ArabicWord && norms[k].Length > 3 && norms[k][^1] == 'ا' && !Lexicon.IsRoleHead(norms[k]) && Lexicon.IsRoleHead(norms[k][..^1]);

        private string RoleKey(int start, int end) =>
            string.Join(' ', Enumerable.Range(start, end - start).Where(k => tokens[k].IsWord).Select(k => KeyWord(norms[k])));

        /// <summary>
        /// A word of a role's key: without the article (and a بـ glued before it), and without a glued لـ before a body noun, so that الرئيس التنفيذي لشركة
        /// مطار البحرين and رئيس شركة مطار البحرين share شركة; a spokesperson is one office whichever word names it (الناطق
        /// الرسمي باسم الوزارة, then المتحدث باسم الوزارة).
        /// </summary>
        private string KeyWord(string norm)
        {
            // بـ glued before the article is no part of the word (بالجزائرية للمياه, then بشركة الجزائرية للمياه).
            var word = QuoteLexicon.WithoutArticle(norm.Length > 5 && norm.StartsWith("بال", StringComparison.Ordinal) ? norm[1..] : norm);
            word = Lexicon.IsBodyNounBehindLam(word) ? QuoteLexicon.WithoutArticle(word[1..]) : word;
            return word switch
            {
                "ناطق" => "متحدث",
                "ناطقه" => "متحدثه",
                _ => word,
            };
        }

        /// <summary>Rule: the line "— Name (@handle) date" under a tweet's text makes that text a direct quote of Name.</summary>
        private void FromTweets()
        {
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                var c = text[tokens[i].Start];
                if (tokens[i].Kind != TokenKind.Punctuation || !IsDash(c) || !StartsLine(i))
                {
                    continue;
                }

                var open = i + 1;
                while (open < tokens.Count && open - i <= MaxSubjectTokens / 2 && text[tokens[open].Start] != '(' && !LineBreakAfter(open))
                {
                    open++;
                }

                if (open + 1 >= tokens.Count || text[tokens[open].Start] != '(' || tokens[open + 1].Kind != TokenKind.Mention || open == i + 1)
                {
                    continue;
                }

                var previousLineEnd = i - 1;
                if (previousLineEnd < 0)
                {
                    continue;
                }

                var previousLineStart = previousLineEnd;
                while (previousLineStart > 0 && !QuotationMarks.LineBreakBetween(text, tokens[previousLineStart - 1].End, tokens[previousLineStart].Start))
                {
                    previousLineStart--;
                }

                var (s, e) = SpeakerParser.TrimPunctuation(tokens, previousLineStart, previousLineEnd + 1);
                if (e - s < MinQuoteWords)
                {
                    continue;
                }

                var speaker = new Speaker((tokens[i + 1].Start, tokens[open - 1].End), null, SpeakerSource.Tweet);
                Record(Make(tokens[s].Start, tokens[e - 1].End, direct: true, speaker, open + 1, tokens[open + 1].Start), speaker);
            }
        }

        /// <summary>A hyphen, an en dash or an em dash.</summary>
        private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014';

        private bool StartsLine(int k) => k == 0 || QuotationMarks.LineBreakBetween(text, tokens[k - 1].End, tokens[k].Start);

        private bool LineBreakAfter(int k) => k + 1 < tokens.Count && QuotationMarks.LineBreakBetween(text, tokens[k].End, tokens[k + 1].Start);

        private static int[] SentenceEnds(string text, IReadOnlyList<Token> tokens)
        {
            var ends = new int[tokens.Count];
            var k = 0;
            foreach (var sentence in SentenceSplitter.Split(text, tokens))
            {
                var first = k;
                while (k < tokens.Count && tokens[k].Start < sentence.End)
                {
                    k++;
                }

                for (var j = first; j < k; j++)
                {
                    ends[j] = k;
                }
            }

            return ends;
        }
    }

    /// <summary>A speaker as character spans of name and role.</summary>
    private sealed record Speaker((int Start, int End)? Name, (int Start, int End)? Role, SpeakerSource Source)
    {
        public static Speaker Unknown { get; } = new(null, null, SpeakerSource.Unknown);

        /// <summary>The gender the cue that named this speaker marked on it (قالت: feminine), kept when the speaker is carried over.</summary>
        public CueGender Gender { get; init; }

        /// <summary>The speaker as a statement refers back to it (البيان): the statement's own cue gives the gender.</summary>
        public Speaker WithGenderOfItsCue() => this with { Gender = CueGender.Unknown };
    }
}
