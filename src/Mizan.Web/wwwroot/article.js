// An article's cleaned text, with the evidence span (start and end in the address) highlighted and in view.
import { getJson } from './api.js';
import { el, bdi, highlighted } from './dom.js';
import { counted } from './plural.js';
import { removedReason } from './labels.js';

function spanOf(query) {
  if (!query.has('start') || !query.has('end')) {
    return [];
  }
  const start = Number(query.get('start'));
  const end = Number(query.get('end'));
  return Number.isInteger(start) && Number.isInteger(end) && end > start ? [{ start, end }] : [];
}

// A heading for an article without a title: its first line, cut at a word near 90 characters (a headline's length).
function firstLine(text) {
  const line = text.trim().split('\n', 1)[0] ?? '';
  return line.length <= 90 ? line : `${line.slice(0, line.lastIndexOf(' ', 90) > 40 ? line.lastIndexOf(' ', 90) : 90)}…`;
}

export async function showArticle(view, id, query) {
  const article = await getJson(`api/articles/${encodeURIComponent(id)}`);
  const story = query.get('story') ?? article.storyId;
  const published = article.published ? `${article.published}${article.publishedInferred ? ' (مستنتج)' : ''}` : 'تاريخ غير معروف';
  const text = el('div', { class: 'article-text', dir: 'auto' }, highlighted(article.text, spanOf(query), { class: 'evidence' }));
  const removed = article.removed.length === 0 ? null : el('details', { class: 'removed' },
    el('summary', null, `ما أزاله التنظيف: ${counted(article.removed.length, 'passage')}`),
    el('ul', null, article.removed.map((r) => el('li', null, el('span', { class: 'reason' }, removedReason(r.reason)), ': ', el('span', { dir: 'auto' }, r.text)))));
  view.replaceChildren(
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'القصص'), story ? [' › ', el('a', { href: `#/story/${encodeURIComponent(story)}` }, 'القصة')] : null),
    el('h1', { dir: 'auto' }, article.title ?? (firstLine(article.text) || article.id)),
    el('p', { class: 'meta' }, bdi(article.outlet ?? 'منفذ غير معروف'), ' · ', bdi(published),
      article.url ? [' · ', el('a', { href: article.url, rel: 'noopener noreferrer', dir: 'ltr' }, 'المصدر')] : null,
      article.nearDuplicateOf ? [' · نسخة من ', el('a', { href: `#/article/${encodeURIComponent(article.nearDuplicateOf)}` }, bdi(article.nearDuplicateOf))] : null),
    text,
    removed);
  document.title = `ميزان: ${article.title ?? article.id}`;
  text.querySelector('mark')?.scrollIntoView({ block: 'center' });
}
