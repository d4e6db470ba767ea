using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mizan.Web.Features;

/// <summary>
/// The entities, assembled from the stored briefs: those of one story or of all, and one entity's page (roles,
/// aliases, stories, quotes). A name is matched by its search terms, so any spelling of a name or alias finds it.
/// </summary>
internal static class EntityRoutes
{
    public static IEndpointRouteBuilder MapEntities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Entities");
        group.MapGet("/entities", List)
            .WithName("ListEntities")
            .WithSummary("The entities of one story (story=ID), or across all stories, those in the most stories first.")
            .Produces<Page<EntitySummary>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/entities/{name}", Get)
            .WithName("GetEntity")
            .WithSummary("An entity by any of its names: roles, aliases, the stories it appears in and its quotes.")
            .Produces<EntityView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static IResult List(StoryCatalog catalog, string? story, string? page, string? pageSize)
    {
        var query = new QueryValues();
        var paging = query.Paging(page, pageSize);
        if (!query.Valid)
        {
            return query.Problem();
        }

        var snapshot = catalog.Current;
        if (story is null)
        {
            return Results.Ok(QueryValues.PageOf(snapshot.Entities, paging));
        }

        if (!snapshot.ById.TryGetValue(story, out var entry))
        {
            return QueryValues.NotFound($"There is no story '{story}'.");
        }

        var entities = entry.Digest.Entities.Select(e => CatalogSnapshot.Summarize(e.Id, [e], 1)).ToList();
        return Results.Ok(QueryValues.PageOf(entities, paging));
    }

    private static IResult Get(StoryCatalog catalog, string name)
    {
        var found = Find(catalog.Current, StoryCatalog.EntityKey(name));
        if (found.Count == 0)
        {
            return QueryValues.NotFound($"No story names an entity '{name}'.");
        }

        var summary = CatalogSnapshot.Summarize(null, found.Select(f => f.Entity).ToList(), 0);
        var stories = found.Select(f => f.Story).Distinct().Select(StoryRoutes.Summary).ToList();
        var quotes = found
            .SelectMany(f => f.Story.Digest.Quotes
                .Where(q => q.SpeakerEntityId == f.Entity.Id)
                .Select(q => new EntityQuote(f.Story.Story.Id, q.Speaker, q.Role, q.Text, q.Direct, q.Outlets, q.Evidence)))
            .ToList();
        return Results.Ok(new EntityView(summary.Name, summary.Type, summary.Aliases, summary.Roles, stories, quotes));
    }

    /// <summary>The entities named by a key: those with it as a name or alias, else those it answers as whole words.</summary>
    private static IReadOnlyList<(StoryEntry Story, EntityDigest Entity)> Find(CatalogSnapshot snapshot, string key)
    {
        if (key.Length == 0)
        {
            return [];
        }

        if (snapshot.EntityIndex.TryGetValue(key, out var exact))
        {
            return exact;
        }

        return snapshot.EntityIndex
            .Where(p => StoryCatalog.Answers(p.Key, key))
            .SelectMany(p => p.Value)
            .DistinctBy(f => (f.Story.Story.Id, f.Entity.Id))
            .ToList();
    }
}
