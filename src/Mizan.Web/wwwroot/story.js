// A story's brief: summary with source markers, the outlets side by side (claims and what only one outlet
// reports), who said what, the timeline, each outlet's wording, and the entities.
import { getJson } from './api.js';
import { el, bdi, button, count, span } from './dom.js';
import { Sources, openEvidence } from './evidence.js';
import { timelineChart, wordingChart } from './charts.js';

export const TYPE_NAMES = { person: 'شخص', organization: 'منظمة', location: 'مكان', misc: 'أخرى' };

const STATUS = {
  conflict: { className: 'conflict', label: 'تعارض' },
  agree: { className: 'agree', label: 'اتفاق' },
  single: { className: 'unique', label: 'منفرد' },
};

// A figure as people read it: a long fraction (a third is 0.3333333333) to two decimals; dates and words as they are.
function shown(value) {
  return /^-?\d+\.\d{3,}$/.test(value) ? String(Number(Number(value).toFixed(2))) : value;
}

function section(title, id, ...content) {
  return el('section', { class: 'part', id }, el('h2', null, title), ...content);
}

function summary(story, sources) {
  return el('ol', { class: 'summary' }, story.summary.map((sentence) =>
    el('li', null, el('span', { dir: 'auto' }, sentence.text), ' ', sources.markers(sentence.evidence))));
}

// One column per outlet, one row per claim; then a row per detail only one outlet reports.
function sideBySide(story, sources) {
  const outlets = story.outlets;
  const head = el('tr', null, el('th', { scope: 'col' }, 'البند'), outlets.map((o) => el('th', { scope: 'col' }, bdi(sources.label(o.outlet)))));
  const claimRows = story.claims.map((claim) => {
    const status = STATUS[claim.status] ?? STATUS.single;
    const cells = outlets.map((outlet) => {
      const own = new Set(outlet.articleIds);
      const values = claim.values.filter((v) => v.articleIds.some((id) => own.has(id)));
      return el('td', null, values.length === 0 ? el('span', { class: 'none' }, '—') : values.map((value) => {
        const evidence = value.evidence.find((e) => own.has(e.articleId)) ?? value.evidence[0];
        return button({ class: 'claim-value', title: evidence?.text ?? value.value }, () => openEvidence(evidence, story.id),
          bdi(shown(value.value), { class: 'value' }), evidence ? el('span', { class: 'evidence-text', dir: 'auto' }, evidence.text) : null);
      }));
    });
    return el('tr', { class: `claim ${status.className}` },
      el('th', { scope: 'row' }, el('span', { dir: 'auto' }, claim.about), el('span', { class: 'status-label' }, status.label)), cells);
  });
  const detailRows = outlets.flatMap((outlet, column) => outlet.unique.map((detail) =>
    el('tr', { class: 'detail unique' },
      el('th', { scope: 'row' }, 'ينفرد به', el('span', { class: 'status-label' }, bdi(sources.label(outlet.outlet)))),
      outlets.map((_, c) => el('td', null, c === column
        ? [el('span', { dir: 'auto' }, detail.text), ' ', sources.markers(detail.evidence)]
        : el('span', { class: 'none' }, '—'))))));
  if (claimRows.length + detailRows.length === 0) {
    return el('p', { class: 'status' }, 'لا أرقام ولا تفاصيل تقارن بين المنافذ في هذه القصة.');
  }
  return el('div', { class: 'table-wrap' },
    el('table', { class: 'side-by-side' }, el('thead', null, head), el('tbody', null, claimRows, detailRows)));
}

function quotes(story, sources) {
  if (story.quotes.length === 0) {
    return el('p', { class: 'status' }, 'لا أقوال منسوبة في هذه القصة.');
  }
  const rows = story.quotes.map((quote) => el('tr', { class: 'quote' },
    el('td', null, quote.speaker ? el('a', { href: `#/entity/${encodeURIComponent(quote.speaker)}`, dir: 'auto' }, quote.speaker) : '؟'),
    el('td', { dir: 'auto' }, quote.role ?? ''),
    el('td', null, button({ class: 'quote-text', title: 'افتح القول في مقاله' }, () => openEvidence(quote.evidence[0], story.id),
      el('span', { dir: 'auto' }, quote.direct ? `«${quote.text}»` : quote.text))),
    el('td', null, quote.outlets.flatMap((o, i) => [i > 0 ? '، ' : null, bdi(sources.label(o))]), ' ', sources.markers(quote.evidence))));
  return el('div', { class: 'table-wrap' }, el('table', { class: 'quotes' },
    el('thead', null, el('tr', null, ['المتحدث', 'الصفة', 'القول', 'المنافذ'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', null, rows)));
}

function timeline(story, sources) {
  if (story.timeline.length === 0) {
    return [el('p', { class: 'status' }, 'لا أحداث مؤرخة في هذه القصة.')];
  }
  return [
    timelineChart(story.timeline, (evidence) => openEvidence(evidence, story.id)),
    el('ol', { class: 'timeline' }, story.timeline.map((entry) => el('li', null,
      el('time', { datetime: entry.date }, bdi(entry.date)), ' ', el('span', { dir: 'auto' }, entry.text), ' ', sources.markers(entry.evidence)))),
  ];
}

export function entityCard(entity) {
  return el('li', { class: 'entity' },
    el('a', { href: `#/entity/${encodeURIComponent(entity.name)}`, dir: 'auto' }, entity.name),
    el('span', { class: 'type' }, ` (${TYPE_NAMES[entity.type] ?? entity.type})`),
    entity.roles.length > 0 ? el('span', { class: 'roles' }, ' — ', entity.roles.map((r, i) => [i > 0 ? '؛ ' : null, el('span', { dir: 'auto' }, r)])) : null,
    entity.aliases.length > 1 ? el('ul', { class: 'aliases', 'aria-label': 'صيغ الاسم' }, entity.aliases.map((a) => el('li', { dir: 'auto' }, a))) : null);
}

function articles(story, sources) {
  return el('ol', { class: 'sources' }, story.articleIds.map((id) => el('li', null,
    el('a', { href: `#/article/${encodeURIComponent(id)}?story=${encodeURIComponent(story.id)}` }, bdi(`[${sources.number(id)}]`), ' ', bdi(sources.outlet(id) || id)))));
}

export async function showStory(view, id) {
  const story = await getJson(`api/stories/${encodeURIComponent(id)}`);
  const sources = new Sources(story);
  const wording = wordingChart(story.outlets, (evidence) => openEvidence(evidence, story.id), (name) => sources.label(name));
  view.replaceChildren(
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'القصص')),
    el('h1', { dir: 'auto' }, story.headline),
    el('p', { class: 'meta' },
      `${count(story.articleIds.length)} مقال من ${count(story.outletNames.length)} منفذ: `,
      story.outletNames.flatMap((o, i) => [i > 0 ? '، ' : null, bdi(sources.label(o))]), ' · ', bdi(span(story.start, story.end))),
    section('الملخص', 'summary', summary(story, sources)),
    section('المنافذ جنباً إلى جنب', 'outlets', sideBySide(story, sources)),
    section('من قال ماذا', 'quotes', quotes(story, sources)),
    section('الخط الزمني', 'timeline', ...timeline(story, sources)),
    section('مفردات كل منفذ', 'wording', wording ?? el('p', { class: 'status' }, 'لا مفردات تأطير في هذه القصة.')),
    section('الكيانات', 'entities', el('ul', { class: 'entities' }, story.entities.map(entityCard))),
    section('المقالات', 'articles', articles(story, sources)));
  document.title = `ميزان: ${story.headline}`;
}
