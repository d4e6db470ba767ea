// Charts drawn as inline SVG with DOM calls: the story's timeline and each outlet's wording. Geometry is in the
// SVG's own units (the viewBox); CSS scales it to the column's width. Text is measured before it is placed, so no
// two labels of a chart overlap.
import { el, svg, bdi, button, count } from './dom.js';
import { counted } from './plural.js';
import { frameName } from './labels.js';

// Width of every chart's viewBox: the column's width at desktop size, so text stays legible when scaled.
const WIDTH = 800;

const DAY = 86_400_000;

// Events this far (in days) before the story's first day or after its last are listed beside the timeline rather
// than drawn on it: two months holds what led up to a story and the follow-ups it announces, while keeping a day
// about 5 viewBox units wide (800 units over 4–5 months), so the story's own days never fall on one point.
const REACH_DAYS = 60;

// Rows of date labels above the axis: four fit a story's dated events a few days apart; a label that fits in none
// is left off the chart (its mark stays, with a tooltip, and the list under the chart names every event).
const LABEL_ROWS = 4;

// Vertical rhythm in viewBox units: a row holds a 13-unit label with room above it; the axis sits below the rows.
const [ROW, TOP, LEAD, BELOW] = [22, 6, 16, 30];

// Space kept between two labels and at the chart's edges, in viewBox units (about a third of a letter).
const GAP = 5;

// Used only when the browser cannot measure (the element is not rendered): about half the 13-unit font size per
// character, a little wider than Arabic letters average, so an estimate errs towards keeping labels apart.
const CHAR_WIDTH = 7;

const dayMonth = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthOnly = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', timeZone: 'UTC' });
const yearOnly = new Intl.DateTimeFormat('ar-u-nu-latn', { year: 'numeric', timeZone: 'UTC' });

// The period a date of the brief (yyyy, yyyy-MM or yyyy-MM-dd) covers at its granularity: [from, to) in
// milliseconds, or null when the date cannot be read.
export function period(date, granularity) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!match) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : null, match[3] ? Number(match[3]) : null];
  if (granularity !== 'month' && granularity !== 'year' && day !== null) {
    const from = Date.UTC(year, month - 1, day);
    return { from, to: from + DAY, granularity: 'day' };
  }
  if (granularity !== 'year' && month !== null) {
    return { from: Date.UTC(year, month - 1, 1), to: Date.UTC(year, month, 1), granularity: 'month' };
  }
  return { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), granularity: 'year' };
}

// The timeline's entries once each: entries of the same date and granularity become one, with the evidence of
// all; in time order, a wider period before a narrower one that starts with it.
export function timelineEntries(entries) {
  const byKey = new Map();
  for (const entry of entries ?? []) {
    const key = `${entry.date}|${entry.granularity ?? ''}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, { ...entry, evidence: [...(entry.evidence ?? [])] });
      continue;
    }
    const seen = new Set(known.evidence.map((e) => `${e.articleId}|${e.start}`));
    known.evidence.push(...(entry.evidence ?? []).filter((e) => !seen.has(`${e.articleId}|${e.start}`)));
  }
  const order = (e) => period(e.date, e.granularity) ?? { from: Infinity, to: Infinity };
  return [...byKey.values()].sort((a, b) => order(a).from - order(b).from || order(b).to - order(a).to);
}

function activate(node, action) {
  node.addEventListener('click', action);
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  });
  return node;
}

// The widths of SVG text elements in viewBox units, measured in a hidden copy of a chart attached to the page.
function measure(texts) {
  const probe = svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} 100`, width: WIDTH, height: 100 }, texts);
  const host = el('div', { class: 'probe', 'aria-hidden': 'true' }, probe);
  document.body.append(host);
  const widths = texts.map((t) => t.getBBox().width || t.textContent.length * CHAR_WIDTH);
  host.remove();
  return widths;
}

// Where a label centred at x sits once kept inside the chart: [left, right].
function interval(x, width) {
  const half = width / 2;
  const centre = Math.min(Math.max(x, half + GAP), WIDTH - half - GAP);
  return [centre - half, centre + half];
}

function overlaps(a, b) {
  return a[0] < b[1] + GAP && b[0] < a[1] + GAP;
}

// The days the chart shows: the story's days (its articles' first and last publication), or without them the
// middle entry's period, widened by REACH_DAYS on each side.
function focus(dated, story) {
  const start = period(story?.start, 'day');
  const end = period(story?.end, 'day') ?? start;
  const anchor = start ? { from: start.from, to: Math.max(start.to, end.to) } : dated[Math.floor(dated.length / 2)].at;
  return { anchor, from: anchor.from - REACH_DAYS * DAY, to: anchor.to + REACH_DAYS * DAY };
}

// Tick dates below the axis for a span of time: years for a long span, months for a season, days for a few weeks.
function tickDates(from, to) {
  const ticks = [];
  const first = new Date(from);
  if (to - from > 3 * 365 * DAY) {
    for (let year = first.getUTCFullYear() + 1; Date.UTC(year, 0, 1) < to; year++) {
      ticks.push({ at: Date.UTC(year, 0, 1), text: yearOnly.format(Date.UTC(year, 0, 1)) });
    }
  } else if (to - from > 40 * DAY) {
    for (let at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1); at < to; at = Date.UTC(new Date(at).getUTCFullYear(), new Date(at).getUTCMonth() + 1, 1)) {
      ticks.push({ at, text: new Date(at).getUTCMonth() === 0 || ticks.length === 0 ? monthYear.format(at) : monthOnly.format(at) });
    }
  } else {
    for (let at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate() + 1); at < to; at += DAY) {
      ticks.push({ at, text: dayMonth.format(at) });
    }
  }
  return ticks;
}

function label(entry, oneYear) {
  const { from, granularity } = entry.at;
  if (granularity === 'day') {
    return (oneYear ? dayMonth : dayMonthYear).format(from);
  }
  return granularity === 'month' ? monthYear.format(from) : yearOnly.format(from);
}

function farList(far, open) {
  if (far.length === 0) {
    return null;
  }
  return el('aside', { class: 'timeline-far', 'aria-label': 'تواريخ خارج الرسم' },
    el('p', { class: 'far-title' }, `أبعد من شهرين عن أيام القصة: ${counted(far.length, 'date')}`),
    el('ol', null, far.map((d) => el('li', { 'data-date': d.entry.date },
      button({ class: 'far-date', title: d.entry.text }, () => open(d.entry.evidence?.[0]), bdi(d.entry.date)),
      ' ', el('span', { class: 'far-text', dir: 'auto' }, d.entry.text)))));
}

// The dated events along one axis, earliest on the right as Arabic reads; each mark opens its first evidence. The
// axis covers the story's days and the events near them; events far away are listed beside it. Every label is
// measured and placed in the first row where it overlaps none; ticks that would overlap are dropped.
export function timelineChart(entries, open, story) {
  const dated = timelineEntries(entries).map((e) => ({ entry: e, at: period(e.date, e.granularity) })).filter((d) => d.at !== null);
  if (dated.length === 0) {
    return null;
  }
  const range = focus(dated, story);
  const near = dated.filter((d) => d.at.from >= range.from && d.at.to <= range.to);
  const far = dated.filter((d) => !near.includes(d));
  if (near.length === 0) {
    return el('div', { class: 'timeline-view' }, farList(far, open));
  }

  const from = Math.min(range.anchor.from, ...near.map((d) => d.at.from));
  const to = Math.max(range.anchor.to, ...near.map((d) => d.at.to));
  const x = (at) => WIDTH - 2 * GAP - ((at - from) / (to - from)) * (WIDTH - 4 * GAP);
  const oneYear = new Date(from).getUTCFullYear() === new Date(to - 1).getUTCFullYear();

  const labels = near.map((d) => svg('text', { class: 'event-label', 'text-anchor': 'middle' }, label(d, oneYear)));
  const ticks = tickDates(from, to).map((t) => ({ ...t, node: svg('text', { class: 'tick', 'text-anchor': 'middle' }, t.text) }));
  const widths = measure([...labels, ...ticks.map((t) => t.node)]);

  const rows = Array.from({ length: LABEL_ROWS }, () => []);
  const placed = near.map((d, i) => ({ d, node: labels[i], width: widths[i], centre: (x(d.at.from) + x(d.at.to)) / 2 }))
    .sort((a, b) => a.centre - b.centre)
    .map((item) => {
      const box = interval(item.centre, item.width);
      const row = rows.findIndex((kept) => !kept.some((other) => overlaps(other, box)));
      if (row >= 0) {
        rows[row].push(box);
      }
      return { ...item, box, row };
    });
  const used = Math.max(1, ...placed.map((p) => p.row + 1));
  const axis = TOP + used * ROW + LEAD;
  const height = axis + BELOW;
  const rowY = (row) => axis - LEAD - row * ROW;

  const chart = svg('svg', { class: 'chart timeline-chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': 'الخط الزمني' },
    svg('rect', {
      class: 'story-days', x: x(range.anchor.to), y: axis - 9, width: Math.max(2, x(range.anchor.from) - x(range.anchor.to)), height: 18, rx: 3,
    }),
    svg('line', { class: 'axis', x1: GAP, y1: axis, x2: WIDTH - GAP, y2: axis }));

  let lastTick = null;
  ticks.map((t, i) => ({ ...t, box: interval(x(t.at), widths[labels.length + i]) })).forEach((t) => {
    if (lastTick && overlaps(lastTick, t.box)) {
      return;
    }
    lastTick = t.box;
    t.node.setAttribute('x', String((t.box[0] + t.box[1]) / 2));
    t.node.setAttribute('y', String(axis + 22));
    chart.append(svg('line', { class: 'tick-mark', x1: x(t.at), y1: axis, x2: x(t.at), y2: axis + 6 }), t.node);
  });

  // Stems first, then labels over them (a halo keeps a stem from crossing a lower label's letters), marks on top.
  const marks = placed.map((p) => {
    const { entry, at } = p.d;
    const title = `${entry.date}: ${entry.text}`;
    const common = { tabindex: 0, role: 'button', 'aria-label': title, 'data-date': entry.date };
    // A day is a filled dot; a month or a year (a date the article gives less exactly) a ring at its middle.
    const mark = svg('circle', { class: at.granularity === 'day' ? 'event' : 'event period', cx: p.centre, cy: axis, r: 6, ...common }, svg('title', null, title));
    return activate(mark, () => open(entry.evidence?.[0]));
  });
  const shownLabels = placed.filter((p) => p.row >= 0);
  for (const p of shownLabels) {
    p.node.setAttribute('x', String((p.box[0] + p.box[1]) / 2));
    p.node.setAttribute('y', String(rowY(p.row)));
  }
  chart.append(
    ...shownLabels.map((p) => svg('line', { class: 'stem', x1: p.centre, y1: rowY(p.row) + 4, x2: p.centre, y2: axis })),
    ...shownLabels.map((p) => p.node),
    ...marks);

  const unlabelled = placed.filter((p) => p.row < 0).length;
  return el('div', { class: 'timeline-view' },
    el('figure', { class: 'timeline-figure' }, chart,
      el('figcaption', { class: 'note' }, 'المنطقة المظللة أيام نشر مقالات القصة؛ النقطة يوم، والدائرة المفرغة شهر أو سنة.',
        unlabelled > 0 ? ` ${counted(unlabelled, 'event')} بلا تسمية لضيق المكان؛ القائمة أدناه تذكر كل الأحداث.` : null)),
    farList(far, open));
}

// Per outlet, its framing words as bars (how often it uses each), longest first; a bar opens where it is used.
export function wordingChart(outlets, open, name = (outlet) => outlet) {
  const frames = [...new Set(outlets.flatMap((o) => o.wording.map((w) => w.frame)))].sort();
  // Bars per outlet, the label column's width and a row's height, in viewBox units.
  const [shown, labelWidth, row] = [8, 170, 24];
  const max = Math.max(1, ...outlets.flatMap((o) => o.wording.map((w) => w.count)));
  const figures = outlets.filter((o) => o.wording.length > 0).map((outlet) => {
    const terms = [...outlet.wording].sort((a, b) => b.count - a.count).slice(0, shown);
    const chart = svg('svg', {
      class: 'chart wording-chart', viewBox: `0 0 ${WIDTH} ${terms.length * row + 8}`, role: 'img', 'aria-label': `مفردات ${name(outlet.outlet)}`,
    });
    terms.forEach((term, i) => {
      const y = i * row + 4;
      const length = (term.count / max) * (WIDTH - labelWidth - 60);
      const right = WIDTH - labelWidth;
      const times = counted(term.count, 'time');
      chart.append(
        svg('text', { class: 'label', x: WIDTH - 4, y: y + row / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, term.term),
        activate(svg('rect', {
          class: `bar frame-${frames.indexOf(term.frame) % 6}`, x: right - length, y: y + 3, width: Math.max(2, length), height: row - 8, tabindex: 0, role: 'button',
          'aria-label': `${term.term} (${frameName(term.frame)}): ${times}`,
        }, svg('title', null, `${frameName(term.frame)}: ${term.term}، ${times}`)), () => open(term.evidence[0])),
        svg('text', { class: 'value', x: right - length - 6, y: y + row / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, count(term.count)));
    });
    return el('figure', { class: 'wording' }, el('figcaption', null, bdi(name(outlet.outlet))), chart);
  });
  if (figures.length === 0) {
    return null;
  }
  const legend = el('ul', { class: 'legend', 'aria-label': 'الأطر' },
    frames.map((f, i) => el('li', null, el('span', { class: `swatch frame-${i % 6}` }), frameName(f))));
  return el('div', { class: 'wording-charts' }, legend, figures, el('p', { class: 'note' }, `أطول شريط: ${counted(max, 'time')}`));
}
