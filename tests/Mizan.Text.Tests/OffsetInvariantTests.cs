using Mizan.Testing;
using System.Text;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Text.Tests;

/// <summary>
/// Offsets of tokens, sentences and normalized views hold on every sample and on over a million random code
/// points chosen to hurt: surrogates (paired and lone), combining marks, bidi controls, NUL and other controls.
/// </summary>
public sealed class OffsetInvariantTests
{
    // Pools the random sweep draws from, weighted towards what breaks tokenizers.
    private static readonly (int From, int To)[] Pools =
    [
        (0x0621, 0x064A), // arabic letters
        (0x064B, 0x065F), // harakat
        (0x0640, 0x0640), // tatweel
        (0x0660, 0x0669), // arabic-indic digits
        (0x06F0, 0x06F9), // persian digits
        (0x06CC, 0x06CC), // farsi yeh
        (0x0030, 0x0039), // ascii digits
        (0x0041, 0x007A), // latin letters and some ascii punctuation
        (0x0020, 0x002F), // space and ascii punctuation . , % # @ "
        (0x0000, 0x001F), // controls, NUL included
        (0x00A0, 0x00BB), // no-break space, « », soft hyphen
        (0x0300, 0x036F), // combining diacritics
        (0x200B, 0x200F), // zero-width and directional marks
        (0x202A, 0x202E), // bidi embeddings and overrides
        (0x2066, 0x2069), // bidi isolates
        (0x2000, 0x200A), // spaces
        (0x2018, 0x2026), // quotes and ellipsis
        (0x060C, 0x061F), // arabic punctuation and quranic marks
        (0xD800, 0xDFFF), // lone surrogates
        (0xFB50, 0xFDFF), // presentation forms A
        (0xFE70, 0xFEFF), // presentation forms B and the BOM
        (0x1F300, 0x1FAFF), // emoji (surrogate pairs)
        (0x10000, 0x10FFFF), // any supplementary code point
    ];

    [Fact]
    public void Every_sample_keeps_the_invariants()
    {
        var samples = Repository.SampleArticles().ToList();
        Assert.Equal(5, samples.Count);
        foreach (var path in samples)
        {
            var text = File.ReadAllText(path);
            var tokens = CheckAll(text);
            Assert.True(tokens > 300, $"{path}: only {tokens} tokens");
        }
    }

    [Fact]
    public void A_million_hostile_code_points_keep_the_invariants()
    {
        var random = new Random(20261122);
        var codePoints = 0;
        var builder = new StringBuilder();
        while (codePoints < 1_050_000)
        {
            builder.Clear();
            var length = random.Next(1, 4000);
            for (var i = 0; i < length; i++)
            {
                var (from, to) = Pools[random.Next(Pools.Length)];
                var value = random.Next(from, to + 1);
                if (value > 0xFFFF)
                {
                    builder.Append(char.ConvertFromUtf32(value));
                }
                else
                {
                    builder.Append((char)value);
                }
            }

            codePoints += length;
            CheckAll(builder.ToString());
        }
    }

    private static int CheckAll(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        Span<char> buffer = stackalloc char[256];
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"token at {token.Start} overlaps the one ending at {previousEnd}");
            Assert.True(token.End > token.Start && token.End <= text.Length, $"token [{token.Start}, {token.End}) out of bounds");
            Assert.False(token.Start > 0 && char.IsLowSurrogate(text[token.Start]) && char.IsHighSurrogate(text[token.Start - 1]), "token starts inside a surrogate pair");
            Assert.False(token.End < text.Length && char.IsLowSurrogate(text[token.End]) && char.IsHighSurrogate(text[token.End - 1]), "token ends inside a surrogate pair");
            previousEnd = token.End;
            if (token.Kind == TokenKind.ArabicWord)
            {
                LightStemmer.Default.Stem(text.AsSpan(token.Start, token.Length), buffer, out _);
            }
        }

        var sentences = SentenceSplitter.Split(text, tokens);
        previousEnd = 0;
        foreach (var sentence in sentences)
        {
            Assert.True(sentence.Start >= previousEnd && sentence.End > sentence.Start && sentence.End <= text.Length);
            previousEnd = sentence.End;
        }

        Assert.Equal(tokens.Count > 0, sentences.Count > 0);
        CheckView(ArabicNormalizer.Display.Normalize(text));
        CheckView(ArabicNormalizer.Matching.Normalize(text));
        return tokens.Count;
    }

    private static void CheckView(NormalizedText view)
    {
        var previous = 0;
        for (var i = 0; i < view.Value.Length; i++)
        {
            var (start, end) = view.ToOriginal(i, i + 1);
            Assert.True(start >= previous && end > start && end <= view.Original.Length, $"normalized char {i} maps to [{start}, {end})");
            previous = start;
        }

        var (whole, wholeEnd) = view.ToOriginal(0, view.Value.Length);
        Assert.True(whole >= 0 && wholeEnd <= view.Original.Length && whole <= wholeEnd);
        Assert.Equal(view.Value.Length, view.FromOriginal(view.Original.Length));
    }
}
