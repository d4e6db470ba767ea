using BenchmarkDotNet.Attributes;
using Mizan.Analysis;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Sentences;
using Mizan.Text.Tokenization;

namespace Mizan.Benchmarks;

/// <summary>
/// The text core's hot functions over the five bundled sample articles (about 26 KB of Arabic news text).
/// Run: dotnet run -c Release --project bench/Mizan.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class TextCoreBenchmarks
{
    private readonly List<Token> scratch = new(4096);
    private string[] texts = [];
    private string[] words = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = Directory.EnumerateFiles(SamplesFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        words = texts.SelectMany(t => Tokenizer.Tokenize(t).Where(k => k.Kind == TokenKind.ArabicWord).Select(k => t.Substring(k.Start, k.Length))).ToArray();
    }

    [Benchmark]
    public int NormalizeDisplay()
    {
        var total = 0;
        foreach (var text in texts)
        {
            total += ArabicNormalizer.Display.Normalize(text).Value.Length;
        }

        return total;
    }

    [Benchmark]
    public int NormalizeMatching()
    {
        var total = 0;
        foreach (var text in texts)
        {
            total += ArabicNormalizer.Matching.Normalize(text).Value.Length;
        }

        return total;
    }

    [Benchmark]
    public int Tokenize()
    {
        var total = 0;
        foreach (var text in texts)
        {
            scratch.Clear();
            Tokenizer.Tokenize(text, scratch);
            total += scratch.Count;
        }

        return total;
    }

    [Benchmark]
    public int TokenizeAndSplitSentences()
    {
        var total = 0;
        foreach (var text in texts)
        {
            total += SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Count;
        }

        return total;
    }

    [Benchmark]
    public int StemWords()
    {
        Span<char> buffer = stackalloc char[256];
        var total = 0;
        foreach (var word in words)
        {
            total += LightStemmer.Default.Stem(word, buffer, out _);
        }

        return total;
    }

    /// <summary>The text core as the analysis runs it: what <c>mizan bench text</c> times over a whole corpus.</summary>
    [Benchmark]
    public long AnalyzeTokens()
    {
        long total = 0;
        foreach (var text in texts)
        {
            total += TextAnalyzer.Default.AnalyzeTokens(text).Analysed.Count;
        }

        return total;
    }

    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(samples) && File.Exists(Path.Combine(dir.FullName, "Mizan.slnx")))
            {
                return samples;
            }
        }

        throw new InvalidOperationException("samples/ not found above " + AppContext.BaseDirectory);
    }
}
