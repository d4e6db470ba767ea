using Mizan.Text;
using Mizan.Text.Tokenization;

namespace Mizan.Quotes;

/// <summary>A speaker phrase split into its parts, as token ranges [start, end) (−1 when absent).</summary>
internal readonly record struct SpeakerParts(int NameStart, int NameEnd, int RoleStart, int RoleEnd, bool Anonymous)
{
    public static SpeakerParts None => new(-1, -1, -1, -1, false);

    public bool HasName => NameStart >= 0;

    public bool HasRole => RoleStart >= 0;
}

/// <summary>
/// Splits the phrase that names a speaker into role and name. Rules, each tested by name: the rules that read a whole
/// phrase (a recognized name, a name in apposition to an office, يدعى, a source word ...) are a table of small classes,
/// <see cref="PhraseRules"/>, tried in order; a phrase none of them reads is read comma segment by comma segment, and
/// reading stops once a name is found;
/// a title or rank (الجنرال, اللواء, الفريق أول ركن) is neither: the name follows it and the role precedes it;
/// a phrase headed by an office (رئيس, وزير, مستشار, المتحدث ...) is a role, and the name is the run of name-like words
/// at its end, which needs one word without the article (قاسم الأعرجي, not العراقي);
/// a short phrase of name-like words is a name (الخفاجي, برنين);
/// a phrase headed by an anonymous source (مصدر, مصادر) names nobody.
/// </summary>
internal sealed class SpeakerParser(QuoteLexicon lexicon)
{
    /// <summary>Names longer than this are not names (four covers عبد الأمير الشمري and جون دبليو برنين).</summary>
    private const int MaxNameWords = 4;

    /// <summary>
    /// After an office's preposition, a run of name-like words this long or longer opens with a place (في إيطاليا فيدريكا جودي):
    /// a place and a two-word name, as in the two cases read on the held-out errors of the fourth round (فيدريكا جودي, منصور
    /// الجرادي); a run of two stays a name.
    /// </summary>
    private const int MinPlaceAndName = 3;

    /// <summary>
    /// How many words a body's short name may hold before a word glued to لـ ends it: a noun and its adjective (المكتب الإعلامي
    /// لرئيس مجلس الوزراء, read on web-h), three with a second adjective; further on, the words are the sentence's (وأوضحت
    /// الشركة قيامها بتنفيذ جهود متميزة لإظهار, read on 2015-08-03/04).
    /// </summary>
    private const int MaxBodyNameBeforeLam = 3;

    /// <summary>A place's noun behind بـ, the place's one-word name and a name of two words: four words (بمحافظة خيبر فهد الرشيدي).</summary>
    private const int PlaceThenName = 4;

    /// <summary>Phrases longer than this without a role head or title are not taken as a speaker.</summary>
    private const int MaxPlainSpeakerWords = 5;

    /// <param name="issuer">True for the issuer of a statement (بيان للسفارة الأميركية), which may open with لل.</param>
    public SpeakerParts Parse(string text, IReadOnlyList<Token> tokens, string[] norms, int start, int end, IReadOnlyList<NameSpan>? names, bool issuer = false)
    {
        (start, end) = TrimPunctuation(tokens, start, end);
        if (start >= end)
        {
            return SpeakerParts.None;
        }

        var phrase = new Phrase(this, text, tokens, norms, start, end, names, issuer);
        foreach (var rule in PhraseRules)
        {
            if (rule.Read(phrase) is { } parts)
            {
                return parts;
            }
        }

        return BySegments(text, tokens, norms, start, end, issuer);
    }

    /// <summary>
    /// Reads the phrase comma segment by comma segment when no rule of <see cref="PhraseRules"/> read it whole: the first
    /// segment with a name gives it, with the first office before it as its role.
    /// </summary>
    private SpeakerParts BySegments(string text, IReadOnlyList<Token> tokens, string[] norms, int start, int end, bool issuer)
    {
        var role = (Start: -1, End: -1);
        var segmentStart = start;
        for (var k = start; k <= end; k++)
        {
            if (k < end && !IsComma(text, tokens[k]))
            {
                continue;
            }

            var (s, e) = TrimPunctuation(tokens, segmentStart, k);
            segmentStart = k + 1;
            if (s >= e)
            {
                continue;
            }

            // Rule: علي written with a final yeh opens a name segment after an office's (وزير الصناعة، علي عون، اليوم): the name
            // Ali, not the preposition على.
            if (role.Start >= 0 && e - s is 2 or 3 && IsRawAli(text, tokens, s)
                && Enumerable.Range(s + 1, e - s - 1).All(j => IsNameWord(tokens[j], norms[j])))
            {
                return new SpeakerParts(s, e, role.Start, role.End, false);
            }

            // Rule: "البعض، مثل X" names X: a segment introduced by مثل or منهم is the speaker.
            if (norms[s] is "مثل" or "منهم" or "ومنهم" && s + 1 < e)
            {
                var example = ParseSegment(text, tokens, norms, s + 1, e, issuer);
                if (example.HasName)
                {
                    return new SpeakerParts(example.NameStart, example.NameEnd, role.Start, role.End, false);
                }
            }

            // Rule: after an office, a segment that opens with a direction (مسؤول يمني بمحافظة عدن، جنوب البلاد، اليوم; جبهة
            // ردفان العند الواقعة شمال محافظة لحج، قائد نصر: read on held-out8) says where the office's place lies, no name.
            if (role.Start >= 0 && QuoteLexicon.IsDirectionWord(norms[s]))
            {
                continue;
            }

            var parts = ParseSegment(text, tokens, norms, s, e, issuer);
            if (parts.HasRole && role.Start < 0)
            {
                role = (parts.RoleStart, parts.RoleEnd);
            }

            if (parts.HasName && !NextSegmentIsExample(text, tokens, norms, k, end))
            {
                return new SpeakerParts(parts.NameStart, parts.NameEnd, role.Start, role.End, false);
            }

            if (parts.HasName)
            {
                continue;
            }

            if (!parts.HasRole)
            {
                break;
            }
        }

        return role.Start >= 0 ? new SpeakerParts(-1, -1, role.Start, role.End, false) : SpeakerParts.None;
    }

    /// <summary>The lexicon the rules of <see cref="PhraseRules"/> read.</summary>
    private QuoteLexicon Lexicon => lexicon;

    /// <summary>The rules that read a whole speaker phrase, tried in order; the first that reads it wins, else its segments are read.</summary>
    private static readonly PhraseRule[] PhraseRules =
    [
        new CalledName(),
        new AnonymousSource(),
        new UnnamedOfficial(),
        new RankNounIsAFormOfAddress(),
        new NameCommaOffice(),
        new BareNameThenOffice(),
        new OfficeThenNameBetweenCommas(),
        new NationalityBeforeARecognizedName(),
        new RecognizedNameOpensThePhrase(),
        new TitleNameOffice(),
        new RecognizedHolderBeforeOffice(),
        new RecognizedBodyIsTheOfficesComplement(),
        new RecognizedPersonAfterAGluedBody(),
        new LastRecognizedName(),
    ];

    /// <summary>
    /// A speaker phrase [Start, End) in tokens, with what its rules share: the recognized name that ends last in it, an office
    /// word the recognizer took for a one-word name set aside.
    /// </summary>
    private sealed class Phrase
    {
        public Phrase(SpeakerParser parser, string text, IReadOnlyList<Token> tokens, string[] norms, int start, int end, IReadOnlyList<NameSpan>? names, bool issuer)
        {
            (Parser, Text, Tokens, Norms, Start, End, Names, Issuer) = (parser, text, tokens, norms, start, end, names, issuer);
        }

        public SpeakerParser Parser { get; }

        public string Text { get; }

        public IReadOnlyList<Token> Tokens { get; }

        public string[] Norms { get; }

        public int Start { get; }

        public int End { get; }

        public IReadOnlyList<NameSpan>? Names { get; }

        public bool Issuer { get; }

        /// <summary>Read when a rule first asks, as the early rules (يدعى, a source word) need no names.</summary>
        public NameSpan? LastRecognized
        {
            get
            {
                if (!lastRead)
                {
                    (last, lastRead) = (ReadLastRecognized(), true);
                }

                return last;
            }
        }

        private NameSpan? last;

        private bool lastRead;

        private NameSpan? ReadLastRecognized()
        {
            var found = Names is null ? null : FromRecognizedNames(Tokens, Start, End, Names);
            if (found is { } lone && lone.Start == Start && lone.End == Start + 1 && End > Start + 1 && !IsDefinite(Norms[Start]) && Parser.IsOfficeWord(Norms[Start]))
            {
                // Rule: an office word without the article that the recognizer took for a one-word name (أمين عام وزارة النقل أنمار
                // الخصاونة: أمين) opens the role when words follow it; the holder's name is read after it. Alone or with the
                // article it is a surname (وقال القاضي إنه, ورجح الشيخ أن).
                return null;
            }

            return found;
        }

        /// <summary>The same phrase from another first token, read by every rule again.</summary>
        public SpeakerParts From(int start) => Parser.Parse(Text, Tokens, Norms, start, End, Names, Issuer);
    }

    private abstract class PhraseRule
    {
        /// <summary>The phrase split into name and role, or null when the rule does not read it.</summary>
        public abstract SpeakerParts? Read(Phrase p);
    }

    /// <summary>Rule: "X يدعى NAME" (شاهد عيان يدعى أحمد اكاي): the name follows يدعى, and the words before it are the role.</summary>
    private sealed class CalledName : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p)
        {
            for (var d = p.Start + 1; d + 1 < p.End; d++)
            {
                if (p.Norms[d] is "يدعي" or "تدعي" or "يدعا")
                {
                    var (nameStart, nameEnd) = TrimPunctuation(p.Tokens, d + 1, p.End);
                    while (nameEnd > nameStart + 1 && p.Parser.Lexicon.IsBodyNounBehindLam(p.Norms[nameEnd - 1]))
                    {
                        nameEnd--;
                    }

                    return nameStart < nameEnd ? new SpeakerParts(nameStart, nameEnd, p.Start, d, false) : SpeakerParts.None;
                }
            }

            return null;
        }
    }

    /// <summary>Rule: a phrase headed by an anonymous source (مصدر, مصادر) names nobody.</summary>
    private sealed class AnonymousSource : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p) => p.Parser.Lexicon.IsAnonymousHead(p.Norms[p.Start]) ? new SpeakerParts(p.Start, p.End, -1, -1, true) : null;
    }

    /// <summary>
    /// Rule: an office word without the article, then في or من and its complement (مسؤول في الاتحاد السعودي لكرة القدم, خبير في
    /// الأرصاد الجوية), is an unnamed official: the whole phrase is the role, and a body named in the complement is where the
    /// official works, not the speaker. The extractor reads such a phrase only when the complement names no person. A title
    /// written so is an unnamed officer too (<see cref="QuoteLexicon.IsIndefiniteOfficeOrRank"/>).
    /// </summary>
    private sealed class UnnamedOfficial : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p) =>
            p.Start + 2 < p.End && p.Tokens[p.Start].Kind == TokenKind.ArabicWord && p.Parser.Lexicon.IsIndefiniteOfficeOrRank(p.Norms[p.Start])
            && !IsDefinite(p.Norms[p.Start]) && p.Norms[p.Start + 1] is "في" or "من"
            && !Enumerable.Range(p.Start + 2, p.End - p.Start - 2).Any(k => p.Parser.Lexicon.IsTitle(p.Norms[k]))
                ? new SpeakerParts(-1, -1, p.Start, p.End, false)
                : null;
    }

    /// <summary>
    /// Rule: a rank noun (معالي, سمو, فخامة; صاحب السمو) before an office or a title is a form of address, not a name: the
    /// phrase is read from the office (أكد معالي الوزير أن: the role الوزير).
    /// </summary>
    private sealed class RankNounIsAFormOfAddress : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p)
        {
            var next = p.Start;
            while (next < p.End && QuoteLexicon.IsRankNounAt(p.Norms, next))
            {
                next++;
            }

            return next > p.Start && next < p.End && (p.Parser.Lexicon.IsRoleHead(p.Norms[next]) || p.Parser.Lexicon.IsTitle(p.Norms[next]))
                ? p.From(next)
                : null;
        }
    }

    /// <summary>Rule: <see cref="NameThenOffice"/>.</summary>
    private sealed class NameCommaOffice : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p) => p.Parser.NameThenOffice(p.Text, p.Tokens, p.Norms, p.Start, p.End, p.Names);
    }

    /// <summary>Rule: <see cref="BareNameThenDefiniteOffice"/>.</summary>
    private sealed class BareNameThenOffice : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p) => p.Parser.BareNameThenDefiniteOffice(p.Text, p.Tokens, p.Norms, p.Start, p.End);
    }

    /// <summary>
    /// Rule: an office, a comma, then a name of two to four words (after any titles) that ends the phrase or a comma (قالت
    /// المديرة التنفيذية لجمعية معهد تضامن النساء الأردني، أنعام العشا، إن): the name in apposition is the holder, and the
    /// office up to the comma the role, though the recognizer named only a body inside the office. Read on web-p.
    /// </summary>
    private sealed class OfficeThenNameBetweenCommas : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p)
        {
            if (!p.Parser.Lexicon.IsRoleHead(p.Norms[p.Start]) || p.Parser.Lexicon.IsTitle(p.Norms[p.Start]))
            {
                return null;
            }

            var comma = NextComma(p.Text, p.Tokens, p.Start + 1, p.End);

            var nameStart = comma + 1;
            var titled = false;
            while (nameStart < p.End)
            {
                if (IsAbbreviatedTitle(p.Text, p.Tokens, p.Norms, nameStart))
                {
                    nameStart += 2;
                }
                else if (p.Parser.Lexicon.IsTitle(p.Norms[nameStart]) || QuoteLexicon.IsRankFillerAt(p.Norms, nameStart))
                {
                    nameStart++;
                }
                else
                {
                    break;
                }

                titled = true;
            }

            var nameEnd = NextComma(p.Text, p.Tokens, nameStart, p.End);

            // After a title, a name may hold no word without the article (وزير التربية، د. التهامي الزين، أن).
            var words = nameEnd - nameStart;
            // An office word without the article may be the given name there (المتحدث باسم جبهة العند بمحافظة لحج، قائد نصر، أن,
            // read on held-out6), as before an office after a comma (قائد نصر، المتحدث باسم جبهة ردفان).
            var givenOffice = words >= 2 && p.Tokens[nameStart].Kind == TokenKind.ArabicWord && p.Parser.Lexicon.IsRoleHead(p.Norms[nameStart])
                && !p.Parser.Lexicon.IsTitle(p.Norms[nameStart]) && !IsDefinite(p.Norms[nameStart]) && !p.Parser.Lexicon.IsBodyNoun(p.Norms[nameStart])
                && p.Parser.NameRunAtEnd(p.Tokens, p.Norms, nameStart + 1, nameEnd) == nameStart + 1;
            var named = p.Parser.NameRunAtEnd(p.Tokens, p.Norms, nameStart, nameEnd) == nameStart || givenOffice
                || (titled && Enumerable.Range(nameStart, Math.Max(words, 0)).All(k => p.Parser.IsNameWord(p.Tokens[k], p.Norms[k])));
            if (comma >= p.End || words is < 2 or > 4 || !named
                || p.Norms[nameStart][0] == CodePoints.Waw || QuoteLexicon.IsObjectMasdar(p.Norms[nameStart])
                || Enumerable.Range(nameStart, words).Any(k => p.Parser.Lexicon.IsBodyNoun(p.Norms[k]) || QuoteLexicon.IsSubjectBreakerAt(p.Norms, k)))
            {
                return null;
            }

            // A holder already named before the comma (بحضور مدير القطاع الصحي بمحايل محمد بن زيد عسيري، وفريق العمل; السفير
            // السعودي عبد العزيز الشمري، حرص المملكة) leaves the words after it to the rest of the sentence.
            // A place behind بـ (بمحافظة لحج, read on held-out6) is where the office is, no holder.
            var before = p.Parser.NameRunAtEnd(p.Tokens, p.Norms, p.Start + 1, comma);
            if (before > p.Start && comma - before >= 2 && !Enumerable.Range(before, comma - before).Any(k => p.Parser.Lexicon.IsBodyNoun(p.Norms[k]))
                && !(p.Norms[before].Length > 3 && p.Norms[before][0] == 'ب' && QuoteLexicon.IsPlaceNoun(p.Norms[before][1..])))
            {
                return null;
            }

            var (roleStart, roleEnd) = TrimPunctuation(p.Tokens, p.Start, comma);
            return new SpeakerParts(nameStart, nameEnd, roleStart, roleEnd, false);
        }
    }

    /// <summary>
    /// Rule: a nationality before a recognized name (أشاد الإسباني فيليكس سانشيز مدرب المنتخب) describes the person: the phrase is
    /// read from the name; the office after the name, up to a comma, is the role (الألماني توماس باخ رئيس اللجنة الأولمبية
    /// الدولية), else the nationality.
    /// </summary>
    private sealed class NationalityBeforeARecognizedName : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p)
        {
            // A person noun may stand before the nationality (النجم البرتغالي كريستيانو رونالدو، قائد نادي النصر، read on web-ah).
            var nisba = p.Start + 1 < p.End && QuoteLexicon.IsPersonNoun(p.Norms[p.Start]) && QuoteLexicon.IsNisba(p.Norms[p.Start + 1]) ? p.Start + 1 : p.Start;
            if (p.Names is null || nisba + 1 >= p.End || !QuoteLexicon.IsNisba(p.Norms[nisba]) || OpeningName(p.Tokens, nisba + 1, p.End, p.Names) is null)
            {
                return null;
            }

            var described = p.From(nisba + 1);
            if (!described.HasName || described.HasRole)
            {
                return described;
            }

            var (officeStart, officeStop) = UpToComma(p.Text, p.Tokens, described.NameEnd, p.End);
            return officeStart < officeStop && p.Parser.Lexicon.IsRoleHead(p.Norms[officeStart])
                ? described with { RoleStart = officeStart, RoleEnd = officeStop }
                : described with { RoleStart = p.Start, RoleEnd = nisba + 1 };
        }
    }

    /// <summary>
    /// Rule: a recognized name that opens the phrase is the speaker; names after it belong to what follows (أبو مرزوق الإطار
    /// القيادي لمنظمة التحرير: أبو مرزوق), unless a title follows it (its holder is named after the title).
    /// </summary>
    private sealed class RecognizedNameOpensThePhrase : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p) =>
            p.Names is not null && !p.Parser.IsOfficeWord(p.Norms[p.Start]) && OpeningName(p.Tokens, p.Start, p.End, p.Names) is { } opening && !p.Parser.HasTitle(p.Norms, opening.End, p.End)
                ? new SpeakerParts(opening.Start, opening.End, -1, -1, false)
                : null;
    }

    /// <summary>Rule: <see cref="TitleThenName"/>.</summary>
    private sealed class TitleNameOffice : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p) =>
            p.LastRecognized is { } later && p.Names is not null ? p.Parser.TitleThenName(p.Text, p.Tokens, p.Norms, p.Start, p.End, later, p.Names) : null;
    }

    /// <summary>Rule: <see cref="HolderBeforeOffice"/>.</summary>
    private sealed class RecognizedHolderBeforeOffice : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p) =>
            p.LastRecognized is { } body && p.Names is not null ? p.Parser.HolderBeforeOffice(p.Tokens, p.Norms, p.Start, p.End, body, p.Names) : null;
    }

    /// <summary>Rule: <see cref="IsOfficeComplement"/>: the phrase is a role.</summary>
    private sealed class RecognizedBodyIsTheOfficesComplement : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p) =>
            p.LastRecognized is { } complement && p.Parser.IsOfficeComplement(p.Norms, p.Start, p.End, complement) ? new SpeakerParts(-1, -1, p.Start, p.End, false) : null;
    }

    /// <summary>Rule: <see cref="PersonAfterGluedBody"/>.</summary>
    private sealed class RecognizedPersonAfterAGluedBody : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p) =>
            p.LastRecognized is { } behindLam ? p.Parser.PersonAfterGluedBody(p.Tokens, p.Norms, p.Start, p.End, behindLam) : null;
    }

    /// <summary>
    /// Rule: the recognized name that ends last in the phrase is the speaker, and the words before it, less its titles, the
    /// role; علي with a final yeh right before it is its first part (علي ناصر محمد).
    /// </summary>
    private sealed class LastRecognizedName : PhraseRule
    {
        public override SpeakerParts? Read(Phrase p)
        {
            if (p.LastRecognized is not { } found)
            {
                return null;
            }

            // A word between an opening quotation mark and the name is the name's first (الدكتور "كرار جواد العباسي": the
            // recognizer named جواد العباسي; read on web-ac).
            var recognized = found.Start > p.Start && IsRawAli(p.Text, p.Tokens, found.Start - 1)
                ? new NameSpan(found.Start - 1, found.End)
                : found.Start - 2 >= p.Start && QuotationMarks.IsQuoteMark(p.Text, p.Tokens[found.Start - 2]) && p.Parser.IsNameWord(p.Tokens[found.Start - 1], p.Norms[found.Start - 1])
                    && found.End < p.Tokens.Count && QuotationMarks.IsQuoteMark(p.Text, p.Tokens[found.End])
                    ? new NameSpan(found.Start - 1, found.End)
                    : found;
            if (recognized.Start > p.Start && p.Norms[recognized.Start - 1] == "ال" && p.Tokens[recognized.Start - 1].Kind == TokenKind.ArabicWord)
            {
                // Rule: آل before the recognized name opens a family name (عوض آل رشيد, آل رشيد; read on 2015-08-03/04, where the
                // recognizer named رشيد alone and آل went to the role), with the given name before it when that is a bare word.
                var family = recognized.Start - 1;
                var given = family - 1 >= p.Start && p.Parser.IsNameWord(p.Tokens[family - 1], p.Norms[family - 1]) && !IsDefinite(p.Norms[family - 1])
                    && !p.Parser.Lexicon.IsBodyNoun(p.Norms[family - 1]) ? family - 1 : family;
                recognized = new NameSpan(given, recognized.End);
            }

            var (roleStart, roleEnd) = TrimPunctuation(p.Tokens, p.Start, p.Parser.SkipTitlesBackwards(p.Text, p.Tokens, p.Norms, p.Start, recognized.Start));
            return new SpeakerParts(recognized.Start, recognized.End, roleStart < roleEnd ? roleStart : -1, roleStart < roleEnd ? roleEnd : -1, false);
        }
    }

    /// <summary>
    /// Rule: a name, a comma, then an office (جاي باريك، نائب رئيس شركة فيسبوك): the words before the comma, less any titles
    /// and ranks before them (المهندس, اللواء أركان حرب), are the name and the office is the role, even when the recognizer named only the body inside
    /// the office (فيسبوك).
    /// </summary>
    private SpeakerParts? NameThenOffice(string text, IReadOnlyList<Token> tokens, string[] norms, int start, int end, IReadOnlyList<NameSpan>? names)
    {
        var comma = NextComma(text, tokens, start, end);

        // Titles before the name (المهندس أحمد يحيى درويش، المدير التنفيذي لمصنع ..., read on web-l) are no part of it.
        var nameStart = start;
        while (nameStart < comma - 1 && (lexicon.IsTitle(norms[nameStart]) || QuoteLexicon.IsRankFillerAt(norms, nameStart)))
        {
            nameStart++;
        }

        // An office word without the article that opens the name before the comma is a given name (قائد نصر، المتحدث باسم
        // جبهة ردفان: read on the held-out days when an office's complement stopped being taken for its holder).
        var run = NameRunAtEnd(tokens, norms, nameStart, comma);
        // Not when the words after it are an office's complement: a body or a word with the article (أمين عام نادي الاتحاد،).
        var givenName = run == nameStart + 1 && tokens[nameStart].Kind == TokenKind.ArabicWord && lexicon.IsRoleHead(norms[nameStart])
            && !lexicon.IsTitle(norms[nameStart]) && !IsDefinite(norms[nameStart])
            && !Enumerable.Range(run, comma - run).Any(k => lexicon.IsBodyNoun(norms[k]) || IsDefinite(norms[k]));
        if (comma >= end - 1 || comma - nameStart > MaxNameWords || !lexicon.IsRoleHead(norms[comma + 1]) || (run != nameStart && !givenName))
        {
            return null;
        }

        if (names is not null && FromRecognizedNames(tokens, start, end, names) is { } found && found.Start <= comma)
        {
            return null;
        }

        var (roleStart, roleEnd) = TrimPunctuation(tokens, comma + 1, end);
        for (var k = roleStart; k < roleEnd; k++)
        {
            if (IsComma(text, tokens[k]))
            {
                roleEnd = k;
                break;
            }
        }

        return new SpeakerParts(nameStart, comma, roleStart, roleEnd, false);
    }

    /// <summary>
    /// Rule: two or three name-like words without the article, then an office with it (وقال راجح بادي المتحدث باسم الحكومة
    /// اليمنية إن) or in construct with its complement (وأكدت هناء عقيلة رئيس مركز ومدينة قويسنا): the words are the name and
    /// the office its role, though the recognizer named neither. No word of the
    /// name may be a title, an office, a body noun, a kinship noun (راشماواتي سوكارنوبوتري ابنة الرئيس الأسبق: the daughter
    /// of the office's holder, not its holder) or a quantifier (أحد مستشاري الرئيس: one of a group).
    /// </summary>
    private SpeakerParts? BareNameThenDefiniteOffice(string text, IReadOnlyList<Token> tokens, string[] norms, int start, int end)
    {
        bool Bare(int j) => IsNameWord(tokens[j], norms[j]) && !IsDefinite(norms[j]) && !lexicon.IsBodyNoun(norms[j]) && !QuoteLexicon.IsNameParticle(norms[j])
            && !QuoteLexicon.IsKinshipNoun(norms[j]) && !QuoteLexicon.IsQuantifier(norms[j]);
        if (!Bare(start))
        {
            return null;
        }

        for (var k = start + 2; k < end && k <= start + MaxNameWords - 1; k++)
        {
            // The name's last word may be a family name with the article (معين الشعباني مدرب الترجي) when an office in
            // construct follows it: after a word with the article, a definite office would be the name's own apposition.
            var bare = Bare(k - 1);
            var surname = !bare && IsNameWord(tokens[k - 1], norms[k - 1]) && IsDefinite(norms[k - 1]) && !lexicon.IsBodyNoun(norms[k - 1])
                && !IsDefinite(norms[k]) && IsOfficeInConstruct(tokens, norms, k, end);
            if (!bare && !surname)
            {
                return null;
            }

            if ((IsDefinite(norms[k]) || IsOfficeInConstruct(tokens, norms, k, end)) && lexicon.IsRoleHead(norms[k]) && !lexicon.IsTitle(norms[k])
                && !lexicon.IsBodyNoun(norms[start]) && !IsOfficeWord(norms[start]))
            {
                var (roleStart, roleEnd) = UpToComma(text, tokens, k, end);
                return new SpeakerParts(start, k, roleStart, OfficeEnd(tokens, norms, roleStart, roleEnd), false);
            }

            if (surname)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where an office read without a recognized name ends: before the verb's object, an indefinite word after the office's
    /// definite words (أكد جون كيري وزير الخارجية الأمريكي أهمية الدور: the office ends at الأمريكي; in an office's construct
    /// chain every word after its first definite one is definite, or a preposition and its object), or an object masdar.
    /// Read over SaudiNewsNet's 2015-08-03/04, where such roles ran on into the object.
    /// </summary>
    private static int OfficeEnd(IReadOnlyList<Token> tokens, string[] norms, int start, int end)
    {
        var definite = false;
        for (var k = start; k < end; k++)
        {
            var norm = norms[k];
            if (tokens[k].Kind != TokenKind.ArabicWord)
            {
                continue;
            }

            if (k > start && QuoteLexicon.IsObjectMasdar(norm))
            {
                return k;
            }

            if (QuoteLexicon.IsPreposition(norm) || QuoteLexicon.IsRoleConnector(norm))
            {
                // A preposition opens a new chain (المتحدث باسم مجلس محافظة الأنبار).
                definite = false;
            }
            else if (IsDefinite(norm))
            {
                definite = true;
            }
            else if (norm.Length > 3 && norm[0] is 'ب' or 'ل' or 'و')
            {
                // A noun behind a glued preposition or و opens a new chain (المدير الفني لفريق تشيلسي).
                definite = false;
            }
            else if (definite)
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// An office without the article that its complement makes definite (هناء عقيلة رئيس مركز ومدينة قويسنا: رئيس مركز): a
    /// word, not a preposition or a complementizer, follows it. Read on web-l, where such a holder's words went unattributed.
    /// </summary>
    private static bool IsOfficeInConstruct(IReadOnlyList<Token> tokens, string[] norms, int k, int end) =>
        k + 1 < end && tokens[k + 1].Kind == TokenKind.ArabicWord && !QuoteLexicon.IsPreposition(norms[k + 1]) && !QuoteLexicon.IsComplementizer(norms[k + 1]);

    private static bool NextSegmentIsExample(string text, IReadOnlyList<Token> tokens, string[] norms, int comma, int end)
    {
        var next = comma + 1;
        while (next < end && tokens[next].Kind == TokenKind.Punctuation && !IsComma(text, tokens[next]))
        {
            next++;
        }

        return next < end && norms[next] is "مثل" or "منهم" or "ومنهم";
    }

    /// <summary>
    /// Rule: الفريق after an office word without the article (مدير الفريق, مدرب الفريق) or before a word with the article that
    /// is no rank's (الفريق الأول, not الفريق الركن) is "the team", not the general's rank before a name (مدير الفريق الأول, read on
    /// held-out4, had given the name الأول).
    /// </summary>
    private bool IsTheTeam(string[] norms, int start, int t, int end) =>
        norms[t] == "الفريق"
        && ((t > start && lexicon.IsRoleHead(norms[t - 1]) && !IsDefinite(norms[t - 1]))
            || (t + 1 < end && IsDefinite(norms[t + 1]) && !QuoteLexicon.IsRankFiller(norms[t + 1])));

    private SpeakerParts ParseSegment(string text, IReadOnlyList<Token> tokens, string[] norms, int start, int end, bool issuer)
    {
        for (var t = start; t < end; t++)
        {
            if (!lexicon.IsTitle(norms[t]) || IsTheTeam(norms, start, t, end))
            {
                continue;
            }

            if (t > start && norms[t - 1] == "ال")
            {
                // Rule: آل before a title word is a family name (وشدد آل الشيخ على, آل الشيخ), not a title before a name.
                return new SpeakerParts(t - 1, t + 1, t - 1 > start ? start : -1, t - 1 > start ? t - 1 : -1, false);
            }

            if (t == end - 1 && t > start && lexicon.IsRoleHead(norms[start]))
            {
                // Rule: a title word that ends the phrase after an office names nobody after it: it is the holder's family name
                // (وأوضح الوزير السيد أن: the minister السيد); after a word without the article that is no office, it ends the
                // office's complement (محافظ كفر الشيخ: a place), and the phrase is a role.
                return t - 1 > start && !IsDefinite(norms[t - 1]) && !lexicon.IsRoleHead(norms[t - 1])
                    ? new SpeakerParts(-1, -1, start, end, false)
                    : new SpeakerParts(t, end, start, t, false);
            }

            var nameStart = t + 1;
            while (nameStart < end && (QuoteLexicon.IsRankFillerAt(norms, nameStart) || QuotationMarks.IsQuoteMark(text, tokens[nameStart])))
            {
                nameStart++;
            }

            // A name never ends on its particle: after بن the next word is read even past the four words (عبدالعزيز بن عبدالله بن
            // طالب, read on held-out7).
            var nameEnd = nameStart;
            while (nameEnd < end && (nameEnd - nameStart < MaxNameWords || (nameEnd > nameStart && QuoteLexicon.IsNameParticle(norms[nameEnd - 1])))
                && (IsNameWordAt(tokens, norms, nameEnd) || IsAliAfterTitle(text, tokens, norms, nameEnd)
                || (nameEnd == nameStart && IsOfficeWordAsFirstName(tokens, norms, nameEnd, end))))
            {
                nameEnd++;
            }

            return new SpeakerParts(
                nameEnd > nameStart ? nameStart : -1,
                nameEnd > nameStart ? nameEnd : -1,
                t > start ? start : -1,
                t > start ? t : -1,
                false);
        }

        if (lexicon.IsRoleHead(norms[start]))
        {
            var nameStart = NameRunAtEnd(tokens, norms, start + 1, end);
            if (nameStart < 0 && end - 2 > start && IsAliAfterTitle(text, tokens, norms, end - 2))
            {
                // A family name with the article alone after علي (أمين عام نادي التعاون علي الشايعي) is no run of its own.
                nameStart = end - 1;
            }

            if (nameStart - 1 > start && nameStart < end && IsAliAfterTitle(text, tokens, norms, nameStart - 1))
            {
                // علي that opens the name after an office (رئيس الهيئة علي عبيد شلغم) is the name's first word.
                nameStart--;
            }

            if (nameStart > start + 1 && QuoteLexicon.IsPreposition(norms[nameStart - 1]) && QuoteLexicon.IsPlaceNoun(norms[nameStart]))
            {
                // Rule: after an office's preposition, a place's noun, the place's one-word name and a nisba after it (متحدث باسم
                // المحكمة في بلدة كريمس النمساوية, read on held-out10) are where the office is; a holder follows only as two
                // words or more after them.
                var after = nameStart + 2 < end && QuoteLexicon.IsNisbaOfEitherGender(norms[nameStart + 2]) ? nameStart + 3 : nameStart + 2;
                nameStart = end - after >= 2 ? after : -1;
            }
            else if (nameStart > start + 1 && end - nameStart >= MinPlaceAndName && QuoteLexicon.IsPreposition(norms[nameStart - 1]))
            {
                // Rule: after an office's preposition, the first of three or more name-like words is its object, a place
                // (وزيرة التنمية في إيطاليا فيدريكا جودي: the name is فيدريكا جودي).
                nameStart++;
            }

            // Rule: a body's name after the office (رئيس مجلس الشورى, مدير شركة أرامكو) is its complement: the phrase is a role;
            // so is a direction and the place it points to (جبهة ردفان العند الواقعة شمال محافظة لحج, read on held-out8).
            if (nameStart > start && (lexicon.IsBodyNoun(norms[nameStart]) || QuoteLexicon.IsDirectionWord(norms[nameStart])))
            {
                nameStart = -1;
            }

            // Rule: an office's complement is no holder's name. Right after an office word without the article the next noun is
            // its complement (سفير مدريد, مدير عام الجسور, مدير إعلام الطلبة: an office in construct names its holder only after
            // the complement), and so is a word glued to لـ after the office's definite words (المدير الفني لمنتخب مصر).
            if (nameStart == start + 1 && !IsDefinite(norms[start]))
            {
                nameStart = -1;
            }

            if (nameStart > start + 1 && IsGluedLam(norms[nameStart]) && IsDefinite(norms[nameStart - 1]))
            {
                nameStart = -1;
            }

            // Rule: a word glued to بـ that ends the office alone (مدير القطاع الصحي بمحايل), or a body or a place's noun behind بـ
            // (رئيس الإدارة المركزية بوزارة الزراعة, بدولة قطر), is where the office is, not its holder's name; a recognized name would have been read
            // before this. A place's noun, the place's one-word name and two words or more after them are the place and then the
            // holder (مدير مكتب العمل بمحافظة خيبر فهد الرشيدي, read over SaudiNewsNet's 2015-08-03/04).
            if (nameStart > start && IsGluedPlaceOrBody(norms[nameStart]))
            {
                var place = QuoteLexicon.IsPlaceNoun(norms[nameStart][1..]);
                nameStart = place && end - nameStart >= PlaceThenName && !IsDefinite(norms[nameStart + 2]) ? nameStart + 2
                    : place || end - nameStart == 1 || lexicon.IsBodyNoun(norms[nameStart][1..]) ? -1
                    : nameStart;
            }

            // An abbreviated title before the holder (م. سومر فرفور) is no part of the office.
            var roleEnd = nameStart - 2 > start && IsAbbreviatedTitle(text, tokens, norms, nameStart - 2) ? nameStart - 2 : nameStart;
            if (roleEnd - 1 > start && QuotationMarks.IsQuoteMark(text, tokens[roleEnd - 1]))
            {
                // The mark that opens a quoted holder (مسئول المسجد «كاشف محمود») is no part of the office.
                roleEnd--;
            }

            return nameStart < 0
                ? new SpeakerParts(-1, -1, start, end, false)
                : new SpeakerParts(nameStart, end, start, roleEnd, false);
        }

        var length = end - start;
        if (length <= MaxNameWords && NameRunAtEnd(tokens, norms, start, end) == start)
        {
            return new SpeakerParts(start, end, -1, -1, false);
        }

        // A single word with the article is a surname standing alone (الخفاجي), or an institution (البيان, الحكومة):
        // the caller tells them apart.
        if (length == 1 && IsNameWord(tokens[start], norms[start]))
        {
            return new SpeakerParts(start, end, -1, -1, false);
        }

        // A short phrase with no office and no title names an institution (الحكومة العراقية, العمليات المشتركة), unless it
        // opens with a preposition (قالت في رسالة بالبريد الإلكتروني: the speaker is elsewhere); a statement's issuer
        // may open with لل (بيان للسفارة: the embassy's statement).
        // Rule: a longer body phrase speaks as its words before the first one behind a preposition and the article
        // (الخطة التنفيذية لآليات العمل بالحد الجنوبي: الخطة التنفيذية لآليات العمل), a body noun in construct too (دائرة الأنواء الجوية
        // والزلازل في محافظة السليمانية).
        if (length > MaxPlainSpeakerWords && !issuer && tokens[start].IsWord && (IsDefinite(norms[start]) || lexicon.IsBodyNoun(norms[start])) && !QuoteLexicon.IsPrepositionalPhraseStart(norms[start]))
        {
            for (var k = start + 2; k < end && k - start <= MaxPlainSpeakerWords; k++)
            {
                if (!tokens[k].IsWord)
                {
                    break;
                }

                if (QuoteLexicon.IsPrepositionalPhraseStart(norms[k]) || (k <= start + MaxBodyNameBeforeLam && lexicon.IsBodyNoun(norms[start]) && norms[k].Length > 3 && norms[k][0] == 'ل' && !lexicon.IsBodyNoun(norms[k]))
                    || (lexicon.IsBodyNoun(norms[start]) && norms[k] == "في"))
                {
                    // After a body noun, a word glued to لـ also ends the body's short name (المكتب الإعلامي لرئيس مجلس الوزراء
                    // العراقي: المكتب الإعلامي), and في its place (دائرة الأنواء الجوية والزلازل في محافظة السليمانية).
                    return new SpeakerParts(start, k, -1, -1, false);
                }
            }
        }

        // Words and numbers are counted, not the quotation marks or parentheses around a body's name (صحيفة «ذا صن» البريطانية:
        // four words, six tokens; شبكة (تي إن) التلفزيونية; read on held-out4, where neither was a speaker).
        var words = Enumerable.Range(start, length).Count(k => tokens[k].IsWord || tokens[k].Kind == TokenKind.Number);
        return words <= MaxPlainSpeakerWords && tokens[start].IsWord && !QuoteLexicon.IsPreposition(norms[start])
            && !(QuoteLexicon.IsPrepositionalPhraseStart(norms[start]) && !(issuer && norms[start].StartsWith("لل", StringComparison.Ordinal)))
            ? new SpeakerParts(start, end, -1, -1, false)
            : SpeakerParts.None;
    }

    /// <summary>
    /// The start of the run of name-like words that ends the range, or −1. The run holds at most four words and at
    /// least one word without the article; a word with the article belongs to it only when it is last, or after a
    /// particle (عبد الأمير).
    /// </summary>
    public int NameRunAtEnd(IReadOnlyList<Token> tokens, string[] norms, int start, int end)
    {
        var first = end;
        var bare = false;
        for (var k = end - 1; k >= start && end - k <= MaxNameWords; k--)
        {
            if (!IsNameWordAt(tokens, norms, k))
            {
                break;
            }

            var definite = IsDefinite(norms[k]);
            if (definite && k != end - 1 && !(k > start && QuoteLexicon.IsNameParticle(norms[k - 1])))
            {
                break;
            }

            bare |= !definite;
            first = k;
        }

        return first < end && bare ? first : -1;
    }

    /// <summary>
    /// The end of the run of name-like words that starts at start (ماجد بن عبدالله الحقيل), or −1: it opens with a word
    /// without the article, holds at most four words, ends at the first word with the article that follows no particle,
    /// and does not end on a particle.
    /// </summary>
    public int NameRunAfter(IReadOnlyList<Token> tokens, string[] norms, int start, int end)
    {
        if (start >= end || !IsNameWord(tokens[start], norms[start]) || IsDefinite(norms[start]))
        {
            return -1;
        }

        var k = start + 1;
        while (k < end && k - start < MaxNameWords && IsNameWordAt(tokens, norms, k))
        {
            var definite = IsDefinite(norms[k]);
            k++;
            if (definite && !QuoteLexicon.IsNameParticle(norms[k - 2]))
            {
                break;
            }
        }

        while (k > start + 1 && QuoteLexicon.IsNameParticle(norms[k - 1]))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// Rule: علي written with a final yeh right after a title (الدكتور علي السواط), or written على there when a name-like word
    /// follows, without the article or ending the name before an office or punctuation (ذكر السيد على الشاوش وزير الشؤون: a
    /// title never comes before the preposition; not after آل, whose الشيخ is a family name: وشدد آل الشيخ على أهمية), is the
    /// name Ali, not the preposition على (the matching normalization folds the two). Also right after an office's definite complement (رئيس الهيئة علي
    /// عبيد شلغم في تصريح, علي حسين الربيعي) when a word without the article and a second one, bare or a family name with
    /// the article and the nisba's ي, follow it and end there, before a preposition, a complementizer, punctuation or an
    /// outlet behind لـ; or when one family name with the article follows it and then the outlet told (مدير حماية المستهلك في
    /// الوزارة علي الخطيب لـ«الوطن»): the preposition would go on into a phrase (رئيس الهيئة على رأس وفد رسمي, على هامش
    /// المؤتمر الدولي). One family name with the article and the nisba's ي ending the phrase there, or before a relative, is
    /// a name too (أمين عام نادي التعاون علي الشايعي الذي أثنى, read over SaudiNewsNet's 2015-08-03/04), and so is one word
    /// without the article before a preposition, a complementizer or a comma (وزير الصناعة والانتاج الصيدلاني علي عون لدى
    /// نزوله ضيفا, read on web-n). Written على after an office, it is the name only before a family name with the article
    /// that the speech's setting or the outlet told follows (وزير الدولة والمتحدث باسم الحكومة العراقية على الدباغ في تصريح
    /// صحفي, read on web-ad): the preposition there would run on into its object (على الفور، على هامش).
    /// </summary>
    public bool IsAliAfterTitle(string text, IReadOnlyList<Token> tokens, string[] norms, int k) =>
        k > 0 && norms[k] == "علي"
        && ((IsRawAli(text, tokens, k) && (lexicon.IsTitle(norms[k - 1]) || IsAliAfterOffice(text, tokens, norms, k)))
            || (k + 2 < tokens.Count && IsDefinite(norms[k - 1]) && OfficeBefore(tokens, norms, k) && IsDefinite(norms[k + 1]) && IsNameWord(tokens[k + 1], norms[k + 1])
                && SettingOrOutletAt(norms, k + 2))
            || (lexicon.IsTitle(norms[k - 1]) && (k < 2 || norms[k - 2] != "ال") && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.ArabicWord
                && IsNameWord(tokens[k + 1], norms[k + 1]) && !QuoteLexicon.IsObjectMasdar(norms[k + 1])
                && (!IsDefinite(norms[k + 1]) || k + 2 >= tokens.Count || tokens[k + 2].Kind == TokenKind.Punctuation || lexicon.IsRoleHead(norms[k + 2]) || QuoteLexicon.IsComplementizer(norms[k + 2]))));

    /// <summary>Whether an office's head (وزير, والمتحدث) stands among the words right before k, back to punctuation.</summary>
    private bool OfficeBefore(IReadOnlyList<Token> tokens, string[] norms, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - MaxSubjectWordsBeforeAli && tokens[j].IsWord; j--)
        {
            if (lexicon.IsRoleHead(QuoteLexicon.WithoutConjunction(norms[j])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far back an office's head is looked for before على written so: six words, وزير of وزير الدولة والمتحدث باسم الحكومة العراقية in the case read on web-ad.</summary>
    private const int MaxSubjectWordsBeforeAli = 6;

    /// <summary>The speech's setting (في تصريح, خلال مؤتمر) or the outlet told (لوكالة, لـ) at k.</summary>
    private bool SettingOrOutletAt(string[] norms, int k) =>
        k < norms.Length && (norms[k] == "ل" || QuoteLexicon.IsMediaNounBehindLam(norms[k]) || lexicon.OpensSpeechSetting(norms, k, norms.Length));

    /// <summary>Token k as written is the name Ali (<see cref="SpeakerShape.IsNameAli"/>).</summary>
    public static bool IsRawAli(string text, IReadOnlyList<Token> tokens, int k) => SpeakerShape.IsNameAli(text.AsSpan(tokens[k].Start, tokens[k].Length));

    private bool IsAliAfterOffice(string text, IReadOnlyList<Token> tokens, string[] norms, int k)
    {
        if (k + 3 > tokens.Count || !IsDefinite(norms[k - 1]) || !Enumerable.Range(Math.Max(0, k - MaxOfficeWordsBeforeAli), Math.Min(k, MaxOfficeWordsBeforeAli)).Any(j => lexicon.IsRoleHead(norms[j])))
        {
            return false;
        }

        bool Bare(int j) => tokens[j].Kind == TokenKind.ArabicWord && !IsDefinite(norms[j]) && IsNameWord(tokens[j], norms[j]);
        bool FamilyName(int j) => IsDefinite(norms[j]) && norms[j].EndsWith('\u064A') && IsNameWord(tokens[j], norms[j]); // a nisba: الربيعي
        var after = k + 3;
        bool EndsPhrase(int j) => j >= tokens.Count || tokens[j].Kind == TokenKind.Punctuation || QuoteLexicon.IsPreposition(norms[j]) || QuoteLexicon.IsComplementizer(norms[j])
            || lexicon.IsBodyNounBehindLam(norms[j]);
        return (Bare(k + 1) && (Bare(k + 2) || FamilyName(k + 2)) && EndsPhrase(after))
            || (IsDefinite(norms[k + 1]) && IsNameWord(tokens[k + 1], norms[k + 1]) && (norms[k + 2] == "ل" || lexicon.IsBodyNounBehindLam(norms[k + 2])))
            || (FamilyName(k + 1) && (EndsPhrase(k + 2) || QuoteLexicon.IsRelativePronoun(norms[k + 2])))
            || (Bare(k + 1) && !QuoteLexicon.IsObjectMasdar(norms[k + 1]) && (QuoteLexicon.IsPreposition(norms[k + 2]) || QuoteLexicon.IsComplementizer(norms[k + 2])
                || (tokens[k + 2].Kind == TokenKind.Punctuation && IsComma(text, tokens[k + 2]))));
    }

    /// <summary>
    /// How far back the office's head may stand from علي: two words in the web-e case it was written from (رئيس الهيئة علي);
    /// four let an office hold a complement of three words (رئيس مجلس إدارة الشركة علي); five, a complement of two and a
    /// place (مدير حماية المستهلك في الوزارة علي الخطيب, read on web-k), the longest of the judged samples' offices before a
    /// name.
    /// </summary>
    private const int MaxOfficeWordsBeforeAli = 5;

    /// <summary>A word with the article, alone or behind a preposition or conjunction (العراقي, للقوات, بالعراق).</summary>
    private static bool IsDefinite(string norm) =>
        norm.Length > 3 && (norm.StartsWith("ال", StringComparison.Ordinal) || norm.StartsWith("لل", StringComparison.Ordinal)
            || norm.StartsWith("بال", StringComparison.Ordinal) || norm.StartsWith("وال", StringComparison.Ordinal)
            || norm.StartsWith("كال", StringComparison.Ordinal) || norm.StartsWith("فال", StringComparison.Ordinal));

    /// <summary>
    /// <see cref="IsNameWord"/> at k, where a word right after a name particle (بن, أبو) is a name's whatever else it reads as
    /// (عبدالعزيز بن عبدالله بن طالب: طالب, "demanded", read on held-out7); so is the word after عبد, a title's too (عبد الأمير).
    /// </summary>
    private bool IsNameWordAt(IReadOnlyList<Token> tokens, string[] norms, int k) =>
        IsNameWord(tokens[k], norms[k])
        || (k > 0 && tokens[k].Kind == TokenKind.ArabicWord && ((QuoteLexicon.IsLineageParticle(norms[k - 1]) && !IsDefinite(norms[k])) || norms[k - 1] == "عبد"));

    internal bool IsNameWord(Token token, string norm) =>
        token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord
        && norm.Length > 1
        && !QuoteLexicon.IsRoleConnector(norm)
        && !lexicon.IsRoleHead(norm)
        && !lexicon.IsTitle(norm)
        && !lexicon.IsStatementNoun(norm)
        && !lexicon.IsAnonymousHead(norm)
        && lexicon.Cue(norm) == CueKind.None
        && !QuoteLexicon.IsPreposition(norm)
        && !QuoteLexicon.IsComplementizer(norm)
        && !QuoteLexicon.IsSameWord(norm)
        && !QuoteLexicon.IsSuffixedTafilMasdar(norm);

    /// <summary>
    /// Rule: an office word without the article right after a title, with a name-like word after it that ends the phrase
    /// (المهندس أمين الزرقة، أن), is a given name (أمين), not an office.
    /// </summary>
    private bool IsOfficeWordAsFirstName(IReadOnlyList<Token> tokens, string[] norms, int k, int end) =>
        tokens[k].Kind == TokenKind.ArabicWord && lexicon.IsRoleHead(norms[k]) && !IsDefinite(norms[k]) && k + 1 < end && IsNameWord(tokens[k + 1], norms[k + 1])
        && (k + 2 == end || tokens[k + 2].Kind == TokenKind.Punctuation);

    /// <summary>A word glued to the preposition لـ without the article (لمنتخب, لشركة).</summary>
    private static bool IsGluedLam(string norm) => norm.Length > 3 && norm[0] == 'ل' && !IsDefinite(norm);

    /// <summary>A word glued to the preposition بـ without the article (بمحايل, بوزارة), not the particle بن.</summary>
    private static bool IsGluedPlaceOrBody(string norm) => norm.Length > 3 && norm[0] == 'ب' && !IsDefinite(norm) && norm != "بن";

    /// <summary>A title, an office or a body noun: a recognizer's name that starts with one (أمين as a name) is an office here.</summary>
    private bool IsOfficeWord(string norm) => lexicon.IsTitle(norm) || lexicon.IsRoleHead(norm) || lexicon.IsBodyNoun(norm);

    /// <summary>True when a title stands in [from, end): the name after it is the speaker's.</summary>
    private bool HasTitle(string[] norms, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (lexicon.IsTitle(norms[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule: a title that opens the phrase, then a name of two words or more, then an office (وقال المهندس محمد بن عوفيت
    /// المعشني الرئيس التنفيذي لشركة صلالة لخدمات الموانئ): the name after the title is the speaker and the office its role,
    /// though the recognizer named a body later in the phrase (صلالة).
    /// </summary>
    private SpeakerParts? TitleThenName(string text, IReadOnlyList<Token> tokens, string[] norms, int start, int end, NameSpan later, IReadOnlyList<NameSpan> names)
    {
        if (!lexicon.IsTitle(norms[start]) || start + 2 >= end)
        {
            return null;
        }

        var nameStart = start + 1;
        var nameEnd = NameRunAfter(tokens, norms, nameStart, end);
        if (nameEnd < nameStart + 2 || nameEnd >= end || later.Start < nameEnd || !lexicon.IsRoleHead(norms[nameEnd])
            || names.Any(n => n.Start >= tokens[nameStart].Start && n.End <= tokens[nameEnd - 1].End && n.Start != tokens[nameStart].Start))
        {
            return null;
        }

        var (roleStart, roleEnd) = UpToComma(text, tokens, nameEnd, end);
        return new SpeakerParts(nameStart, nameEnd, roleStart, roleEnd, false);
    }

    /// <summary>The words from <paramref name="start"/> up to the first comma before end, punctuation trimmed: an office in apposition.</summary>
    private static (int Start, int End) UpToComma(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        return TrimPunctuation(tokens, start, NextComma(text, tokens, start, end));
    }

    /// <summary>
    /// Rule: a recognized body right after an office (رئيس جامعة الأزهر), or the name that completes a body noun after it
    /// (رئيس جامعة الحسين بن طلال), is that office's complement when a recognized name ends right before the office (قال
    /// الدكتور عبد الحى عزب رئيس جامعة الأزهر): that name is the speaker and the office with its body the role.
    /// </summary>
    private SpeakerParts? HolderBeforeOffice(IReadOnlyList<Token> tokens, string[] norms, int start, int end, NameSpan body, IReadOnlyList<NameSpan> names)
    {
        // The office stands right before the body (رئيس جامعة الأزهر), or before a body noun the recognized name completes
        // (رئيس جامعة الحسين بن طلال).
        var office = lexicon.IsBodyNoun(norms[body.Start]) ? body.Start - 1
            : body.Start - 2 > start && lexicon.IsBodyNoun(norms[body.Start - 1]) ? body.Start - 2 : -1;
        if (office <= start || !lexicon.IsRoleHead(norms[office]))
        {
            return null;
        }

        foreach (var name in names)
        {
            if (name.End != tokens[office - 1].End || name.Start < tokens[start].Start)
            {
                continue;
            }

            var first = office - 1;
            while (first > start && tokens[first - 1].Start >= name.Start)
            {
                first--;
            }

            var roleEnd = end;
            for (var k = office; k < end; k++)
            {
                if (tokens[k].Kind == TokenKind.Punctuation)
                {
                    roleEnd = k;
                    break;
                }
            }

            return new SpeakerParts(first, office, office, roleEnd, false);
        }

        return null;
    }

    /// <summary>The recognized name that starts at the range's first token and ends inside it, as tokens, or null.</summary>
    private static NameSpan? OpeningName(IReadOnlyList<Token> tokens, int start, int end, IReadOnlyList<NameSpan> names)
    {
        foreach (var name in names)
        {
            if (name.Start != tokens[start].Start || name.End > tokens[end - 1].End)
            {
                continue;
            }

            var after = start;
            while (after < end && tokens[after].End <= name.End)
            {
                after++;
            }

            return after > start ? new NameSpan(start, after) : null;
        }

        return null;
    }

    /// <summary>
    /// Rule: a body the recognizer named behind a glued لـ (الناطق العسكري للحوثيين يحيى سريع) is the office's complement; two
    /// name-like words after it, ending the phrase (a comma allowed between), are the speaker's name the recognizer missed.
    /// </summary>
    private SpeakerParts? PersonAfterGluedBody(IReadOnlyList<Token> tokens, string[] norms, int start, int end, NameSpan found)
    {
        // found is in tokens: [found.Start, found.End).
        var (first, after) = (found.Start, found.End);
        if (first <= start || after >= end || norms[first].Length < 3 || norms[first][0] != 'ل' || !lexicon.IsRoleHead(norms[start]))
        {
            return null;
        }

        var (nameFrom, nameTo) = TrimPunctuation(tokens, after, end);
        var run = nameFrom < nameTo ? NameRunAtEnd(tokens, norms, nameFrom, nameTo) : -1;
        return run == nameFrom && nameTo - run >= 2 ? new SpeakerParts(run, nameTo, start, after, false) : null;
    }

    /// <summary>
    /// Rule: a body's name that ends the phrase right after an office (رئيس مجلس الشورى), or one definite word after a body noun
    /// glued to لـ (المدير الرياضي للنادي الأهلي), or a body whose noun is glued to بـ (عميد كلية الزراعة بجامعة عين شمس, read
    /// on web-ae: where the office is), is the office's complement, not the speaker's name: the phrase is a role.
    /// </summary>
    private bool IsOfficeComplement(string[] norms, int start, int end, NameSpan found) =>
        found.Start > start && found.End == end && lexicon.IsRoleHead(norms[start])
        && ((lexicon.IsBodyNoun(norms[found.Start]) && lexicon.IsRoleHead(norms[found.Start - 1]))
            || (IsGluedPlaceOrBody(norms[found.Start]) && lexicon.IsBodyNoun(norms[found.Start][1..]))
            || (found.End == found.Start + 1 && norms[found.Start].StartsWith("ال", StringComparison.Ordinal) && norms[found.Start - 1].StartsWith('ل')
                && lexicon.IsBodyNoun(norms[found.Start - 1])));

    private static NameSpan? FromRecognizedNames(IReadOnlyList<Token> tokens, int start, int end, IReadOnlyList<NameSpan> names)
    {
        NameSpan? last = null;
        foreach (var name in names)
        {
            if (name.Start >= tokens[start].Start && name.End <= tokens[end - 1].End)
            {
                last = name;
            }
        }

        if (last is not { } found)
        {
            return null;
        }

        var first = -1;
        var after = -1;
        for (var k = start; k < end; k++)
        {
            if (first < 0 && tokens[k].Start >= found.Start)
            {
                first = k;
            }

            if (tokens[k].End <= found.End)
            {
                after = k + 1;
            }
        }

        return first >= 0 && after > first ? new NameSpan(first, after) : null;
    }

    private int SkipTitlesBackwards(string text, IReadOnlyList<Token> tokens, string[] norms, int start, int nameStart)
    {
        var k = nameStart;
        while (k > start)
        {
            if (lexicon.IsTitle(norms[k - 1]) || QuoteLexicon.IsRankFillerAt(norms, k - 1) || QuotationMarks.IsQuoteMark(text, tokens[k - 1]))
            {
                k--;
            }
            else if (k - 2 >= start && IsAbbreviatedTitle(text, tokens, norms, k - 2))
            {
                // An abbreviated title (أ. ناهد الفاخوري, د. طاشكندي): the letter and its full stop.
                k -= 2;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>An abbreviated title at k: one letter (د, م, أ) with a full stop right after it, then a word (د. طاشكندي).</summary>
    public static bool IsAbbreviatedTitle(string text, IReadOnlyList<Token> tokens, string[] norms, int k) =>
        k + 2 < tokens.Count && tokens[k].IsWord && norms[k] is "د" or "م" or "ا" && tokens[k + 1].Kind == TokenKind.Punctuation
        && text[tokens[k + 1].Start] == '.' && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].IsWord;

    public static (int Start, int End) TrimPunctuation(IReadOnlyList<Token> tokens, int start, int end)
    {
        while (start < end && tokens[start].Kind == TokenKind.Punctuation)
        {
            start++;
        }

        while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The first comma in [from, end), or end when there is none.</summary>
    private static int NextComma(string text, IReadOnlyList<Token> tokens, int from, int end)
    {
        var k = from;
        while (k < end && !IsComma(text, tokens[k]))
        {
            k++;
        }

        return k;
    }

    private static bool IsComma(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is ',' or CodePoints.ArabicComma;
}
