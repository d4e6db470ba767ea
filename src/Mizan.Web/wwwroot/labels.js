// Arabic names for the codes the brief and the store use (framing frames, claim statuses, reasons text was
// removed), so no English code word shows on the page. An unknown code gets a generic Arabic name; the code itself
// stays only in a tooltip.

// The frames of src/Mizan.Briefs/Data/framing-lexicon.txt: which choice of words each groups.
export const FRAMES = Object.freeze({
  death: 'الموت والضحايا',
  armed: 'الجماعات المسلحة',
  act: 'وصف العنف',
  force: 'القوات الأجنبية',
});

export function frameName(frame) {
  return FRAMES[frame] ?? 'إطار آخر';
}

// A claim's status across outlets; "evolving" is a figure that changed over time (a toll that rose overnight).
export const STATUS = Object.freeze({
  conflict: { className: 'conflict', label: 'تعارض' },
  agree: { className: 'agree', label: 'اتفاق' },
  single: { className: 'unique', label: 'منفرد' },
  evolving: { className: 'evolving', label: 'يتطور مع الوقت' },
});

export function statusOf(code) {
  return STATUS[code] ?? STATUS.single;
}

// Why cleaning removed a passage (the reasons of src/Mizan.Ingest/Cleaning and Data/boilerplate-phrases.txt).
export const REMOVED_REASONS = Object.freeze({
  'comment-widget': 'أداة التعليقات',
  'back-to-top': 'رابط العودة إلى الأعلى',
  'font-size-widget': 'أداة حجم الخط',
  'share-label': 'أزرار المشاركة',
  'pager-widget': 'روابط السابق والتالي',
  'read-also': 'اقرأ أيضاً',
  'related-link': 'رابط لخبر آخر',
  'section-label': 'اسم القسم',
  'duplicate-line': 'سطر مكرر',
  'repeated-in-outlet': 'سطر يتكرر في مقالات المنفذ',
  'repeated-across-collection': 'سطر يتكرر عند عدة منافذ',
});

export function removedReason(code) {
  return REMOVED_REASONS[code] ?? 'سبب آخر';
}

