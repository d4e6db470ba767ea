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

// Looks up what the markers show: the article's number in the story and its outlet.
export class Sources {
  constructor(story) {
    this.storyId = story?.id ?? null;
    this.numbers = new Map((story?.articleIds ?? []).map((id, i) => [id, i + 1]));
    this.outlets = new Map();
    for (const outlet of story?.outlets ?? []) {
      for (const id of outlet.articleIds) {
        this.outlets.set(id, outlet.outlet);
      }
    }
  }

  number(articleId) {
    return this.numbers.get(articleId) ?? '؟';
  }

  outlet(articleId) {
    return this.label(this.outlets.get(articleId) ?? '');
  }

  // An outlet's name as shown: the brief names an article without a known outlet "(unknown: ID)"; the page says so
  // in Arabic, with the article's number.
  label(outlet) {
    const unknown = /^\(unknown: (.+)\)$/.exec(outlet);
    return unknown ? `منفذ غير معروف [${this.number(unknown[1])}]` : outlet;
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
