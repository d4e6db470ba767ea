// The page's router: the part of the address after # names the view (#/, #/story/ID, #/article/ID, #/entity/NAME,
// #/search?q=...), so every view has its own link and the back button works.
import { el } from './dom.js';
import { showStories } from './list.js';
import { showStory } from './story.js';
import { showArticle } from './article.js';
import { showEntity } from './entity.js';
import { showSearch } from './search.js';

const view = document.getElementById('view');

function route() {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, queryText] = hash.split('?', 2);
  const query = new URLSearchParams(queryText ?? '');
  const parts = path.split('/').filter((p) => p.length > 0).map(decodeURIComponent);
  switch (parts[0]) {
    case undefined:
      return showStories(view, query);
    case 'story':
      return showStory(view, parts[1] ?? '');
    case 'article':
      return showArticle(view, parts[1] ?? '', query);
    case 'entity':
      return showEntity(view, parts.slice(1).join('/'));
    case 'search':
      return showSearch(view, query);
    default:
      view.replaceChildren(el('p', { class: 'error' }, 'لا توجد صفحة بهذا العنوان.'));
      return Promise.resolve();
  }
}

async function render() {
  view.setAttribute('aria-busy', 'true');
  view.replaceChildren(el('p', { class: 'status' }, 'جارٍ التحميل…'));
  try {
    await route();
  } catch (error) {
    view.replaceChildren(el('p', { class: 'error', role: 'alert' }, `تعذّر العرض: ${error.message}`));
  }
  view.removeAttribute('aria-busy');
  document.body.dataset.ready = window.location.hash || '#/';
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-box').value.trim();
  if (q) {
    window.location.hash = `#/search?${new URLSearchParams({ q })}`;
  }
});

window.addEventListener('hashchange', render);
render();
