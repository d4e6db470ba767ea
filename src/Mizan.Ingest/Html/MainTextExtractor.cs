using AngleSharp.Dom;

namespace Mizan.Ingest.Html;

/// <summary>
/// Finds the article inside a parsed page and removes the page furniture around and inside it. The approach:
/// drop elements that never hold article text (scripts, navigation, hidden elements, elements whose class or id
/// names furniture); score every paragraph by its length and commas and pass the score up to its parent and
/// grandparent; take the best-scored container (discounted by its share of link text) together with the siblings
/// that look like more of the same article; then remove link lists, widgets, captions and short fragments inside
/// it. A box that holds half the prose is never removed for its class name, and when the class names still led the
/// reading astray (almost nothing left), the page is read again with every class name taken as neutral.
/// </summary>
internal static class MainTextExtractor
{
    /// <summary>Elements that never carry article text.</summary>
    private static readonly HashSet<string> JunkTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
        "audio", "source", "track", "button", "input", "select", "textarea", "option", "link", "meta", "dialog",
        "nav", "aside", "footer", "header", "menu", "head", "title",
    };

    /// <summary>ARIA roles of page furniture.</summary>
    private static readonly HashSet<string> JunkRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alert", "alertdialog",
        "search", "toolbar", "tablist", "tooltip",
    };

    /// <summary>Elements whose own text counts as a paragraph when it is scored.</summary>
    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal) { "p", "pre", "td" };

    /// <summary>Elements that are never removed for their class or id (they are the page or its declared article).</summary>
    private static readonly HashSet<string> ProtectedTags = new(StringComparer.Ordinal) { "html", "body", "article", "main" };

    /// <summary>The containers whose fate is decided by their contents once the article is chosen.</summary>
    private static readonly HashSet<string> ConditionalTags = new(StringComparer.Ordinal)
    {
        "form", "fieldset", "table", "ul", "ol", "dl", "div", "section", "figure",
    };

    /// <summary>A paragraph shorter than this (in characters) is too short to say anything about its container.</summary>
    private const int MinimumParagraphLength = 25;

    /// <summary>Share of link text from which a paragraph counts as nothing but a link (a little punctuation around it aside).</summary>
    private const double LinkOnly = 0.8;

    /// <summary>
    /// Share of a furniture-named box's text inside blockquotes from which it is a quoted post, not furniture: a tweet's
    /// wrapper holds nothing but the blockquote and an empty script (1.0 for the five "social-media-embed" boxes of the tuned
    /// page 3f65af7b), while share bars and related-story boxes that happen to hold a pull quote hold their links and
    /// headlines besides it.
    /// </summary>
    private const double QuotedPostShare = 0.9;

    /// <summary>Score given to a container for a class or id word naming content (or taken for furniture).</summary>
    private const double ClassWeight = 25;

    /// <summary>
    /// An article shorter than this (in characters) may mean the class/id hints removed the article's own container:
    /// the page is read again without hints, and the longer reading wins.
    /// </summary>
    private const int ShortArticle = 250;

    /// <summary>The element holding the article's text (it may be a detached copy); <paramref name="body"/> is modified.</summary>
    public static IElement Extract(IElement body, ClassHints hints)
    {
        var spare = (IElement)body.Clone(deep: true);
        var article = ExtractOnce(body, hints);
        if (TextStats.Of(article).Length >= ShortArticle)
        {
            return article;
        }

        var lenient = ExtractOnce(spare, ClassHints.None);
        return TextStats.Of(lenient).Length > TextStats.Of(article).Length ? lenient : article;
    }

    private static IElement ExtractOnce(IElement body, ClassHints hints)
    {
        RemoveJunk(body, hints);
        WrapLooseText(body);
        var scores = ScoreParagraphs(body, hints);
        var top = ChooseTop(body, scores);
        var article = GatherSiblings(top, scores, hints);
        CleanInside(article, hints);
        return article;
    }

    /// <summary>Removes scripts, styles, comments, hidden elements, navigation and elements whose class/id names furniture.</summary>
    private static void RemoveJunk(IElement body, ClassHints hints)
    {
        var pageProse = ProseLength(body);
        var doomed = new List<INode>();
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Comment)
                {
                    doomed.Add(child);
                }
                else if (child is IElement element)
                {
                    if (IsJunk(element, hints, pageProse))
                    {
                        doomed.Add(element);
                    }
                    else
                    {
                        stack.Push(element);
                    }
                }
            }
        }

        foreach (var node in doomed)
        {
            node.Parent?.RemoveChild(node);
        }
    }

    /// <summary>
    /// Gives a paragraph element to prose written straight into a box that also holds blocks (a CMS's
    /// &lt;div id="_article"&gt;&lt;table&gt;photo&lt;/table&gt;text&lt;br&gt;&lt;br&gt;text...&lt;/div&gt;): each run of text
    /// and inline elements between two blocks, of at least 25 characters, becomes a &lt;p&gt;, so it is scored, and kept
    /// or removed, like the paragraphs of any other page. A run that is all link then goes as a pointer to another
    /// page: a list of tags, but also a "Click To Tweet" pull quote (on the benchmark, -0.010 F1 over two pages of one
    /// site against +0.113 on a page of tags). A box without block children is a paragraph already
    /// (<see cref="IsParagraph"/>); a run renders the same as a paragraph or not, since blocks bound it on both sides.
    /// </summary>
    private static void WrapLooseText(IElement body)
    {
        foreach (var box in body.QuerySelectorAll("div").ToList())
        {
            if (!box.Children.Any(child => HtmlBlocks.IsBlock(child.LocalName)))
            {
                continue;
            }

            var run = new List<INode>();
            foreach (var child in box.ChildNodes.ToList())
            {
                if (child is IElement element && HtmlBlocks.IsBlock(element.LocalName))
                {
                    Wrap(box, run);
                    run.Clear();
                }
                else
                {
                    run.Add(child);
                }
            }

            Wrap(box, run);
        }
    }

    private static void Wrap(IElement box, List<INode> run)
    {
        if (run.Sum(node => TextStats.Of(node).Length) < MinimumParagraphLength)
        {
            return;
        }

        var paragraph = box.Owner!.CreateElement("p");
        box.InsertBefore(paragraph, run[0]);
        foreach (var node in run)
        {
            paragraph.AppendChild(node);
        }
    }

    private static bool IsJunk(IElement element, ClassHints hints, int pageProse)
    {
        var tag = element.LocalName;
        if (JunkTags.Contains(tag) || IsHidden(element))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && JunkRoles.Contains(role.Trim()))
        {
            return true;
        }

        if (ProtectedTags.Contains(tag))
        {
            return false;
        }

        var (content, furniture) = Hints(element, hints);
        return furniture && !content && !HoldsArticle(element, pageProse) && !IsQuotedPost(element);
    }

    /// <summary>
    /// Whether a furniture-named box is a post the article quotes (a tweet embedded in a "social-media-embed" wrapper):
    /// it holds a blockquote, and the blockquotes hold at least <see cref="QuotedPostShare"/> of its text. Read on the
    /// tuned part of the benchmark, where such wrappers had hidden the tweets an article was about.
    /// </summary>
    private static bool IsQuotedPost(IElement element)
    {
        var quotes = element.QuerySelectorAll("blockquote").Where(q => q.ParentElement?.Closest("blockquote") is null).ToList();
        if (quotes.Count == 0)
        {
            return false;
        }

        var total = TextStats.Of(element).Length;
        return total > 0 && quotes.Sum(q => TextStats.Of(q).Length) >= QuotedPostShare * total;
    }

    /// <summary>
    /// Whether a furniture-named element wraps the article anyway (themes and page builders name whole layouts
    /// "has-sidebar", "ad-margins" or "widget-wrap"): it holds an &lt;article&gt;, &lt;main&gt; or schema.org
    /// articleBody, or half the page's prose or more.
    /// </summary>
    private static bool HoldsArticle(IElement element, int pageProse)
    {
        if (element.QuerySelector("article, main, [itemprop='articleBody' i]") is not null)
        {
            return true;
        }

        return pageProse > 0 && ProseLength(element) * 2 >= pageProse;
    }

    /// <summary>
    /// The length of the paragraphs inside an element (&lt;p&gt;, &lt;pre&gt;, &lt;td&gt; and divs holding text
    /// directly, of 25 characters or more and mostly not links).
    /// </summary>
    private static int ProseLength(IElement element)
    {
        var total = 0;
        foreach (var paragraph in element.QuerySelectorAll("p, pre, td, div").Where(IsParagraph))
        {
            var stats = TextStats.Of(paragraph);
            if (stats.Length >= MinimumParagraphLength && stats.LinkDensity < 0.5)
            {
                total += stats.Length;
            }
        }

        return total;
    }

    /// <summary>Hidden by the hidden attribute, aria-hidden="true", or an inline display:none / visibility:hidden.</summary>
    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static (bool Content, bool Furniture) Hints(IElement element, ClassHints hints)
    {
        var byClass = hints.Classify(element.GetAttribute("class"));
        var byId = hints.Classify(element.Id);
        return (byClass.Content || byId.Content, byClass.Furniture || byId.Furniture);
    }

    /// <summary>+25 for each of class and id that names content, -25 for each that names furniture only.</summary>
    private static double Weight(IElement element, ClassHints hints)
    {
        var weight = 0.0;
        foreach (var value in new[] { element.GetAttribute("class"), element.Id })
        {
            var (content, furniture) = hints.Classify(value);
            if (content)
            {
                weight += ClassWeight;
            }
            else if (furniture)
            {
                weight -= ClassWeight;
            }
        }

        return weight;
    }

    /// <summary>How promising a container is before its paragraphs are counted, by what kind of element it is.</summary>
    private static double TagBase(string tag) => tag switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>
    /// Scores containers by the paragraphs they hold: each paragraph of at least 25 characters is worth 1, plus one per
    /// comma, plus one per 100 characters up to 3; its parent gets the full worth, its grandparent half, and the
    /// next ancestors a third of it divided by their distance. A div holding text directly with no block children
    /// counts as a paragraph too.
    /// </summary>
    private static Dictionary<IElement, double> ScoreParagraphs(IElement body, ClassHints hints)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (!IsParagraph(element))
            {
                continue;
            }

            var stats = TextStats.Of(element);
            if (stats.Length < MinimumParagraphLength)
            {
                continue;
            }

            var worth = 1 + stats.Commas + Math.Min(stats.Length / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.TryGetValue(ancestor, out var score))
                {
                    score = TagBase(ancestor.LocalName) + Weight(ancestor, hints);
                }

                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores[ancestor] = score + (worth / divider);
            }
        }

        return scores;
    }

    private static bool IsParagraph(IElement element)
    {
        if (ParagraphTags.Contains(element.LocalName))
        {
            return true;
        }

        if (element.LocalName != "div")
        {
            return false;
        }

        // A div without block children whose own text is the paragraph (sites that write <div>text<br>text</div>).
        foreach (var child in element.Children)
        {
            if (HtmlBlocks.IsBlock(child.LocalName))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The best container by score discounted by link density; then, where several near-best containers share an
    /// ancestor, that ancestor; and while the container is its parent's only child, the parent.
    /// </summary>
    private static IElement ChooseTop(IElement body, Dictionary<IElement, double> scores)
    {
        if (scores.Count == 0)
        {
            return body;
        }

        var adjusted = scores.ToDictionary(p => p.Key, p => p.Value * (1 - TextStats.Of(p.Key).LinkDensity));
        var ranked = adjusted.OrderByDescending(p => p.Value).ToList();
        var top = ranked[0].Key;
        var topScore = ranked[0].Value;

        // Near-best containers (three quarters of the best score or more) that share an ancestor with the best one
        // are parts of one article split into several boxes: three of them make the shared ancestor the article.
        var alternatives = ranked.Skip(1).Take(5).Where(p => p.Value >= 0.75 * topScore).Select(p => p.Key).ToList();
        if (alternatives.Count >= 3)
        {
            for (var parent = top.ParentElement; parent is not null && parent != body.ParentElement; parent = parent.ParentElement)
            {
                if (alternatives.Count(a => parent.Contains(a)) >= 3)
                {
                    top = parent;
                    break;
                }
            }
        }

        // Climb while the parent scores at least as well: the paragraphs were split among child boxes.
        var lastScore = adjusted.GetValueOrDefault(top);
        for (var parent = top.ParentElement; parent is not null && parent.LocalName != "html"; parent = parent.ParentElement)
        {
            if (!adjusted.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            // A parent with less than a third of the score is another, bigger part of the page: stop.
            if (parentScore < lastScore / 3)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parentScore;
        }

        while (top.ParentElement is { } only && only.LocalName != "html" && only.Children.Length == 1)
        {
            top = only;
        }

        return top;
    }

    /// <summary>
    /// The chosen container and those of its siblings that look like more of the same article: scored at least a
    /// fifth of the best (or 10), helped by sharing its class, and with no furniture word in their class or id (a
    /// site's "footer-content" box with id "footer" is no more of the article for its content word: +0.116 on the
    /// benchmark page where it was, and seven pages of both parts a little better, none worse); or paragraphs with
    /// little link text.
    /// </summary>
    private static IElement GatherSiblings(IElement top, Dictionary<IElement, double> scores, ClassHints hints)
    {
        var parent = top.ParentElement;
        if (parent is null || top.LocalName is "body" or "html")
        {
            return top;
        }

        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var kept = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                kept.Add(sibling);
                continue;
            }

            var bonus = 0.0;
            var topClass = top.GetAttribute("class");
            if (!string.IsNullOrEmpty(topClass) && topClass == sibling.GetAttribute("class"))
            {
                bonus = topScore * 0.2;
            }

            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold && !Hints(sibling, hints).Furniture)
            {
                kept.Add(sibling);
                continue;
            }

            if (sibling.LocalName == "p")
            {
                var stats = TextStats.Of(sibling);
                var text = sibling.TextContent.Trim();

                // A long paragraph with few links, or a short sentence with none, is article text.
                if ((stats.Length > 80 && stats.LinkDensity < 0.25)
                    || (stats.Length > 0 && stats.LinkLength == 0 && text.EndsWith('.')))
                {
                    kept.Add(sibling);
                }
            }
        }

        if (kept.Count == 1)
        {
            return top;
        }

        // A detached container holding the kept siblings in document order.
        var holder = top.Owner!.CreateElement("div");
        foreach (var element in kept)
        {
            holder.AppendChild(element.Clone(deep: true));
        }

        return holder;
    }

    /// <summary>
    /// Inside the article: removes containers that are furniture by their contents. Innermost first, a container
    /// goes when its class/id names furniture, or (unless it has 10 commas or more, which only prose has) when it
    /// is mostly links, has more list items than paragraphs without being a list, more form fields than a third of
    /// its paragraphs, mostly images, or almost no text.
    /// </summary>
    private static void CleanInside(IElement article, ClassHints hints)
    {
        var articleProse = ProseLength(article);
        var candidates = article.QuerySelectorAll("*").Where(e => ConditionalTags.Contains(e.LocalName)).Reverse().ToList();
        foreach (var element in candidates)
        {
            if (element.ParentElement is null || !article.Contains(element) || element == article)
            {
                continue;
            }

            // A box holding half the article's prose is the article's own wrapper, whatever its class says.
            if (articleProse > 0 && ProseLength(element) * 2 >= articleProse)
            {
                continue;
            }

            if (ShouldRemove(element, hints))
            {
                element.Remove();
            }
        }

        // Headings that are links or furniture (section titles of link boxes) go as well.
        foreach (var heading in article.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
        {
            var stats = TextStats.Of(heading);
            if (Weight(heading, hints) < 0 || stats.LinkDensity > 0.33)
            {
                heading.Remove();
            }
        }

        // A paragraph or list item that is all link is a pointer to another story ("SEE ALSO", teasers), and
        // a figure's caption describes a picture that is not in the text.
        foreach (var block in article.QuerySelectorAll("p, li, dt, dd, figcaption").ToList())
        {
            if (block.LocalName == "figcaption" || TextStats.Of(block).LinkDensity >= LinkOnly)
            {
                block.Remove();
            }
        }
    }

    /// <summary>A post the article quotes (<see cref="IsQuotedPost"/>) stays whatever its class or links say.</summary>
    private static bool ShouldRemove(IElement element, ClassHints hints) => LooksLikeFurniture(element, hints) && !IsQuotedPost(element);

    private static bool LooksLikeFurniture(IElement element, ClassHints hints)
    {
        var weight = Weight(element, hints);
        if (weight < 0)
        {
            return true;
        }

        var stats = TextStats.Of(element);
        if (stats.Commas >= 10)
        {
            return false;
        }

        var tag = element.LocalName;
        var paragraphs = element.QuerySelectorAll("p").Length;
        var images = element.QuerySelectorAll("img").Length;
        var items = element.QuerySelectorAll("li").Length;
        var inputs = element.QuerySelectorAll("input, select, textarea, button").Length;
        var isList = tag is "ul" or "ol" or "dl" || ListShare(element, stats) > 0.9;
        var inFigure = tag == "figure" || element.Closest("figure") is not null;

        if (images > 1 && paragraphs < 0.5 * images && !inFigure)
        {
            return true;
        }

        if (!isList && items > paragraphs && items > 3)
        {
            return true;
        }

        if (inputs > paragraphs / 3)
        {
            return true;
        }

        if (!isList && !inFigure && stats.Length < MinimumParagraphLength && (images == 0 || images > 2) && HeadingShare(element, stats) < 0.9)
        {
            return true;
        }

        if (weight < ClassWeight && stats.LinkDensity > 0.2 && !(isList && stats.LinkDensity < 0.5 && stats.Length > 200))
        {
            return true;
        }

        return weight >= ClassWeight && stats.LinkDensity > 0.5;
    }

    private static double ListShare(IElement element, TextStats stats)
    {
        if (stats.Length == 0)
        {
            return 0;
        }

        var inItems = element.QuerySelectorAll("li").Where(li => li.ParentElement?.Closest("li") is null).Sum(li => TextStats.Of(li).Length);
        return (double)inItems / stats.Length;
    }

    private static double HeadingShare(IElement element, TextStats stats)
    {
        if (stats.Length == 0)
        {
            return 0;
        }

        var inHeadings = element.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Sum(h => TextStats.Of(h).Length);
        return (double)inHeadings / stats.Length;
    }
}
