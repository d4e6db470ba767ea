// Building the page from data without ever parsing data as markup: every text goes in as a text node, every
// attribute through setAttribute with a name from a fixed list, and links only to this page or to http(s).

const SAFE_ATTRIBUTES = new Set([
  'class', 'id', 'href', 'title', 'lang', 'dir', 'role', 'type', 'name', 'value', 'placeholder', 'for', 'colspan',
  'rowspan', 'scope', 'datetime', 'rel', 'target', 'tabindex', 'min', 'max', 'multiple', 'accept', 'required',
  'hidden', 'disabled', 'list', 'autocomplete',
]);

const SVG_ATTRIBUTES = new Set([
  'class', 'viewBox', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'text-anchor',
  'dominant-baseline', 'role', 'aria-label', 'preserveAspectRatio', 'tabindex', 'transform', 'points', 'rx',
]);

const SVG_NS = 'http://www.w3.org/2000/svg';

// A link target: a route of this page (#/...), a path of this server, or an http(s) address; anything else
// (javascript:, data:, ...) is refused.
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith('#') || (text.startsWith('/') && !text.startsWith('//'))) {
    return text;
  }
  try {
    const url = new URL(text, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function setAttributes(node, attributes, allowed) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (!allowed.has(name) && !name.startsWith('aria-') && !name.startsWith('data-')) {
      throw new Error(`attribute not allowed: ${name}`);
    }
    if (name === 'href') {
      const href = safeHref(value);
      if (href !== null) {
        node.setAttribute('href', href);
      }
      continue;
    }
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// An element: el('a', { href: '#/', class: 'x' }, 'text', otherNode).
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes, SAFE_ATTRIBUTES);
  return append(node, children);
}

// An SVG element, with the same rules.
export function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes, SVG_ATTRIBUTES);
  return append(node, children);
}

// Latin text, numbers and dates inside Arabic text keep their own direction.
export function bdi(text, attributes) {
  return el('bdi', attributes, text ?? '');
}

// A button that runs an action on click.
export function button(attributes, action, ...children) {
  const node = el('button', { type: 'button', ...attributes }, ...children);
  node.addEventListener('click', action);
  return node;
}

// The text with the spans [start, end) (offsets into text) wrapped in <mark>; offsets are UTF-16 code units, as
// JavaScript strings count them. Overlapping or out-of-range spans are clipped.
export function highlighted(text, spans, markAttributes) {
  const fragment = document.createDocumentFragment();
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(at, Math.min(span.start, text.length));
    const end = Math.min(span.end, text.length);
    if (end <= start) {
      continue;
    }
    fragment.append(document.createTextNode(text.slice(at, start)));
    fragment.append(el('mark', markAttributes, text.slice(start, end)));
    at = end;
  }
  fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

// A number written with the page's digits and separators.
export function count(value) {
  return new Intl.NumberFormat('ar-u-nu-latn').format(value);
}

// A date span as the lists show it.
export function span(start, end) {
  if (!start && !end) {
    return 'تاريخ غير معروف';
  }
  return start === end || !end ? start : `${start} – ${end}`;
}
