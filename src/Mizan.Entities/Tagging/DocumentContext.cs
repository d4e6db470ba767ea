using System.Collections.Concurrent;

namespace Mizan.Entities.Tagging;

/// <summary>
/// Features from the rest of a document for the second tagger. Rules:
/// <list type="number">
/// <item>The first tagger's tag of the token and of its neighbours (±1).</item>
/// <item>For a word of at least two letters, the entity types the first tagger gave the same word (its form without
/// leading clitics) elsewhere in the window of sentences around it, the token itself excluded: "ctx=PERS", and
/// "ctxB=PERS" when it began an entity there.</item>
/// </list>
/// </summary>
internal static class DocumentContext
{
    /// <summary>Each token's static features followed by its document features (see <see cref="Extras"/>).</summary>
    public static List<IReadOnlyList<string>[]> Features(
        IReadOnlyList<IReadOnlyList<string>> sentences,
        IReadOnlyList<IReadOnlyList<string>[]> staticFeatures,
        IReadOnlyList<IReadOnlyList<string>> firstTags,
        int window) =>
        Extras(sentences, firstTags, window)
            .Select((extras, s) => extras.Select((e, i) => (IReadOnlyList<string>)[.. staticFeatures[s][i], .. e]).ToArray())
            .ToList();

    /// <summary>Each token's document features only, in the order <see cref="Features"/> appends them.</summary>
    public static List<IReadOnlyList<string>[]> Extras(
        IReadOnlyList<IReadOnlyList<string>> sentences,
        IReadOnlyList<IReadOnlyList<string>> firstTags,
        int window)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Extras([.. sentences.Select(s => s.Select(w => Lexicon.Variants(Lexicon.Key(w))[^1]).ToArray())], firstTags, window);
    }

    /// <summary>As <see cref="Extras(IReadOnlyList{IReadOnlyList{string}}, IReadOnlyList{IReadOnlyList{string}}, int)"/>, from the bare form of each token (<see cref="WordForm.Bare"/>).</summary>
    public static List<IReadOnlyList<string>[]> Extras(
        IReadOnlyList<string[]> bare,
        IReadOnlyList<IReadOnlyList<string>> firstTags,
        int window)
    {
        ArgumentNullException.ThrowIfNull(firstTags);
        var result = firstTags.Select(tags => new IReadOnlyList<string>[tags.Count]).ToList();
        Extras(bare, firstTags, window, (s, i) =>
        {
            var list = new List<string>(8);
            result[s][i] = list;
            return new FeatureList(list);
        });
        return result;
    }

    /// <summary>As <see cref="Extras(IReadOnlyList{string[]}, IReadOnlyList{IReadOnlyList{string}}, int)"/>, sentence by
    /// sentence and token by token in order, each token's features given to the sink <paramref name="sinkOf"/> returns
    /// for it (sentence, token).</summary>
    internal static void Extras<TSink>(
        IReadOnlyList<string[]> bare,
        IReadOnlyList<IReadOnlyList<string>> firstTags,
        int window,
        Func<int, int, TSink> sinkOf)
        where TSink : IFeatureSink
    {
        ArgumentNullException.ThrowIfNull(bare);
        ArgumentNullException.ThrowIfNull(firstTags);
        ArgumentNullException.ThrowIfNull(sinkOf);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        int from = 0, to = 0;
        for (var s = 0; s < bare.Count; s++)
        {
            // Slide the window [s - window, s + window] over the sentences.
            while (to < bare.Count && to <= s + window)
            {
                Count(to, +1);
                to++;
            }

            while (from < s - window)
            {
                Count(from, -1);
                from++;
            }

            var tags = firstTags[s];
            for (var i = 0; i < tags.Count; i++)
            {
                var f = sinkOf(s, i);
                f.Add(FeatureNames.Of("s1=", tags[i]));
                f.Add(FeatureNames.Of("s1-1=", i > 0 ? tags[i - 1] : FeatureExtractor.Start));
                f.Add(FeatureNames.Of("s1+1=", i + 1 < tags.Count ? tags[i + 1] : FeatureExtractor.End));
                if (bare[s][i].Length >= 2 && counts.TryGetValue(bare[s][i], out var seen))
                {
                    foreach (var (label, count) in seen.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        var own = label == OwnLabel(tags[i]) || label == OwnBegin(tags[i]) ? 1 : 0;
                        if (count - own > 0)
                        {
                            f.Add(FeatureNames.Of("ctx", label));
                        }
                    }
                }
            }
        }

        void Count(int s, int delta)
        {
            var tags = firstTags[s];
            for (var i = 0; i < tags.Count; i++)
            {
                if (tags[i] == "O" || bare[s][i].Length < 2)
                {
                    continue;
                }

                if (!counts.TryGetValue(bare[s][i], out var seen))
                {
                    seen = new Dictionary<string, int>(StringComparer.Ordinal);
                    counts[bare[s][i]] = seen;
                }

                Add(seen, OwnLabel(tags[i])!, delta);
                if (tags[i][0] == 'B')
                {
                    Add(seen, OwnBegin(tags[i])!, delta);
                }
            }
        }

        static void Add(Dictionary<string, int> seen, string label, int delta) =>
            seen[label] = seen.GetValueOrDefault(label) + delta;
    }

    /// <summary>"=TYPE" of a tag B-TYPE or I-TYPE, made once per tag (a tag set is small).</summary>
    private static readonly ConcurrentDictionary<string, string> OwnLabels = new(StringComparer.Ordinal);

    /// <summary>"B=TYPE" of a tag B-TYPE.</summary>
    private static readonly ConcurrentDictionary<string, string> OwnBegins = new(StringComparer.Ordinal);

    private static string? OwnLabel(string tag) => tag == "O" ? null : OwnLabels.GetOrAdd(tag, t => "=" + t[2..]);

    private static string? OwnBegin(string tag) => tag.Length > 0 && tag[0] == 'B' ? OwnBegins.GetOrAdd(tag, t => "B=" + t[2..]) : null;
}
