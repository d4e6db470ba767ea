namespace Mizan.Ingest.Html;

/// <summary>
/// What an HTML page gives: its main text (paragraphs separated by blank lines) and the metadata the page states.
/// Every metadata field is null when the page does not state it.
/// </summary>
/// <param name="Text">The main text: headline, headings, paragraphs, list items and quotes of the article, in order.</param>
/// <param name="Title">og:title or &lt;title&gt;, without a trailing " - Site" / " | Site" suffix.</param>
/// <param name="Published">The publication time as the page writes it (ISO 8601 in practice).</param>
/// <param name="Outlet">og:site_name or the JSON-LD publisher's name.</param>
/// <param name="Url">The canonical url, og:url, or the url the page was read from.</param>
/// <param name="Language">The &lt;html lang&gt; attribute (or content-language), e.g. "ar" or "en-US".</param>
public sealed record HtmlArticle(string Text, string? Title, string? Published, string? Outlet, string? Url, string? Language);
