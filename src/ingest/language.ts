/**
 * Language of a source's text: 'en', 'ru' or 'other'. Decided on the text
 * alone, never on a file name. The script decides first (Cyrillic or Latin
 * letters, URLs and e-mail addresses left out). franc is reliable on long
 * texts but not on one-sentence posts ("At least 120 soldiers refused." is
 * German to it, "В Брянке держат отказников в подвале." Bulgarian), so short
 * texts are decided by letters only Russian uses and by English function words.
 */

import { franc } from 'franc-min';
import englishWords from '../../data/ingest/english-function-words.json' with { type: 'json' };
import type { Language } from '../claims/schema.ts';

/** Below this many letters franc's answer is not trusted. */
const FRANC_MIN_LETTERS = 200;
/** Share of words that are English function words above which Latin-script text is English. */
const ENGLISH_WORD_SHARE = 0.15;

/** Frequent English words that are not also frequent words of other Latin-script languages. */
const ENGLISH_WORDS = new Set(englishWords.distinctive);
/** Frequent English words that other languages use too ("in", "was", "will" in German; "a" in Spanish): half weight. */
const SHARED_ENGLISH_WORDS = new Set(englishWords.shared);

/** Letters Russian uses and Ukrainian, Belarusian, Bulgarian and Serbian do not. */
const RUSSIAN_ONLY = /[ыэё]/giu;
/** Cyrillic letters Russian does not use (Ukrainian, Belarusian, Serbian, Macedonian, Kazakh, Tatar, ...). */
const NON_RUSSIAN_CYRILLIC = /[іїєґўјљњћђџѓќѕәөүұқғңһҗ]/giu;

/** Characters looked at: enough to tell, and keeps a huge file from costing much. */
const SAMPLE_LENGTH = 20_000;

/** The language of `text`: 'en', 'ru' or 'other'. */
export function detectLanguage(text: string): Language {
  const prose = text.slice(0, SAMPLE_LENGTH).replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu, ' ');
  const cyrillic = count(prose, /\p{Script=Cyrillic}/gu);
  const latin = count(prose, /\p{Script=Latin}/gu);
  const all = count(prose, /\p{L}/gu);
  if (all === 0) return 'other';
  if (cyrillic >= latin && cyrillic >= all / 2) return cyrillicLanguage(prose, cyrillic);
  if (latin > cyrillic && latin >= all / 2) return latinLanguage(prose);
  return 'other';
}

function cyrillicLanguage(text: string, letters: number): Language {
  const russianOnly = count(text, RUSSIAN_ONLY);
  const nonRussian = count(text, NON_RUSSIAN_CYRILLIC);
  if (nonRussian > russianOnly) return 'other';
  if (russianOnly > 0) return 'ru';
  // No telling letters: a long Russian text always has some ы, э or ё, so ask franc;
  // a short one is Russian unless proven otherwise.
  if (letters >= FRANC_MIN_LETTERS) return franc(text) === 'rus' ? 'ru' : 'other';
  return 'ru';
}

function latinLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  let shared = 0;
  for (const word of words) {
    if (ENGLISH_WORDS.has(word)) english++;
    else if (SHARED_ENGLISH_WORDS.has(word)) shared++;
  }
  if (english > 0 && english + shared / 2 >= ENGLISH_WORD_SHARE * words.length) return 'en';
  // franc is asked even on short texts here: its mistakes on them are other languages, not English.
  return franc(text, { minLength: 10 }) === 'eng' ? 'en' : 'other';
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
