using System.CommandLine;
using System.Reflection;
using System.CommandLine.Parsing;
using Mizan.Cli.Commands;

namespace Mizan.Cli;

/// <summary>Builds the mizan command tree and runs it.</summary>
internal static class MizanCli
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("Mizan weighs how Arabic news outlets tell the same story.");
        root.Subcommands.Add(new AnalyzeCommand(console));
        root.Subcommands.Add(new IngestCommand(console));
        root.Subcommands.Add(new FetchCommand(console));
        root.Subcommands.Add(new WatchCommand(console));
        root.Subcommands.Add(new WorkCommand(console));
        root.Subcommands.Add(new SearchCommand(console));
        root.Subcommands.Add(new ExportCommand(console));
        root.Subcommands.Add(new BriefCommand(console));
        root.Subcommands.Add(new BenchCommand(console));
        root.Subcommands.Add(new EvalCommand(console));
        root.Subcommands.Add(new NerCommand(console));
        root.Subcommands.Add(new ServeCommand(console));
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args is ["--version"])
        {
            // The program's version and the analysis version its stored results are marked with.
            var version = typeof(MizanCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            console.Out.WriteLine($"mizan {version}");
            console.Out.WriteLine($"analysis {Mizan.Analysis.TextAnalyzer.ModelVersion}");
            return ExitCodes.Success;
        }

        var parse = Build(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Named by the verb it concerns (mizan search: --limit ...) when the parser got as far as one.
            var verb = parse.CommandResult.Parent is null ? "mizan" : $"mizan {CommandPath(parse.CommandResult)}";
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"{verb}: {error.Message}");
            }

            console.Error.WriteLine("Run 'mizan --help' for usage.");
            return ExitCodes.UsageError;
        }

        if (UnknownOption(parse) is { } unknown)
        {
            console.Error.WriteLine($"mizan {parse.CommandResult.Command.Name}: unknown option '{unknown.Token}'{(unknown.Suggestion is { } s ? $"; did you mean {s}?" : ".")}");
            console.Error.WriteLine($"Run 'mizan {CommandPath(parse.CommandResult)} --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }

    /// <summary>
    /// A word written as an option (--jsn, -x) that the parser took as an input path or a query word because no option
    /// of the command has that name, with the nearest option name. A mistyped option is a usage error, never read as
    /// input: <c>brief samples --jsn</c> must not print Markdown, <c>search X --limt 3</c> must not answer 0 hits. A
    /// file or folder that exists under that name is input, as is everything after <c>--</c> and a negative number.
    /// </summary>
    internal static (string Token, string? Suggestion)? UnknownOption(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            var value = token.Value;
            if (token.Type != TokenType.Argument || value.Length < 2 || value[0] != '-' || !(value[1] == '-' || char.IsLetter(value[1]))
                || File.Exists(value) || Directory.Exists(value))
            {
                continue;
            }

            var names = parse.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-')).Distinct(StringComparer.Ordinal);
            var nearest = names.Select(n => (Name: n, Distance: Distance(value, n))).Where(n => n.Distance <= MaxSuggestionDistance).OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault();
            return (value, nearest.Name);
        }

        return null;
    }

    /// <summary>
    /// Options this many edits or fewer from what was typed are suggested: a dropped, doubled or swapped letter
    /// (--jsn, --limt, --dbb) is one or two; farther names are other options, not typos.
    /// </summary>
    private const int MaxSuggestionDistance = 2;

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, one each.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static string CommandPath(CommandResult result) =>
        result.Parent is CommandResult parent && parent.Parent is not null ? $"{CommandPath(parent)} {result.Command.Name}" : result.Command.Name;
}
