using System.Text.Json.Serialization;
using Mizan.Core.Articles;

namespace Mizan.Briefs;

/// <summary>Where an item comes from: an article and a span of its cleaned text.</summary>
public sealed record Evidence(string ArticleId, int Start, int End, string Text);

/// <summary>What the brief's text fields hold, which every output shows alike.</summary>
public static class BriefLayout
{
    /// <summary>The longest quote or timeline text a table shows whole: the renderers cut a longer one here (the evidence
    /// holds the whole text), and the timeline cuts its text to this width around its date.</summary>
    public const int CellLength = 160;
}

/// <summary>An article of the brief: its metadata and the cleaned text all evidence points into.</summary>
/// <param name="NearDuplicateOf">The article of the collection it copies (a wire copy), if any: it joins that story
/// at once, and a figure it shares with that article counts as one source, not two.</param>
/// <param name="PublishedBasis">How an inferred publication date was worked out, when the brief inferred it.</param>
public sealed record BriefArticle(
    string Id,
    string? Source,
    string? Outlet,
    string? Title,
    string? Published,
    bool PublishedInferred,
    string Text,
    IReadOnlyList<RemovedText> Removed,
    string? NearDuplicateOf = null,
    string? PublishedBasis = null);

/// <summary>A summary sentence and the articles it comes from (the sentence itself first, then outlets saying the same).</summary>
/// <param name="Kind">Where the item stands: "agreed" (two independent sources or more say it), "disputed" (sources
/// give different values for it) or "single" (one source alone); outlets' own details and omissions are "single"
/// and "agreed".</param>
public sealed record SummarySentence(string Text, IReadOnlyList<Evidence> Evidence, string Kind = "agreed");

/// <summary>One source of a story, as every output names and numbers it.</summary>
/// <param name="Number">Its number in the story, the same in Markdown, HTML, JSON and the web page: [1], [2], …, in
/// order of publication (undated last), then of id.</param>
/// <param name="Name">Its outlet; when the outlet is unknown, the article's title, else its file name; never a hash.</param>
/// <param name="Outlet">Its outlet, null when unknown.</param>
/// <param name="PublishedInferred">The publication date was inferred from the story (see the article's basis).</param>
public sealed record StorySource(int Number, string ArticleId, string Name, string? Outlet, string? Title, string? Published, bool PublishedInferred = false);

/// <summary>A quote as the quotes table shows it: merged across outlets that carry the same words.</summary>
public sealed record QuoteRow(
    string? Speaker,
    string? SpeakerEntityId,
    string? Role,
    string Text,
    bool Direct,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<Evidence> Evidence);

/// <summary>A figure the coverage gives, merged across articles that give the same value for the same thing.</summary>
/// <param name="Action">What happened to what it counts (killed, injured, arrested, displaced ...), when the text says.</param>
/// <param name="Written">The number as written (ثلث), for display: a fraction word is never shown as its decimal.</param>
/// <param name="Fraction">For a fraction word, its exact fraction (1/3); the value keeps four decimal places.</param>
public sealed record QuantityRow(decimal Value, decimal? ValueTo, string? Unit, string? Qualifier, string? About, IReadOnlyList<Evidence> Evidence, string? Action = null, string? Written = null, string? Fraction = null);

/// <summary>A dated event of the coverage: the date and the sentences that mention it.</summary>
public sealed record TimelineEntry(string Date, string Granularity, string Text, IReadOnlyList<Evidence> Evidence);

/// <summary>One value of a claim, with the articles that give it.</summary>
/// <param name="Sources">How many independent sources give the value: its articles, with copies of one article
/// (near-duplicates) counted once.</param>
/// <param name="Published">The publication time (ISO) of the earliest article giving the value, when known: an
/// evolving figure's values are in this order.</param>
public sealed record ClaimValue(string Value, IReadOnlyList<string> ArticleIds, IReadOnlyList<Evidence> Evidence, int Sources, string? Published = null);

/// <summary>Figures given about the same thing, lined up across articles: agree, conflict, single, or evolving (a
/// figure that grows as later reports update it: its values in time order, the latest last).</summary>
/// <param name="WithinArticle">The values come from one article that contradicts itself (two death tolls for one
/// operation), not from outlets at odds.</param>
/// <param name="Action">What happened to what the figures count (killed, injured ...), when the text says.</param>
public sealed record Claim(string About, string Status, IReadOnlyList<ClaimValue> Values, bool WithinArticle = false, string? Action = null);

/// <summary>A framing term an outlet uses, how often, and where.</summary>
public sealed record WordingTerm(string Frame, string Term, int Count, IReadOnlyList<Evidence> Evidence);

/// <summary>One outlet's part in a story; an article without a known outlet stands alone, under its source name.</summary>
/// <param name="Omitted">Facts most of the other outlets give that this outlet leaves out, each with the others' evidence.</param>
public sealed record OutletView(
    string Outlet,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<SummarySentence> Unique,
    IReadOnlyList<WordingTerm> Wording,
    IReadOnlyList<SummarySentence> Omitted);

/// <summary>A story's brief. Sections whose extractors are not wired yet stay empty lists, never absent.</summary>
/// <param name="BuiltBy">The analysis and brief version that built a brief kept in a store (StoreBriefs.Version, in the application layer),
/// so that a later run knows whether it is still current; null for a brief built and shown at once.</param>
public sealed record StoryBrief(
    string Id,
    string Headline,
    IReadOnlyList<string> ArticleIds,
    [property: JsonPropertyName("outletNames")] IReadOnlyList<string> Outlets,
    string? Start,
    string? End,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<BriefEntity> Entities,
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<QuantityRow> Quantities,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Claim> Claims,
    [property: JsonPropertyName("outlets")] IReadOnlyList<OutletView> OutletViews,
    IReadOnlyList<StorySource>? Sources = null,
    string? BuiltBy = null)
{
    /// <summary>The story's sources, numbered; empty for a brief stored before sources were numbered.</summary>
    public IReadOnlyList<StorySource> Sources { get; init; } = Sources ?? [];
}

/// <summary>A storyline: the stories of one saga.</summary>
public sealed record StorylineView(string Id, IReadOnlyList<string> StoryIds);

/// <summary>The brief of a collection: the versioned JSON contract (`mizan brief --json`).</summary>
public sealed record BriefDocument(
    int Version,
    IReadOnlyList<BriefArticle> Articles,
    IReadOnlyList<StorylineView> Storylines,
    IReadOnlyList<StoryBrief> Stories)
{
    public const int CurrentVersion = 1;
}
