using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Mizan.Web.Features;

namespace Mizan.Web;

/// <summary>What the web host serves and where it listens.</summary>
/// <param name="Store">The store: a SQLite file or a postgres:// URL.</param>
/// <param name="Urls">Where to listen (semicolon-separated); the loopback interface unless told otherwise. Beyond it
/// the host refuses to start without <see cref="Keys"/> (<see cref="MizanWeb.Refusal"/>).</param>
public sealed record MizanWebOptions(string Store, string Urls = MizanWebOptions.DefaultUrls)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// The listening addresses, each an http URL with a host and a port (+ and * stand for every interface); null
    /// with a message otherwise. Kestrel reads a malformed address as every interface on port 80, so it never sees one.
    /// </summary>
    public static IReadOnlyList<string>? ParseUrls(string urls, out string? error)
    {
        ArgumentNullException.ThrowIfNull(urls);
        error = null;
        var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in list)
        {
            var checkable = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(checkable, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp
                || !checkable.Contains(":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                || uri.AbsolutePath != "/" || uri.Query.Length > 0)
            {
                error = $"'{url}' is not an address to listen on; write http://HOST:PORT (for example {DefaultUrls}).";
                return null;
            }
        }

        if (list.Length == 0)
        {
            error = "no address to listen on.";
            return null;
        }

        return list;
    }

    /// <summary>Stores open at once for requests: one per core, at least two so a slow search does not block the list.</summary>
    public int StoreConnections { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>The keys that open the API; null for none, which leaves it open and is allowed on the loopback interface only.</summary>
    public AccessKeys? Keys { get; init; }

    /// <summary>With keys: reads (GET) need none, uploads still do.</summary>
    public bool PublicRead { get; init; }

    /// <summary>How often one key may upload.</summary>
    public UploadRate Uploads { get; init; } = UploadRate.Default;
}

/// <summary>The web host: the HTTP API under /api, its OpenAPI document, and the page.</summary>
public static class MizanWeb
{
    /// <summary>The application, ready to run; the store is opened and its stories read before it returns.</summary>
    /// <exception cref="Storage.StoreException">The store cannot be opened.</exception>
    /// <exception cref="ArgumentException">An address to listen on is malformed (<see cref="MizanWebOptions.ParseUrls"/>),
    /// or is beyond the loopback interface while no key is given (<see cref="Refusal"/>).</exception>
    public static WebApplication Build(MizanWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var urls = MizanWebOptions.ParseUrls(options.Urls, out var error) ?? throw new ArgumentException(error, nameof(options));
        if (Refusal(urls, options.Keys is not null) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Mizan.Web", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        builder.Services.AddSingleton(_ => new StorePool(options.Store, options.StoreConnections));
        builder.Services.AddSingleton(services => new StoryCatalog(services.GetRequiredService<StorePool>()));
        builder.Services.AddSingleton(_ => new IngestGate());
        builder.Services.AddSingleton(_ => new Mizan.Application.GroupingSession());
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });

        var app = builder.Build();
        app.Services.GetRequiredService<StoryCatalog>();
        Prepare(app);

        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        UsePage(app);
        app.UseAccessControl(options, TimeProvider.System);

        app.MapOpenApi();
        app.MapStories();
        app.MapArticles();
        app.MapEntities();
        app.MapSearch();
        app.MapIngest();
        return app;
    }

    /// <summary>
    /// The grouping's state and the analyzer are read in the background while the host starts serving, so that the
    /// first upload does not wait for them (on the whole of SaudiNewsNet, seconds of the 2 s an upload has to show).
    /// An upload that comes first reads what it needs itself; a failure here only leaves that to it.
    /// </summary>
    private static readonly Action<ILogger, string, Exception?> PrepareFailed =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(1, "PrepareFailed"), "The grouping could not be read ahead of the first upload: {Reason}");

    private static void Prepare(WebApplication app)
    {
        var pool = app.Services.GetRequiredService<StorePool>();
        var session = app.Services.GetRequiredService<Mizan.Application.GroupingSession>();
        _ = Task.Run(() =>
        {
            try
            {
                pool.Use(store =>
                {
                    Mizan.Application.StoreBriefs.Prepare(store, session);
                    return true;
                });
            }
            catch (Storage.StoreException e)
            {
                PrepareFailed(app.Logger, e.Message, null);
            }
        });
    }

    /// <summary>Whether a listening address is on the loopback interface (reachable from this machine only).</summary>
    public static bool IsLoopback(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip)));
    }

    /// <summary>
    /// Why the host must not start: an address beyond the loopback interface with no access key, where anyone who
    /// reaches the port could read the store and upload to it. Null when it may start.
    /// </summary>
    public static string? Refusal(IEnumerable<string> urls, bool hasKeys)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var open = urls.FirstOrDefault(u => !IsLoopback(u));
        return open is null || hasKeys
            ? null
            : $"{open} is reachable from other machines, and no access key is given; give one ({AccessKeys.EnvironmentVariable}, --api-key or --key-file) or listen on the loopback interface (127.0.0.1).";
    }

    /// <summary>The page's files, embedded in this assembly, with index.html at the root.</summary>
    private static void UsePage(WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(MizanWeb).Assembly, "Mizan.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,

            // Revalidated on every load: the page is small, and a stale script beside a newer API breaks it.
            OnPrepareResponse = r => r.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
