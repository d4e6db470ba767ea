namespace Mizan.Stories;

/// <summary>A storyline: stories of one ongoing saga (same actors and subject, different events and days).</summary>
public sealed record Storyline(int Id, IReadOnlyList<int> StoryIds);

/// <summary>Links the stories of a clusterer into storylines.</summary>
public static class Storylines
{
    /// <summary>
    /// Cosine two story centroids need to share a storyline. Lower than the story threshold: a saga shares its actors
    /// and subject while its events, figures and days differ.
    /// </summary>
    public const double DefaultThreshold = 0.2;

    /// <summary>
    /// Stories whose centroids are alike are linked, and linked stories form storylines (connected components).
    /// Candidates come from an inverted index over centroid terms; a term in more stories than
    /// <paramref name="maxPostings"/> is too common to link by.
    /// </summary>
    public static IReadOnlyList<Storyline> Link(StoryClusterer clusterer, double threshold = DefaultThreshold, int maxPostings = 300)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        var stories = clusterer.Stories().Select(s => s.Id).Order().ToList();
        var parent = stories.ToDictionary(id => id, id => id);
        var index = new Dictionary<int, List<int>>();
        foreach (var story in stories)
        {
            foreach (var term in clusterer.CentroidOf(story).Ids)
            {
                if (!index.TryGetValue(term, out var list))
                {
                    list = [];
                    index[term] = list;
                }

                list.Add(story);
            }
        }

        foreach (var story in stories)
        {
            var centroid = clusterer.CentroidOf(story);
            var candidates = new SortedSet<int>();
            foreach (var term in centroid.Ids)
            {
                if (index[term].Count <= maxPostings)
                {
                    candidates.UnionWith(index[term].Where(other => other > story));
                }
            }

            foreach (var other in candidates)
            {
                if (TermVector.Cosine(centroid, clusterer.CentroidOf(other)) >= threshold)
                {
                    Union(parent, story, other);
                }
            }
        }

        return stories.GroupBy(s => Find(parent, s))
            .Select(g => g.Order().ToList())
            .OrderBy(g => g[0])
            .Select((g, i) => new Storyline(i, g))
            .ToList();
    }

    private static int Find(Dictionary<int, int> parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(Dictionary<int, int> parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
