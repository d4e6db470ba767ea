using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;
using Mizan.Storage;
using Mizan.Testing;

namespace Mizan.Web.Tests;

/// <summary>
/// The web app on a free loopback port (a real Kestrel) over a temporary SQLite store, filled by the libraries as
/// `mizan ingest` and `mizan brief --db` fill it. Disposed with its store folder.
/// </summary>
public class TestServer : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mizan-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public string StorePath => Path.Combine(folder, "mizan.db");

    /// <summary>The running app's services.</summary>
    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The server has not started.");

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        using (var store = StoreLocation.Open(StorePath))
        {
            var inputs = Inputs(folder).ToList();
            if (inputs.Count > 0)
            {
                new Ingestor(store).Run(ArticleSources.Read(inputs), _ => { });
                StoreBriefs.Rebuild(store);
            }
        }

        app = MizanWeb.Build(Options(new MizanWebOptions(StorePath, "http://127.0.0.1:0")));
        await app.StartAsync();
        Address = new Uri(app.Urls.Single());
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    public async Task<T> Get<T>(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>The options the app starts with: by default those of <c>mizan serve</c> on loopback without keys.</summary>
    protected virtual MizanWebOptions Options(MizanWebOptions defaults) => defaults;

    /// <summary>The scratch folder the store is in, deleted with the server.</summary>
    protected string Folder => folder;

    /// <summary>The files and folders ingested before the app starts (written into <paramref name="scratch"/> when made up).</summary>
    protected virtual IEnumerable<string> Inputs(string scratch) => [Repository.Samples];
}

/// <summary>A server over an empty store, for uploads.</summary>
public sealed class EmptyServer : TestServer
{
    protected override IEnumerable<string> Inputs(string scratch) => [];
}
