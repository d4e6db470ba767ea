// The story list: headline, outlets, time span and size per story; filters by date, outlet and entity; uploads.
import { getJson, upload } from './api.js';
import { el, bdi, count, span } from './dom.js';
import { counted } from './plural.js';

function filtersForm(query) {
  const field = (label, name, type, placeholder) => el('label', { class: 'field' }, label,
    el('input', { type, name, value: query.get(name) ?? '', placeholder, dir: type === 'date' ? 'ltr' : 'auto' }));
  const form = el('form', { class: 'filters', 'aria-label': 'تصفية القصص' },
    field('من', 'from', 'date'),
    field('إلى', 'to', 'date'),
    field('المنفذ', 'outlet', 'text', 'مثلاً Arabi21'),
    field('الكيان', 'entity', 'text', 'مثلاً الأعرجي'),
    el('button', { type: 'submit' }, 'تصفية'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (String(value).trim()) {
        chosen.set(name, String(value).trim());
      }
    }
    window.location.hash = `#/?${chosen}`;
  });
  return form;
}

// The file picker's own button speaks the browser's language; a label styled as a button says it in Arabic and
// names how many files are chosen.
function uploadForm() {
  const input = el('input', { type: 'file', id: 'upload-files', name: 'files', multiple: true, class: 'file-input' });
  const chosen = el('span', { class: 'chosen' }, 'لم تُختر ملفات');
  input.addEventListener('change', () => {
    chosen.textContent = input.files.length === 0 ? 'لم تُختر ملفات' : `اختيرت ${counted(input.files.length, 'file')}`;
  });
  const status = el('p', { class: 'status', role: 'status' });
  const form = el('form', { class: 'upload' },
    el('span', null, 'إضافة مقالات (نص، HTML، JSON، RSS، WARC، zip): '),
    input, el('label', { for: 'upload-files', class: 'file-button' }, 'اختر ملفات'), chosen,
    el('button', { type: 'submit' }, 'رفع'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (input.files.length === 0) {
      return;
    }
    status.textContent = 'جارٍ الرفع وإعادة التجميع…';
    try {
      const result = await upload(input.files);
      status.textContent = `المقروء: ${count(result.read)}، الجديد: ${count(result.new)}، المكرر: ${count(result.duplicate)}، المتخطى: ${count(result.skipped)}؛ في المخزن الآن ${counted(result.stories, 'story')}.`;
      if (result.rebriefed) {
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }
    } catch (error) {
      status.textContent = `تعذّر الرفع: ${error.message}`;
    }
  });
  return form;
}

function storyItem(story) {
  return el('li', { class: 'story-item' },
    el('a', { class: 'story-link', href: `#/story/${encodeURIComponent(story.id)}` }, el('span', { dir: 'auto' }, story.headline ?? story.id)),
    el('p', { class: 'meta' },
      el('span', { class: 'outlet-count' }, `${counted(story.outlets.length, 'outlet')}: `),
      story.outlets.flatMap((o, i) => [i > 0 ? '، ' : null, bdi(o, { class: 'outlet' })]),
      ' · ', bdi(span(story.start, story.end), { class: 'dates' }),
      ' · ', el('span', { class: 'size' }, counted(story.articles, 'article'))));
}

function pager(page, query) {
  const last = Math.max(1, Math.ceil(page.total / page.size));
  const link = (number, label) => {
    const next = new URLSearchParams(query);
    next.set('page', String(number));
    return el('a', { href: `#/?${next}`, class: 'page-link' }, label);
  };
  return el('nav', { class: 'pager', 'aria-label': 'الصفحات' },
    page.number > 1 ? link(page.number - 1, 'السابق') : null,
    el('span', null, `صفحة ${count(page.number)} من ${count(last)} (${counted(page.total, 'story')})`),
    page.number < last ? link(page.number + 1, 'التالي') : null);
}

export async function showStories(view, query) {
  const parameters = Object.fromEntries(['page', 'from', 'to', 'outlet', 'entity'].map((n) => [n, query.get(n)]));
  const page = await getJson('api/stories', parameters);
  document.getElementById('search-box').value = '';
  view.replaceChildren(
    el('h1', null, 'القصص'),
    filtersForm(query),
    page.items.length === 0
      ? el('p', { class: 'status' }, 'لا توجد قصص تطابق التصفية.')
      : el('ol', { class: 'stories' }, page.items.map(storyItem)),
    pager(page, query),
    uploadForm());
  document.title = 'ميزان: القصص';
}
