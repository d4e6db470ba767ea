namespace Mizan.Stories;

/// <summary>An article as the story grouping sees it.</summary>
/// <param name="Published">Publication time; null when unknown (such an article joins a story only on stronger evidence).</param>
/// <param name="NearDuplicateOf">The id of the article this one copies (a wire copy), when known: it joins that story at once.</param>
/// <param name="EntityKeys">Normalized keys of the entities it names, when an entity recognizer ran.</param>
/// <param name="Terms">Term counts computed already (by <see cref="ArticleTerms"/> rules, from an analysis); when
/// given, the text is not tokenized again.</param>
public sealed record StoryArticle(
    string Id,
    DateTimeOffset? Published,
    string? Outlet,
    string Text,
    string? Title = null,
    string? NearDuplicateOf = null,
    IReadOnlyList<string>? EntityKeys = null,
    IReadOnlyDictionary<string, int>? Terms = null);

/// <summary>Where an article went.</summary>
public sealed record StoryAssignment(string ArticleId, int StoryId, bool NewStory, double Similarity);

/// <summary>A story: the articles on one event.</summary>
public sealed record Story(
    int Id,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> Outlets,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    IReadOnlyList<string> TopTerms);

/// <summary>The knobs of the grouping, each with the reason for its default.</summary>
public sealed record StoryOptions
{
    /// <summary>Terms kept per article: enough for what a news item is about, few enough to compare fast.</summary>
    public int ArticleTerms { get; init; } = 40;

    /// <summary>Terms kept per story centroid: a story gathers a few articles' worth of vocabulary.</summary>
    public int StoryTerms { get; init; } = 80;

    /// <summary>Cosine (after the time factor) an article needs to join a story.</summary>
    public double JoinThreshold { get; init; } = 0.3;

    /// <summary>Cosine an undated article needs: without a date nothing confirms it is the same event.</summary>
    public double UndatedJoinThreshold { get; init; } = 0.5;

    /// <summary>A story with no new article for this long is closed: news events are reported within days.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromDays(3);

    /// <summary>
    /// A story takes no article published more than this after its first one: an event is reported within days, and
    /// coverage that runs on for weeks is a storyline of several stories (linked by <see cref="Storylines"/>).
    /// </summary>
    public TimeSpan MaxSpan { get; init; } = TimeSpan.FromDays(4);

    /// <summary>The time factor halves every this many days between a story's last article and a new one.</summary>
    public double DecayDays { get; init; } = 4;

    /// <summary>
    /// A term in more open stories than this is too common to find candidates with (it still counts in the cosine):
    /// this keeps the cost of one article bounded however large the collection grows.
    /// </summary>
    public int MaxPostings { get; init; } = 300;
}

/// <summary>
/// Online event clustering: each article joins the open story it is most like, or starts a new one. Candidates come
/// from an inverted index over the open stories' centroid terms; stories close after a quiet period and leave the
/// index, so the cost of one article does not grow with the collection. Not thread-safe: one clusterer per stream.
/// </summary>
public sealed class StoryClusterer
{
    private const double PriorDocuments = 1000;

    private readonly StoryOptions options;
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly List<int> documentFrequency = [];
    private readonly Dictionary<int, HashSet<StoryState>> postings = [];
    private readonly List<StoryState> stories = [];
    private readonly Dictionary<string, StoryState> storyOfArticle = new(StringComparer.Ordinal);
    private readonly PriorityQueue<StoryState, DateTimeOffset> open = new();
    private int articles;

    public StoryClusterer(StoryOptions? options = null)
    {
        this.options = options ?? new StoryOptions();
    }

    /// <summary>
    /// Groups a batch. The result does not depend on the order the batch was read in: articles are taken by
    /// publication time, ties and undated articles (last) by id.
    /// </summary>
    public static IReadOnlyList<Story> Cluster(IEnumerable<StoryArticle> batch, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var clusterer = new StoryClusterer(options);
        foreach (var article in Order(batch))
        {
            clusterer.Add(article);
        }

        return clusterer.Stories();
    }

    /// <summary>The order <see cref="Cluster"/> reads a batch in.</summary>
    public static IEnumerable<StoryArticle> Order(IEnumerable<StoryArticle> batch) =>
        batch.OrderBy(a => a.Published is null)
            .ThenBy(a => a.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal);

    public StoryAssignment Add(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (storyOfArticle.TryGetValue(article.Id, out var already))
        {
            return new StoryAssignment(article.Id, already.Id, false, 1);
        }

        if (article.Published is { } now)
        {
            CloseQuietStories(now);
        }

        var vector = Vectorize(article);
        if (article.NearDuplicateOf is { } original && storyOfArticle.TryGetValue(original, out var originalStory))
        {
            Join(originalStory, article, vector);
            return new StoryAssignment(article.Id, originalStory.Id, false, 1);
        }

        var (best, score) = BestCandidate(article, vector);
        var threshold = article.Published is null ? options.UndatedJoinThreshold : options.JoinThreshold;
        if (best is not null && score >= threshold)
        {
            Join(best, article, vector);
            return new StoryAssignment(article.Id, best.Id, false, score);
        }

        var story = new StoryState(stories.Count);
        stories.Add(story);
        Join(story, article, vector);
        return new StoryAssignment(article.Id, story.Id, true, score);
    }

    /// <summary>A snapshot of every story so far, largest first (ties by id).</summary>
    public IReadOnlyList<Story> Stories() =>
        stories.OrderByDescending(s => s.Articles.Count).ThenBy(s => s.Id)
            .Select(s => new Story(
                s.Id,
                s.Articles.ToList(),
                s.Outlets.Order(StringComparer.Ordinal).ToList(),
                s.First,
                s.Last,
                s.Centroid.Ids.Zip(s.Centroid.Weights).OrderByDescending(p => p.Second).Take(10).Select(p => terms[p.First]).ToList()))
            .ToList();

    /// <summary>The centroid of a story, for linking stories into storylines.</summary>
    internal TermVector CentroidOf(int storyId) => stories[storyId].Centroid;

    internal string Term(int id) => terms[id];

    private TermVector Vectorize(StoryArticle article)
    {
        var counts = article.Terms ?? ArticleTerms.Count(article.Text, article.Title, article.EntityKeys);
        articles++;
        var weights = new Dictionary<int, float>(counts.Count);
        foreach (var (term, count) in counts)
        {
            if (!termIds.TryGetValue(term, out var id))
            {
                id = terms.Count;
                termIds[term] = id;
                terms.Add(term);
                documentFrequency.Add(0);
            }

            documentFrequency[id]++;

            // tf-idf with the document frequencies seen so far (the stream's own statistics), smoothed by a prior of
            // PriorDocuments unseen documents without the term, so a young stream does not punish shared words.
            var idf = Math.Log((articles + PriorDocuments) / (documentFrequency[id] + 1.0));
            weights[id] = (float)((1 + Math.Log(count)) * idf);
        }

        return TermVector.FromWeights(weights, options.ArticleTerms);
    }

    private (StoryState? Story, double Score) BestCandidate(StoryArticle article, TermVector vector)
    {
        var candidates = new HashSet<StoryState>();
        foreach (var id in vector.Ids)
        {
            if (postings.TryGetValue(id, out var list) && list.Count <= options.MaxPostings)
            {
                candidates.UnionWith(list);
            }
        }

        StoryState? best = null;
        var bestScore = 0.0;
        foreach (var story in candidates.OrderBy(s => s.Id))
        {
            if (article.Published is { } when && story.First is { } first && when - first > options.MaxSpan)
            {
                continue;
            }

            var score = TermVector.Cosine(vector, story.Centroid) * TimeFactor(article.Published, story);
            if (score > bestScore)
            {
                best = story;
                bestScore = score;
            }
        }

        return (best, bestScore);
    }

    private double TimeFactor(DateTimeOffset? published, StoryState story)
    {
        if (published is not { } when || story.Last is not { } last)
        {
            return 1;
        }

        var days = Math.Abs((when - last).TotalDays);
        return Math.Pow(0.5, days / options.DecayDays);
    }

    private void Join(StoryState story, StoryArticle article, TermVector vector)
    {
        story.Articles.Add(article.Id);
        storyOfArticle[article.Id] = story;
        if (!string.IsNullOrEmpty(article.Outlet))
        {
            story.Outlets.Add(article.Outlet);
        }

        if (article.Published is { } when)
        {
            story.First = story.First is { } first && first <= when ? first : when;
            story.Last = story.Last is { } last && last >= when ? last : when;
            open.Enqueue(story, story.Last.Value);
        }

        for (var i = 0; i < vector.Count; i++)
        {
            story.Sum[vector.Ids[i]] = story.Sum.GetValueOrDefault(vector.Ids[i]) + vector.Weights[i];
        }

        // A closed story left the index when it closed (a wire copy of one of its articles may still join it), and
        // its centroid's terms may since have changed: only an open story has postings to take back.
        if (!story.Closed)
        {
            foreach (var id in story.Centroid.Ids)
            {
                postings[id].Remove(story);
            }
        }

        story.Centroid = TermVector.FromWeights(story.Sum, options.StoryTerms);
        if (!story.Closed)
        {
            Post(story);
        }
    }

    private void Post(StoryState story)
    {
        foreach (var id in story.Centroid.Ids)
        {
            if (!postings.TryGetValue(id, out var list))
            {
                list = [];
                postings[id] = list;
            }

            list.Add(story);
        }
    }

    /// <summary>Stories whose last article is older than the quiet period leave the index for good.</summary>
    private void CloseQuietStories(DateTimeOffset now)
    {
        while (open.TryPeek(out var story, out var last) && now - last > options.QuietPeriod)
        {
            open.Dequeue();
            if (story.Closed || story.Last != last)
            {
                // A stale entry: the story was closed already, or has newer articles and is queued again.
                continue;
            }

            story.Closed = true;
            foreach (var id in story.Centroid.Ids)
            {
                postings[id].Remove(story);
            }
        }
    }

    private sealed class StoryState(int id)
    {
        public int Id { get; } = id;

        public List<string> Articles { get; } = [];

        public HashSet<string> Outlets { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, float> Sum { get; } = [];

        public TermVector Centroid { get; set; } = TermVector.Empty;

        public DateTimeOffset? First { get; set; }

        public DateTimeOffset? Last { get; set; }

        public bool Closed { get; set; }
    }
}
