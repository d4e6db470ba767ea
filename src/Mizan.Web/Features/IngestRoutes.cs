using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Mizan.Application;
using Mizan.Briefs;
using Mizan.Ingest.Pipeline;
using Mizan.Ingest.Sources;

namespace Mizan.Web.Features;

/// <summary>
/// Uploads: files in any format <c>mizan ingest</c> reads are stored, and when any article is new the store is
/// briefed again (stories group the whole collection, so a new article can join or split any story).
/// </summary>
internal static class IngestRoutes
{
    /// <summary>Bytes one upload may carry: 20 MiB holds thousands of article pages, and keeps a request from
    /// filling the disk or holding the store for long.</summary>
    public const long MaxRequestBytes = 20L * 1024 * 1024;

    /// <summary>Files one upload may carry: a folder's worth, each read and answered for by name.</summary>
    public const int MaxFiles = 50;

    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Ingest")
            .MapPost("/ingest", Ingest)
            .WithName("Ingest")
            .WithSummary("Upload article files (multipart/form-data, at most 50 files and 20 MiB): stored, then the store is briefed again.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<IngestResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> Ingest(HttpContext context, StorePool pool, StoryCatalog catalog, IngestGate gate, GroupingSession grouping, ILoggerFactory logs, CancellationToken cancel)
    {
        var request = context.Request;
        if (!SameOrigin(request))
        {
            return Results.Problem(detail: "An upload must come from this server's own page.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");
        }

        var query = new QueryValues();
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            query.Errors["files"] = ["Send the files as multipart/form-data."];
            return query.Problem();
        }

        if (request.ContentLength > MaxRequestBytes)
        {
            return TooLarge();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxRequestBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }, cancel).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (InvalidDataException e)
        {
            query.Errors["files"] = [$"The multipart body cannot be read: {e.Message}"];
            return query.Problem();
        }

        var files = form.Files;
        if (files.Count == 0)
        {
            query.Errors["files"] = ["The upload holds no file."];
        }
        else if (files.Count > MaxFiles)
        {
            query.Errors["files"] = [$"The upload holds {files.Count} files; at most {MaxFiles} are read at once."];
        }

        if (!query.Valid)
        {
            return query.Problem();
        }

        var items = new List<SourceItem>();
        var limits = ReadLimits.Default with { MaxFileBytes = MaxRequestBytes, MaxArchiveBytes = MaxRequestBytes };
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancel).ConfigureAwait(false);

            // The client's path is not ours to use: only the name's extension picks the format.
            var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
            items.AddRange(ArticleSources.ReadBytes(name.Length == 0 ? "upload" : name, buffer.ToArray(), limits));
        }

        await gate.Writer.WaitAsync(cancel).ConfigureAwait(false);

        // The upload is answered as soon as the stories it changed are briefed and shown; linking the storylines again
        // (seconds on a large store) and writing the grouping's state go on after the answer, still holding the gate,
        // and the catalog is read again when they are done.
        var answer = new TaskCompletionSource<IngestResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.Pending = Task.Run(() =>
        {
            try
            {
                pool.Use(store =>
                {
                    var skipped = new List<string>();
                    var counts = new Ingestor(store).Run(items, skipped.Add);
                    IngestResponse Response(bool rebriefed)
                    {
                        var snapshot = catalog.Current;
                        return new IngestResponse(files.Count, counts.Read, counts.New, counts.Duplicate, counts.NearDuplicate, counts.Skipped, skipped, rebriefed, snapshot.Stories.Count, snapshot.Storylines.Count);
                    }

                    var shown = StoryChanges.None;
                    var brief = counts.New > 0
                        ? StoreBriefs.Update(store, session: grouping, briefed: changed =>
                        {
                            catalog.Reload(store, changed);
                            shown = changed;
                            answer.TrySetResult(Response(true));
                        })
                        : null;
                    if (brief is not null)
                    {
                        // After a regrouping every story is read again. Otherwise the stories the new articles joined or
                        // started were read when they were briefed (above), and now the storylines linked since are,
                        // with the stories split as they closed, briefed after the answer.
                        if (brief.FromScratch)
                        {
                            catalog.Reload(store);
                        }
                        else
                        {
                            // The stories merged away were all removed before the answer: only briefed ones are left.
                            catalog.Reload(store, new StoryChanges(brief.Changed.Briefed.Except(shown.Briefed, StringComparer.Ordinal).ToList(), []));
                        }
                    }

                    answer.TrySetResult(Response(brief is not null));
                    return 0;
                });
            }
            catch (Exception e) when (!answer.Task.IsCompleted)
            {
                answer.TrySetException(e);
            }
            catch (Exception e)
            {
                // Answered already: the stories were stored and shown; the storylines and the state are redone by the
                // next update, which finds the article in no stored story.
                LinkingFailed(logs.CreateLogger(typeof(IngestRoutes)), e);
            }
            finally
            {
                gate.Writer.Release();
            }
        }, CancellationToken.None);
        return Results.Ok(await answer.Task.ConfigureAwait(false));
    }

    private static readonly Action<ILogger, Exception?> LinkingFailed =
        LoggerMessage.Define(LogLevel.Error, new EventId(2, "LinkingFailed"), "Linking the storylines after an upload failed; the next update links them again.");

    private static IResult TooLarge() =>
        Results.Problem(detail: $"An upload may carry at most {MaxRequestBytes / (1024 * 1024)} MiB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large.");

    /// <summary>
    /// A browser names the page a POST comes from in Origin; one from another site is refused, so a page elsewhere
    /// cannot fill a local store. Clients that send no Origin (curl, scripts) are not browsers acting for a site.
    /// </summary>
    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>One upload writes and re-briefs the store at a time: two re-briefs at once would each replace the grouping.</summary>
public sealed class IngestGate : IDisposable
{
    public SemaphoreSlim Writer { get; } = new(1, 1);

    /// <summary>The last upload's work, which may go on after its answer (the storylines); waited for on shutdown.</summary>
    public Task Pending { get; set; } = Task.CompletedTask;

    public void Dispose()
    {
        // The store is closed after this: an upload's storylines are written first.
        Pending.Wait(TimeSpan.FromMinutes(5));
        Writer.Dispose();
    }
}
