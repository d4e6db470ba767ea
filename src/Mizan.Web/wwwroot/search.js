// Search results: each hit's passage with the matching words marked, linking to the article at the first match.
import { getJson } from './api.js';
import { el, bdi, highlighted } from './dom.js';
import { counted } from './plural.js';
import { evidenceHref } from './evidence.js';

function hit(result) {
  const passage = result.snippet;
  const relative = result.highlights.map((h) => ({ start: h.start - passage.start, end: h.end - passage.start }));
  const first = result.highlights[0] ?? { start: passage.start, end: passage.start };
  const href = evidenceHref({ articleId: result.id, start: first.start, end: first.end }, result.storyId);
  return el('li', { class: 'hit' },
    el('a', { class: 'hit-link', href, dir: 'auto' }, result.title || `مقال ${result.outlet ? `من ${result.outlet}` : 'من منفذ غير معروف'}، ${result.published ?? 'بلا تاريخ'}`),
    el('p', { class: 'meta' }, bdi(result.outlet ?? 'منفذ غير معروف'), ' · ', bdi(result.published ?? 'تاريخ غير معروف'),
      result.storyId ? [' · ', el('a', { href: `#/story/${encodeURIComponent(result.storyId)}` }, 'القصة')] : null),
    el('p', { class: 'snippet', dir: 'auto' }, highlighted(passage.text, relative)));
}

export async function showSearch(view, query) {
  const q = query.get('q') ?? '';
  document.getElementById('search-box').value = q;
  const result = await getJson('api/search', { q, outlet: query.get('outlet'), from: query.get('from'), to: query.get('to') });
  view.replaceChildren(
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'القصص')),
    el('h1', null, 'نتائج البحث عن ', el('q', { dir: 'auto' }, q)),
    el('p', { class: 'meta' }, counted(result.count, 'result')),
    result.hits.length === 0 ? el('p', { class: 'status' }, 'لا نتائج.') : el('ol', { class: 'hits' }, result.hits.map(hit)));
  document.title = `ميزان: بحث ${q}`;
}
