using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mizan.Storage.Search;

namespace Mizan.Web.Features;

/// <summary>Search over the stored articles, Arabic-aware, with the passage to show and the matching words in it.</summary>
internal static class SearchRoutes
{
    /// <summary>Hits returned unless asked: a page of results.</summary>
    private const int DefaultLimit = 20;

    /// <summary>Hits returned at most: each carries a snippet cut from its whole text.</summary>
    private const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Search")
            .MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Articles matching the query (words, \"phrases\", OR, prefix*), best first, with snippet and highlights.")
            .Produces<SearchResponse>()
            .ProducesValidationProblem();
        return app;
    }

    private static IResult Search(StorePool pool, StoryCatalog catalog, string? q, string? outlet, string? from, string? to, string? limit)
    {
        var query = new QueryValues();
        var text = query.Required("q", q);
        var (start, end) = query.Range(from, to);
        var count = query.Integer("limit", limit, DefaultLimit, 1, MaxLimit);
        if (!query.Valid)
        {
            return query.Problem();
        }

        string? error = null;
        var results = pool.Use(s => ArticleSearch.Run(s, text, new SearchFilter(string.IsNullOrEmpty(outlet) ? null : outlet, start, end), count, out error));
        if (results is null)
        {
            query.Errors["q"] = [error ?? "the query cannot be searched."];
            return query.Problem();
        }

        var storyOf = catalog.Current.StoryOfArticle;
        var hits = results
            .Select(r => new SearchHitView(r.Hit.Id, r.Hit.Outlet, r.Hit.Title, r.Hit.Published, r.Hit.Url, r.Hit.NearDuplicateOf, r.Hit.Score, storyOf.GetValueOrDefault(r.Hit.Id), r.Snippet.Passage, r.Snippet.Highlights))
            .ToList();
        return Results.Ok(new SearchResponse(text, hits.Count, hits));
    }
}
