using Mizan.Testing;
using System.Text;
using Mizan.Text.Tokenization;

namespace Mizan.Quotes.Tests;

/// <summary>Spans point at their text, and hostile input never throws.</summary>
public sealed class QuoteInvariantTests
{
    private static readonly string[] Pieces =
    [
        "وقال", "وأضاف", "مضيفا", "بحسب", "بيان", "البيان", "نقلت", "عن", "قوله", "إن", "أن", "الخفاجي", "اللواء", "رئيس",
        "الوزراء", "مصدر", "وكان", "قد", "أعلن", "في", "جاء", ":", "،", ".", "\"", "“", "”", "«", "»", "„", "\n", " ", "—",
        "(@x)", "(", ")", "\u200F", "\u0000", "\uD800", "😀", "ـ", "2021",
    ];

    [Fact]
    public void Quote_and_speaker_spans_hold_on_the_samples_and_on_random_text()
    {
        var random = new Random(11);
        var texts = new List<string>();
        foreach (var path in Repository.SampleArticles())
        {
            texts.Add(File.ReadAllText(path));
        }

        var builder = new StringBuilder();
        for (var n = 0; n < 400; n++)
        {
            builder.Clear();
            for (var i = random.Next(1, 200); i > 0; i--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
            }

            texts.Add(builder.ToString());
        }

        foreach (var text in texts)
        {
            var quotes = QuoteExtractor.Default.Extract(text, Tokenizer.Tokenize(text));
            var previous = -1;
            foreach (var q in quotes)
            {
                Assert.True(q.Start >= 0 && q.End <= text.Length && q.Start <= q.End && q.Start >= previous);
                Assert.Equal(text[q.Start..q.End], q.Text);
                Assert.Equal(text[q.CueStart..q.CueEnd], q.Cue);
                if (q.SpeakerStart is { } s)
                {
                    Assert.Equal(text[s..q.SpeakerEnd!.Value], q.Speaker);
                }

                if (q.RoleStart is { } r)
                {
                    Assert.Equal(text[r..q.RoleEnd!.Value], q.Role);
                }

                previous = q.Start;
            }
        }
    }
}
