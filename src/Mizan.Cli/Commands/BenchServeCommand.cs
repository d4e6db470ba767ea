using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Mizan.Storage;
using Mizan.Web;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan bench serve --db X [--clients 50] [--seconds 30] [--urls URL]</c>: starts the web app in this process
/// on a loopback port and runs concurrent clients against the story list and the largest story's brief for a
/// while; prints requests per second and latency p50/p99 per endpoint.
/// </summary>
internal sealed class BenchServeCommand : Command
{
    /// <summary>Requests per endpoint before timing: the first ones pay for JIT compilation and connection set-up.</summary>
    private const int WarmUp = 50;

    private readonly CliConsole console;
    private readonly Option<string?> database = DatabaseOption.Create();
    private readonly Option<int> clients = new Option<int>("--clients") { Description = "Concurrent clients, each sending its next request when the last one is answered (default 50).", DefaultValueFactory = _ => 50 }.Positive();
    private readonly Option<int> seconds = new Option<int>("--seconds") { Description = "How long the clients run (default 30).", DefaultValueFactory = _ => 30 }.Positive();
    private readonly Option<string?> upload = new("--upload") { Description = "An article file to upload through POST /api/ingest a third of the way through the run: its time until the story shows it, and the GET latencies while the store updates." };
    private readonly Option<string> urls = new("--urls") { Description = "Where the app listens (default a free loopback port).", DefaultValueFactory = _ => "http://127.0.0.1:0" };

    public BenchServeCommand(CliConsole console)
        : base("serve", "Measure the HTTP API under concurrent clients: requests/s and latency p50/p99 per endpoint.")
    {
        this.console = console;
        Options.Add(database);
        Options.Add(clients);
        Options.Add(seconds);
        Options.Add(urls);
        Options.Add(upload);
        SetAction((parse, cancel) => Run(parse, cancel));
    }

    private async Task<int> Run(ParseResult parse, CancellationToken cancel)
    {
        var (count, duration) = (parse.GetValue(clients), parse.GetValue(seconds));
        if (MizanWebOptions.ParseUrls(parse.GetValue(urls)!, out var error) is not { } listen)
        {
            console.Error.WriteLine($"mizan bench serve: --urls: {error}");
            return ExitCodes.UsageError;
        }

        // The benchmark's clients send no key, so the app it starts has none and may listen on loopback only.
        if (MizanWeb.Refusal(listen, hasKeys: false) is { } refusal)
        {
            console.Error.WriteLine($"mizan bench serve: --urls: {refusal}");
            return ExitCodes.UsageError;
        }

        var location = DatabaseOption.Resolve(parse.GetValue(database));
        WebApplication app;
        var loading = Stopwatch.StartNew();
        try
        {
            app = MizanWeb.Build(new MizanWebOptions(location, parse.GetValue(urls)!));
        }
        catch (StoreException e)
        {
            console.Error.WriteLine($"mizan bench serve: {e.Message}");
            return ExitCodes.Failed;
        }

        await using var owned = app.ConfigureAwait(false);
        await app.StartAsync(cancel).ConfigureAwait(false);
        var output = console.Out;
        output.WriteLine($"store: {StoreLocation.Redacted(location)}; stories read in {loading.Elapsed.TotalSeconds:N1} s; serving at {app.Urls.First()}");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = count, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(60) };
        var first = await http.GetFromJsonAsync<JsonElement>(new Uri("api/stories?pageSize=1", UriKind.Relative), cancel).ConfigureAwait(false);
        var items = first.GetProperty("items");
        if (items.GetArrayLength() == 0)
        {
            console.Error.WriteLine("mizan bench serve: the store holds no stories; run `mizan brief --db` on it first.");
            return ExitCodes.Failed;
        }

        var largest = items[0].GetProperty("id").GetString()!;
        var endpoints = new[] { new Uri("api/stories", UriKind.Relative), new Uri("api/stories/" + Uri.EscapeDataString(largest), UriKind.Relative) };
        var briefBytes = (await http.GetByteArrayAsync(endpoints[1], cancel).ConfigureAwait(false)).Length;
        output.WriteLine($"{first.GetProperty("total").GetInt32():N0} stories; the largest, {largest}, has {items[0].GetProperty("articles").GetInt32():N0} articles and a brief of {briefBytes / 1024.0:N1} KB");

        for (var i = 0; i < WarmUp; i++)
        {
            foreach (var endpoint in endpoints)
            {
                await Fetch(http, endpoint, cancel).ConfigureAwait(false);
            }
        }

        var samples = Enumerable.Range(0, count).Select(_ => endpoints.Select(_ => new List<(double Start, double Ms)>()).ToArray()).ToArray();
        var errors = new int[count];
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(duration);
        var uploading = parse.GetValue(upload) is { } file
            ? Upload(http, file, TimeSpan.FromSeconds(duration / 3.0), cancel)
            : Task.FromResult<(double Start, double Ms, string Result, bool Answered)?>(null);
        await Task.WhenAll(Enumerable.Range(0, count).Select(c => Task.Run(
            async () =>
            {
                // Each client alternates between the endpoints, starting at its own, so both are always in flight.
                for (var n = c; clock.Elapsed < end; n++)
                {
                    var which = n % endpoints.Length;
                    var started = Stopwatch.GetTimestamp();
                    var at = clock.Elapsed.TotalMilliseconds;
                    var ok = await Fetch(http, endpoints[which], cancel).ConfigureAwait(false);
                    samples[c][which].Add((at, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                    errors[c] += ok ? 0 : 1;
                }
            },
            cancel))).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalSeconds;
        var uploaded = await uploading.ConfigureAwait(false);

        output.WriteLine($"{count} clients for {elapsed:N1} s; {errors.Sum():N0} errors");
        output.WriteLine("| endpoint | requests | requests/s | p50 ms | p99 ms |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        var names = new[] { "GET /api/stories", $"GET /api/stories/{largest}" };
        for (var e = 0; e < endpoints.Length; e++)
        {
            var times = samples.SelectMany(s => s[e]).Select(t => t.Ms).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {names[e]} | {times.Count:N0} | {times.Count / elapsed:N0} | {Percentile(times, 0.50):N2} | {Percentile(times, 0.99):N2} |"));
        }

        var all = samples.SelectMany(s => s.SelectMany(x => x)).Select(t => t.Ms).Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| both | {all.Count:N0} | {all.Count / elapsed:N0} | {Percentile(all, 0.50):N2} | {Percentile(all, 0.99):N2} |"));
        if (uploaded is { } u)
        {
            // The requests that were in flight while the upload was being ingested, analysed, grouped and briefed.
            var during = samples.SelectMany(s => s.SelectMany(x => x)).Where(t => t.Start + t.Ms >= u.Start && t.Start <= u.Start + u.Ms).Select(t => t.Ms).Order().ToList();
            output.WriteLine(u.Answered
                ? string.Create(CultureInfo.InvariantCulture, $"upload: {u.Result}; answered in {u.Ms:N0} ms, its story updated and shown by then")
                : $"upload: {u.Result}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| during the upload | {during.Count:N0} | | {Percentile(during, 0.50):N2} | {Percentile(during, 0.99):N2} |"));
        }

        output.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB (server and clients in one process)");
        await app.StopAsync(cancel).ConfigureAwait(false);
        return errors.Sum() == 0 && uploaded is not { Answered: false } ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>Uploads one article file after <paramref name="wait"/>: when it started (ms into the run), how long the
    /// answer took, and what the answer said.</summary>
    private static async Task<(double Start, double Ms, string Result, bool Answered)?> Upload(HttpClient http, string file, TimeSpan wait, CancellationToken cancel)
    {
        await Task.Delay(wait, cancel).ConfigureAwait(false);
        using var form = new MultipartFormDataContent();
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file, cancel).ConfigureAwait(false));
        form.Add(content, "files", Path.GetFileName(file));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(new Uri("api/ingest", UriKind.Relative), form, cancel).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            return (wait.TotalMilliseconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds, $"{(int)response.StatusCode} {body}", true);
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            // The client's timeout, not the user's Ctrl+C: said as such, rather than ending the bench without a word.
            // An upload into a store another build wrote groups the whole store again, which takes minutes.
            return (wait.TotalMilliseconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                $"no answer within {http.Timeout.TotalSeconds:N0} s (a store written by another build is analysed and grouped again from scratch)", false);
        }
    }

    /// <summary>One request, its body read to the end; whether it succeeded.</summary>
    private static async Task<bool> Fetch(HttpClient http, Uri endpoint, CancellationToken cancel)
    {
        try
        {
            using var response = await http.GetAsync(endpoint, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            await response.Content.CopyToAsync(Stream.Null, cancel).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            // Timed out: an error of the run, counted as one.
            return false;
        }
    }

    /// <summary>The nearest-rank percentile of sorted times.</summary>
    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
