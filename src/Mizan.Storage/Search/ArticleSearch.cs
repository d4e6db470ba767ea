namespace Mizan.Storage.Search;

/// <summary>A hit with the passage to show and the matching words in it.</summary>
public sealed record SearchResult(SearchHit Hit, Snippet Snippet);

/// <summary>Searches a store: parses the user's query, asks the store, and cuts each hit's snippet.</summary>
public static class ArticleSearch
{
    /// <summary>The results, or null with a message when the query cannot be searched.</summary>
    public static IReadOnlyList<SearchResult>? Run(IArticleStore store, string query, SearchFilter filter, int limit, out string? error)
    {
        ArgumentNullException.ThrowIfNull(store);
        var parsed = SearchQuery.Parse(query, out error);
        if (parsed is null)
        {
            return null;
        }

        return store.Search(parsed, filter, limit).Select(h => new SearchResult(h, SearchSnippet.Make(h.Text, parsed))).ToList();
    }
}
