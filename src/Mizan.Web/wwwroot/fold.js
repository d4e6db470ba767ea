// Long tables and lists show their first rows; a button naming how many there are ("55 اقتباسًا — عرض الكل")
// shows the rest, and folds them again.
import { button } from './dom.js';
import { counted } from './plural.js';

// A list is folded only when at least this many rows would be hidden: hiding fewer saves less space than the button
// takes and makes the reader click for one or two rows.
const MIN_HIDDEN = 4;

// Hides the rows after the first `limit` and returns the button that shows them (or null when the list is short).
// `noun` is a key of plural.js's table, for the count on the button.
export function fold(rows, limit, noun) {
  if (rows.length - limit < MIN_HIDDEN) {
    return null;
  }
  const rest = rows.slice(limit);
  const folded = `${counted(rows.length, noun)} — عرض الكل`;
  const control = button({ class: 'fold', 'aria-expanded': 'false' }, () => {
    const open = control.getAttribute('aria-expanded') !== 'true';
    rest.forEach((row) => { row.hidden = !open; });
    control.setAttribute('aria-expanded', String(open));
    control.textContent = open ? 'عرض أقل' : folded;
  }, folded);
  rest.forEach((row) => { row.hidden = true; });
  return control;
}
