// Evidence markers: each item of a brief points at an article and a span of its text; a marker opens that span.
import { el, button } from './dom.js';

// The route of an article with a span highlighted (and the story to go back to).
export function evidenceHref(evidence, storyId) {
  const query = new URLSearchParams({ start: String(evidence.start), end: String(evidence.end) });
  if (storyId) {
    query.set('story', storyId);
  }
  return `#/article/${encodeURIComponent(evidence.articleId)}?${query}`;
}

export function openEvidence(evidence, storyId) {
  if (evidence) {
    window.location.hash = evidenceHref(evidence, storyId);
  }
}

// Looks up what the markers show: a source's number in the story and its name. The brief's `sources` list (one
// numbering shared by the CLI, the JSON and this page) gives both; a brief without it numbers the story's articles in
// the order of `articleIds` and names each by its outlet.
export class Sources {
  constructor(story) {
    this.storyId = story?.id ?? null;
    this.outlets = new Map();
    for (const outlet of story?.outlets ?? []) {
      for (const id of outlet.articleIds) {
        this.outlets.set(id, outlet.outlet);
      }
    }
    const listed = Array.isArray(story?.sources) && story.sources.length > 0 ? story.sources : null;
    this.listed = listed !== null;
    this.entries = listed
      ? [...listed].sort((a, b) => a.number - b.number)
      : (story?.articleIds ?? []).map((id, i) => ({ number: i + 1, articleId: id, name: null, outlet: this.outlets.get(id) ?? null, title: null }));
    this.byArticle = new Map(this.entries.map((s) => [s.articleId, s]));
  }

  // The story's sources in their numbering: { number, articleId, name, outlet, title }.
  list() {
    return this.entries;
  }

  number(articleId) {
    return this.byArticle.get(articleId)?.number ?? '؟';
  }

  // The source's name as the brief gives it, else its outlet when known, else null.
  name(articleId) {
    const outlet = this.outlets.get(articleId);
    return this.byArticle.get(articleId)?.name || (outlet && !outlet.startsWith('(unknown: ') ? outlet : null);
  }

  // The source's name: the brief's own name for it, else its outlet's (or "unknown outlet [n]").
  outlet(articleId) {
    return this.byArticle.get(articleId)?.name || this.label(this.outlets.get(articleId) ?? '');
  }

  // An outlet's name as shown: the brief names an article without a known outlet "(unknown: ID)"; the page says so
  // in Arabic, with the article's number.
  label(outlet) {
    const unknown = /^\(unknown: (.+)\)$/.exec(outlet);
    if (!unknown) {
      return outlet;
    }
    return this.byArticle.get(unknown[1])?.name || `منفذ غير معروف [${this.number(unknown[1])}]`;
  }

  // One marker per article the evidence comes from (its first span there).
  markers(evidenceList) {
    const seen = new Set();
    const markers = [];
    for (const evidence of evidenceList ?? []) {
      if (seen.has(evidence.articleId)) {
        continue;
      }
      seen.add(evidence.articleId);
      const label = `${this.outlet(evidence.articleId)} [${this.number(evidence.articleId)}]`;
      markers.push(button(
        { class: 'marker', title: `${label}: ${evidence.text}`, 'aria-label': `المصدر ${label}` },
        () => openEvidence(evidence, this.storyId),
        el('bdi', null, `[${this.number(evidence.articleId)}]`)));
    }
    return el('span', { class: 'markers' }, markers);
  }
}
