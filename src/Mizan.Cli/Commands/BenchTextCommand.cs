using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Mizan.Analysis;
using Mizan.Ingest.Sources;
using Mizan.Text.Tokenization;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan bench text [--corpus DIR]</c>: times the text core as the analysis runs it
/// (<see cref="TextAnalyzer.AnalyzeTokens"/>: tokens, sentences, each token's matching form, stem, clitics and
/// suffix) over every article of a corpus on one thread, and, in the same run, Snowball's <c>stemwords</c> on the
/// same words; prints articles/s, words/s, MB/s, the ratio and peak memory.
/// </summary>
internal sealed class BenchTextCommand : Command
{
    private const string DefaultCorpus = "../shared/data/saudinewsnet/dataset";
    private const string DefaultStemwords = "/usr/bin/stemwords";

    /// <summary>Articles analysed before timing, so the JIT has compiled the path and the word lists are loaded.</summary>
    private const int WarmUpArticles = 200;

    private readonly CliConsole console;
    private readonly Option<string> corpus = new("--corpus")
    {
        Description = "A folder of .zip/.json article arrays (SaudiNewsNet's layout).",
        DefaultValueFactory = _ => DefaultCorpus,
    };

    private readonly Option<int> limit = new Option<int>("--limit") { Description = "Use only the first N articles (0: all)." }.NotNegative();
    private readonly Option<string> stemwords = new("--stemwords")
    {
        Description = "Path of Snowball's stemwords for the side-by-side run ('none' to skip).",
        DefaultValueFactory = _ => DefaultStemwords,
    };

    // On a shared machine one pass can be slowed by other work; the best of a few passes of each side is the figure
    // least disturbed by it.
    private readonly Option<int> rounds = new Option<int>("--rounds")
    {
        Description = "Timed passes of each side, alternating; the best of each is reported.",
        DefaultValueFactory = _ => 3,
    }.Positive();

    public BenchTextCommand(CliConsole console)
        : base("text", "Time the analysis's text core (tokens, sentences, normal forms, stems) over a corpus beside Snowball's stemwords.")
    {
        this.console = console;
        Options.Add(corpus);
        Options.Add(limit);
        Options.Add(stemwords);
        Options.Add(rounds);
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

        var passes = parse.GetValue(rounds);

        console.Error.WriteLine($"reading {folder} ...");
        var max = parse.GetValue(limit);
        var texts = ArticleSources.Articles(folder).Select(a => a.Text);
        var articles = (max > 0 ? texts.Take(max) : texts).ToList();
        long bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

        var snowball = parse.GetValue(stemwords) ?? DefaultStemwords;
        var output = console.Out;
        var wordFile = Path.Combine(Path.GetTempPath(), $"mizan-bench-words-{Environment.ProcessId}.txt");
        try
        {
            var words = WriteWords(articles, wordFile);
            output.WriteLine($"corpus: {folder}: {articles.Count:N0} articles, {bytes / 1e6:N1} MB of UTF-8 text");
            output.WriteLine($"words: {words:N0}, the word tokens of Mizan's tokenizer (Arabic, Latin and other-script words), written one per line to the file stemwords reads; both rates divide this count");
            if (snowball != "none" && !File.Exists(snowball))
            {
                output.WriteLine($"SNOWBALL NOT RUN: {snowball} not found (Debian's libstemmer-tools has it); Mizan's figure alone follows");
                snowball = "none";
            }

            var mizan = double.MaxValue;
            var stemmed = double.MaxValue;
            for (var round = 1; round <= passes; round++)
            {
                mizan = Math.Min(mizan, TimeMizan(articles, words, round == 1, output));
                if (snowball != "none")
                {
                    stemmed = Math.Min(stemmed, TimeSnowball(snowball, wordFile));
                }
            }

            output.WriteLine($"mizan TextAnalyzer.AnalyzeTokens (tokens + sentences + matching form, stem, clitics and suffix of every token), one thread, best of {passes}: {mizan:N2} s, {articles.Count / mizan:N0} articles/s, {words / mizan:N0} words/s, {bytes / 1e6 / mizan:N1} MB/s");
            if (snowball != "none")
            {
                output.WriteLine($"snowball '{snowball} -l arabic -i FILE -o FILE', the same words, best of {passes}: {stemmed:N2} s, {words / stemmed:N0} words/s");
                output.WriteLine($"ratio, mizan / snowball words/s: {stemmed / mizan:N2}x");
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            console.Error.WriteLine($"mizan bench text: {e.Message}");
            return ExitCodes.Failed;
        }
        finally
        {
            File.Delete(wordFile);
            File.Delete(wordFile + ".stems");
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine($"peak memory: {process.PeakWorkingSet64 / 1e6:N0} MB working set (the corpus itself is held in memory)");
        return ExitCodes.Success;
    }

    /// <summary>Writes every word token of the texts, one per line, as stemwords reads them; returns how many.</summary>
    private static long WriteWords(List<string> articles, string path)
    {
        long words = 0;
        var tokens = new List<Token>(4096);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var text in articles)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, tokens);
            foreach (var token in tokens.Where(t => t.IsWord))
            {
                writer.Write(text.AsSpan(token.Start, token.Length));
                writer.Write('\n');
                words++;
            }
        }

        return words;
    }

    /// <summary>One timed pass of the analysis's text core over the texts; returns its seconds.</summary>
    private static double TimeMizan(List<string> articles, long expectedWords, bool report, TextWriter output)
    {
        var analyzer = TextAnalyzer.Default;
        foreach (var text in articles.Take(WarmUpArticles))
        {
            analyzer.AnalyzeTokens(text);
        }

        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        long words = 0;
        long checksum = 0;
        foreach (var text in articles)
        {
            var result = analyzer.AnalyzeTokens(text);
            checksum += result.Sentences.Count;
            foreach (var token in result.Analysed)
            {
                words += token.TokenKind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord ? 1 : 0;
                checksum += token.Stem.Length + token.Norm.Length + token.Clitics.Count;
            }
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (words != expectedWords)
        {
            throw new InvalidOperationException($"the analysis saw {words} words where the word file has {expectedWords}");
        }

        if (report)
        {
            output.WriteLine($"mizan pass: checksum {checksum}; allocated {allocated / 1e6:N0} MB ({(double)allocated / Math.Max(1, articles.Count):N0} bytes per article, the analysis it returns)");
        }

        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>One timed run of stemwords over the word file, as a child process; returns its seconds.</summary>
    private static double TimeSnowball(string snowball, string wordFile)
    {
        var start = new ProcessStartInfo(snowball) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "-l", "arabic", "-i", wordFile, "-o", wordFile + ".stems" })
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {snowball}");
        var errors = child.StandardError.ReadToEnd();
        child.WaitForExit();
        clock.Stop();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"{snowball} failed ({child.ExitCode}): {errors}");
        }

        return clock.Elapsed.TotalSeconds;
    }
}
