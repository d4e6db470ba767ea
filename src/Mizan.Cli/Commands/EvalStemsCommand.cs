using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Mizan.Ingest.Sources;
using Mizan.Text.Morphology;
using Mizan.Text.Normalization;
using Mizan.Text.Tokenization;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan eval stems</c>: Mizan's light stemmer against the golden table, and its agreement with Snowball's Arabic
/// stemmer (<c>stemwords -l arabic</c>) on the same words: the golden words, and optionally the most frequent words
/// of a corpus, weighted by how often they occur.
/// </summary>
internal sealed class EvalStemsCommand : Command
{
    private readonly CliConsole console;
    private readonly Option<string> golden = new("--golden")
    {
        Description = "The golden stem table (TSV: word, stem, clitics, suffix, rule, from).",
        DefaultValueFactory = _ => "tests/Mizan.Text.Tests/Golden/stems.tsv",
    };

    private readonly Option<string> stemwords = new("--stemwords")
    {
        Description = "Snowball's stemwords program.",
        DefaultValueFactory = _ => "/usr/bin/stemwords",
    };

    private readonly Option<string?> corpus = new("--corpus") { Description = "Also compare on the frequent words of this corpus folder (.zip/.json arrays)." };
    private readonly Option<int> top = new Option<int>("--top") { Description = "How many of the corpus's most frequent Arabic words to compare.", DefaultValueFactory = _ => 20000 }.Positive();
    private readonly Option<int> show = new Option<int>("--show") { Description = "How many differences to list (0: none).", DefaultValueFactory = _ => 40 }.NotNegative();

    public EvalStemsCommand(CliConsole console)
        : base("stems", "Check the light stemmer against the golden table and compare it with Snowball's Arabic stemmer.")
    {
        this.console = console;
        Options.Add(golden);
        Options.Add(stemwords);
        Options.Add(corpus);
        Options.Add(top);
        Options.Add(show);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var goldenPath = parse.GetValue(golden)!;
        if (!File.Exists(goldenPath))
        {
            console.Error.WriteLine($"mizan eval stems: golden table '{goldenPath}' not found.");
            return ExitCodes.Failed;
        }

        var rows = File.ReadLines(goldenPath).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var stemmer = LightStemmer.Default;
        var mizanRight = rows.Count(r => stemmer.Stem(r[0]).Stem == r[1]);
        console.Out.WriteLine($"golden table {goldenPath}: {rows.Count} words; Mizan gives the expected stem for {mizanRight} ({100.0 * mizanRight / rows.Count:N1}%)");

        var snowballPath = parse.GetValue(stemwords)!;
        if (!File.Exists(snowballPath))
        {
            console.Error.WriteLine($"mizan eval stems: {snowballPath} not found; install Debian's libstemmer-tools for the Snowball comparison.");
            return ExitCodes.Failed;
        }

        var words = rows.Select(r => r[0]).ToList();
        var snowball = RunSnowball(snowballPath, words);
        var matching = ArabicNormalizer.Matching;
        var agree = 0;
        var differences = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var theirs = matching.NormalizeToString(snowball[i]);
            if (theirs == rows[i][1])
            {
                agree++;
            }
            else
            {
                differences.Add($"  {rows[i][0]}\tMizan {rows[i][1]}\tSnowball {theirs}\t({rows[i][4]})");
            }
        }

        console.Out.WriteLine($"Snowball (stemwords -l arabic) gives the golden stem for {agree} of {rows.Count} ({100.0 * agree / rows.Count:N1}%), after the matching normalization of its output");
        var limit = parse.GetValue(show);
        console.Out.WriteLine($"where they differ (first {Math.Min(limit, differences.Count)} of {differences.Count}):");
        foreach (var line in differences.Take(limit))
        {
            console.Out.WriteLine(line);
        }

        var folder = parse.GetValue(corpus);
        if (folder is not null)
        {
            CompareOnCorpus(folder, parse.GetValue(top), snowballPath);
        }

        return ExitCodes.Success;
    }

    private void CompareOnCorpus(string folder, int count, string snowballPath)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var scratch = new List<Token>();
        foreach (var article in ArticleSources.Articles(folder))
        {
            scratch.Clear();
            Tokenizer.Tokenize(article.Text, scratch);
            foreach (var token in scratch.Where(t => t.Kind == TokenKind.ArabicWord))
            {
                var word = article.Text.Substring(token.Start, token.Length);
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var frequent = frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).ToList();
        var snowball = RunSnowball(snowballPath, frequent.Select(p => p.Key).ToList());
        var matching = ArabicNormalizer.Matching;
        long agreeTokens = 0;
        long allTokens = 0;
        var agreeTypes = 0;
        for (var i = 0; i < frequent.Count; i++)
        {
            var same = LightStemmer.Default.Stem(frequent[i].Key).Stem == matching.NormalizeToString(snowball[i]);
            allTokens += frequent[i].Value;
            if (same)
            {
                agreeTokens += frequent[i].Value;
                agreeTypes++;
            }
        }

        console.Out.WriteLine($"corpus {folder}: the {frequent.Count:N0} most frequent Arabic words ({allTokens:N0} occurrences): Mizan and Snowball give the same stem for {agreeTypes:N0} words ({100.0 * agreeTypes / frequent.Count:N1}%), {100.0 * agreeTokens / allTokens:N1}% of occurrences");
    }

    private static List<string> RunSnowball(string program, List<string> words)
    {
        var input = Path.Combine(Path.GetTempPath(), $"mizan-eval-stems-{Environment.ProcessId}.txt");
        var output = input + ".out";
        try
        {
            File.WriteAllLines(input, words, new UTF8Encoding(false));
            var start = new ProcessStartInfo(program) { UseShellExecute = false };
            foreach (var argument in new[] { "-l", "arabic", "-i", input, "-o", output })
            {
                start.ArgumentList.Add(argument);
            }

            using (var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}"))
            {
                child.WaitForExit();
            }

            var stems = File.ReadAllLines(output, Encoding.UTF8).ToList();
            if (stems.Count != words.Count)
            {
                throw new InvalidOperationException($"{program} returned {stems.Count} lines for {words.Count} words.");
            }

            return stems;
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
