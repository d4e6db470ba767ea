// An entity across stories: its roles and aliases, the stories it appears in, and what it said.
import { getJson } from './api.js';
import { el, bdi, button, span } from './dom.js';
import { openEvidence } from './evidence.js';
import { TYPE_NAMES } from './story.js';

export async function showEntity(view, name) {
  const entity = await getJson(`api/entities/${encodeURIComponent(name)}`);
  const list = (items, className) => el('ul', { class: className }, items.map((i) => el('li', { dir: 'auto' }, i)));
  view.replaceChildren(
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'القصص')),
    el('h1', { dir: 'auto' }, entity.name),
    el('p', { class: 'meta' }, TYPE_NAMES[entity.type] ?? entity.type),
    el('section', { class: 'part' }, el('h2', null, 'الصفات'), entity.roles.length ? list(entity.roles, 'roles') : el('p', { class: 'status' }, 'لا صفة مذكورة.')),
    el('section', { class: 'part' }, el('h2', null, 'صيغ الاسم'), list(entity.aliases, 'aliases')),
    el('section', { class: 'part' }, el('h2', null, 'القصص'), el('ul', { class: 'stories' }, entity.stories.map((s) => el('li', { class: 'story-item' },
      el('a', { href: `#/story/${encodeURIComponent(s.id)}`, dir: 'auto' }, s.headline ?? s.id), ' ', bdi(span(s.start, s.end), { class: 'dates' }))))),
    el('section', { class: 'part' }, el('h2', null, 'أقواله'), entity.quotes.length === 0 ? el('p', { class: 'status' }, 'لا أقوال منسوبة.') :
      el('ul', { class: 'entity-quotes' }, entity.quotes.map((q) => el('li', null,
        button({ class: 'quote-text' }, () => openEvidence(q.evidence[0], q.storyId), el('span', { dir: 'auto' }, q.direct ? `«${q.text}»` : q.text)),
        ' — ', q.outlets.flatMap((o, i) => [i > 0 ? '، ' : null, bdi(o)]), q.role ? [' · ', el('span', { dir: 'auto' }, q.role)] : null)))));
  document.title = `ميزان: ${entity.name}`;
}
