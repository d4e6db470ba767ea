// The access key: asked for once, when the server first answers 401, and kept for this tab's session
// (sessionStorage), so it is sent on every later call and forgotten when the tab closes.
import { el } from './dom.js';

const STORAGE = 'mizan-key';

export function storedKey() {
  return sessionStorage.getItem(STORAGE);
}

export function forgetKey() {
  sessionStorage.removeItem(STORAGE);
}

let pending = null;

// Asks for the key in a dialog; resolves with it (stored), or null when the reader cancels. Calls that fail at
// once share one dialog.
export function askForKey(wrong) {
  pending ??= new Promise((resolve) => {
    const input = el('input', { type: 'password', name: 'key', autocomplete: 'off', required: true, dir: 'ltr', 'aria-label': 'مفتاح الوصول' });
    const cancel = el('button', { type: 'button' }, 'إلغاء');
    const form = el('form', { class: 'key-form' },
      el('p', null, 'هذا الخادم يطلب مفتاح وصول. يُحفظ المفتاح في هذه النافذة حتى تُغلق.'),
      wrong ? el('p', { class: 'error', role: 'alert' }, 'المفتاح غير صحيح أو أُلغي.') : null,
      el('label', { class: 'field' }, 'المفتاح ', input),
      el('button', { type: 'submit' }, 'دخول'), ' ', cancel);
    const dialog = el('dialog', { class: 'key-dialog', 'aria-label': 'مفتاح الوصول' }, form);
    const close = (key) => {
      dialog.close();
      dialog.remove();
      pending = null;
      if (key !== null) {
        sessionStorage.setItem(STORAGE, key);
      }
      resolve(key);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (key) {
        close(key);
      }
    });
    cancel.addEventListener('click', () => close(null));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(null);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
  return pending;
}
