using System.Globalization;
using System.Text;

namespace Mizan.Ingest.Fetch;

/// <summary>
/// The rules of a robots.txt (RFC 9309) that apply to one product: the groups naming it (or, when none does, the
/// <c>*</c> groups) merged, each rule a path pattern (<c>*</c> for any characters, a final <c>$</c> for the end)
/// that allows or disallows. The longest matching pattern decides, and Allow wins a tie; no matching rule allows.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<Rule> rules;

    private RobotsRules(List<Rule> rules, TimeSpan? crawlDelay)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>Rules that allow everything: a robots.txt that is missing (4xx) or empty.</summary>
    public static RobotsRules AllowAll { get; } = new([], null);

    /// <summary>Rules that forbid everything: a robots.txt that could not be reached (RFC 9309 §2.3.1.4).</summary>
    public static RobotsRules DisallowAll { get; } = new([new Rule("/", Allow: false)], null);

    /// <summary>The Crawl-delay the applying groups state (the longest, if several do), or null.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Reads a robots.txt for the product named <paramref name="productToken"/> (case does not matter).
    /// Lines that are not rules are passed over, as the RFC asks; nothing in the text can make it throw.</summary>
    public static RobotsRules Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(productToken);
        var groups = new List<Group>();
        Group? current = null;
        var inRules = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                // A user-agent line after rules starts a new group; consecutive ones share a group.
                if (current is null || inRules)
                {
                    current = new Group();
                    groups.Add(current);
                    inRules = false;
                }

                current.Agents.Add(value);
                continue;
            }

            if (current is null)
            {
                continue;
            }

            switch (key)
            {
                case "allow" or "disallow":
                    inRules = true;
                    // An empty Disallow forbids nothing, and an empty Allow allows nothing more than no rule does.
                    if (value.Length > 0)
                    {
                        current.Rules.Add(new Rule(EncodePattern(value), key == "allow"));
                    }

                    break;
                case "crawl-delay":
                    inRules = true;
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
                default:
                    // Sitemap and other lines belong to no group and end none.
                    break;
            }
        }

        var mine = groups.Where(g => g.Agents.Any(a => Names(a, productToken))).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(g => g.Agents.Any(a => a == "*")).ToList();
        }

        var delays = mine.Select(g => g.CrawlDelay).OfType<TimeSpan>().ToList();
        return new RobotsRules(mine.SelectMany(g => g.Rules).ToList(), delays.Count == 0 ? null : delays.Max());
    }

    /// <summary>Whether the rules allow the url's path and query (as sent, percent-encoded). /robots.txt itself is always allowed.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        Rule? best = null;
        foreach (var rule in rules)
        {
            if (!Matches(rule.Pattern, path))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>The rule (for messages) that forbids the url, or null when it is allowed.</summary>
    public string? Forbidding(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (IsAllowed(url))
        {
            return null;
        }

        var path = url.PathAndQuery;
        return rules.Where(r => !r.Allow && Matches(r.Pattern, path)).MaxBy(r => r.Pattern.Length)?.Pattern;
    }

    /// <summary>A user-agent line names the product when its name (before any /version) is the token, in any case.</summary>
    private static bool Names(string agent, string token)
    {
        var slash = agent.IndexOf('/', StringComparison.Ordinal);
        var name = (slash >= 0 ? agent[..slash] : agent).Trim();
        return name.Equals(token, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A pattern as urls are sent: characters outside ASCII percent-encoded as UTF-8 (RFC 9309 §2.2.2).</summary>
    private static string EncodePattern(string pattern)
    {
        if (pattern.All(char.IsAscii))
        {
            return pattern;
        }

        var encoded = new StringBuilder(pattern.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(pattern))
        {
            if (b < 0x80)
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    /// <summary>
    /// Whether the pattern matches the start of the path (all of it when the pattern ends in <c>$</c>); <c>*</c> is any
    /// run of characters. Matched by walking both strings and going back only to the last <c>*</c>, so the cost is at
    /// most the product of the two lengths, whatever the pattern: no regular expression, nothing to backtrack wildly.
    /// </summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        int i = 0, j = 0, star = -1, resume = 0;
        while (j < path.Length)
        {
            if (i == p.Length && !anchored)
            {
                return true;
            }

            if (i < p.Length && p[i] == '*')
            {
                star = i++;
                resume = j;
            }
            else if (i < p.Length && p[i] == path[j])
            {
                i++;
                j++;
            }
            else if (star >= 0)
            {
                i = star + 1;
                j = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (i < p.Length && p[i] == '*')
        {
            i++;
        }

        return i == p.Length;
    }

    private sealed record Rule(string Pattern, bool Allow);

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<Rule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}
