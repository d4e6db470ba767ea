using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mizan.Web;

/// <summary>
/// Who may call the API (/api/...). With no keys (allowed on the loopback interface only) everyone on this machine
/// may. With keys, a write (any method but GET and HEAD: uploads) needs one, and so does a read unless reads are
/// public; a key that is sent must be right even where none is needed, so a mistyped key shows at once. Uploads are
/// limited per key (<see cref="UploadRate"/>). The page's files and the OpenAPI document are open to all: the page must
/// load to ask for a key, and neither holds anything of the store.
/// </summary>
internal static class AccessControl
{
    public const string KeyHeader = "X-Mizan-Key";

    public static IApplicationBuilder UseAccessControl(this IApplicationBuilder app, MizanWebOptions options, TimeProvider clock)
    {
        if (options.Keys is not { } keys)
        {
            return app;
        }

        var limiter = new UploadLimiter(options.Uploads, clock);
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var write = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
            var presented = Presented(request);
            var key = presented is null ? null : keys.Verify(presented);
            if (presented is not null && key is null)
            {
                await Refuse(context, "The access key is not valid (it may have been revoked).", "invalid_token").ConfigureAwait(false);
                return;
            }

            if (key is null && (write || !options.PublicRead))
            {
                await Refuse(context, $"This server needs an access key: send it as 'Authorization: Bearer KEY' or '{KeyHeader}: KEY'.", null).ConfigureAwait(false);
                return;
            }

            if (write && key is { } known && limiter.TryTake(known.Id) is { } wait)
            {
                var seconds = (int)Math.Ceiling(wait.TotalSeconds);
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    detail: $"Key '{known.Name}' may upload {options.Uploads.Burst} times at once and once every {options.Uploads.Refill.TotalSeconds:0} s after that; try again in {seconds} s.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many uploads.").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }

    /// <summary>The key the request carries: <c>Authorization: Bearer KEY</c>, else <c>X-Mizan-Key: KEY</c>; null when none.</summary>
    private static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization[7..].Trim() is { Length: > 0 } bearer)
        {
            return bearer;
        }

        return request.Headers[KeyHeader].ToString().Trim() is { Length: > 0 } key ? key : null;
    }

    private static Task Refuse(HttpContext context, string detail, string? error)
    {
        context.Response.Headers.WWWAuthenticate = error is null ? "Bearer realm=\"mizan\"" : $"Bearer realm=\"mizan\", error=\"{error}\"";
        return Results.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Access key needed.").ExecuteAsync(context);
    }
}
