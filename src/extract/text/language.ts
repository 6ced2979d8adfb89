/** Guessing a text's language from its script, for texts that arrive without one. */
import type { Language } from '../../claims/schema.ts';

/**
 * Cyrillic vs Latin letter ratio: enough to route a document to the English or
 * Russian rules. Texts with few letters of either script are 'other'.
 */
export function detectLanguage(text: string): Language {
  let latin = 0;
  let cyrillic = 0;
  // A sample is enough and keeps this O(1) on huge inputs.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
  }
  const letters = latin + cyrillic;
  if (letters < 20) return 'other';
  if (cyrillic / letters > 0.5) return 'ru';
  return latin / letters > 0.5 ? 'en' : 'other';
}
