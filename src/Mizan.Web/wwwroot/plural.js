// A count with its noun as Arabic grammar wants it: 1 مقال واحد, 2 مقالان, 3–10 مقالات, 11–99 مقالًا, 100 مقال,
// and a number above 100 by its last two digits (103 مقالات, 111 مقالًا, 101 and 200 مقال). Intl.PluralRules('ar')
// names these cases (one, two, few, many, other, and zero); the nouns' forms are in the table below. Numbers are
// written with the page's digits (count in dom.js).
import { count } from './dom.js';

// Each noun: singular, dual (nominative), plural, accusative singular (after 11–99), and gender (for واحد/واحدة).
export const NOUNS = Object.freeze({
  article: { one: 'مقال', two: 'مقالان', few: 'مقالات', many: 'مقالًا', feminine: false },
  outlet: { one: 'منفذ', two: 'منفذان', few: 'منافذ', many: 'منفذًا', feminine: false },
  source: { one: 'مصدر', two: 'مصدران', few: 'مصادر', many: 'مصدرًا', feminine: false },
  result: { one: 'نتيجة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجةً', feminine: true },
  story: { one: 'قصة', two: 'قصتان', few: 'قصص', many: 'قصةً', feminine: true },
  quote: { one: 'اقتباس', two: 'اقتباسان', few: 'اقتباسات', many: 'اقتباسًا', feminine: false },
  speaker: { one: 'متحدث', two: 'متحدثان', few: 'متحدثين', many: 'متحدثًا', feminine: false },
  figure: { one: 'رقم', two: 'رقمان', few: 'أرقام', many: 'رقمًا', feminine: false },
  claim: { one: 'بند', two: 'بندان', few: 'بنود', many: 'بندًا', feminine: false },
  entity: { one: 'كيان', two: 'كيانان', few: 'كيانات', many: 'كيانًا', feminine: false },
  event: { one: 'حدث', two: 'حدثان', few: 'أحداث', many: 'حدثًا', feminine: false },
  date: { one: 'تاريخ', two: 'تاريخان', few: 'تواريخ', many: 'تاريخًا', feminine: false },
  time: { one: 'مرة', two: 'مرتان', few: 'مرات', many: 'مرةً', feminine: true },
  file: { one: 'ملف', two: 'ملفان', few: 'ملفات', many: 'ملفًا', feminine: false },
  passage: { one: 'مقطع', two: 'مقطعان', few: 'مقاطع', many: 'مقطعًا', feminine: false },
  value: { one: 'قيمة', two: 'قيمتان', few: 'قيم', many: 'قيمةً', feminine: true },
});

const rules = new Intl.PluralRules('ar');

// The grammatical case of a whole number: 'zero', 'one', 'two', 'few' (3–10), 'many' (11–99) or 'other' (100,
// 101, 102, 200, ...), each by the number's last two digits above 100, as CLDR's Arabic rules say.
export function pluralCase(value) {
  return rules.select(value);
}

// The count and its noun: counted(4, 'article') is "4 مقالات"; counted(0, 'result') is "لا نتائج".
export function counted(value, noun) {
  const forms = NOUNS[noun];
  if (!forms) {
    throw new Error(`no forms for the noun ${noun}`);
  }
  switch (pluralCase(value)) {
    case 'zero':
      return `لا ${forms.few}`;
    case 'one':
      return `${forms.one} ${forms.feminine ? 'واحدة' : 'واحد'}`;
    case 'two':
      return forms.two;
    case 'few':
      return `${count(value)} ${forms.few}`;
    case 'many':
      return `${count(value)} ${forms.many}`;
    default:
      return `${count(value)} ${forms.one}`;
  }
}
