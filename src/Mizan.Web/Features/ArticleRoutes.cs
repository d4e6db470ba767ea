using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mizan.Web.Features;

/// <summary>The articles: the list (paged, by outlet) and one article with its cleaned text and removed list.</summary>
internal static class ArticleRoutes
{
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Articles");
        group.MapGet("/articles", List)
            .WithName("ListArticles")
            .WithSummary("The stored articles in the order stored, without their text; optionally of one outlet or one story.")
            .Produces<Page<ArticleSummary>>()
            .ProducesValidationProblem();
        group.MapGet("/articles/{id}", Get)
            .WithName("GetArticle")
            .WithSummary("An article: the cleaned text every evidence offset points into, and what cleaning removed.")
            .Produces<ArticleView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static IResult List(StoryCatalog catalog, string? page, string? pageSize, string? outlet, string? story)
    {
        var query = new QueryValues();
        var paging = query.Paging(page, pageSize);
        if (!query.Valid)
        {
            return query.Problem();
        }

        var articles = catalog.Current.Articles;
        var chosen = articles
            .Where(a => string.IsNullOrEmpty(outlet) || string.Equals(a.Outlet, outlet, StringComparison.OrdinalIgnoreCase))
            .Where(a => string.IsNullOrEmpty(story) || string.Equals(a.StoryId, story, StringComparison.Ordinal))
            .ToList();
        return Results.Ok(QueryValues.PageOf(chosen, paging));
    }

    private static IResult Get(StorePool pool, StoryCatalog catalog, string id)
    {
        var article = pool.Use(s => s.Find(id));
        if (article is null)
        {
            return QueryValues.NotFound($"There is no article '{id}'.");
        }

        return Results.Ok(new ArticleView(
            article.Id,
            article.Url,
            article.Outlet,
            article.Title,
            article.Published,
            article.PublishedInferred,
            article.Source,
            article.Format,
            article.Encoding,
            article.NearDuplicateOf,
            article.Similarity,
            catalog.Current.StoryOfArticle.GetValueOrDefault(article.Id),
            article.Text,
            article.Removed));
    }
}
