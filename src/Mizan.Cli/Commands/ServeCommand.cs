using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Mizan.Storage;
using Mizan.Web;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan serve [--db X] [--urls URL]</c>: serves the page and the HTTP API over a store, on the loopback
/// interface unless told otherwise, until stopped (Ctrl+C).
/// </summary>
internal sealed class ServeCommand : Command
{
    private readonly CliConsole console;
    private readonly Option<string?> database = DatabaseOption.Create();
    private readonly Option<string> urls = new("--urls")
    {
        Description = $"Where to listen, semicolon-separated (default {MizanWebOptions.DefaultUrls}: this machine only; the API has no accounts).",
        DefaultValueFactory = _ => MizanWebOptions.DefaultUrls,
    };

    public ServeCommand(CliConsole console)
        : base("serve", "Serve the web page and the HTTP API (/api/..., /openapi/v1.json) over the store.")
    {
        this.console = console;
        Options.Add(database);
        Options.Add(urls);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        if (MizanWebOptions.ParseUrls(parse.GetValue(urls)!, out var error) is null)
        {
            console.Error.WriteLine($"mizan serve: --urls: {error}");
            return ExitCodes.UsageError;
        }

        var location = DatabaseOption.Resolve(parse.GetValue(database));
        WebApplication app;
        try
        {
            app = MizanWeb.Build(new MizanWebOptions(location, parse.GetValue(urls)!));
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"mizan serve: {e.Message}");
            return ExitCodes.Failed;
        }

        using var owned = app;
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"mizan serve: cannot listen on {parse.GetValue(urls)}: {e.Message}");
            return ExitCodes.Failed;
        }

        foreach (var address in app.Urls)
        {
            console.Error.WriteLine($"mizan serve: {StoreLocation.Redacted(location)} at {address} (Ctrl+C stops)");
            if (!MizanWeb.IsLoopback(address))
            {
                console.Error.WriteLine($"mizan serve: warning: {address} is reachable from other machines; anyone who reaches it can read the store and upload to it.");
            }
        }

        app.WaitForShutdown();
        return ExitCodes.Success;
    }
}
