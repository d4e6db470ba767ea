// Charts drawn as inline SVG with DOM calls: the story's timeline and each outlet's wording. Geometry is in the
// SVG's own units (the viewBox); CSS scales it to the column's width.
import { el, svg, bdi, count } from './dom.js';

// Width of every chart's viewBox: the column's width at desktop size, so text stays legible when scaled.
const WIDTH = 800;

// A date of the brief (yyyy, yyyy-MM or yyyy-MM-dd) as milliseconds, or null.
function time(date) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  return match ? Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)) : null;
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

// The dated events along one axis, earliest on the right as Arabic reads; each point opens its first evidence.
export function timelineChart(entries, open) {
  const dated = entries.map((e) => ({ entry: e, at: time(e.date) })).filter((d) => d.at !== null);
  if (dated.length === 0) {
    return null;
  }
  // Margins that keep the end labels inside the box; rows of points three deep so close dates stay apart.
  const [pad, axis, rowGap, height] = [40, 90, 18, 120];
  const first = Math.min(...dated.map((d) => d.at));
  const last = Math.max(...dated.map((d) => d.at));
  const x = (at) => (last === first ? WIDTH / 2 : WIDTH - pad - ((at - first) / (last - first)) * (WIDTH - 2 * pad));
  const chart = svg('svg', { class: 'chart timeline-chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': 'الخط الزمني' },
    svg('line', { class: 'axis', x1: pad, y1: axis, x2: WIDTH - pad, y2: axis }));
  const years = [...new Set(dated.map((d) => new Date(d.at).getUTCFullYear()))];
  const step = Math.max(1, Math.ceil(years.length / 8));
  years.filter((_, i) => i % step === 0).forEach((year) => {
    const at = x(Date.UTC(year, 0, 1) < first ? first : Date.UTC(year, 0, 1));
    chart.append(svg('text', { class: 'tick', x: at, y: axis + 22, 'text-anchor': 'middle' }, String(year)));
  });
  dated.forEach((d, i) => {
    const cy = axis - 14 - (i % 3) * rowGap;
    const point = svg('circle', {
      class: 'event', cx: x(d.at), cy, r: 6, tabindex: 0, role: 'button', 'aria-label': `${d.entry.date}: ${d.entry.text}`,
    }, svg('title', null, `${d.entry.date}: ${d.entry.text}`));
    chart.append(svg('line', { class: 'stem', x1: x(d.at), y1: cy, x2: x(d.at), y2: axis }), activate(point, () => open(d.entry.evidence[0])));
  });
  return chart;
}

// Per outlet, its framing words as bars (how often it uses each), longest first; a bar opens where it is used.
export function wordingChart(outlets, open, label = (name) => name) {
  const frames = [...new Set(outlets.flatMap((o) => o.wording.map((w) => w.frame)))].sort();
  // Bars per outlet, the label column's width and a row's height, in viewBox units.
  const [shown, labelWidth, row] = [8, 170, 24];
  const max = Math.max(1, ...outlets.flatMap((o) => o.wording.map((w) => w.count)));
  const figures = outlets.filter((o) => o.wording.length > 0).map((outlet) => {
    const terms = [...outlet.wording].sort((a, b) => b.count - a.count).slice(0, shown);
    const chart = svg('svg', {
      class: 'chart wording-chart', viewBox: `0 0 ${WIDTH} ${terms.length * row + 8}`, role: 'img', 'aria-label': `مفردات ${label(outlet.outlet)}`,
    });
    terms.forEach((term, i) => {
      const y = i * row + 4;
      const length = (term.count / max) * (WIDTH - labelWidth - 60);
      const right = WIDTH - labelWidth;
      chart.append(
        svg('text', { class: 'label', x: WIDTH - 4, y: y + row / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, term.term),
        activate(svg('rect', {
          class: `bar frame-${frames.indexOf(term.frame) % 6}`, x: right - length, y: y + 3, width: Math.max(2, length), height: row - 8, tabindex: 0, role: 'button',
          'aria-label': `${term.term}: ${term.count}`,
        }, svg('title', null, `${term.frame}: ${term.term} ×${term.count}`)), () => open(term.evidence[0])),
        svg('text', { class: 'value', x: right - length - 6, y: y + row / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, String(term.count)));
    });
    return el('figure', { class: 'wording' }, el('figcaption', null, bdi(label(outlet.outlet))), chart);
  });
  if (figures.length === 0) {
    return null;
  }
  const legend = el('ul', { class: 'legend' }, frames.map((f, i) => el('li', null, el('span', { class: `swatch frame-${i % 6}` }), bdi(f))));
  return el('div', { class: 'wording-charts' }, legend, figures, el('p', { class: 'note' }, `أطول شريط = ${count(max)} مرة`));
}
