using Mizan.Text;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Quotes;

/// <summary>
/// The speaker rules of issue #14's fourth round, each a small named class in one of four ordered tables: what may stand
/// between a verb and its subject (<see cref="Run.SubjectLeads"/>), what ends a subject phrase (<see cref="Run.SubjectStops"/>),
/// how a speaker read for a cue is corrected (<see cref="Run.SpeakerCorrections"/>), and which words make their subject the
/// current speaker without any speech (<see cref="Run.TopicRules"/>). A new rule is a new class and a new row (with its
/// named block in quotes.spec), not a branch in the extractor's methods.
/// </summary>
public sealed partial class QuoteExtractor
{
    private sealed partial class Run
    {
        /// <summary>What may stand between a reporting verb and its subject, tried in order at each word after the verb.</summary>
        private static readonly SubjectLead[] SubjectLeads =
        [
            new PronounPrepositionBeforeSubject(),
            new GluedDemonstrativeBeforeSubject(),
            new QuotedOutletBeforeSubject(),
            new DemonstrativeObjectBeforeSubject(),
            new AbbreviatedTitleBeforeSubject(),
            new AddresseeBehindLamBeforeSubject(),
            new TimeAdverbBeforeSubject(),
            new GluedAddresseeBeforeComplementizer(),
            new CommaBeforeNamedSubject(),
        ];

        /// <summary>What ends a subject phrase after its first word, besides the stops of <see cref="SubjectEnd"/>.</summary>
        private static readonly SubjectStop[] SubjectStops =
        [
            new RelativeClauseEndsSubject(),
            new AnonymityRequestEndsSubject(),
            new OutletBehindLamEndsNamedSubject(),
            new AdverbialMasdarEndsSubject(),
            new MannerParticipleEndsSubject(),
            new NewsAgencyBehindLamEndsSubject(),
            new OutletAfterCommaEndsSubject(),
            new AddresseeAfterADefiniteBody(),
            new ObjectMasdarAfterADefiniteWordEndsSubject(),
            new PossessedNounAfterADefiniteWordEndsSubject(),
            new SpeechOfTheSubjectEndsIt(),
            new TimeAdverbEndsSubject(),
            new FirstTimeAdverbEndsSubject(),
            new SameWordEndsSubject(),
            new OutletRightAfterASourceEndsSubject(),
            new OutletAfterABareNameEndsSubject(),
        ];

        /// <summary>Corrections of the speaker read for a cue, applied in order; the gender check comes last.</summary>
        private static readonly SpeakerCorrection[] SpeakerCorrections =
        [
            new SameSourceRefersBack(),
            new TheSpeakerIsTheCurrentSpeaker(),
            new LoneTitleIsItsLastHolder(),
            new DefiniteStatementRefersBack(),
            new IssuerWithoutGluedLam(),
            new RelativeVerbSpeaksForItsNamedAntecedent(),
            new AnaphoricDescriptionIsTheCurrentSpeaker(),
            new BodyNounNamesTheCurrentBody(),
            new OneOfAGroupIsUnnamed(),
            new PluralCueCarriesNobody(),
            new BlessingFormulaIsNoSpeaker(),
            new HolderNamedPastTheOfficesComplement(),
            new CarriedSpeakerOverAnotherName(),
            new CarriedSpeakerAgreesInGender(),
            new OnePersonBeforeAHiddenSubjectSpeaks(),
            new ParticipleSpeaksForItsSentenceSubject(),
        ];

        /// <summary>Words that make their subject the current speaker though no speech follows them.</summary>
        private static readonly TopicRule[] TopicRules =
        [
            new WritersBylineNamesNoSpeaker(),
            new StanceVerbSubjectSpeaksNext(),
            new WhatSomeoneSaidNamesTheSpeaker(),
            new StanceVerbBodySubjectSpeaksNext(),
            new StanceVerbWithAnUnreadNameClearsTheSpeaker(),
            new IssuerOfAStatementSpeaksNext(),
            new OnTheTongueOfNamesTheSpeaker(),
        ];

        /// <summary>Where the subject after a verb starts: past every lead the table allows.</summary>
        private int SubjectStart(int cue, int end)
        {
            var s = cue + 1;
            var moved = true;
            while (moved && s < end)
            {
                moved = false;
                foreach (var lead in SubjectLeads)
                {
                    if (lead.Skip(this, s, end) is { } next && next > s)
                    {
                        s = next;
                        moved = true;
                        break;
                    }
                }
            }

            return Math.Min(s, end);
        }

        /// <summary>True when a rule of <see cref="SubjectStops"/> ends the subject phrase that opened at start before token k.</summary>
        private bool StopsSubject(int start, int k, int end) => k > start && SubjectStops.Any(stop => stop.StopsAt(this, start, k, end));

        /// <summary>The speaker after every correction of <see cref="SpeakerCorrections"/>.</summary>
        private Speaker Corrected(int cue, int subjectStart, int subjectEnd, Speaker speaker)
        {
            foreach (var correction in SpeakerCorrections)
            {
                speaker = correction.Correct(this, new CueSite(cue, subjectStart, subjectEnd), speaker);
            }

            return speaker;
        }

        /// <summary>Lets each rule of <see cref="TopicRules"/> make the subject at token i the current speaker.</summary>
        private void ReadTopic(int i)
        {
            foreach (var rule in TopicRules)
            {
                if (rule.SpeakerAt(this, i) is { } speaker)
                {
                    if (speaker is { Name: null, Role: { } role } && IsSameOne(role))
                    {
                        // Rule: the same spokesman (وأشاد المتحدث نفسه بالتطور, read on web-ak) is the current speaker, who
                        // stays.
                        return;
                    }

                    last = speaker;
                    lastAt = SentenceEndOffset(i);
                    if (InStatement(i + 1, sentenceEnd[i]))
                    {
                        // Rule: a stance told in a statement (وأبدت اللجنة المركزية في بيان أصدرته مساندتها) makes its subject the
                        // issuer a later البيان refers back to (وأفاد البيان أن), as قال X في بيان does.
                        lastStatement = speaker;
                    }

                    return;
                }
            }
        }

        /// <summary>True when a role span is a noun and نفسه or ذاته (المتحدث نفسه, المصدر ذاته): "the same one".</summary>
        private bool IsSameOne((int Start, int End) role)
        {
            var first = TokenAt(role.Start);
            return first >= 0 && first + 1 < tokens.Count && tokens[first + 1].End == role.End && QuoteLexicon.IsSameWord(norms[first + 1]);
        }

        /// <summary>The first word of a speaker's name without و and the article (مصادر of والمصادر), or null when it has no name.</summary>
        private string? HeadWordOf(Speaker speaker) =>
            speaker.Name is { } name && TokenAt(name.Start) is >= 0 and var first
                ? QuoteLexicon.WithoutArticle(QuoteLexicon.WithoutConjunction(norms[first]))
                : null;

        /// <summary>
        /// True when a recognized name (a person's only, with <paramref name="person"/>) starts after character offset from and
        /// before character offset to.
        /// </summary>
        private bool NameBetween(int from, int to, bool person = false) => names is not null && names.Any(n => (!person || !n.Body) && n.Start >= from && n.End <= to);

        /// <summary>The token whose text starts at a character offset, or −1.</summary>
        private int TokenAt(int offset)
        {
            var k = FirstTokenFrom(offset);
            return k < tokens.Count && tokens[k].Start == offset ? k : -1;
        }

        /// <summary>The first token that starts at or after a character offset (tokens.Count when none does): a binary search, as tokens run in text order.</summary>
        private int FirstTokenFrom(int offset) => FirstToken(k => tokens[k].Start >= offset);

        /// <summary>The first token for which <paramref name="from"/> holds, when it holds from some token to the last (tokens.Count when it never does).</summary>
        private int FirstToken(Func<int, bool> from) => FirstIndex(tokens.Count, from);

        /// <summary>A cue and the subject phrase read after it, [SubjectStart, SubjectEnd) in tokens (empty when hidden).</summary>
        private readonly record struct CueSite(int Cue, int SubjectStart, int SubjectEnd);

        private abstract class SubjectLead
        {
            /// <summary>The token after the lead that starts at s, or null when none does.</summary>
            public abstract int? Skip(Run run, int s, int end);
        }

        /// <summary>A preposition with a pronoun, أيضا, or بدوره (وقال عنها الوزير; واعتبر بدوره الباحث).</summary>
        private sealed class PronounPrepositionBeforeSubject : SubjectLead
        {
            public override int? Skip(Run run, int s, int end) => QuoteLexicon.IsPronounPreposition(run.norms[s]) || QuoteLexicon.IsInTurn(run.norms[s]) ? s + 1 : null;
        }

        /// <summary>
        /// An adverb of time before a named subject or a phrase that hides it (وكان الصوفي أكد سابقا في تصريح أن: the subject
        /// stands before the verb; أعلن مؤخرا الوزير): the subject, if any, follows it. Before anything else (أكدوا مرارا
        /// وتكرارا رفضهم) the phrase is left as it was. Read on web-y.
        /// </summary>
        private sealed class TimeAdverbBeforeSubject : SubjectLead
        {
            public override int? Skip(Run run, int s, int end) =>
                QuoteLexicon.IsTimeAdverb(run.norms[s]) && (s + 1 >= end || run.OpensNamedSubject(s + 1) || run.HidesSubject(run.norms[s + 1])) ? s + 1 : null;
        }

        /// <summary>
        /// Whom the speaker told, one word glued to لـ right before أن/إن: with the article after any verb (وقال للصحفيين إن),
        /// and without it after a verb that goes on with the current speaker (وأضاف لنيوزيمن أن), where a name that opens with
        /// ل (وأكد ليون أن) is not to be feared. The subject is hidden and the speaker carries over. Read on web-x, where the
        /// outlet was given as the speaker. An outlet's noun (ويقول لجريدتنا:, read on web-ak) is whom he told before a colon
        /// or a quotation mark too.
        /// </summary>
        private sealed class GluedAddresseeBeforeComplementizer : SubjectLead
        {
            public override int? Skip(Run run, int s, int end)
            {
                var norm = run.norms[s];
                if (s > 0 && s + 1 < end && QuoteLexicon.IsMediaNounBehindLam(norm) && run.tokens[s + 1].Kind == TokenKind.Punctuation
                    && (run.text[run.tokens[s + 1].Start] == ':' || QuotationMarks.IsQuoteMark(run.text[run.tokens[s + 1].Start])))
                {
                    return s + 1;
                }

                if (s == 0 || s + 1 >= end || run.tokens[s].Kind != TokenKind.ArabicWord || norm.Length < 4 || norm[0] != 'ل'
                    || !QuoteLexicon.IsComplementizer(run.norms[s + 1]) || run.norms[s + 1] == "ب" || run.RecognizedNameAt(s) is not null)
                {
                    return null;
                }

                return norm.StartsWith("لل", StringComparison.Ordinal) || QuoteLexicon.IsContinuationVerb(run.norms[s - 1]) ? s + 1 : null;
            }
        }

        /// <summary>
        /// A comma right after the verb before a subject that opens with a title, an office, a source word or a recognized name
        /// (وأوضحت، مديرة المدرسة منى الجماعي، في تصريح لها، أنها, read on web-ao): the subject is set off by commas. A comma
        /// before anything else opens an aside (أعلنت ، أول من أمس ، ...), which <see cref="SubjectEnd"/> reads as no subject.
        /// </summary>
        private sealed class CommaBeforeNamedSubject : SubjectLead
        {
            public override int? Skip(Run run, int s, int end) => run.IsComma(s) && s + 1 < end && run.OpensNamedSubject(s + 1) ? s + 1 : null;
        }

        /// <summary>An abbreviated title, one letter and a full stop (وأوضح د. طاشكندي, وقال م. الغامدي): the name follows it.</summary>
        private sealed class AbbreviatedTitleBeforeSubject : SubjectLead
        {
            public override int? Skip(Run run, int s, int end) =>
                run.IsAbbreviatedTitle(s, end) ? s + 2 : null;
        }

        /// <summary>
        /// A preposition with a demonstrative, and the noun after هذا/هذه (صرح بذلك المتحدث, وقال بهذا الخصوص), when a title, an
        /// office, a source word, a body or a recognized name follows: after anything else the subject is hidden and the
        /// speaker's words begin (وقال بهذه المناسبة أشد على أيدي المقاومة, read on held-out7: "I shake the hands", no one's name).
        /// </summary>
        private sealed class GluedDemonstrativeBeforeSubject : SubjectLead
        {
            public override int? Skip(Run run, int s, int end)
            {
                var norm = run.norms[s];
                if (!QuoteLexicon.IsGluedDemonstrative(norm))
                {
                    return null;
                }

                var next = s + (norm.EndsWith("ذا", StringComparison.Ordinal) || norm.EndsWith("ذه", StringComparison.Ordinal) ? 2 : 1);
                return next < end && run.tokens[next].IsWord && !run.OpensNamedSubject(next) ? null : next;
            }
        }

        /// <summary>A preposition with a quoted outlet, and a comma after it (وقالت لـ"الاقتصادية" مصادر; ويقول لـ"الاقتصادية"، جون تايلر).</summary>
        private sealed class QuotedOutletBeforeSubject : SubjectLead
        {
            public override int? Skip(Run run, int s, int end)
            {
                if (run.norms[s] != "ل" || s + 1 >= end || run.QuotedOutletAt(s + 1) is not { } close)
                {
                    return null;
                }

                var next = close + 1;
                while (next < end && run.IsComma(next))
                {
                    next++;
                }

                return next;
            }
        }

        /// <summary>
        /// Rule: ذلك/هذا as the verb's object, and a time word after it, stand before a subject that opens with a title, an
        /// office or a recognized name (أوضح ذلك اليوم مدير عام الفرع عبدالله العليان).
        /// </summary>
        private sealed class DemonstrativeObjectBeforeSubject : SubjectLead
        {
            public override int? Skip(Run run, int s, int end)
            {
                if (run.norms[s] is not ("ذلك" or "هذا"))
                {
                    return null;
                }

                var next = s + 1;
                while (next < end && QuoteLexicon.IsSubjectBreakerAt(run.norms, next) && !QuoteLexicon.IsPronounPreposition(run.norms[next]))
                {
                    next++;
                }

                return next < end && run.OpensNamedSubject(next) ? next : null;
            }
        }

        /// <summary>
        /// Rule: whom the speaker told may stand right after the verb, before any subject (وأضاف لوكالة الأنباء العمانية أنَّ,
        /// وأضاف لرويترز أن, قالت لتلفزيون رويترز "..."): a news agency behind لـ, or an outlet noun behind لـ with the outlet's
        /// name after it (a recognized name, a short quotation, or at most <see cref="MaxOutletWords"/> words up to a comma, a
        /// complementizer, a title or an office). The subject, if any, follows it. Read on web-l, where the outlet was taken
        /// for the speaker.
        /// </summary>
        private sealed class AddresseeBehindLamBeforeSubject : SubjectLead
        {
            public override int? Skip(Run run, int s, int end) => OutletEnd(run, s, end) is { } after ? WithItsCountry(run, after, end) : null;

            private static int? OutletEnd(Run run, int s, int end)
            {
                if (!run.tokens[s].IsWord)
                {
                    return null;
                }

                if (run.Lexicon.IsNewsAgencyBehindLam(run.norms[s]))
                {
                    return s + 1;
                }

                if (!QuoteLexicon.IsMediaNounBehindLam(run.norms[s]) || s + 1 >= end)
                {
                    return null;
                }

                if (run.QuotedOutletAt(s + 1) is { } close)
                {
                    return close + 1;
                }

                // The recognizer may take the outlet with its noun (لوكالة الأنباء العمانية) or without it (رويترز).
                var outlet = run.names?.Where(n => n.Start <= run.tokens[s + 1].Start && n.End > run.tokens[s].Start).Select(n => (NameSpan?)n).FirstOrDefault();
                if (outlet is { } named)
                {
                    var after = run.FirstTokenFrom(named.End);
                    return after > s + 1 ? Math.Min(after, end) : null;
                }

                var k = s + 1;
                while (k < end && k <= s + MaxOutletWords && run.tokens[k].IsWord && !QuoteLexicon.IsComplementizer(run.norms[k])
                    && !run.Lexicon.IsTitle(run.norms[k]) && !run.Lexicon.IsRoleHead(run.norms[k]) && run.RecognizedNameAt(k) is null)
                {
                    k++;
                }

                return k > s + 1 ? k : null;
            }

            /// <summary>The outlet's country after its name (لوكالة «نوفوستي» الروسية) is part of whom the speaker told.</summary>
            private static int WithItsCountry(Run run, int after, int end)
            {
                while (after < end && run.tokens[after].IsWord && QuoteLexicon.IsNisbaOfEitherGender(run.norms[after]))
                {
                    after++;
                }

                return after;
            }

            /// <summary>The longest outlet name read without a recognizer's help: three words (الشرق الأوسط اللندنية).</summary>
            private const int MaxOutletWords = 3;
        }

        private abstract class SubjectStop
        {
            /// <summary>True when token k ends the subject phrase that opened at start.</summary>
            public abstract bool StopsAt(Run run, int start, int k, int end);
        }

        /// <summary>
        /// Rule: an adverb of time within <see cref="MaxWordsBeforeTimeAdverb"/> words of the subject's start ends it (أعلنت
        /// وزارة الدفاع الأميركية أخيرا أن: وزارة الدفاع الأميركية). Not when a recognized name holds it, nor when a title, a
        /// person's recognized name within <see cref="NameAfterTimeAdverb"/> words, or (after an office) a bare word follows
        /// it: then it stands before the subject (ذكر هذه الحكاية مؤخرا كاتب السيناريو محفوظ عبد الرحمن) or qualifies the office
        /// before the name (عضو مجلس الشورى سابقا نجيب الزامل). Read on web-y.
        /// </summary>
        private sealed class TimeAdverbEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end)
            {
                if (!QuoteLexicon.IsTimeAdverb(run.norms[k]) || k - start > MaxWordsBeforeTimeAdverb || run.InRecognizedName(k))
                {
                    return false;
                }

                for (var j = k + 1; j < end && j <= k + NameAfterTimeAdverb; j++)
                {
                    if (run.RecognizedNameAt(j) is { } n && !run.names![n].Body)
                    {
                        return false;
                    }
                }

                if (k + 1 >= end)
                {
                    return true;
                }

                var next = run.norms[k + 1];
                return !run.Lexicon.IsTitle(next)
                    && !(run.Lexicon.IsRoleHead(run.norms[start]) && run.tokens[k + 1].Kind == TokenKind.ArabicWord && !QuoteLexicon.HasArticle(next)
                        && !SpeakerShape.IsLeadingPreposition(next) && !QuoteLexicon.IsComplementizer(next));
            }
        }

        /// <summary>
        /// Rule: "for the first time" (للمرة الأولى, للمرة الثانية, لأول مرة) ends the subject it follows: it tells when the
        /// subject acted (أعلنت مصلحة الهجرة السويدية للمرة الأولى عن عدم قدرتها, read on web-ag: the body is مصلحة الهجرة السويدية).
        /// </summary>
        private sealed class FirstTimeAdverbEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                run.norms[k] == "للمره" || (run.norms[k] == "لاول" && k + 1 < end && run.norms[k + 1] == "مره");
        }

        /// <summary>
        /// Rule: نفسه or ذاته after the subject's first word ends it (وأشاد المتحدث نفسه بالتطور, read on web-ak: "the same
        /// spokesman", whom <see cref="SameSourceRefersBack"/> then reads as the current speaker).
        /// </summary>
        private sealed class SameWordEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) => k == start + 2 && QuoteLexicon.IsSameWord(run.norms[k - 1]);
        }

        /// <summary>Rule: a relative clause ends the subject (ويؤكد المركز الذي يعتبر المرجع ...، أن: المركز).</summary>
        private sealed class RelativeClauseEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) => QuoteLexicon.IsRelativePronoun(run.norms[k]);
        }

        /// <summary>
        /// Rule: a participle of manner in the accusative (مرحبا, مبتسما, متسائلا) after the subject's first word ends it: it says
        /// how the subject spoke (تحدث القنصل معكرون مرحبا بالجميع، فقال, read on web-ae), not who; a recognized name holding
        /// it goes on.
        /// </summary>
        private sealed class MannerParticipleEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                k > start && run.tokens[k].Kind == TokenKind.ArabicWord && QuoteLexicon.IsMannerParticiple(run.norms[k]) && run.norms[k].Length <= MaxParticipleLetters
                && run.norms[k][1] != CodePoints.Alef && !QuoteLexicon.IsTimeAdverb(run.norms[k]) && !run.InRecognizedName(k);

            /// <summary>
            /// The longest participle of manner: seven letters (متسائلا, مستنكرا). Longer words of that shape, and any with an alef
            /// after its م, are places (موريتانيا, ماليزيا: رئيس وزراء ماليزيا نجيب عبد الرزاق lost its name to a first version,
            /// read over 2015-08-03/04).
            /// </summary>
            private const int MaxParticipleLetters = 7;
        }

        /// <summary>
        /// Rule: an indefinite masdar in the accusative before على or عن is an adverb of the speech, not part of the speaker
        /// (وذكر الوزير ردا على سؤال: الوزير; تعليقا على, جوابا عن, تعقيبا على).
        /// </summary>
        private sealed class AdverbialMasdarEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end)
            {
                // Not a body's name that ends in alef (وكالة سبأ عن, وكالة سانا عن), recognized or after a body noun.
                var word = run.norms[k];
                return k + 1 < end && word.Length >= 3 && word[^1] == CodePoints.Alef && !word.StartsWith("ال", StringComparison.Ordinal)
                    && run.norms[k + 1] is "علي" or "عن" && !run.Lexicon.IsBodyNoun(run.norms[k - 1])
                    && !run.InRecognizedName(k);
            }
        }

        /// <summary>
        /// Rule: a masdar that opens the verb's object (حرص, أهمية, ضرورة) after a word with the article or a recognized name
        /// ends the subject (وأكد وزير الخارجية السعودية حرص قيادة المملكة على, read on web-n); after an office without the
        /// article it is the office's complement (مدير دعم العمليات).
        /// </summary>
        private sealed class ObjectMasdarAfterADefiniteWordEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                (QuoteLexicon.IsObjectMasdar(run.norms[k]) || IsObjectMasdarBehindBa(run.norms[k])) && run.tokens[k - 1].IsWord
                && (QuoteLexicon.HasArticle(run.norms[k - 1]) || run.NameEndsBefore(k));

            /// <summary>
            /// An object masdar behind a glued بـ (نوه وزير الطاقة بأهمية العمل, read on SaudiNewsNet's held-out3, where بأهمية
            /// العمل had become the minister's name): what the subject praised or stressed.
            /// </summary>
            private static bool IsObjectMasdarBehindBa(string norm) => norm.Length > 4 && norm[0] == 'ب' && QuoteLexicon.IsObjectMasdar(norm[1..]);
        }

        /// <summary>
        /// Rule: a noun with a possessive pronoun of the third person (التزامها, نتائجها, رفضهم) after a word with the article or
        /// a recognized name ends the subject: it is the subject's own, the verb's object (أكدت قيادة المنطقة العسكرية الثانية
        /// التزامها الكامل بحماية المواطنين، مشيرة إلى أن, read on web-ad, where the subject had run on to the comma).
        /// </summary>
        private sealed class PossessedNounAfterADefiniteWordEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                run.tokens[k].Kind == TokenKind.ArabicWord && run.tokens[k - 1].IsWord && HasPossessive(run.norms[k]) && run.RecognizedNameAt(k) is null
                && (QuoteLexicon.HasArticle(run.norms[k - 1]) || run.NameEndsBefore(k));

            /// <summary>
            /// A noun of three letters or more before ها, هم or هما: not opened by a glued conjunction or preposition (ونظيرها
            /// goes on with the subject; الناطق باسمها, بتحقيقهم), not a preposition's pronoun (عليها, عبرها) and not نفسها or
            /// ذاتها, "the same" (المتحدثة نفسها), read on web-o, web-z and 2015-08-03/04 when the rule first took them.
            /// </summary>
            private static bool HasPossessive(string norm)
            {
                var suffix = norm.EndsWith("هما", StringComparison.Ordinal) ? 3 : norm.EndsWith("ها", StringComparison.Ordinal) || norm.EndsWith("هم", StringComparison.Ordinal) ? 2 : 0;
                if (suffix == 0 || norm.Length - suffix < 3 || norm[0] is CodePoints.Waw or 'ف' or 'ب' or 'ل' or 'ك')
                {
                    return false;
                }

                var noun = norm[..^suffix];
                return !QuoteLexicon.IsPreposition(noun) && noun is not ("نفس" or "ذات" or "عين" or "عبر" or "حول" or "بين" or "عند" or "لدي" or "امام" or "تحت" or "فوق" or "ضد" or "منذ");
            }
        }

        /// <summary>
        /// Rule: the subject's own talk, a noun of speech with his pronoun as written (واختتم الوزير حديثه قائلا, وختم كلمته, read
        /// on held-out9, where حديثه had been taken for the minister's name), ends the subject: it is the verb's object. The
        /// matching form cannot tell the pronoun ه from a final ة, so the word is read as written.
        /// </summary>
        private sealed class SpeechOfTheSubjectEndsIt : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                run.tokens[k].Kind == TokenKind.ArabicWord && run.text[run.tokens[k].End - 1] == 'ه' && !run.InRecognizedName(k)
                && QuoteLexicon.IsSpeechNoun(run.norms[k][..^1]);
        }

        /// <summary>Rule: a request for anonymity ends the subject (مسؤول دفاع بارز طلب عدم نشر اسمه; ورفض نشر اسمه).</summary>
        private sealed class AnonymityRequestEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                k + 1 < end && QuoteLexicon.IsAnonymityRequest(run.norms[k], run.norms[k + 1]);
        }

        /// <summary>
        /// Rule: after a name, an outlet behind a glued لـ is whom the speaker told, not part of the speaker (رئيس الجامعة عبد
        /// الحي عزب لوكالة فرانس برس: عبد الحي عزب); before any name it is the office's complement (المتحدث لهيئة الهلال), and
        /// after a source's adjective it is the source's (مصدر مقرب لحزب الأمة). The name is a recognized one, or two name-like
        /// words after an office or a title.
        /// </summary>
        private sealed class OutletBehindLamEndsNamedSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                run.Lexicon.IsBodyNounBehindLam(run.norms[k])
                && (run.NameEndsBefore(k)
                    || ((run.Lexicon.IsRoleHead(run.norms[start]) || run.Lexicon.IsTitle(run.norms[start]))
                        && run.owner.parser.NameRunAtEnd(run.tokens, run.norms, start, k) is var nameStart && nameStart >= 0 && k - nameStart >= MinUnrecognizedName));
        }

        /// <summary>
        /// Rule: an outlet's noun behind a glued لـ right after a source word (وقال المصدر لوكالة انسايد نيوز إن, read on web-al)
        /// or the official (وقال المسؤول لوكالة أنباء شينخوا, read on web-ak), or after a body named by one word with the article
        /// (وقالت الشرطة لموقع "تي ام زد", read on held-out13) is whom he told: the speaker is المصدر, المسؤول or الشرطة
        /// alone; so is any word behind لـ right after المصدر or المصادر (<see cref="IsBehindLam"/>). After the
        /// source's adjective it stays the source's (مصدر مقرب لحزب الأمة, <see cref="OutletBehindLamEndsNamedSubject"/>).
        /// </summary>
        private sealed class OutletRightAfterASourceEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                k == start + 1 && ((QuoteLexicon.IsMediaNounBehindLam(run.norms[k])
                    && (run.Lexicon.IsAnonymousHead(run.norms[start]) || QuoteLexicon.IsOfficialNoun(QuoteLexicon.WithoutArticle(run.norms[start]))
                        || (QuoteLexicon.HasArticle(run.norms[start]) && run.Lexicon.IsBodyNoun(run.norms[start]))))
                    || (QuoteLexicon.HasArticle(run.norms[start]) && run.Lexicon.IsAnonymousHead(run.norms[start]) && IsBehindLam(run.norms[k])));

            /// <summary>
            /// Any word behind a glued لـ right after the source named before (وقال المصدر للسابعة إن, read on web-an: السابعة, a
            /// channel no list holds): the source already named is complete, and what follows it is whom it told. Not a word
            /// joining an office to what it serves (لشؤون).
            /// </summary>
            private static bool IsBehindLam(string norm) => norm.Length > 3 && norm[0] == 'ل' && !QuoteLexicon.IsRoleConnector(norm);
        }

        /// <summary>
        /// Rule: an outlet's noun behind a glued لـ after a subject that opens with a name-like word or a kinsman, no office, title
        /// or body (أضاف الساعي لتلفزيون رويترز, read on held-out5, where the channel was taken for the speaker's name; وصرح والد
        /// الفتاة لصحيفة بوراس تيدنغ, held-out4) is whom he told: a person's name or kin never holds an outlet, while an office
        /// may (المدير العام لتلفزيون دبي).
        /// </summary>
        private sealed class OutletAfterABareNameEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                QuoteLexicon.IsMediaNounBehindLam(run.norms[k]) && run.tokens[start].Kind == TokenKind.ArabicWord
                && !run.Lexicon.IsRoleHead(run.norms[start]) && !run.Lexicon.IsTitle(run.norms[start]) && !run.Lexicon.IsBodyNoun(run.norms[start])
                && !run.Lexicon.IsAnonymousHead(run.norms[start]) && !run.Lexicon.IsStatementNoun(run.norms[start]) && !IsDocumentNoun(run.norms[start]);

            /// <summary>
            /// A report, analysis, study or article, with or without the article, which an outlet behind لـ issues (ذكر تحليل لصحيفة
            /// “فاينانشيال تايمز”, read on 2015-08-03/04): the outlet is its author, not whom it told.
            /// </summary>
            private static bool IsDocumentNoun(string norm) =>
                QuoteLexicon.WithoutArticle(QuoteLexicon.WithoutConjunction(norm)) is "تقرير" or "تحليل" or "دراسه" or "استطلاع" or "مقال" or "افتتاحيه";
        }

        /// <summary>
        /// Rule: a news agency named by one word behind a glued لـ (وقال بادي لرويترز عبر الهاتف) is whom the speaker told: it
        /// ends the subject after any word, recognized name or not.
        /// </summary>
        private sealed class NewsAgencyBehindLamEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) => run.Lexicon.IsNewsAgencyBehindLam(run.norms[k]);
        }

        /// <summary>
        /// Rule: an outlet behind a glued لـ set off by a comma (ولفت المصدر، لصحيفة الحياة اللندنية، إلى) is whom the speaker
        /// told, not part of the speaker: the comma ends the subject.
        /// </summary>
        private sealed class OutletAfterCommaEndsSubject : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                run.IsComma(k) && k + 1 < end && (QuoteLexicon.IsMediaNounBehindLam(run.norms[k + 1]) || run.Lexicon.IsNewsAgencyBehindLam(run.norms[k + 1]));
        }

        /// <summary>
        /// Rule: a word glued to لـ right after a body named by one definite noun (وأكدت الوزارة لأصحاب سيارات الأجرة بأن) is
        /// whom the body told: the body alone is the subject.
        /// </summary>
        private sealed class AddresseeAfterADefiniteBody : SubjectStop
        {
            public override bool StopsAt(Run run, int start, int k, int end) =>
                k == start + 1 && run.Lexicon.IsBodyNoun(run.norms[start]) && QuoteLexicon.HasArticle(run.norms[start])
                && run.norms[k].Length > 3 && run.norms[k][0] == 'ل' && !run.norms[k].StartsWith("لل", StringComparison.Ordinal) && !run.Lexicon.IsBodyNoun(run.norms[k]);
        }

        private abstract class SpeakerCorrection
        {
            public abstract Speaker Correct(Run run, CueSite site, Speaker speaker);
        }

        /// <summary>
        /// Rule: المصدر نفسه / المصدر ذاته (the same source), and ذات المتحدث / نفس المصدر (the same spokesman), is the current
        /// speaker; with no current speaker it names no one (و اضاف ذات المتحدث ان, after a speaker not read, had been given
        /// the phrase itself as a name, read on web-ag).
        /// </summary>
        private sealed class SameSourceRefersBack : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var (s, e) = SpeakerParser.TrimPunctuation(run.tokens, site.SubjectStart, site.SubjectEnd);
                if (e != s + 2)
                {
                    return speaker;
                }

                // المصدر نفسه, and the same word before its noun: ذات المتحدث, نفس المصدر.
                var (same, noun) = QuoteLexicon.IsSameWord(run.norms[s + 1]) ? (s + 1, s) : run.norms[s] is "ذات" or "نفس" ? (s, s + 1) : (-1, -1);
                if (same < 0 || !(run.Lexicon.IsAnonymousHead(run.norms[noun]) || run.Lexicon.IsStatementNoun(run.norms[noun]) || run.Lexicon.IsRoleHead(run.norms[noun])))
                {
                    return speaker;
                }

                return run.last is { } current && (current.Name is not null || current.Role is not null)
                    ? current with { Source = SpeakerSource.CarriedOver }
                    : Speaker.Unknown;
            }
        }

        /// <summary>
        /// Rule: المتحدث or المتحدثة alone, "the one speaking", is the current speaker, whatever office he was named with (وقال وكيل
        /// النائب العام إبراهيم الكواري في بيان إن ... وأوضح المتحدث أن, read on web-an: the role had been kept with no one);
        /// with no current speaker named, it stays the role alone. With its complement (المتحدث باسم الوزارة) it is an office.
        /// The role read is the word itself, as the continuation verbs keep theirs (وأضاف رئيس الحكومة).
        /// </summary>
        private sealed class TheSpeakerIsTheCurrentSpeaker : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var (s, e) = SpeakerParser.TrimPunctuation(run.tokens, site.SubjectStart, site.SubjectEnd);
                return e == s + 1 && run.norms[s] is "المتحدث" or "المتحدثه" && run.last is { Name: { } name }
                    && !run.NameBetween(name.End, run.tokens[site.Cue].Start, person: true)
                    ? speaker with { Name = name }
                    : speaker;
            }
        }

        /// <summary>
        /// Rule: a title alone as the subject (وأكد الأمير خلال اللقاء أن, وأوضح الدكتور أن) is the person the text last named
        /// after that title before the verb, or the one whose name ends with the word (وأفاد الشيخ بأن, of سعيد الشيخ, read on
        /// tune2; فيما أعرب الأمير خلال اللقاء, read over 2015-08-03), in the verb's gender, so that a participle of the other
        /// gender does not carry him over. With no such person the title stays no one, as before.
        /// </summary>
        private sealed class LoneTitleIsItsLastHolder : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var (s, e) = SpeakerParser.TrimPunctuation(run.tokens, site.SubjectStart, site.SubjectEnd);
                if (e != s + 1 || run.names is null || !run.Lexicon.IsTitle(run.norms[s]))
                {
                    return speaker;
                }

                var title = run.norms[s];
                var before = run.tokens[site.Cue].Start;
                NameSpan? holder = null;
                foreach (var name in run.names)
                {
                    // The names are not all in text order (those the article confirms come last): the latest one wins.
                    if (name.Body || name.End > before || (holder is { } found && found.Start >= name.Start))
                    {
                        continue;
                    }

                    var first = run.TokenAt(name.Start);
                    var last = run.FirstTokenFrom(name.End) - 1;
                    if ((first > 0 && run.norms[first - 1] == title) || (last > first && first >= 0 && run.norms[last] == title))
                    {
                        holder = name;
                    }
                }

                return holder is { } person
                    ? new Speaker((person.Start, person.End), null, SpeakerSource.CarriedOver) { Gender = run.Lexicon.GenderOf(run.norms[site.Cue]) }
                    : speaker;
            }
        }

        /// <summary>
        /// Rule: a statement noun with the article (البيان) followed by an indefinite word or an adjective is the last
        /// statement, not an issuer (وذكر البيان ستة مواقع; وقال البيان الرسمي); its issuer follows only لـ, عن or صادر.
        /// </summary>
        private sealed class DefiniteStatementRefersBack : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var (s, e) = (site.SubjectStart, site.SubjectEnd);
                if (e <= s + 1 || !run.Lexicon.IsStatementNoun(run.norms[s]) || !QuoteLexicon.HasArticle(run.norms[s])
                    || !run.tokens[s + 1].IsWord && run.tokens[s + 1].Kind != TokenKind.Number)
                {
                    return speaker;
                }

                var next = run.norms[s + 1];
                var issuerFollows = next is "ل" or "عن" or "صادر" or "الصادر" or "الصادره" || next.StartsWith('ل') || run.RecognizedNameAt(s + 1) is not null
                    || (QuoteLexicon.HasArticle(next) && !QuoteLexicon.IsNisba(next));
                // The statement speaks for its issuer, in the gender of its own cue (وذكر البيان after أعلنت الحكومة).
                return issuerFollows ? speaker : (run.lastStatement ?? run.last ?? speaker) with { Gender = CueGender.Unknown };
            }
        }

        /// <summary>Rule: a statement's issuer glued to لـ (بيان لنقابة المعلمين) is the body without it (نقابة المعلمين).</summary>
        private sealed class IssuerWithoutGluedLam : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                if (speaker is not { Source: SpeakerSource.Statement, Name: { } name } || run.TokenAt(name.Start) is not (>= 0 and var k)
                    || !run.Lexicon.IsBodyNounBehindLam(run.norms[k]))
                {
                    return speaker;
                }

                return speaker with { Name = (name.Start + 1, name.End) };
            }
        }

        /// <summary>
        /// Rule: a verb right after a singular relative pronoun whose subject is hidden (وأدارها الكاتب الصحفي يسري حسان، الذي
        /// أكد أنه) speaks for the name the relative follows, a comma allowed between, when the recognizer named it: not for
        /// the speaker before.
        /// </summary>
        private sealed class RelativeVerbSpeaksForItsNamedAntecedent : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var relative = site.Cue - 1;
                if (site.SubjectEnd > site.SubjectStart || relative < 1 || run.names is null || QuoteLexicon.WithoutConjunction(run.norms[relative]) is not ("الذي" or "التي"))
                {
                    return speaker;
                }

                var before = run.IsComma(relative - 1) ? relative - 2 : relative - 1;
                if (before < 0 || !run.tokens[before].IsWord)
                {
                    return speaker;
                }

                foreach (var name in run.names)
                {
                    if (name.End == run.tokens[before].End && !SpeakerShape.OpensWithPrepositionOrPronoun(run.text[name.Start..name.End]) && !OnePersonBeforeAHiddenSubjectSpeaks.GovernedByPreposition(run, run.TokenAt(name.Start)))
                    {
                        return new Speaker((name.Start, name.End), null, SpeakerSource.Subject) { Gender = run.Lexicon.GenderOf(run.norms[site.Cue]) };
                    }
                }

                return speaker;
            }
        }

        /// <summary>
        /// Rule: an office read without its holder (the subject phrase ended at a complement: في شركة "فاير آي", لدى الولايات
        /// المتحدة) is held by the person the recognizer named after it, before the speech opens, after a comma, a word with
        /// the article, a title or the closing mark of a quotation (وقال نائب الرئيس الأول لقسم المنتجات في شركة "فاير آي" مانيش
        /// جوبتا إن, read on held-out6; الملحق الثقافي في سفارة خادم الحرمين الشريفين لدى الولايات المتحدة الأمريكية الدكتور
        /// محمد العيسى, over 2015-08-03/04). Not past أن/إن, a verb of speech, a colon or a full stop, nor a name after an
        /// opening quotation mark or a word glued to a preposition (a person told or spoken of: لصديقه «جيم»).
        /// </summary>
        private sealed class HolderNamedPastTheOfficesComplement : SpeakerCorrection
        {
            /// <summary>
            /// How many tokens past the subject phrase the holder's name may start: eight. The cases read need six (في شركة
            /// "فاير آي" before مانيش جوبتا, held-out6) and five (لدى الولايات المتحدة الأمريكية الدكتور before محمد العيسى,
            /// 2015-08-03/04); two more leave room for a comma and a title.
            /// </summary>
            private const int HolderReach = 8;

            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                if (speaker is not { Name: null, Role: not null, Source: SpeakerSource.Subject } || site.SubjectEnd <= site.SubjectStart)
                {
                    return speaker;
                }

                var end = run.sentenceEnd[site.Cue];
                for (var k = site.SubjectEnd; k < end && k < site.SubjectEnd + HolderReach; k++)
                {
                    var norm = run.norms[k];
                    if (QuoteLexicon.IsComplementizer(norm) || run.Lexicon.Cue(norm) != CueKind.None
                        || (run.tokens[k].Kind == TokenKind.Punctuation && run.text[run.tokens[k].Start] is ':' or '.'))
                    {
                        return speaker;
                    }

                    if (run.RecognizedNameAt(k) is { } n && !run.names![n].Body && run.names[n].Start == run.tokens[k].Start)
                    {
                        var before = run.norms[k - 1];
                        var opens = run.IsComma(k - 1) || run.Lexicon.IsTitle(before) || QuoteLexicon.OpensWithArticle(before)
                            || run.quoted.Any(q => q.CloseToken == k - 1);
                        return opens ? speaker with { Name = (run.names[n].Start, run.names[n].End) } : speaker;
                    }
                }

                return speaker;
            }
        }

        /// <summary>
        /// Rule: a description with the article and a nisba (وقال المسؤول الأمريكي, وصرح اللاعب الألماني) names the current
        /// speaker when no other person's name stands between that speaker's name and the cue (a body's may: نجم فريق النصر
        /// السعودي ... وقال القائد البرتغالي, read on web-ah); so does a person noun with an adjective or two with the article
        /// (وأضاف النجم المخضرم, the same page: the star the article speaks of). The current speaker named again in part since
        /// (بييلسا after مارسيلو بييلسا ... وقال المدرب الأرجنتيني, read on held-out4) is no other person.
        /// </summary>
        private sealed class AnaphoricDescriptionIsTheCurrentSpeaker : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var (s, e) = (site.SubjectStart, site.SubjectEnd);
                if (speaker.Source != SpeakerSource.Subject || e < s + 2 || !QuoteLexicon.HasArticle(run.norms[s]) || !(Nisba(run, s, e) || Epithet(run, s, e)))
                {
                    return speaker;
                }

                var cueStart = run.tokens[site.Cue].Start;
                if (run.last is not { Name: { } named } current || named.End > cueStart || OtherPersonBetween(run, named, cueStart))
                {
                    return speaker;
                }

                return new Speaker(named, (run.tokens[s].Start, run.tokens[e - 1].End), SpeakerSource.Subject) { Gender = current.Gender };
            }

            /// <summary>
            /// Whether a person's recognized name other than the one given stands between it and the cue; the same person named
            /// again in part (بييلسا after مارسيلو بييلسا, read on held-out4) is no other.
            /// </summary>
            private static bool OtherPersonBetween(Run run, (int Start, int End) person, int cueStart)
            {
                var words = run.text[person.Start..person.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return run.names is not null && run.names.Any(n => !n.Body && n.Start >= person.End && n.End <= cueStart
                    && !run.text[n.Start..n.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains(w, StringComparer.Ordinal)));
            }

            /// <summary>An office or a person noun and a nisba: المسؤول الأمريكي.</summary>
            private static bool Nisba(Run run, int s, int e) =>
                e == s + 2 && QuoteLexicon.IsNisba(run.norms[s + 1]) && (run.Lexicon.IsRoleHead(run.norms[s]) || QuoteLexicon.IsPersonNoun(run.norms[s]));

            /// <summary>A person noun and one or two words with the article that name no one: النجم المخضرم.</summary>
            private static bool Epithet(Run run, int s, int e) =>
                e <= s + 3 && QuoteLexicon.IsPersonNoun(run.norms[s])
                && Enumerable.Range(s + 1, e - s - 1).All(k => run.tokens[k].Kind == TokenKind.ArabicWord && QuoteLexicon.HasArticle(run.norms[k])
                    && run.NameHolding(k) is null && !run.Lexicon.IsBodyNoun(run.norms[k]) && !QuoteLexicon.IsPlaceNoun(run.norms[k]));
        }

        /// <summary>
        /// Rule: a body noun with the article alone as the subject (وأكدت الهيئة مجددا) names the current speaker when that
        /// speaker's name opens with the same noun (الهيئة السعودية للمواصفات) and no other name stands between that name and
        /// the cue: the short form the article goes on with. Read on 2015-08-03/04, where the subject read past the adverb.
        /// </summary>
        private sealed class BodyNounNamesTheCurrentBody : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var (s, e) = (site.SubjectStart, site.SubjectEnd);
                if (speaker.Source != SpeakerSource.Subject || e != s + 1 || run.last is not { Name: { } currentName } current)
                {
                    return speaker;
                }

                var noun = QuoteLexicon.WithoutConjunction(run.norms[s]);
                var first = run.TokenAt(currentName.Start);
                var cueStart = run.tokens[site.Cue].Start;
                return QuoteLexicon.HasArticle(noun) && run.Lexicon.IsBodyNoun(noun) && first >= 0 && first + 1 < run.tokens.Count
                    && run.tokens[first + 1].End <= currentName.End && QuoteLexicon.WithoutConjunction(run.norms[first]) == noun
                    && currentName.End <= cueStart && !run.NameBetween(currentName.End, cueStart)
                        ? current with { Source = SpeakerSource.Subject }
                        : speaker;
            }
        }

        /// <summary>
        /// Rule: a speaker carried over agrees in gender with the cue that carries it (مؤكدةً after a man named by قال, وأضاف
        /// after a woman named by قالت): when the two cues mark different genders, the speaker is not known. Unnamed sources
        /// (مصادر مطلعة) are the exception: news goes on with وأضاف and مضيفا after them as after "the source" (read on
        /// web-v, where five of its ten missed speakers were such sources).
        /// </summary>
        private sealed class CarriedSpeakerAgreesInGender : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var gender = run.Lexicon.GenderOf(run.norms[site.Cue]);
                return speaker.Source == SpeakerSource.CarriedOver && speaker.Gender != CueGender.Unknown && gender != CueGender.Unknown && gender != speaker.Gender
                    && !IsUnnamedSources(run, site, speaker)
                    ? Speaker.Unknown
                    : speaker;
            }

            /// <summary>
            /// The current speaker is unnamed sources, the cue opens its clause (أن, إن, إلى or punctuation after it: no subject
            /// of its own) and no person is named between the sources' last words and the cue.
            /// </summary>
            private static bool IsUnnamedSources(Run run, CueSite site, Speaker speaker)
            {
                if (run.HeadWordOf(speaker) != "مصادر")
                {
                    return false;
                }

                var next = site.Cue + 1;
                if (next < run.tokens.Count && run.tokens[next].Kind == TokenKind.ArabicWord && !QuoteLexicon.IsComplementizer(run.norms[next]) && run.norms[next] != "الي")
                {
                    return false;
                }

                // A participle in the sources' own sentence (مضيفا, مؤكدا: its subject is the sentence's), or a verb that opens
                // the sentence right after it (وأضاف أن). A verb inside a sentence may have a subject before it (ليون نفسه
                // أعلن أنه, أحد المسؤولين ... يقول إن) that the sources' words do not reach.
                var opening = run.SentenceOpening(site.Cue);

                var sentenceStart = run.tokens[opening].Start;
                var participle = run.Lexicon.Cue(run.norms[site.Cue]) == CueKind.Participle;
                var opens = Enumerable.Range(opening, site.Cue - opening).All(k => run.tokens[k].Kind == TokenKind.Punctuation);
                if (!((participle && sentenceStart < run.lastAt) || (opens && string.IsNullOrWhiteSpace(run.text[Math.Min(run.lastAt, sentenceStart)..sentenceStart].Trim('.', '"', '»', '”', ')')))))
                {
                    return false;
                }

                var cueStart = run.tokens[site.Cue].Start;
                return run.names?.Any(n => !n.Body && n.Start >= run.lastAt && n.End <= cueStart) != true;
            }
        }

        /// <summary>
        /// Rule: a participle that carries nobody over (مؤكدا, مشيرا after a sentence whose verb reports no speech: ونقل الأمير
        /// محمد بن نايف تحيات ...، مؤكداً أن; عبر المهاجم ياسر الزبيري عن سعادته، مشيرا إلى أن) speaks for its sentence's subject:
        /// the first person the sentence names, within its first <see cref="SubjectReach"/> words and before any relative
        /// pronoun, outside speech, not behind a preposition and no byline. A participle that opens its line goes on from the
        /// sentence before it.
        /// </summary>
        private sealed class ParticipleSpeaksForItsSentenceSubject : SpeakerCorrection
        {
            /// <summary>
            /// How far into its sentence the subject may stand: web-ab's missed participles put it after a verb, titles and a
            /// phrase set before the verb (وعن عملية القبض عليه في أبريل العام الماضي، بيّن بن نائل: the tenth word).
            /// </summary>
            private const int SubjectReach = 12;

            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                if (speaker != Speaker.Unknown || run.names is null || run.Lexicon.Cue(run.norms[site.Cue]) != CueKind.Participle
                    || run.Lexicon.IsPluralCue(run.norms[site.Cue]))
                {
                    return speaker;
                }

                // A line break ends the sentence here too: a headline without a full stop is no part of the paragraph under it
                // (مؤسسة مهرجان الواحات للتمور: هدفنا ... above سلطت الدكتورة فاطمة عبد الرسول ...، موضحةً أن, read on web-ae).
                var cueStart = run.tokens[site.Cue].Start;
                var lineStart = run.LineStart(cueStart);
                var opening = run.SentenceOpening(site.Cue);
                while (opening < site.Cue && run.tokens[opening].Start < lineStart)
                {
                    opening++;
                }

                if (Enumerable.Range(opening, site.Cue - opening).All(k => !run.tokens[k].IsWord) && opening > 0)
                {
                    opening = run.SentenceOpening(opening - 1);
                }

                var words = 0;
                for (var k = opening; k < site.Cue && words < SubjectReach; k++)
                {
                    if (!run.tokens[k].IsWord)
                    {
                        continue;
                    }

                    if (QuoteLexicon.IsRelative(run.norms[k]))
                    {
                        // A name after الذي/التي is in a relative clause (الدور الذي لعبه رئيس الحكومة نجيب ميقاتي), not the subject.
                        break;
                    }

                    words++;
                    if (run.RecognizedNameAt(k) is { } n && run.names[n] is var name && name.End <= cueStart && run.IsPersonNamedOutsideSpeech(name)
                        && !run.IsBehindAPreposition(name) && !OnePersonBeforeAHiddenSubjectSpeaks.GovernedByPreposition(run, k)
                        && !OnePersonBeforeAHiddenSubjectSpeaks.IsByline(run, name) && OpensItsClause(run, k, opening))
                    {
                        return new Speaker((name.Start, name.End), null, SpeakerSource.CarriedOver);
                    }
                }

                return speaker;
            }

            /// <summary>
            /// Whether the name at token k is its clause's subject: the sentence opens with it or with an office or title before
            /// it (رئيس مجلس إدارة اللجنة البارالمبية السعودية أحمد المقيرن رفع), or its clause (from the sentence's opening or
            /// a comma) opens with a verb and at most <see cref="WordsBetweenVerbAndSubject"/> words that are no title or office
            /// stand between (ونقل الأمير محمد بن نايف; ومن جهته، عبر المهاجم ياسر الزبيري). A name further on is an object
            /// (وتوقع الشبيب أن تشهد تداولات سهم شركة موبايلي; شكر الحربي أعضاء اللجان ويمثلهم يوسف الصقري), and one after a
            /// comma and a title is in apposition to an object (تحيات خادم الحرمين الشريفين، الملك سلمان).
            /// </summary>
            private static bool OpensItsClause(Run run, int k, int opening)
            {
                var first = k;
                for (var j = k - 1; j >= opening && !run.IsComma(j); j--)
                {
                    first = run.tokens[j].IsWord ? j : first;
                }

                var afterComma = first > opening && Enumerable.Range(opening, first - opening).Any(run.IsComma);
                if (first == k || IsTitleOrOffice(run, first, QuoteLexicon.WithoutConjunction(run.norms[first])))
                {
                    return !afterComma;
                }

                return Enumerable.Range(first + 1, k - first - 1).Count(j => run.tokens[j].IsWord && !IsTitleOrOffice(run, j, run.norms[j])) <= WordsBetweenVerbAndSubject;
            }

            /// <summary>
            /// Words between a verb and its subject that are no title or office in the lists (الأمير, صاحب السمو الملكي): read on
            /// web-ab and 2015-08-03/04, where a subject stood one such word after its verb and the objects taken for subjects
            /// five and seven.
            /// </summary>
            private const int WordsBetweenVerbAndSubject = 2;

            private static bool IsTitleOrOffice(Run run, int j, string norm) =>
                run.Lexicon.IsTitle(norm) || run.Lexicon.IsRoleHead(norm) || QuoteLexicon.IsPersonNoun(norm) || QuoteLexicon.IsRankNounAt(run.norms, j);
        }

        /// <summary>
        /// Rule: a verb or participle whose subject is hidden (وقالت, مشيرا) and that carries nobody over (no current
        /// speaker, or the current one given up for another name or a gender that does not agree) speaks for the one person
        /// its paragraph names before it, outside speech and quotations: a news paragraph that names one person and then
        /// reports speech without a subject reports that person's.
        /// </summary>
        private sealed class OnePersonBeforeAHiddenSubjectSpeaks : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                if (speaker != Speaker.Unknown || run.last is not null || site.SubjectEnd > site.SubjectStart || run.names is null || run.Lexicon.IsPluralCue(run.norms[site.Cue])
                    || run.Lexicon.GenderOf(run.norms[site.Cue]) == CueGender.Feminine)
                {
                    return speaker;
                }

                var cueStart = run.tokens[site.Cue].Start;
                if (NameBeforeSpeech(run, site.Cue))
                {
                    // A name between the cue and its speech is a subject the extractor could not read: not a hidden one.
                    return speaker;
                }

                // The paragraph before the cue; when it names nobody (وقال: on a line of its own), the paragraph before it.
                var paragraph = run.LineStart(cueStart);
                var (found, several) = OnePersonIn(run, paragraph, cueStart);
                if (found is null && !several && paragraph > 0 && run.text.AsSpan(paragraph, cueStart - paragraph).Trim().IsEmpty)
                {
                    var before = run.text.AsSpan(0, paragraph).TrimEnd().Length;
                    (found, several) = before > 0 ? OnePersonIn(run, run.LineStart(before), before) : (null, false);
                }

                return found is { } person && !several ? new Speaker(person, null, SpeakerSource.CarriedOver) : speaker;
            }

            /// <summary>The one person named in [from, to) outside speech (the longest spelling), and whether two are named.</summary>
            private static ((int Start, int End)? Found, bool Several) OnePersonIn(Run run, int from, int to)
            {
                (int Start, int End)? found = null;
                foreach (var name in run.names!)
                {
                    if (name.Start < from || name.End > to || name.Body || !run.IsPersonNamedOutsideSpeech(name) || GovernedByPreposition(run, run.TokenAt(name.Start)) || IsByline(run, name))
                    {
                        continue;
                    }

                    var other = run.text[name.Start..name.End];
                    if (!run.HasSeveralWords(name) || SpeakerShape.OpensWithPrepositionOrPronoun(other))
                    {
                        // A one-word name (ميليشيا, رويترز) is as often a body or a place the recognizer took for a person.
                        continue;
                    }

                    if (found is { } one && !SameName(run.text[one.Start..one.End], other))
                    {
                        return (null, true);
                    }

                    found = found is { } longer && longer.End - longer.Start >= name.End - name.Start ? longer : (name.Start, name.End);
                }

                return (found, false);
            }

            /// <summary>A name that opens its line and is followed by a dash (محمد شعوان- سبق- متابعة:) is the writer's byline.</summary>
            internal static bool IsByline(Run run, NameSpan name)
            {
                var lineStart = run.LineStart(name.Start);
                var after = run.text.AsSpan(name.End).TrimStart(' ');
                return run.text.AsSpan(lineStart, name.Start - lineStart).IsWhiteSpace() && after.Length > 0 && after[0] is '-' or '–' or '—';
            }

            /// <summary>True when a recognized name starts between the cue and the first complementizer, colon or quotation mark after it.</summary>
            private static bool NameBeforeSpeech(Run run, int cue)
            {
                var k = cue + 1;
                while (k < run.tokens.Count && !QuoteLexicon.IsComplementizer(run.norms[k])
                    && !(run.tokens[k].Kind == TokenKind.Punctuation && (run.text[run.tokens[k].Start] == ':' || QuotationMarks.IsQuoteMark(run.text[run.tokens[k].Start]))))
                {
                    k++;
                }

                var (from, to) = (run.tokens[cue].End, k < run.tokens.Count ? run.tokens[k].Start : run.text.Length);
                return run.NameBetween(from, to);
            }

            /// <summary>
            /// True when the name is the object of a preposition: going back from it over at most <see cref="GovernorReach"/>
            /// words of its phrase (its titles and offices), a preposition comes before any verb or punctuation (برعاية خادم
            /// الحرمين الشريفين الملك سلمان; لخادم الحرمين الشريفين الملك سلمان). One of attribution (وفقا للناطق الإعلامي
            /// ... الرائد بدر السحيباني, بحسب) names the source, so it does not count.
            /// </summary>
            internal static bool GovernedByPreposition(Run run, int nameToken)
            {
                // Not past the start of the name's line: a headline above it without a full stop governs nothing in it (بالهوية
                // of مؤسسة مهرجان الواحات للتمور: هدفنا الاحتفال بالهوية above سلطت الدكتورة فاطمة عبد الرسول, read on web-ae).
                var lineStart = nameToken < run.tokens.Count ? run.LineStart(run.tokens[nameToken].Start) : 0;
                for (var k = nameToken - 1; k >= 0 && k >= nameToken - GovernorReach && run.tokens[k].Start >= lineStart; k--)
                {
                    var norm = run.norms[k];
                    if (run.tokens[k].Kind == TokenKind.Punctuation || run.Lexicon.Cue(norm) != CueKind.None || run.Lexicon.IsStanceVerb(norm))
                    {
                        return false;
                    }

                    var bare = QuoteLexicon.WithoutConjunction(norm);
                    if (SpeakerShape.IsLeadingPreposition(norm) || IsGluedGovernor(bare))
                    {
                        var attribution = QuoteLexicon.IsAccordingTo(norm) || (k > 0 && QuoteLexicon.IsAccordingTo(run.norms[k - 1]));
                        return !attribution;
                    }
                }

                return false;
            }

            /// <summary>
            /// Nouns whose object a name is when a preposition is glued to them (برعاية, برئاسة, بحضور, بقيادة, لخادم الحرمين):
            /// the patron, chair, guest or addressee of the event, not its speaker.
            /// </summary>
            private static readonly HashSet<string> Governors = new(
                new[] { "رعاية", "رئاسة", "حضور", "قيادة", "مشاركة", "ضيافة", "خادم", "إشراف" }.Select(w => ArabicNormalizer.Matching.NormalizeToString(w)),
                StringComparer.Ordinal);

            private static bool IsGluedGovernor(string bare) => bare.Length > 3 && bare[0] is 'ل' or 'ب' && Governors.Contains(bare[1..]);

            /// <summary>
            /// How far back a name's governing preposition is looked for: the longest title chain of the 2015-08-03/04 changes
            /// read for this rule puts it six words back (تحت رعاية خادم الحرمين الشريفين الملك سلمان).
            /// </summary>
            private const int GovernorReach = 6;
        }

        /// <summary>
        /// Rule: one of a group (أحد مستشاري الرئيس الروسي بوتين) is unnamed: a name after an office inside the phrase is that
        /// office's holder, not the speaker, who is the whole phrase.
        /// </summary>
        private sealed class OneOfAGroupIsUnnamed : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var (s, e) = SpeakerParser.TrimPunctuation(run.tokens, site.SubjectStart, site.SubjectEnd);
                if (e - s < 2 || !QuoteLexicon.IsOneOf(run.norms[s]) || speaker is not { Name: { } name, Source: SpeakerSource.Subject }
                    || run.TokenAt(name.Start) is not (> 1 and var nameToken) || !run.Lexicon.IsRoleHead(PreviousHead(run, s, nameToken)))
                {
                    return speaker;
                }

                return new Speaker(null, (run.tokens[s].Start, run.tokens[e - 1].End), SpeakerSource.Subject);
            }

            /// <summary>The word before the name, or the one before that when it is a nisba (الرئيس الروسي بوتين: الرئيس).</summary>
            private static string PreviousHead(Run run, int s, int nameToken)
            {
                var k = nameToken - 1;
                return k > s && QuoteLexicon.IsNisba(run.norms[k]) ? run.norms[k - 1] : run.norms[k];
            }
        }

        /// <summary>
        /// Rule: a dual or plural cue without its own subject (وأكدتا أن, وقالوا:) carries no single speaker over; it carries a
        /// group that spoke before it (وقال مواطنون ... وأضافوا, قاطنو المنطقة, الأهالي). Read on web-u and web-w. (Keeping a
        /// singular cue from carrying such a group was tried: the test for a group, a word ending in ون or ين, also takes
        /// التلفزيون and names, and four judged parts lost speakers.)
        /// </summary>
        private sealed class PluralCueCarriesNobody : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker) =>
                speaker.Source == SpeakerSource.CarriedOver && run.Lexicon.IsPluralCue(run.norms[site.Cue]) && !IsGroup(run, speaker) ? Speaker.Unknown : speaker;

            /// <summary>A speaker named by a plural of people: a sound plural (مواطنون, المحتجين), its construct form (قاطنو), or a group noun.</summary>
            private static bool IsGroup(Run run, Speaker speaker)
            {
                if (speaker.Name is not { } name || run.names?.Any(n => n.Start == name.Start) == true || run.HeadWordOf(speaker) is not { } word)
                {
                    return false;
                }

                var first = run.TokenAt(name.Start);
                return (word.Length >= 5 && (word.EndsWith("ون", StringComparison.Ordinal) || word.EndsWith("ين", StringComparison.Ordinal)))
                    || (word.Length >= 5 && word[^1] == '\u0648' && first + 1 < run.tokens.Count && run.tokens[first + 1].IsWord) // و waw: قاطنو المنطقة
                    || GroupNouns.Contains(word);
            }

            private static readonly HashSet<string> GroupNouns = new(["اهالي", "سكان", "شهود", "عمال", "طلاب", "نواب", "خبراء", "اطباء"], StringComparer.Ordinal);
        }

        /// <summary>
        /// Rule: a formula of blessing (صلى الله عليه وسلم, عليه السلام, رضي الله عنه) is no speaker. After the
        /// Prophet's title (حديث الرسول صلى الله عليه وسلم عندما قال) the speaker is that title; otherwise none.
        /// </summary>
        private sealed class BlessingFormulaIsNoSpeaker : SpeakerCorrection
        {
            private static readonly HashSet<string> FormulaWords = new(
                ["صلي", "الله", "عليه", "وسلم", "السلام", "رضي", "عنه", "عنها", "رحمه"],
                StringComparer.Ordinal);

            private static readonly HashSet<string> ProphetTitles = new(["النبي", "الرسول", "رسول"], StringComparer.Ordinal);

            private static readonly HashSet<string> Between = new(["عندما", "حين", "حينما", "اذ", "انه", "قد", "الكريم", "الامين", "المصطفي"], StringComparer.Ordinal);

            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                var formula = speaker.Name is { } name && IsFormula(run, name.Start, name.End);
                if (!formula && site.SubjectEnd > site.SubjectStart)
                {
                    return speaker;
                }

                // Back from the cue over the formula and what may stand between it and the verb, to the Prophet's title.
                var k = site.Cue - 1;
                while (k >= 0 && site.Cue - k <= 12 && run.sentenceEnd[k] == run.sentenceEnd[site.Cue]
                    && (!run.tokens[k].IsWord || FormulaWords.Contains(run.norms[k]) || Between.Contains(run.norms[k])))
                {
                    k--;
                }

                var title = k >= 0 && k < site.Cue - 1 && run.sentenceEnd[k] == run.sentenceEnd[site.Cue] ? k : -1;
                if (title > 0 && run.norms[title] == "الله" && run.norms[title - 1].EndsWith("رسول", StringComparison.Ordinal))
                {
                    title--;
                }

                if (title >= 0 && ProphetTitles.Contains(QuoteLexicon.WithoutConjunction(run.norms[title])))
                {
                    var end = run.norms[title].EndsWith("رسول", StringComparison.Ordinal) && run.norms[title + 1] == "الله" ? title + 2 : title + 1;
                    return new Speaker((run.tokens[title].Start, run.tokens[end - 1].End), null, SpeakerSource.Subject);
                }

                return formula ? Speaker.Unknown : speaker;
            }

            private static bool IsFormula(Run run, int start, int end)
            {
                var any = false;
                for (var k = run.FirstTokenFrom(start); k < run.tokens.Count && run.tokens[k].Start < end; k++)
                {
                    if (!run.tokens[k].IsWord)
                    {
                        continue;
                    }

                    if (!FormulaWords.Contains(run.norms[k]))
                    {
                        return false;
                    }

                    any |= run.norms[k] is "صلي" or "السلام" or "رضي" or "رحمه";
                }

                return any;
            }
        }

        /// <summary>
        /// Rule: a speaker is not carried over another name: when the recognizer names someone else between the sentence
        /// where the current speaker was last named or heard and the cue (outside any quote), the carried speaker is not known
        /// (a new person may have come in by a verb the lexicon lacks: واللاعب، الذي أبدى سعادته ... وقال). A name behind a
        /// preposition is an object, not a new subject, and does not stop the speaker (<see cref="IsBehindAPreposition"/>).
        /// </summary>
        private sealed class CarriedSpeakerOverAnotherName : SpeakerCorrection
        {
            public override Speaker Correct(Run run, CueSite site, Speaker speaker)
            {
                if (speaker.Source != SpeakerSource.CarriedOver || run.names is null)
                {
                    return speaker;
                }

                var own = speaker.Name is { } n ? run.text[n.Start..n.End] : null;
                var cueStart = run.tokens[site.Cue].Start;
                foreach (var name in run.names)
                {
                    if (name.Start < run.lastAt || name.End > cueStart || !run.IsPersonNamedOutsideSpeech(name) || run.IsBehindAPreposition(name))
                    {
                        continue;
                    }

                    if (own is null || !SameName(own, run.text[name.Start..name.End]))
                    {
                        return Speaker.Unknown;
                    }
                }

                return speaker;
            }
        }

        /// <summary>
        /// True when a recognized name is the object of a preposition, alone or glued to the titles before the name (وأشاد
        /// بالكفاءة المهنية للفريق الدكتور سراج الدين، معتبرا: سراج الدين is praised, not a new speaker). Read on web-y. So is
        /// a name in the genitive of one noun behind a preposition (وعن مستقبل محمود علاء قال: the topic, read on web-ag).
        /// </summary>
        private bool IsBehindAPreposition(NameSpan name)
        {
            var k = TokenAt(name.Start) - 1;
            while (k >= 0 && tokens[k].IsWord && (Lexicon.IsTitle(norms[k]) || QuoteLexicon.IsRankFillerAt(norms, k)))
            {
                k--;
            }

            if (k >= 0 && tokens[k].Kind == TokenKind.ArabicWord && SpeakerShape.IsLeadingPreposition(norms[k]) && !IsRawAli(k))
            {
                return true;
            }

            // The noun between is a noun of the topic (مستقبل, أداء), behind a preposition standing alone (وعن, حول, بشأن; not
            // one carrying a pronoun, لها عائلة سعد دوابشة, nor كما أن: read over SaudiNewsNet's 2015-08-03/04). Not a place:
            // an office's complement ends on one (المدير الإقليمي للحملة لنصرة الأشقاء في سوريا الدكتور بدر: a new speaker,
            // read over 2015-08-03/04 after the rule on عبر).
            return k > 0 && tokens[k].Kind == TokenKind.ArabicWord && !QuoteLexicon.HasArticle(norms[k]) && !Lexicon.IsRoleHead(norms[k]) && !Lexicon.IsTitle(norms[k])
                && nameWordEvidence?.Invoke(norms[k]) != NameWordEvidence.Place
                && !QuoteLexicon.IsComplementizer(norms[k]) && Lexicon.Cue(norms[k]) == CueKind.None && tokens[k - 1].Kind == TokenKind.ArabicWord
                && QuoteLexicon.IsPreposition(QuoteLexicon.WithoutConjunction(norms[k - 1]));
        }

        /// <summary>Words that open a line linking to another article (اقرأ أيضا: ..., طالع: ..., مقال له علاقة: ...).</summary>
        private static readonly string[] LinkCaptions = ["اقرأ", "إقرأ", "اقرا", "طالع", "مقال له علاقة", "مقالات ذات صلة", "للمزيد", "شاهد أيضا", "شاهد أيضاً"];

        /// <summary>
        /// Rule: a line that links to another article (اقرأ كمان: أحمد حسن ينتقد لاعبي الأهلي) is the page's, not the story's: a
        /// name on it does not stop the current speaker.
        /// </summary>
        private bool OnLinkCaption(int at)
        {
            var lineStart = LineStart(at);
            var line = text.AsSpan(lineStart, at - lineStart).TrimStart();
            foreach (var caption in LinkCaptions)
            {
                if (line.StartsWith(caption, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first token of the sentence that holds token k.</summary>
        private int SentenceOpening(int k)
        {
            while (k > 0 && sentenceEnd[k - 1] == sentenceEnd[k])
            {
                k--;
            }

            return k;
        }

        /// <summary>Where the line holding character offset <paramref name="at"/> starts (its paragraph, in news text).</summary>
        private int LineStart(int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

        /// <summary>
        /// True when a recognized name reads as a person's and stands outside speech: not inside a quote already found, nor
        /// between quotation marks, nor on a line that links to another article.
        /// </summary>
        private bool IsPersonNamedOutsideSpeech(NameSpan name) =>
            !quotes.Any(q => q.Start <= name.Start && name.End <= q.End) && !InsideQuotation(name) && !OnLinkCaption(name.Start) && LooksLikePersonName(name);

        /// <summary>Two spellings of one name: one holds the other (الأعرجي, قاسم الأعرجي).</summary>
        private static bool SameName(string a, string b) => a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);

        /// <summary>True when a recognized name stands inside quotation marks (a term or title: «مفارقة برايس»).</summary>
        private bool InsideQuotation(NameSpan name) =>
            quoted.Any(q => tokens[q.OpenToken].End <= name.Start && name.End <= tokens[q.CloseToken].Start);

        /// <summary>
        /// True when a recognized name reads as a person's: its first word has no article and is no body noun, office or title
        /// (محمد القاسم, هيلاري; not الوكالة الدولية, وزارة النقل, حزب الله). An office word that is also a given name
        /// (أمينة, قائد) opens a person's name when a bare word or a family name ending in the nisba's ي, no office, body or
        /// title, follows it (أمينة حروزى, read on web-ad; أمينة الزهراني; not أمين عام, أمينة الصندوق).
        /// </summary>
        private bool LooksLikePersonName(NameSpan name)
        {
            var first = TokenAt(name.Start);
            if (first < 0)
            {
                return false;
            }

            var norm = norms[first];
            var givenName = Lexicon.IsRoleHead(norm) && first + 1 < tokens.Count && tokens[first + 1].End <= name.End && tokens[first + 1].Kind == TokenKind.ArabicWord
                && norms[first + 1] is var second && (!QuoteLexicon.HasArticle(second) || QuoteLexicon.IsNisba(second)) && !Lexicon.IsRoleHead(second) && !Lexicon.IsBodyNoun(second)
                && !Lexicon.IsTitle(second) && second is not ("عام" or "عامه" or "سر");
            return !QuoteLexicon.HasArticle(norm) && !Lexicon.IsBodyNoun(norm) && (!Lexicon.IsRoleHead(norm) || givenName) && !Lexicon.IsTitle(norm)
                && !SpeakerShape.IsLeadingPrepositionOrPronoun(norm);
        }

        private abstract class TopicRule
        {
            /// <summary>The speaker the word at token i makes current, or null.</summary>
            public abstract Speaker? SpeakerAt(Run run, int i);
        }

        /// <summary>
        /// Rule: كتب or كتبت opening its line with only the writer after it on that line (كتبت الصحفية/ رغد أيمن; كتب: محمد
        /// العلي) is the article's byline: the writer says none of what follows, so the line makes nobody the current
        /// speaker and clears the one before (read on web-af, where the journalist had become the speaker of a doctor's
        /// account).
        /// </summary>
        private sealed class WritersBylineNamesNoSpeaker : TopicRule
        {
            /// <summary>A byline's words after the verb: a title and a name of three or four words (كتبت الصحفية/ رغد أيمن).</summary>
            private const int MaxBylineWords = 5;

            public override Speaker? SpeakerAt(Run run, int i)
            {
                if (run.norms[i] is not ("كتب" or "كتبت"))
                {
                    return null;
                }

                var lineStart = run.LineStart(run.tokens[i].Start);
                return run.text.AsSpan(lineStart, run.tokens[i].Start - lineStart).IsWhiteSpace() && WriterEndsTheLine(run, i) ? Speaker.Unknown : null;
            }

            /// <summary>Whether the line after the verb at i holds one to <see cref="MaxBylineWords"/> words and nothing but a colon, a slash or a comma between them.</summary>
            private static bool WriterEndsTheLine(Run run, int i)
            {
                var lineEnd = run.text.IndexOf('\n', run.tokens[i].End) is var n and >= 0 ? n : run.text.Length;
                var words = 0;
                for (var k = i + 1; k < run.tokens.Count && run.tokens[k].Start < lineEnd; k++)
                {
                    if (run.tokens[k].IsWord)
                    {
                        words++;
                    }
                    else if (run.tokens[k].Kind != TokenKind.Punctuation || run.text[run.tokens[k].Start] is not (':' or '/' or ',' or CodePoints.ArabicComma))
                    {
                        return false;
                    }
                }

                return words is > 0 and <= MaxBylineWords;
            }
        }

        /// <summary>
        /// Rule: the subject of a verb of stance or act (وعبر الشيخ محمد بن زايد عن, وأبدى ري سعادته, فسر يونكر ذلك) that opens a
        /// clause is the current speaker, whom a following participle or verb without subject carries over. The subject must
        /// open with a title, an office, a source word or a recognized name, and a name ends it. After كان X قد the subject is X
        /// and the words after the verb its object (وكانت أصالة قد هاجمت رامز قائلة: Assala spoke, read on held-out3).
        /// </summary>
        private sealed class StanceVerbSubjectSpeaksNext : TopicRule
        {
            public override Speaker? SpeakerAt(Run run, int i) =>
                !run.OpensStanceClause(i) ? null
                : i > 0 && run.norms[i - 1] == "قد" && run.BeforeVerbAfterKana(i) is { } kana && run.SpeakerOf(kana.Start, kana.End) is { Source: SpeakerSource.Subject, Name: not null } named
                    ? named with { Gender = run.Lexicon.GenderOf(run.norms[i]) }
                    : SubjectAfter(run, i, run.norms[i], objectPronoun: false);

            /// <summary>
            /// The named subject after the verb at token i, in the gender of the verb form given, or null. A verb that carries
            /// its object as a pronoun (أوضحه) has its subject after it, named by the recognizer or not.
            /// </summary>
            /// <param name="verb">The verb whose subject this is, for the speaker's gender; null when no verb says it (على لسان
            /// مديرة المدرسة: a feminine participle after it still agrees, read on web-ad).</param>
            internal static Speaker? SubjectAfter(Run run, int i, string? verb, bool objectPronoun)
            {
                var end = run.sentenceEnd[i];
                var s = i + 1;
                while (s < end && QuoteLexicon.IsPronounPreposition(run.norms[s]))
                {
                    s++;
                }

                if (!objectPronoun && verb is not null && s < end && QuoteLexicon.OpensObjectOf(verb, run.norms[s]))
                {
                    // Those called on and the reports denied are the verb's object (دعا المجتمع الدولي للتحرك, read on web-ak).
                    return null;
                }

                // A rank noun before the office (وعبر معالي رئيس مجلس الشورى عن) is no part of the speaker.
                while (s + 1 < end && QuoteLexicon.IsRankNounAt(run.norms, s))
                {
                    s++;
                }

                // Rule: a definite object may come before the subject (وافتتح الإحتفال مدير المدرسة الأستاذ معضاد سرحان, read on
                // web-ag): one word with the article that opens no subject, then an office or a title, which does.
                if (!objectPronoun && s + 1 < end && run.tokens[s].Kind == TokenKind.ArabicWord && QuoteLexicon.HasArticle(run.norms[s]) && !run.OpensNamedSubject(s)
                    && (run.Lexicon.IsRoleHead(run.norms[s + 1]) || run.Lexicon.IsTitle(run.norms[s + 1])))
                {
                    s++;
                }

                if (s >= end || !(run.OpensNamedSubject(s) || DescribesThePersonAfter(run, s, end) || (objectPronoun && run.norms[s][0] is not ('ب' or 'ل' or 'ك')
                    && run.owner.parser.NameRunAfter(run.tokens, run.norms, s, end) > s)))
                {
                    return null;
                }

                // A definite body noun alone (ووجهت الهيئة انتقادات) is the subject; the words after it are the verb's object.
                var e = run.Lexicon.IsBodyNoun(run.norms[s]) && QuoteLexicon.HasArticle(run.norms[s]) && run.RecognizedNameAt(s) is null
                    ? s + 1
                    : run.NamedSubjectEnd(s, end);
                var speaker = run.SpeakerOf(s, e);
                if (!objectPronoun && speaker.Name is { } name && run.TokenAt(name.Start) is var nameToken && run.RecognizedNameAt(nameToken) is null && !run.Lexicon.IsBodyNoun(run.norms[nameToken])
                    && !(nameToken > 0 && (run.Lexicon.IsTitle(run.norms[nameToken - 1]) || run.Lexicon.IsRoleHead(run.norms[nameToken - 1]))))
                {
                    // A name the recognizer did not give and no title announces may be the verb's object (تقدم ... باستقالته).
                    return null;
                }

                return speaker.Source is SpeakerSource.Subject or SpeakerSource.Anonymous && (speaker.Name is not null || speaker.Role is not null)
                    ? speaker with { Gender = verb is null ? CueGender.Unknown : run.Lexicon.GenderOf(verb) }
                    : null;
            }
        }

        /// <summary>
        /// Rule: a stance verb's subject may open with what the person is rather than a title or office, a definite noun right
        /// before a person the recognizer names (وعبر الطالب سعود الزيد عن سعادته، وقال). Read on held-out13, where the speech
        /// after it had no speaker. Not a noun and its definite complement: over 2015-08-03/04 that found a kin (وعبر شقيق
        /// الشهيد محمد المجيشي) but also read the verb's object as its subject (ثمن خلالها رعاية الأمير فيصل بن خالد, his
        /// patronage).
        /// </summary>
        private static bool DescribesThePersonAfter(Run run, int s, int end) =>
            s + 1 < end && run.tokens[s].Kind == TokenKind.ArabicWord && QuoteLexicon.HasArticle(run.norms[s]) && run.Lexicon.Cue(run.norms[s]) == CueKind.None
            && run.IsRecognizedPersonAt(s + 1);

        /// <summary>
        /// Rule: a verb of saying with its object pronoun after ما (وحسب ما ذكره شهود عيان, وهو ما أكده غوني موسى, حسب ما أوضحه
        /// مالك كماش: "what X said") introduces no speech, but its subject, named as a stance verb's is, is the current speaker
        /// whom a following verb without subject carries over. Only verbs of saying: ما اعتبره إهمالا (what he deemed neglect)
        /// names no speaker. Read on web-l.
        /// </summary>
        private sealed class WhatSomeoneSaidNamesTheSpeaker : TopicRule
        {
            private static readonly HashSet<string> SayingVerbs = new(
                ["قال", "قالت", "ذكر", "ذكرت", "اكد", "اكدت", "اوضح", "اوضحت", "اعلن", "اعلنت", "كشف", "كشفت", "بين", "بينت", "اورد", "اوردت"],
                StringComparer.Ordinal);

            public override Speaker? SpeakerAt(Run run, int i)
            {
                var norm = run.norms[i];
                if (i == 0 || run.norms[i - 1] is not ("ما" or "حسبما" or "وفقما") || norm.Length < 4 || norm[^1] != CodePoints.Heh
                    || !SayingVerbs.Contains(norm[..^1]) || (IsAccordingTo(run, i - 1) && AfterAVerbOfItsSentence(run, i - 1)))
                {
                    return null;
                }

                return StanceVerbSubjectSpeaksNext.SubjectAfter(run, i, norm[..^1], objectPronoun: true);
            }

            /// <summary>Whether ما at k reads "according to what" (حسب ما, بحسب ما, وفق ما, حسبما), not "which" (وهو ما أكده شكري).</summary>
            private static bool IsAccordingTo(Run run, int k) =>
                run.norms[k] is "حسبما" or "وفقما" || (k > 0 && QuoteLexicon.IsAccordingTo(run.norms[k - 1]));

            /// <summary>
            /// Whether a reporting verb stands before k in its sentence (وشدد كلوز بحسب ما أورده موقع "يورونيوز" على أن, read on
            /// web-af): the relay then names where the speech was read, and the verb's subject stays the speaker. Not a stance
            /// verb: after وأحصت المديرية 466 مخالفة، حسب ما أوضحه مالك كماش the one who said it is the relay's.
            /// </summary>
            private static bool AfterAVerbOfItsSentence(Run run, int k)
            {
                for (var j = k - 1; j >= 0 && run.sentenceEnd[j] == run.sentenceEnd[k]; j--)
                {
                    if (run.CueAt(j) == CueKind.Verb)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// Rule: على لسان X (on the tongue of X: الاتحاد الليبي لكرة القدم وعلى لسان ناصر الصويعي، الأمين العام عبر عن استيائه)
        /// names who speaks for what follows, when X is named as a stance verb's subject is (a title, an office or a recognized
        /// name); a following verb without subject (وتابع أن) carries X over. Read on web-y.
        /// </summary>
        private sealed class OnTheTongueOfNamesTheSpeaker : TopicRule
        {
            public override Speaker? SpeakerAt(Run run, int i) =>
                i > 0 && run.norms[i] == "لسان" && QuoteLexicon.WithoutConjunction(run.norms[i - 1]) == "علي"
                    ? StanceVerbSubjectSpeaksNext.SubjectAfter(run, i, verb: null, objectPronoun: false)
                    : null;
        }

        /// <summary>
        /// Rule: "أصدر X بيانًا" (X issued a statement) names the issuer that a later البيان refers back to (وأكد البيان أن):
        /// X is the current speaker when it is named in quotation marks (a name of up to eight words), by a recognized name,
        /// and the statement noun follows it at once. Read on web-w, where four quotes of one statement went unattributed.
        /// </summary>
        private sealed class IssuerOfAStatementSpeaksNext : TopicRule
        {
            /// <summary>A body's name in quotation marks after أصدر may be a long one (المنبر البلدي في إطار الحوار التعددي).</summary>
            private const int MaxIssuerWords = 8;

            public override Speaker? SpeakerAt(Run run, int i)
            {
                if (run.tokens[i].Kind != TokenKind.ArabicWord || QuoteLexicon.WithoutConjunction(run.norms[i]) is not ("اصدر" or "اصدرت") || !run.OpensClause(i))
                {
                    return null;
                }

                var s = i + 1;
                var end = run.sentenceEnd[i];
                (int Start, int End)? issuer = null;
                var after = -1;
                if (run.QuotedOutletAt(s, MaxIssuerWords) is { } close)
                {
                    issuer = (run.tokens[s + 1].Start, run.tokens[close - 1].End);
                    after = close + 1;
                }
                else if (s < end && run.RecognizedNameAt(s) is { } n)
                {
                    issuer = (run.names![n].Start, run.names[n].End);
                    after = run.TokenAfterName(n, s, end);
                }

                return issuer is not null && after > 0 && after < end && (run.norms[after] == "بيانا" || run.Lexicon.IsStatementNoun(run.norms[after]))
                    ? new Speaker(issuer, null, SpeakerSource.Subject)
                    : null;
            }
        }

        /// <summary>
        /// Rule: the subject of a stance verb may be a body named in quotation marks, bare or after a body noun (أيدت "الشؤون
        /// الاجتماعية" ما نشرته; وتحدثت صحيفة "ليكيب" مشيرة إلى أن): the body is the current speaker. The quotation must be
        /// short (a name) and the body noun one of the lexicon's.
        /// </summary>
        private sealed class StanceVerbBodySubjectSpeaksNext : TopicRule
        {
            public override Speaker? SpeakerAt(Run run, int i)
            {
                if (!run.OpensStanceClause(i))
                {
                    return null;
                }

                var end = run.sentenceEnd[i];
                var s = i + 1;
                var bodyNoun = s < end && run.tokens[s].IsWord && run.Lexicon.IsBodyNoun(run.norms[s]);
                var open = bodyNoun ? s + 1 : s;
                if (open >= end || run.QuotedOutletAt(open) is not { } close || close >= end || (!bodyNoun && DisagreesWithTheVerb(run, i, open + 1)))
                {
                    return null;
                }

                run.QuotedNameAt(open);
                var speaker = run.SpeakerOf(bodyNoun ? s : open + 1, close);
                return speaker.Name is not null || speaker.Role is not null
                    ? speaker with { Source = SpeakerSource.Subject, Gender = run.Lexicon.GenderOf(run.norms[i]) }
                    : null;
            }
        }

        /// <summary>
        /// Whether the quoted word at k, feminine by its teh marbuta (واتهم "أقلية صغيرة" بالتسبب, read on web-af), follows a
        /// masculine verb: a subject would make the verb feminine (اتهمت), so the quotation is the verb's object.
        /// </summary>
        private static bool DisagreesWithTheVerb(Run run, int verb, int k) =>
            k < run.tokens.Count && run.tokens[k].IsWord && run.text[run.tokens[k].End - 1] == CodePoints.TehMarbuta
            && run.Lexicon.GenderOf(run.norms[verb]) == CueGender.Masculine;

        /// <summary>
        /// Rule: a stance verb that opens a clause with a bare name-like word after it (فسر يونكر ذلك) brings in a subject the
        /// recognizer did not name: the current speaker is then not known, rather than carried past it.
        /// </summary>
        private sealed class StanceVerbWithAnUnreadNameClearsTheSpeaker : TopicRule
        {
            public override Speaker? SpeakerAt(Run run, int i)
            {
                if (!run.OpensStanceClause(i) || i + 1 >= run.sentenceEnd[i])
                {
                    return null;
                }

                var next = run.norms[i + 1];
                var bare = run.tokens[i + 1].Kind == TokenKind.ArabicWord && !QuoteLexicon.HasArticle(next) && !SpeakerShape.IsLeadingPrepositionOrPronoun(next)
                    && !QuoteLexicon.IsPronounPreposition(next) && next[^1] is not (CodePoints.Heh or CodePoints.Alef) && !next.EndsWith("هم", StringComparison.Ordinal)
                    && !IsPrepositionalObject(run, i + 1)
                    && run.owner.parser.NameRunAfter(run.tokens, run.norms, i + 1, run.sentenceEnd[i]) > i + 1;
                return bare ? Speaker.Unknown : null;
            }

            /// <summary>
            /// A word glued to بـ or لـ before a body noun or a word with the article (واشاد بدعم وزارة الصحة, read on web-l) is the
            /// verb's object behind its preposition, not a name (وأشاد بشار الأسد).
            /// </summary>
            private static bool IsPrepositionalObject(Run run, int k) =>
                run.norms[k].Length > 3 && run.norms[k][0] is 'ب' or 'ل' && k + 1 < run.sentenceEnd[k] && run.tokens[k + 1].IsWord
                && (run.Lexicon.IsBodyNoun(run.norms[k + 1]) || QuoteLexicon.HasArticle(run.norms[k + 1]));
        }

        /// <summary>True when the phrase at s opens with a title, an office, a source word, a recognized name, a definite body noun (الهيئة) or a nationality before a recognized name (الإسباني فيليكس سانشيز).</summary>
        private bool OpensNamedSubject(int s) =>
            tokens[s].IsWord && (Lexicon.IsTitle(norms[s]) || Lexicon.IsRoleHead(norms[s]) || Lexicon.IsAnonymousHead(norms[s]) || RecognizedNameAt(s) is not null
                || (Lexicon.IsBodyNoun(norms[s]) && QuoteLexicon.HasArticle(norms[s]))
                || (QuoteLexicon.IsNisba(norms[s]) && s + 1 < tokens.Count && RecognizedNameAt(s + 1) is not null));

        /// <summary>
        /// Where a subject that opens at s ends: after the first recognized name within <see cref="HonorificReach"/> words
        /// (before any punctuation but a comma), else where <see cref="SubjectEnd"/> ends it.
        /// </summary>
        private int NamedSubjectEnd(int s, int end)
        {
            for (var p = s; p < end && p < s + HonorificReach; p++)
            {
                if (tokens[p].Kind == TokenKind.Punctuation && !IsComma(p))
                {
                    break;
                }

                if (RecognizedNameAt(p) is { } n)
                {
                    return TokenAfterName(n, p, end);
                }
            }

            return SubjectEnd(s, end);
        }

        /// <summary>True when token i is a stance verb (<see cref="QuoteLexicon.IsStanceVerb"/>) that opens a clause.</summary>
        private bool OpensStanceClause(int i) => tokens[i].Kind == TokenKind.ArabicWord && Lexicon.IsStanceVerb(norms[i]) && OpensClause(i) && !IsBetweenTwo(i) && !IsVia(i) && !IsHere(i);

        /// <summary>
        /// Rule: بين written without its shadda before a noun and a second one joined by و (، بين المؤسسة ومعاهد التدريب, read on
        /// held-out4, where the body had become the current speaker) is the preposition "between", not the verb بيّن; not when
        /// أن follows (وبين الخبير الاقتصادي ورئيس الجمعية ... أن, held-out5: the preposition governs no clause).
        /// </summary>
        private bool IsBetweenTwo(int i)
        {
            if (QuoteLexicon.WithoutConjunction(norms[i]) != "بين" || WrittenWithShadda(i) || AnOpensWithin(i))
            {
                return false;
            }

            for (var j = i + 2; j < sentenceEnd[i] && j <= i + BetweenReach; j++)
            {
                if (!tokens[j].IsWord || QuoteLexicon.IsComplementizer(norms[j]))
                {
                    return false;
                }

                if (norms[j].Length > 2 && norms[j][0] == CodePoints.Waw)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Rule: عبر without its shadda and with no عن after it in the sentence (، عبر تنسيق جدول رحلات; وعبر حسابه في تويتر) is
        /// the preposition "via", not the verb عبّر, whose object always comes behind عن (وعبر الطالب سعود الزيد عن سعادته).
        /// Read on held-out13, where "via" had opened a clause in the middle of a speaker's own sentence and cleared him, so
        /// that the participle after it (مشيرًا إلى أن) carried nobody.
        /// </summary>
        private bool IsVia(int i) =>
            QuoteLexicon.WithoutConjunction(norms[i]) == "عبر" && !WrittenWithShadda(i)
            && !WordFollows(i, ViaReach, static n => QuoteLexicon.WithoutConjunction(n) == "عن", pastPunctuation: true);

        /// <summary>
        /// Rule: هنا written without its hamza (وهنا يتضح الجانب الجنائي, فهنا يكون غير مفيد) is the adverb "here", not the verb
        /// هنأ (congratulated), which the matching normalization writes the same: read over 2015-08-03/04 once هنأ was a stance
        /// verb, where "here" had cleared the current speaker twice.
        /// </summary>
        private bool IsHere(int i) =>
            QuoteLexicon.WithoutConjunction(norms[i]) == "هنا" && !text.AsSpan(tokens[i].Start, tokens[i].Length).Contains(CodePoints.AlefHamzaAbove);

        /// <summary>
        /// How far after عبّر its عن is looked for: a subject with its titles and office before it (وعبر صاحب السمو الملكي
        /// الأمير فيصل بن سلمان أمير منطقة المدينة المنورة عن) runs to about a dozen words; the quote extractor's subjects
        /// stop at 16 (<see cref="MaxSubjectTokens"/>).
        /// </summary>
        private const int ViaReach = MaxSubjectTokens + 1;

        /// <summary>
        /// How far after بين the second noun of "between X and Y" is looked for, chosen by reading: the held-out4 case has it two
        /// words on (بين المؤسسة ومعاهد); four allows a first body's name of three words (بين وزارة الشؤون الاجتماعية والجمعيات).
        /// </summary>
        private const int BetweenReach = 4;

        /// <summary>
        /// True when token i opens a clause: the sentence's first word, after punctuation, with و/ف, after a particle (كما,
        /// فيما, قد), or after "for his part" opening one (من جانبه عبر الأمين العام ... الدكتور عاطف عبدالمجيد، عن اعتزازه،
        /// وقال; the shape read on held-out13, من جانبه شكر لاعب الفريق طلال الشمالي ... وقال).
        /// </summary>
        private bool OpensClause(int i) =>
            StartsClauseAt(i) || AfterForHisPartOpening(i)
            || (norms[i].Length > 3 && norms[i][0] is CodePoints.Waw or CodePoints.Feh && Lexicon.IsStanceVerb(norms[i][1..]))
            || QuoteLexicon.IsClauseParticle(norms[i - 1]) || QuoteLexicon.IsWhereasBefore(norms, i) || AfterAFrontedTime(i);

        /// <summary>
        /// Rule: a time phrase of a preposition and one definite noun may open the clause before its verb (وعقب المباراة هنأ
        /// رئيس البعثة بتال العتيبي اللاعبين ... وقال:, read on held-out10, where the verb had opened nothing and the speech
        /// after it went to no one).
        /// </summary>
        private bool AfterAFrontedTime(int i) =>
            i >= 2 && StartsClauseAt(i - 2) && QuoteLexicon.IsTimePreposition(QuoteLexicon.WithoutConjunction(norms[i - 2]))
            && tokens[i - 1].Kind == TokenKind.ArabicWord && QuoteLexicon.HasArticle(norms[i - 1]);

        /// <summary>True when token k is its sentence's first or follows punctuation.</summary>
        private bool StartsClauseAt(int k) => k == 0 || sentenceEnd[k - 1] != sentenceEnd[k] || tokens[k - 1].Kind == TokenKind.Punctuation;

        /// <summary>True when "for his part" (من جانبه, بدوره, and a comma after it) opens a clause and ends right before token i.</summary>
        private bool AfterForHisPartOpening(int i)
        {
            for (var k = i - 1; k >= 0 && i - k <= MaxForHisPartTokens && sentenceEnd[k] == sentenceEnd[i]; k--)
            {
                if (AfterForHisPart(k, i) == i && StartsClauseAt(k))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when في بيان stands after the subject, before إن/أن, a colon or a quotation.</summary>
        private bool InStatement(int from, int end)
        {
            for (var k = from; k + 1 < end && k < from + SpeechSearchWindow; k++)
            {
                if (QuotedOutletAt(k) is { } quotedName)
                {
                    k = quotedName;
                    continue;
                }

                if (QuoteLexicon.IsComplementizer(norms[k]) || (tokens[k].Kind == TokenKind.Punctuation && (text[tokens[k].Start] == ':' || QuotationMarks.IsQuoteMark(text[tokens[k].Start]))))
                {
                    return false;
                }

                if (norms[k] == "في" && norms[k + 1] == "بيان")
                {
                    // Only a written statement: في تصريح, في حوار or في مقابلة is the setting of speech, which a later البيان does
                    // not refer to.
                    return true;
                }
            }

            return false;
        }

        /// <summary>The character offset where the sentence of token k ends.</summary>
        private int SentenceEndOffset(int k) => k < 0 ? 0 : tokens[Math.Max(sentenceEnd[k] - 1, k)].End;

        /// <summary>The token that ends at a character offset (or the last one before it), or −1.</summary>
        private int TokenEndingAt(int offset) => FirstToken(k => tokens[k].End > offset) - 1;

        private bool IsComma(int k) => tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ',' or CodePoints.ArabicComma;

        /// <summary>إن شاء الله: the formula, not a complementizer.</summary>
        private bool IsInShaAllah(int k) => norms[k] == "ان" && k + 1 < norms.Length && norms[k + 1] == ShaaNorm;

        private static readonly string ShaaNorm = ArabicNormalizer.Matching.NormalizeToString("شاء");
    }
}
