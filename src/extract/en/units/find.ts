/**
 * Finds military formations in text: "64th Separate Guards Motor Rifle Brigade",
 * "3rd Army Corps", "1st and 2nd battalions", "64 ОМСБр", "military unit 51460",
 * "в/ч 51460". Pure: text in, hits out. Cheap: only positions holding a digit
 * are looked at.
 */
import type { UnitLexicon, UnitType } from './lexicon.ts';

/** One formation found in the text. */
export interface UnitHit {
  /** `NUMBER-TYPE`, e.g. `64-brigade`. */
  key: string;
  /** The words as written, from the number to the type word. */
  mention: string;
  start: number;
  end: number;
  rule: string;
}

// A number, optionally an English ordinal or a Russian ordinal ending (64th, 64-я, 64-й).
const NUMBER = /(?<![\p{L}\p{N}.,/-])(\d{1,6})(st|nd|rd|th|-?(?:я|й|го|ой|ая|ый|ий|ей))?(?![\p{L}\p{N}])/gu;
// A word: letters with inner hyphens, apostrophes or a dot (abbreviations like "гв.").
const WORD = /^[\s\u00a0]*([\p{L}][\p{L}'’-]*\.?)/u;
const RU_ADJ = /^[а-яё-]+(ой|ая|ый|ий|ого|ей|ую|ых|ым|ые|ие)$/u;
const MAX_MODIFIERS = 7;

interface Walk {
  type: UnitType;
  end: number;
  rule: string;
}

/** Every formation in `text`, in order of appearance (duplicates kept). */
export function findUnits(text: string, lex: UnitLexicon): UnitHit[] {
  const hits: UnitHit[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const num = String(Number(m[1]));
    const afterNumber = start + m[0].length;
    const walk = m[1]!.length <= 4 ? walkToType(text, afterNumber, lex, m[2] !== undefined) : null;
    if (walk) {
      hits.push({
        key: `${num}-${walk.type}`,
        mention: text.slice(start, walk.end),
        start,
        end: walk.end,
        rule: walk.rule,
      });
      continue;
    }
    const cue = unitNumberCue(text, start, lex);
    // A bare "unit" before a number is weaker evidence than "military unit" or "в/ч": ask for
    // the five digits of a unit number, so "unit 2024" (a year) is not read as one.
    const bareUnit = cue !== null && /^unit\b/i.test(text.slice(cue, cue + 5));
    if (cue !== null && m[1]!.length >= (bareUnit ? 5 : 4) && m[2] === undefined) {
      hits.push({
        key: `${num}-unit`,
        mention: text.slice(cue, afterNumber),
        start: cue,
        end: afterNumber,
        rule: 'unit-number',
      });
    }
  }
  return linkCoordinated(text, hits);
}

/** Walks from just after a number over modifiers to a type word or abbreviation. */
function walkToType(text: string, from: number, lex: UnitLexicon, ordinal: boolean): Walk | null {
  let pos = from;
  let modifiers = 0;
  let found: Walk | null = null;
  let guessed = false;
  while (modifiers <= MAX_MODIFIERS) {
    const w = WORD.exec(text.slice(pos, pos + 60));
    if (!w) break;
    const word = w[1]!;
    const lower = word.toLowerCase().replace(/’/g, "'");
    const end = pos + w[0].length;
    const abbr = abbreviation(text, pos, lower, lex);
    if (abbr) return { type: abbr.type, end: abbr.end, rule: 'number-abbreviation' };
    const type = lex.typeWords.get(lower.replace(/\.$/, ''));
    const capital = /^\p{Lu}/u.test(word);
    // A lower-case type word after a guessed (unknown capitalised) modifier is prose, not a name.
    if (type && (ordinal || modifiers > 0 || capital) && (capital || !guessed)) {
      // "3rd Army Corps": a type word followed by another type word takes the last one.
      found = { type, end, rule: ordinal ? 'ordinal-type' : 'number-type' };
      pos = end;
      modifiers++;
      continue;
    }
    if (found) return found;
    if (lex.notAfter.has(lower)) return null;
    const known = lex.modifiers.has(lower) || RU_ADJ.test(lower);
    if (!known && !(ordinal && capital)) return null;
    guessed ||= !known;
    pos = end;
    modifiers++;
  }
  return found;
}

/** A Russian abbreviation starting at `pos` ("ОМСБр", "гв. ОМСБр"), or null. */
function abbreviation(text: string, pos: number, lower: string, lex: UnitLexicon) {
  const two = /^[\s\u00a0]*(\S+)[\s\u00a0]+(\S+)/u.exec(text.slice(pos, pos + 40));
  if (two) {
    const key = `${two[1]} ${two[2]}`.toLowerCase().replace(/[,;:)]+$/, '');
    const type = lex.abbreviations.get(key);
    if (type) return { type, end: pos + two[0].replace(/[,;:)]+$/, '').length };
  }
  if (!/[а-яё]/.test(lower)) return null;
  const type = lex.abbreviations.get(lower) ?? lex.abbreviations.get(lower.replace(/\.$/, ''));
  if (!type) return null;
  const lead = /^[\s\u00a0]*/.exec(text.slice(pos))![0].length;
  return { type, end: pos + lead + lower.replace(/\.$/, '').length };
}

/** Start of a unit-number cue ("military unit", "в/ч") ending just before `numberStart`, or null. */
function unitNumberCue(text: string, numberStart: number, lex: UnitLexicon): number | null {
  const rawStart = Math.max(0, numberStart - 30);
  const before = text
    .slice(rawStart, numberStart)
    .toLowerCase()
    .replace(/[\s\u00a0]+$/, '')
    .replace(/[-\s]*(no\.?|№|number|#)$/, '')
    .replace(/[\s\u00a0-]+$/, '');
  for (const cue of lex.numberCues) {
    if (!before.endsWith(cue)) continue;
    const at = rawStart + before.length - cue.length;
    const prev = text[at - 1];
    if (prev === undefined || !/[\p{L}]/u.test(prev)) return at;
  }
  return null;
}

/** "the 1st and 2nd battalions": an ordinal joined by and/or/comma to a found unit takes its type. */
function linkCoordinated(text: string, hits: UnitHit[]): UnitHit[] {
  const out: UnitHit[] = [];
  for (const hit of hits) out.push(hit);
  for (const hit of hits) {
    const head = text.slice(Math.max(0, hit.start - 40), hit.start);
    const m = /(\d{1,4})(?:st|nd|rd|th)((?:,\s*\d{1,4}(?:st|nd|rd|th))*)(?:,)?\s+(?:and|or|&)\s+$/.exec(head);
    if (!m) continue;
    const type = hit.key.slice(hit.key.indexOf('-') + 1);
    const start = hit.start - head.length + m.index;
    for (const n of head.slice(m.index).matchAll(/(\d{1,4})(?:st|nd|rd|th)/g)) {
      out.push({
        key: `${Number(n[1])}-${type}`,
        mention: text.slice(start, hit.end),
        start,
        end: hit.end,
        rule: 'coordinated',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
