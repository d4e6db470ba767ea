// A story's brief: summary with source markers, the outlets side by side (claims and what only one outlet
// reports), who said what, the timeline, each outlet's wording, and the entities.
import { getJson } from './api.js';
import { el, bdi, button, span } from './dom.js';
import { Sources, openEvidence } from './evidence.js';
import { timelineChart, timelineEntries, wordingChart } from './charts.js';
import { counted } from './plural.js';
import { statusOf } from './labels.js';
import { fold } from './fold.js';

export const TYPE_NAMES = { person: 'شخص', organization: 'منظمة', location: 'مكان', misc: 'أخرى' };

// Rows shown before a list folds (fold.js): about one screen of each on a laptop; a speaker shows two quotes before
// the rest fold, so that one speaker quoted a dozen times (McKenzie in the samples) does not fill the page.
const SHOWN = { claims: 8, quotes: 5, quotesPerSpeaker: 2, timeline: 8, entities: 12, articles: 12 };

// A figure as people read it: a long fraction (a third is 0.3333333333) to two decimals; dates and words as they are.
function shown(value) {
  return /^-?\d+\.\d{3,}$/.test(value) ? String(Number(Number(value).toFixed(2))) : value;
}

// A part of the page; `size` (a count already worded) follows the title.
function section(title, id, size, ...content) {
  return el('section', { class: 'part', id }, el('h2', null, title, size ? el('span', { class: 'size' }, ` · ${size}`) : null), ...content);
}

// A table whose body folds after `limit` rows, with its button below it.
function foldedTable(attributes, head, rows, limit, noun) {
  const more = fold(rows, limit, noun);
  return [el('div', { class: 'table-wrap' }, el('table', attributes, el('thead', null, head), el('tbody', null, rows))), more];
}

// What the count line says it counts: "4 مقالات من 4 مصادر، منها 3 بلا اسم منفذ". Every known outlet is one
// source and every article of no known outlet its own, as the brief counts them.
function sourceCount(story, sources) {
  const list = sources.list();
  const unnamed = list.filter((s) => !s.outlet).length;
  const distinct = new Set(list.map((s) => s.outlet ?? `\u0000${s.articleId}`)).size;
  const named = [...new Set(list.filter((s) => s.outlet).map((s) => s.outlet))];
  return [
    `${counted(story.articleIds.length, 'article')} من ${counted(distinct, 'source')}`,
    unnamed > 0 ? `، منها ${counted(unnamed, 'source')} بلا اسم منفذ` : null,
    named.length > 0 ? ': ' : null,
    named.flatMap((o, i) => [i > 0 ? '، ' : null, bdi(o)]),
  ];
}

// A summary item is agreed by several sources unless it says otherwise: a disputed figure or one source's detail is tagged.
const SUMMARY_TAGS = { disputed: 'موضع خلاف', single: 'مصدر واحد' };

function summary(story, sources) {
  const several = new Set(sources.list().map((s) => s.outlet ?? s.articleId)).size > 1;
  return el('ol', { class: 'summary' }, story.summary.map((sentence) =>
    el('li', null,
      several && SUMMARY_TAGS[sentence.kind] ? el('span', { class: `tag ${sentence.kind}` }, SUMMARY_TAGS[sentence.kind]) : null,
      several && SUMMARY_TAGS[sentence.kind] ? ' ' : null,
      el('span', { dir: 'auto' }, sentence.text), ' ', sources.markers(sentence.evidence))));
}

const dayMonth = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', timeZone: 'UTC' });

// When a value was published, as written (its own clock, no zone shift): "1 مارس 22:00", or the text as given.
function when(published) {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(published);
  if (!match) {
    return published;
  }
  const day = dayMonth.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return match[4] ? `${day} ${match[4]}` : day;
}

// An evolving figure (a toll that rose over a night): its values in time order across the outlets' columns, each
// with its time and sources, the latest emphasised.
function series(claim, sources, storyId, columns) {
  const values = claim.values;
  return el('td', { colspan: columns, class: 'series-cell' }, el('ol', { class: 'series' }, values.map((value, i) => {
    const evidence = value.evidence?.[0];
    const latest = i === values.length - 1;
    return el('li', { class: latest ? 'latest' : null },
      button({ class: 'claim-value', title: evidence?.text ?? value.value }, () => openEvidence(evidence, storyId),
        bdi(shown(value.value), { class: 'value' }),
        value.published ? el('time', { datetime: value.published, class: 'when' }, bdi(when(value.published))) : null,
        latest ? el('span', { class: 'latest-label' }, 'الأحدث') : null),
      sources.markers(value.evidence));
  })));
}

// Claims where outlets differ come first, so a folded table still shows them.
const RANK = ['conflict', 'evolving', 'agree', 'single'];

function rank(status) {
  const at = RANK.indexOf(status);
  return at < 0 ? RANK.length : at;
}

// One column per outlet, one row per claim; then a row per detail only one outlet reports.
export function sideBySide(story, sources) {
  const outlets = story.outlets;
  const head = el('tr', null, el('th', { scope: 'col' }, 'البند'), outlets.map((o) => el('th', { scope: 'col' }, bdi(sources.label(o.outlet)))));
  const claimRows = [...story.claims].sort((a, b) => rank(a.status) - rank(b.status)).map((claim) => {
    const status = statusOf(claim.status);
    const label = el('th', { scope: 'row' }, el('span', { dir: 'auto' }, claim.about), el('span', { class: 'status-label' }, status.label));
    if (claim.status === 'evolving') {
      return el('tr', { class: `claim ${status.className}` }, label, series(claim, sources, story.id, outlets.length));
    }
    const cells = outlets.map((outlet) => {
      const own = new Set(outlet.articleIds);
      const values = claim.values.filter((v) => v.articleIds.some((id) => own.has(id)));
      return el('td', null, values.length === 0 ? el('span', { class: 'none' }, '—') : values.map((value) => {
        const evidence = value.evidence.find((e) => own.has(e.articleId)) ?? value.evidence[0];
        return button({ class: 'claim-value', title: evidence?.text ?? value.value }, () => openEvidence(evidence, story.id),
          bdi(shown(value.value), { class: 'value' }), evidence ? el('span', { class: 'evidence-text', dir: 'auto' }, evidence.text) : null);
      }));
    });
    return el('tr', { class: `claim ${status.className}` }, label, cells);
  });
  const detailRows = outlets.flatMap((outlet, column) => outlet.unique.map((detail) =>
    el('tr', { class: 'detail unique' },
      el('th', { scope: 'row' }, 'ينفرد به', el('span', { class: 'status-label' }, bdi(sources.label(outlet.outlet)))),
      outlets.map((_, c) => el('td', null, c === column
        ? [el('span', { dir: 'auto' }, detail.text), ' ', sources.markers(detail.evidence)]
        : el('span', { class: 'none' }, '—'))))));
  const rows = [...claimRows, ...detailRows];
  if (rows.length === 0) {
    return el('p', { class: 'status' }, 'لا أرقام ولا تفاصيل تقارن بين المنافذ في هذه القصة.');
  }
  return foldedTable({ class: 'side-by-side' }, head, rows, SHOWN.claims, 'claim');
}

// A long quote is cut in the table (the button opens the whole sentence in its article).
const QUOTE_LENGTH = 180;

function cut(text) {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
}

// Who said what, one row per speaker (the brief names each by their entity, so برنين and جون دبليو برنين are one
// row): their role, each of their quotes opening its sentence, and the outlets that carry them.
function quotes(story, sources) {
  if (story.quotes.length === 0) {
    return el('p', { class: 'status' }, 'لا أقوال منسوبة في هذه القصة.');
  }
  const speakers = new Map();
  for (const quote of story.quotes) {
    const key = quote.speakerEntityId ?? quote.speaker ?? '';
    if (!speakers.has(key)) {
      speakers.set(key, []);
    }
    speakers.get(key).push(quote);
  }
  const rows = [...speakers.values()].map((said) => {
    const speaker = said.find((quote) => quote.speaker)?.speaker;
    const role = said.find((quote) => quote.role)?.role ?? '';
    const items = said.map((quote) => el('li', null,
      button({ class: 'quote-text', title: 'افتح القول في مقاله' }, () => openEvidence(quote.evidence[0], story.id),
        el('span', { dir: 'auto' }, quote.direct ? `«${cut(quote.text)}»` : cut(quote.text))),
      ' ', sources.markers(quote.evidence)));
    const more = fold(items, SHOWN.quotesPerSpeaker, 'quote');
    more?.setAttribute('class', 'said-fold');
    return el('tr', { class: 'quote' },
      el('td', null, speaker ? el('a', { href: `#/entity/${encodeURIComponent(speaker)}`, dir: 'auto' }, speaker) : '؟'),
      el('td', { dir: 'auto' }, role),
      el('td', null, el('ul', { class: 'said' }, items), more),
      el('td', null, sources.markers(said.flatMap((quote) => quote.evidence))));
  });
  const head = el('tr', null, ['المتحدث', 'الصفة', 'القول', 'المصادر'].map((h) => el('th', { scope: 'col' }, h)));
  return foldedTable({ class: 'quotes' }, head, rows, SHOWN.quotes, 'speaker');
}

function timeline(story, sources, entries) {
  if (entries.length === 0) {
    return [el('p', { class: 'status' }, 'لا أحداث مؤرخة في هذه القصة.')];
  }
  const items = entries.map((entry) => el('li', null,
    el('time', { datetime: entry.date }, bdi(entry.date)), ' ', el('span', { dir: 'auto' }, entry.text), ' ', sources.markers(entry.evidence)));
  const more = fold(items, SHOWN.timeline, 'event');
  return [
    timelineChart(entries, (evidence) => openEvidence(evidence, story.id), story),
    el('ol', { class: 'timeline' }, items),
    more,
  ];
}

export function entityCard(entity) {
  return el('li', { class: 'entity' },
    el('a', { href: `#/entity/${encodeURIComponent(entity.name)}`, dir: 'auto' }, entity.name),
    el('span', { class: 'type' }, ` (${TYPE_NAMES[entity.type] ?? entity.type})`),
    entity.roles.length > 0 ? el('span', { class: 'roles' }, ' — ', entity.roles.map((r, i) => [i > 0 ? '؛ ' : null, el('span', { dir: 'auto' }, r)])) : null,
    entity.aliases.length > 1 ? el('ul', { class: 'aliases', 'aria-label': 'صيغ الاسم' }, entity.aliases.map((a) => el('li', { dir: 'auto' }, a))) : null);
}

function entities(story) {
  const cards = story.entities.map(entityCard);
  return [el('ul', { class: 'entities' }, cards), fold(cards, SHOWN.entities, 'entity')];
}

// The stored articles of a story (title, outlet, file, date), for a brief that does not list its sources' titles.
// A server that does not know the `story` filter answers with all articles; only the story's are kept.
async function storedArticles(story) {
  const wanted = new Set(story.articleIds);
  const found = new Map();
  for (let page = 1; found.size < wanted.size; page++) {
    // One hundred per request: the API's largest page.
    const result = await getJson('api/articles', { story: story.id, page, pageSize: 100 });
    result.items.filter((a) => wanted.has(a.id)).forEach((a) => found.set(a.id, a));
    if (page * result.size >= result.total) {
      break;
    }
  }
  return found;
}

// A file's name without its folders.
function fileName(path) {
  return path ? path.split(/[\\/]/).pop() : null;
}

// The story's sources in their numbering, each by its title, or without one by its outlet and file name.
function articles(story, sources, stored) {
  const items = sources.list().map((source) => {
    const article = stored.get(source.articleId);
    const outlet = sources.name(source.articleId) ?? 'منفذ غير معروف';
    const title = source.title || article?.title;
    const file = fileName(article?.source);
    const heading = title ?? [outlet, file].filter((part) => part).join(' — ');
    const known = source.outlet ?? article?.outlet;
    const meta = [title ? known : null, article?.published].filter((part) => part);
    return el('li', { class: 'source' },
      el('a', { href: `#/article/${encodeURIComponent(source.articleId)}?story=${encodeURIComponent(story.id)}` },
        bdi(`[${source.number}]`), ' ', el('span', { class: 'source-title', dir: 'auto' }, heading)),
      meta.length > 0 ? el('span', { class: 'meta' }, ' — ', meta.flatMap((part, i) => [i > 0 ? ' · ' : null, bdi(part)])) : null);
  });
  return [el('ol', { class: 'sources' }, items), fold(items, SHOWN.articles, 'article')];
}

export async function showStory(view, id) {
  const story = await getJson(`api/stories/${encodeURIComponent(id)}`);
  const sources = new Sources(story);
  const stored = sources.listed ? new Map() : await storedArticles(story);
  const entries = timelineEntries(story.timeline);
  const wording = wordingChart(story.outlets, (evidence) => openEvidence(evidence, story.id), (name) => sources.label(name));
  const claimCount = story.claims.length + story.outlets.reduce((n, o) => n + o.unique.length, 0);
  view.replaceChildren(
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'القصص')),
    el('h1', { dir: 'auto' }, story.headline),
    el('p', { class: 'meta' }, sourceCount(story, sources), ' · ', bdi(span(story.start, story.end))),
    section('الملخص', 'summary', null, summary(story, sources)),
    section('المنافذ جنباً إلى جنب', 'outlets', claimCount ? counted(claimCount, 'claim') : null, sideBySide(story, sources)),
    section('من قال ماذا', 'quotes', story.quotes.length ? counted(story.quotes.length, 'quote') : null, quotes(story, sources)),
    section('الخط الزمني', 'timeline', entries.length ? counted(entries.length, 'event') : null, ...timeline(story, sources, entries)),
    section('مفردات كل منفذ', 'wording', null, wording ?? el('p', { class: 'status' }, 'لا مفردات تأطير في هذه القصة.')),
    section('الكيانات', 'entities', story.entities.length ? counted(story.entities.length, 'entity') : null, ...entities(story)),
    section('المقالات', 'articles', counted(story.articleIds.length, 'article'), ...articles(story, sources, stored)));
  document.title = `ميزان: ${story.headline}`;
}
