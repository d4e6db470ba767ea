namespace Mizan.Stories;

/// <summary>A storyline: stories of one ongoing saga (same actors and subject, different events and days).</summary>
public sealed record Storyline(int Id, IReadOnlyList<int> StoryIds);

/// <summary>The knobs of storyline linking.</summary>
public sealed record StorylineOptions
{
    /// <summary>How the articles of a story are weighed against a storyline's.</summary>
    public StoryWeights Weights { get; init; } = StoryWeights.Storyline;

    /// <summary>
    /// The mean log-odds over article pairs a story needs to join a storyline. Chosen on half A of
    /// docs/stories-dev.tsv by <c>mizan eval stories --fit</c>: storyline pairwise F1 0.700 with dates at -2.5 (-3.0:
    /// 0.672, -2.0: 0.677); without dates 0.701 (-3.0: 0.659, -2.0: 0.710, slightly better there).
    /// </summary>
    public double JoinScore { get; init; } = -2.5;

    /// <summary>
    /// A storyline whose latest story began longer ago than this before a dated story takes it no more: a saga that
    /// has been quiet for a month has ended, and the window keeps the candidates of one story bounded. Not measured:
    /// the development set spans three weeks.
    /// </summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Candidate storylines weighed with every feature, the closest by content words first (as <see cref="StoryOptions.Shortlist"/>).</summary>
    public int Shortlist { get; init; } = 20;

    /// <summary>A term in more storylines than this is too common to find candidates with.</summary>
    public int MaxPostings { get; init; } = 300;
}

/// <summary>
/// Links the stories of a clusterer into storylines, one story at a time in the order they began: each story joins
/// the storyline whose articles it is most like on average (the same linear model as stories, fitted on storyline
/// labels), or starts one. Average link keeps a saga from chaining through one loose story into the next subject.
/// </summary>
public static class Storylines
{
    public static IReadOnlyList<Storyline> Link(StoryClusterer clusterer, StorylineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        options ??= new StorylineOptions();
        var stories = clusterer.Stories().Select(s => s.Id)
            .OrderBy(id => clusterer.StartOf(id) is null)
            .ThenBy(id => clusterer.StartOf(id) ?? DateTimeOffset.MaxValue)
            .ThenBy(id => id)
            .ToList();
        var lines = new List<Line>();
        var index = new Dictionary<int, HashSet<Line>>();
        foreach (var story in stories)
        {
            var sums = clusterer.SumsOf(story);
            var start = clusterer.StartOf(story);
            var terms = clusterer.CentroidTerms(story);
            // As for stories: term at a time over the index, each candidate's dot product of content words with the
            // story (over the story's centroid terms); the closest few are weighed with every feature.
            var dots = new Dictionary<Line, double>();
            foreach (var term in terms)
            {
                if (index.TryGetValue(term, out var list) && list.Count <= options.MaxPostings)
                {
                    var weight = sums[Channel.Body].GetValueOrDefault(term);
                    foreach (var line in list)
                    {
                        dots[line] = dots.GetValueOrDefault(line) + (weight * line.Sums[Channel.Body].GetValueOrDefault(term));
                    }
                }
            }

            var shortlist = dots
                .Where(c => !(start is { } when && c.Key.Latest is { } latest && when - latest > options.Window))
                .Select(c => (Line: c.Key, Body: c.Value / ((double)sums.Count * c.Key.Sums.Count)))
                .OrderByDescending(c => c.Body)
                .ThenBy(c => c.Line.Id)
                .Take(options.Shortlist);
            Line? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var (line, _) in shortlist)
            {
                var score = options.Weights.Score(sums.MeanFeatures(line.Sums));
                if (score > bestScore)
                {
                    (best, bestScore) = (line, score);
                }
            }

            if (best is null || bestScore < options.JoinScore)
            {
                best = new Line(lines.Count);
                lines.Add(best);
            }

            best.Stories.Add(story);
            best.Sums.Add(sums);
            if (start is { } began && (best.Latest is null || began > best.Latest))
            {
                best.Latest = began;
            }

            foreach (var term in terms)
            {
                if (!index.TryGetValue(term, out var list))
                {
                    list = [];
                    index[term] = list;
                }

                list.Add(best);
            }
        }

        return lines.Select(l => l.Stories.Order().ToList())
            .OrderBy(g => g[0])
            .Select((g, i) => new Storyline(i, g))
            .ToList();
    }

    private sealed class Line(int id)
    {
        public int Id { get; } = id;

        public List<int> Stories { get; } = [];

        public StorySums Sums { get; } = new();

        public DateTimeOffset? Latest { get; set; }
    }
}
