using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mizan.Web.Features;

/// <summary>The stories: the list (paged, filtered by dates, outlet and entity), one story's brief, the storylines.</summary>
internal static class StoryRoutes
{
    public static IEndpointRouteBuilder MapStories(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Stories");
        group.MapGet("/stories", List)
            .WithName("ListStories")
            .WithSummary("The stories, largest first; filtered by dates (a story overlapping [from, to]), outlet and entity name.")
            .Produces<Page<StorySummary>>()
            .ProducesValidationProblem();
        group.MapGet("/stories/{id}", Get)
            .WithName("GetStory")
            .WithSummary("A story's brief: the same JSON as one entry of `mizan brief --json` stories[].")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/storylines", Storylines)
            .WithName("ListStorylines")
            .WithSummary("The storylines, each with its stories in order.")
            .Produces<Page<StorylineSummary>>()
            .ProducesValidationProblem();
        return app;
    }

    public static StorySummary Summary(StoryEntry entry) => CatalogSnapshot.Summary(entry);

    private static IResult List(StoryCatalog catalog, string? page, string? pageSize, string? from, string? to, string? outlet, string? entity)
    {
        var query = new QueryValues();
        var paging = query.Paging(page, pageSize);
        var (start, end) = query.Range(from, to);
        var key = entity is null ? null : StoryCatalog.EntityKey(entity);
        if (key is { Length: 0 })
        {
            query.Errors["entity"] = ["'entity' must name an entity in words."];
        }

        if (!query.Valid)
        {
            return query.Problem();
        }

        var first = start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var last = end?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var snapshot = catalog.Current;
        if (first is null && last is null && string.IsNullOrEmpty(outlet) && key is null)
        {
            return Results.Ok(QueryValues.PageOf(snapshot.Summaries, paging));
        }

        var stories = snapshot.Stories
            .Where(s => first is null || string.CompareOrdinal(s.Story.End ?? s.Story.Start, first) >= 0)
            .Where(s => last is null || (s.Story.Start is not null && string.CompareOrdinal(s.Story.Start, last) <= 0))
            .Where(s => string.IsNullOrEmpty(outlet) || s.Story.Outlets.Contains(outlet, StringComparer.OrdinalIgnoreCase))
            .Where(s => key is null || s.EntityKeys.Contains(key) || s.EntityKeys.Any(k => StoryCatalog.Answers(k, key)))
            .Select(Summary)
            .ToList();
        return Results.Ok(QueryValues.PageOf(stories, paging));
    }

    private static IResult Get(StoryCatalog catalog, string id)
    {
        if (!catalog.Current.ById.TryGetValue(id, out var entry))
        {
            return QueryValues.NotFound($"There is no story '{id}'.");
        }

        return entry.Brief is { } json
            ? Results.Bytes(json, "application/json; charset=utf-8")
            : QueryValues.NotFound($"Story '{id}' is stored without a brief; run `mizan brief --db` on the store.");
    }

    private static IResult Storylines(StoryCatalog catalog, string? page, string? pageSize)
    {
        var query = new QueryValues();
        var paging = query.Paging(page, pageSize);
        if (!query.Valid)
        {
            return query.Problem();
        }

        var snapshot = catalog.Current;
        var lines = snapshot.Storylines
            .Select(l => new StorylineSummary(l.Id, l.StoryIds.Select(id => snapshot.ById.GetValueOrDefault(id)).OfType<StoryEntry>().Select(Summary).ToList()))
            .ToList();
        return Results.Ok(QueryValues.PageOf(lines, paging));
    }
}
