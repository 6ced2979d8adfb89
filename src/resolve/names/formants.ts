/**
 * Surname formants: the endings Russian (and Ukrainian, Belarusian) surnames
 * are built with. Two surnames on one stem with different formants (Петров,
 * Петрук, Петренко, Петровский) are different family names, not typos of each
 * other, however few letters apart; spelling variants of one formant (-ов/-ев,
 * -ский/-цкий, -ук/-юк) stay one class.
 */

/** Formant classes over skeletons, longer endings first. */
const CLASSES: [RegExp, string][] = [
  [/(skaia|ckaia)$/, 'skaia'],
  [/(ski|cki|skoi|ckoi)$/, 'ski'],
  [/enko$/, 'enko'],
  [/(ova|eva)$/, 'ova'],
  [/ina$/, 'ina'],
  [/(ov|ev)$/, 'ov'],
  [/in$/, 'in'],
  [/uk$/, 'uk'],
  [/ič$/, 'ič'],
  [/ih$/, 'ih'],
];

/** The formant class of a surname skeleton, or '' when it ends in none. */
export function formantOf(skeleton: string): string {
  for (const [re, cls] of CLASSES) if (re.test(skeleton)) return cls;
  return '';
}

/** True when both skeletons end in a known formant and the formants differ. */
export function differentFormants(a: string, b: string): boolean {
  const fa = formantOf(a);
  if (!fa) return false;
  const fb = formantOf(b);
  return fb !== '' && fa !== fb;
}
