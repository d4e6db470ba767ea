using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Mizan.Ingest.Sources;
using Mizan.Text.Morphology;
using Mizan.Text.Tokenization;
using Mizan.Text;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan bench text [--corpus DIR]</c>: normalize + tokenize + stem over every article of a corpus on one thread,
/// printing words/s, MB/s and peak memory; with Snowball's <c>stemwords</c> installed, times it on the same words
/// in the same run and prints the ratio.
/// </summary>
internal sealed class BenchTextCommand : Command
{
    private const string DefaultCorpus = "../shared/data/saudinewsnet/dataset";
    private const string DefaultStemwords = "/usr/bin/stemwords";

    private readonly CliConsole console;
    private readonly Option<string> corpus = new("--corpus")
    {
        Description = "A folder of .zip/.json article arrays (SaudiNewsNet's layout).",
        DefaultValueFactory = _ => DefaultCorpus,
    };

    private readonly Option<int> limit = new("--limit") { Description = "Use only the first N articles (0: all)." };
    private readonly Option<string> stemwords = new("--stemwords")
    {
        Description = "Path of Snowball's stemwords for the side-by-side run ('none' to skip).",
        DefaultValueFactory = _ => DefaultStemwords,
    };

    public BenchTextCommand(CliConsole console)
        : base("text", "Normalize, tokenize and stem a corpus; print words/s, MB/s and peak memory.")
    {
        this.console = console;
        Options.Add(corpus);
        Options.Add(limit);
        Options.Add(stemwords);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var folder = parse.GetValue(corpus) ?? DefaultCorpus;
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"mizan bench text: corpus folder '{folder}' not found (SaudiNewsNet lives in ../shared/data/saudinewsnet/dataset).");
            return ExitCodes.Failed;
        }

        console.Error.WriteLine($"reading {folder} ...");
        var max = parse.GetValue(limit);
        var texts = ArticleSources.Articles(folder).Select(a => a.Text);
        var articles = (max > 0 ? texts.Take(max) : texts).ToList();
        long bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

        var stemmer = LightStemmer.Default;
        var scratch = new List<Token>(4096);

        // Warm up the JIT and the lazily built tables before timing.
        foreach (var text in articles.Take(200))
        {
            TextCorePass.Run(text, scratch, stemmer);
        }

        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        long words = 0;
        long checksum = 0;
        foreach (var text in articles)
        {
            var result = TextCorePass.Run(text, scratch, stemmer);
            words += result.Words;
            checksum += result.Checksum;
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var seconds = clock.Elapsed.TotalSeconds;
        var mizanRate = words / seconds;

        var output = console.Out;
        output.WriteLine($"corpus: {folder}: {articles.Count:N0} articles, {words:N0} words, {bytes / 1e6:N1} MB of UTF-8 text");
        output.WriteLine($"mizan text core (display view + tokens + matching form + stem), one thread: {seconds:N2} s, {mizanRate:N0} words/s, {bytes / 1e6 / seconds:N1} MB/s (checksum {checksum})");
        output.WriteLine($"allocated during the pass: {allocated / 1e6:N0} MB ({(double)allocated / Math.Max(1, articles.Count):N0} bytes per article)");

        var snowball = parse.GetValue(stemwords) ?? DefaultStemwords;
        if (snowball != "none")
        {
            CompareWithSnowball(articles, snowball, mizanRate, output);
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine($"peak memory: {process.PeakWorkingSet64 / 1e6:N0} MB working set (the corpus itself is held in memory)");
        return ExitCodes.Success;
    }

    private void CompareWithSnowball(List<string> articles, string snowball, double mizanRate, TextWriter output)
    {
        if (!File.Exists(snowball))
        {
            console.Error.WriteLine($"mizan bench text: {snowball} not found; install Debian's libstemmer-tools for the side-by-side run.");
            return;
        }

        // The same words: every word token Mizan found, one per line, as stemwords reads them.
        var wordFile = Path.Combine(Path.GetTempPath(), $"mizan-bench-words-{Environment.ProcessId}.txt");
        var stemFile = wordFile + ".stems";
        var wordList = new List<string>();
        var scratch = new List<Token>(4096);
        foreach (var text in articles)
        {
            scratch.Clear();
            Tokenizer.Tokenize(text, scratch);
            wordList.AddRange(scratch.Where(t => t.IsWord).Select(t => text.Substring(t.Start, t.Length)));
        }

        try
        {
            File.WriteAllLines(wordFile, wordList, new UTF8Encoding(false));

            var stemmer = LightStemmer.Default;
            Span<char> buffer = stackalloc char[(LightStemmer.MaxWordLength * 4) + 8];
            var clock = Stopwatch.StartNew();
            long checksum = 0;
            foreach (var word in wordList)
            {
                checksum += stemmer.Stem(word, buffer, out _);
            }

            clock.Stop();
            var stemOnlyRate = wordList.Count / clock.Elapsed.TotalSeconds;

            var start = new ProcessStartInfo(snowball) { UseShellExecute = false, RedirectStandardError = true };
            foreach (var argument in new[] { "-l", "arabic", "-i", wordFile, "-o", stemFile })
            {
                start.ArgumentList.Add(argument);
            }

            clock.Restart();
            using (var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {snowball}"))
            {
                child.StandardError.ReadToEnd();
                child.WaitForExit();
            }

            clock.Stop();
            var snowballRate = wordList.Count / clock.Elapsed.TotalSeconds;
            output.WriteLine($"mizan stem only, the same {wordList.Count:N0} words: {stemOnlyRate:N0} words/s (checksum {checksum})");
            output.WriteLine($"snowball '{snowball} -l arabic', the same words from a file: {clock.Elapsed.TotalSeconds:N2} s, {snowballRate:N0} words/s");
            output.WriteLine($"ratio, mizan text core / snowball stemwords: {mizanRate / snowballRate:N2}x");
        }
        finally
        {
            File.Delete(wordFile);
            File.Delete(stemFile);
        }
    }
}
