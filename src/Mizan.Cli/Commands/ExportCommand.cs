using System.CommandLine;
using Mizan.Export;
using Mizan.Storage;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan export [--what articles|mentions|quotes|claims|stories] [--format jsonl|csv] [--db FILE]</c>: streams the store's content for analysts' own tools.</summary>
internal sealed class ExportCommand : Command
{
    private readonly CliConsole console;
    private readonly Option<string> what = new("--what") { Description = "articles (default), mentions, quotes, claims or stories.", DefaultValueFactory = _ => "articles" };
    private readonly Option<string> format = new("--format") { Description = "jsonl (default) or csv.", DefaultValueFactory = _ => "jsonl" };
    private readonly Option<string?> database = DatabaseOption.Create();

    public ExportCommand(CliConsole console)
        : base("export", "Write the stored articles, entity mentions, quotes, claims or stories as JSON Lines or CSV on standard output.")
    {
        this.console = console;
        Options.Add(what);
        Options.Add(format);
        Options.Add(database);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var kindName = parse.GetValue(what) ?? "articles";
        if (!Enum.TryParse<ExportKind>(kindName, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindName, out _))
        {
            console.Error.WriteLine($"mizan export: --what takes articles, mentions, quotes, claims or stories, not '{kindName}'.");
            return ExitCodes.UsageError;
        }

        var writer = TableWriter.For(parse.GetValue(format) ?? "jsonl", console.Out);
        if (writer is null)
        {
            console.Error.WriteLine($"mizan export: --format takes jsonl or csv, not '{parse.GetValue(format)}'.");
            return ExitCodes.UsageError;
        }

        try
        {
            using var store = StoreLocation.OpenExisting(DatabaseOption.Resolve(parse.GetValue(database)));
            var rows = Exporter.Export(store, kind, writer);
            console.Error.WriteLine($"mizan export: {rows:N0} {kindName} row(s).");
            return ExitCodes.Success;
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"mizan export: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
