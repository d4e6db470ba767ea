using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Mizan.Storage;
using Mizan.Web;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan serve [--db X] [--urls URL] [--api-key KEY | --key-file FILE] [--public-read]</c>: serves the page and the
/// HTTP API over an existing store, on the loopback interface unless told otherwise, until stopped (Ctrl+C). Beyond
/// the loopback interface it starts only with an access key; on it, without one, the API is open to this machine.
/// </summary>
internal sealed class ServeCommand : Command
{
    private readonly CliConsole console;
    private readonly Option<string?> database = DatabaseOption.Create();
    private readonly Option<string> urls = new("--urls")
    {
        Description = $"Where to listen, semicolon-separated (default {MizanWebOptions.DefaultUrls}: this machine only). Any other interface needs an access key.",
        DefaultValueFactory = _ => MizanWebOptions.DefaultUrls,
    };

    private readonly Option<string?> apiKey = new("--api-key")
    {
        Description = $"An access key (at least {AccessKeys.MinimumLength} characters) that opens the API; ${AccessKeys.EnvironmentVariable} does the same out of sight of other users' process lists.",
    };

    private readonly Option<string?> keyFile = new("--key-file")
    {
        Description = "A file of access keys, one a line as KEY or NAME:KEY ('#' starts a comment); read again when it changes, so deleting a line revokes that key.",
    };

    private readonly Option<bool> publicRead = new("--public-read") { Description = "With keys: reading needs no key (uploading still does)." };

    public ServeCommand(CliConsole console)
        : base("serve", "Serve the web page and the HTTP API (/api/..., /openapi/v1.json) over the store.")
    {
        this.console = console;
        Options.Add(database);
        Options.Add(urls);
        Options.Add(apiKey);
        Options.Add(keyFile);
        Options.Add(publicRead);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var listen = MizanWebOptions.ParseUrls(parse.GetValue(urls)!, out var error);
        if (listen is null)
        {
            return Usage($"--urls: {error}");
        }

        var (key, keySource) = parse.GetValue(apiKey) is { } given ? (given, "--api-key") : (Environment.GetEnvironmentVariable(AccessKeys.EnvironmentVariable), "$" + AccessKeys.EnvironmentVariable);
        if (key is not null && AccessKeys.Check(key) is { } weak)
        {
            return Usage($"{keySource}: {weak}");
        }

        AccessKeys? keys = null;
        if (key is not null || parse.GetValue(keyFile) is not null)
        {
            keys = AccessKeys.Load(key, parse.GetValue(keyFile), Warn, out error);
            if (keys is null)
            {
                return Usage($"--key-file: {error}");
            }
        }

        // Checked before the store is opened and before any port is bound: nothing is served that should not be.
        if (MizanWeb.Refusal(listen, keys is not null) is { } refusal)
        {
            return Usage(refusal);
        }

        var location = DatabaseOption.Resolve(parse.GetValue(database));
        WebApplication app;
        try
        {
            app = MizanWeb.Build(new MizanWebOptions(location, parse.GetValue(urls)!) { Keys = keys, PublicRead = parse.GetValue(publicRead) });
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
                console.Error.WriteLine($"mizan serve: warning: {address} is reachable from other machines over plain HTTP, keys included; put a TLS proxy in front of it beyond a trusted network.");
            }
        }

        console.Error.WriteLine(keys is null
            ? "mizan serve: no access key: anyone on this machine can read the store and upload to it."
            : $"mizan serve: {keys.Count} access key(s){(keys.File is { } file ? $" ({file} is read again when it changes)" : string.Empty)}; " +
              $"{(parse.GetValue(publicRead) ? "reading is open to all" : "reading needs a key")}, uploading needs one ({UploadRate.Default.Burst} at once, then one every {UploadRate.Default.Refill.TotalSeconds:0} s per key).");
        app.WaitForShutdown();
        return ExitCodes.Success;
    }

    private int Usage(string message)
    {
        console.Error.WriteLine($"mizan serve: {message}");
        return ExitCodes.UsageError;
    }

    private void Warn(string message) => console.Error.WriteLine($"mizan serve: {message}");
}
