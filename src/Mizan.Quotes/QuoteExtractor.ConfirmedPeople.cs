using Mizan.Text;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Quotes;

/// <summary>
/// People the recognizer missed, found by the article itself: a name written whole once where a person's name stands and
/// its last word alone as the subject of a verb of speech (issue #14, sixth round; docs/quotes.md).
/// </summary>
public sealed partial class QuoteExtractor
{
    /// <summary>
    /// The most words a name found this way may have before its last word: three, a given name, a father's and a
    /// grandfather's (علي حميد الدليمي has two).
    /// </summary>
    private const int MaxConfirmedGivenWords = 3;

    private sealed partial class Run
    {
        /// <summary>
        /// Rule: a name the recognizer missed is a person's when the article writes its last word alone as the subject of a
        /// verb of speech or stance, with a comma, a colon, أن/إن or the outlet told after it (وأضاف كودوا، أنه), and writes
        /// the whole name elsewhere after an office, a title, a comma, a place or such a verb, one to three bare words ending
        /// in that last word (نائب الوزير لدى رئاسة الجمهورية، المكلف بأمن الدولة، زيزي كودوا: read on web-ai, where the
        /// deputy minister's two quotes went to his office alone; over 2015-08-03/04 it names شلال علي شايع, of whom the
        /// recognizer gave شلال, and علي النزلي, whom it missed). Both places are needed: a lone word after a verb may be a
        /// noun (وقال بدوره), and bare words after an office may be its complement. The whole name is named where it stands,
        /// not where the recognizer named its last word alone (يقول حلفاء نتنياهو, over 2015-08-03/04, would have given
        /// حلفاء نتنياهو); its last word alone is then named after verbs as a recognized person's is
        /// (<see cref="WithRepeatedPeople"/>). Words the dictionary knows as verbs or particles, and places, are no name's
        /// (<see cref="NameWordEvidence"/>): without that, 39 names were taken over the two days, most of them wrong (السورية
        /// ندد كيري, بين أحيائها); with it, 6.
        /// </summary>
        private IReadOnlyList<NameSpan> WithConfirmedPeople(IReadOnlyList<NameSpan> names)
        {
            if (nameWordEvidence is null)
            {
                return names;
            }

            var covered = Covered(names);
            var onlyWord = new HashSet<int>();
            foreach (var name in names)
            {
                if (!name.Body && FirstEndingAfter(tokens, name.Start) is var k && k < tokens.Count && tokens[k].Start == name.Start && tokens[k].End == name.End)
                {
                    onlyWord.Add(k);
                }
            }

            HashSet<string>? surnames = null;
            for (var i = 1; i + 1 < tokens.Count; i++)
            {
                if ((!covered[i] || onlyWord.Contains(i)) && IsSpeechVerbAt(i - 1) && IsLoneSubject(i))
                {
                    (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(text.Substring(tokens[i].Start, tokens[i].Length));
                }
            }

            if (surnames is null)
            {
                return names;
            }

            var lastWords = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
            List<NameSpan>? added = null;
            for (var j = 1; j < tokens.Count; j++)
            {
                if (covered[j] || !tokens[j].IsWord || !lastWords.Contains(text.AsSpan(tokens[j].Start, tokens[j].Length)))
                {
                    continue;
                }

                var start = j;
                while (start > 0 && j - start < MaxConfirmedGivenWords && !covered[start - 1] && IsGivenNameWord(start - 1))
                {
                    start--;
                }

                if (start < j && start > 0 && StandsBeforeAName(start - 1))
                {
                    (added ??= []).Add(new NameSpan(tokens[start].Start, tokens[j].End));
                }
            }

            return added is null ? names : [.. names, .. added];
        }

        /// <summary>
        /// A word that may be a person's last word standing alone as a verb's subject: a bare word no list knows, or a nisba
        /// with the article (الدليمي); no preposition, pronoun, time adverb or place (أكد فيها أنه, وكان هذا بتنسيق, وقال أمس،
        /// إن); in no name, or in one the recognizer gave of this word alone (it may name the word after the verb and miss the
        /// whole name); with a comma, a colon, أن/إن or the outlet told (لـ, لوكالة) right after it. Not بأن, which follows the
        /// object of a verb of describing (ويصف قراره بأنه).
        /// </summary>
        private bool IsLoneSubject(int i)
        {
            var norm = norms[i];
            if (tokens[i].Length < MinRepeatedSurname || !owner.parser.IsNameWord(tokens[i], norm) || (QuoteLexicon.HasArticle(norm) && !QuoteLexicon.IsNisba(norm))
                || QuoteLexicon.HonorificTitles(norm) is not null || Lexicon.IsBodyNoun(norm) || QuoteLexicon.IsNameParticle(norm)
                || SpeakerShape.IsLeadingPrepositionOrPronoun(norm) || QuoteLexicon.IsPronounPreposition(norm) || QuoteLexicon.IsTimeAdverb(norm)
                || HasPronounEnding(i) || nameWordEvidence!(norm) == NameWordEvidence.Place)
            {
                return false;
            }

            var next = i + 1;
            return (tokens[next].Kind == TokenKind.Punctuation && text[tokens[next].Start] is ',' or CodePoints.ArabicComma or ':')
                || norms[next] == "ان" || norms[next] == "ل" || QuoteLexicon.IsMediaNounBehindLam(norms[next]) || Lexicon.IsNewsAgencyBehindLam(norms[next]);
        }

        /// <summary>
        /// A bare word before a name's last word: no article, no list's word, no verb or particle of the dictionary and not
        /// بين (a given name: زيزي, مدني, Nino), or علي as written.
        /// </summary>
        private bool IsGivenNameWord(int k) =>
            IsRawAli(k) || (tokens[k].Kind is TokenKind.ArabicWord or TokenKind.LatinWord && !QuoteLexicon.HasArticle(norms[k]) && owner.parser.IsNameWord(tokens[k], norms[k])
                && !Lexicon.IsBodyNoun(norms[k]) && QuoteLexicon.WithoutConjunction(norms[k]) != "بين" && nameWordEvidence!(norms[k]) == NameWordEvidence.None && !HasPronounEnding(k));

        /// <summary>
        /// A word written with a pronoun's ending (أحيائها, أيديهم, مكوناته): a noun's with its possessor, no name's; a name
        /// written with a final ه (عبدالله, طه) ends in الله or has three letters or fewer.
        /// </summary>
        private bool HasPronounEnding(int k)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            return word.Length > 3 && (word.EndsWith("ها") || word.EndsWith("هم") || word.EndsWith("هما") || word.EndsWith("كم") || word.EndsWith("هن")
                || (word.EndsWith("ه") && !word.EndsWith("الله")));
        }

        /// <summary>
        /// What a person's whole name stands after: a comma or quotation mark, a word with the article (its office's last), a
        /// title, an office, a verb of speech, or a place ending an office (رئيس بعثة الأمم المتحدة في ليبيا, then the name).
        /// </summary>
        private bool StandsBeforeAName(int k) =>
            tokens[k].Kind == TokenKind.Punctuation
                ? text[tokens[k].Start] is ',' or CodePoints.ArabicComma || QuotationMarks.IsQuoteMark(text[tokens[k].Start])
                : tokens[k].IsWord && ((QuoteLexicon.HasArticle(norms[k]) && !QuoteLexicon.IsRelative(norms[k])) || Lexicon.IsTitle(norms[k])
                    || Lexicon.IsRoleHead(norms[k]) || IsSpeechVerbAt(k) || nameWordEvidence!(norms[k]) == NameWordEvidence.Place);
    }
}
