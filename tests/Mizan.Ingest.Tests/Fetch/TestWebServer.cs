using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mizan.Ingest.Tests.Fetch;

/// <summary>
/// A web server the tests start on 127.0.0.1 at a free port: each path answers as a test sets it (changeable while it
/// runs), any other path is a 404, and every request is logged with its arrival time and headers. Nothing leaves
/// the machine.
/// </summary>
internal sealed class TestWebServer : IDisposable
{
    private readonly HttpListener listener;
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, CancellationToken, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Request> log = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Task loop;

    public TestWebServer()
    {
        (listener, Port) = Listen();
        loop = Task.Run(Serve);
    }

    public int Port { get; }

    /// <summary>The requests so far, in order of arrival.</summary>
    public IReadOnlyList<Request> Log => [.. log];

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public Uri Uri(string path) => new(Url(path));

    /// <summary>The requests for one path.</summary>
    public IReadOnlyList<Request> Requests(string path) => Log.Where(r => r.Path == path).ToList();

    /// <summary>Answers <paramref name="path"/> with a handler of the test's own.</summary>
    public void On(string path, Func<HttpListenerContext, CancellationToken, Task> handler) => routes[path] = handler;

    /// <summary>Answers <paramref name="path"/> with these bytes, an ETag of their hash, and a 304 when it is sent back.</summary>
    public void On(string path, byte[] body, string contentType) => On(path, (context, stop) =>
    {
        var etag = $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body))[..16]}\"";
        context.Response.Headers["ETag"] = etag;
        if (context.Request.Headers["If-None-Match"] == etag)
        {
            context.Response.StatusCode = 304;
            return Task.CompletedTask;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = body.Length;
        return context.Response.OutputStream.WriteAsync(body, stop).AsTask();
    });

    public void On(string path, string text, string contentType = "text/html; charset=utf-8") => On(path, Encoding.UTF8.GetBytes(text), contentType);

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by the listener's closing; how it ends does not matter.
        }

        stopping.Dispose();
    }

    private static (HttpListener, int) Listen()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between the probe and the start: try another.
                listener.Close();
            }
        }
    }

    private async Task Serve()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.PathAndQuery;
        log.Enqueue(new Request(path, clock.Elapsed, request.Headers["User-Agent"], request.Headers["If-None-Match"], request.Headers["If-Modified-Since"]));
        try
        {
            if (routes.TryGetValue(path, out var handler))
            {
                await handler(context, stopping.Token);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The client went away (a timeout, a size cap): that is what some tests are about.
            context.Response.Abort();
        }
    }

    /// <summary>One request as the server saw it: path and query, when it came (since the server started), and headers.</summary>
    public sealed record Request(string Path, TimeSpan At, string? UserAgent, string? IfNoneMatch, string? IfModifiedSince);
}
