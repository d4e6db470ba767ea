namespace Mizan.Storage.Search;

/// <summary>What a search is limited to besides its words: an outlet, and publication dates from and to (inclusive).</summary>
public sealed record SearchFilter(string? Outlet = null, DateOnly? From = null, DateOnly? To = null)
{
    public static SearchFilter None { get; } = new();
}

/// <summary>One article a store found, with its rank (higher is better; comparable within one search only).</summary>
public sealed record SearchHit(string Id, string? Outlet, string? Title, string? Published, string? Url, string? NearDuplicateOf, double Score, string Text);
