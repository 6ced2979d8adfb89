/**
 * Russian units stage: formations by number and type word in any case form
 * ("64-я отдельная гвардейская мотострелковая бригада", "64-й омсбр",
 * "в/ч 51460", "войсковой части 51460"), keyed like the English ones
 * (`64-brigade`, `51460-unit`). One entry per key, at its first mention.
 */
import type { UnitMention } from '../../../claims/schema.ts';
import type { Stage } from '../../doc.ts';
import { documentTokens, type Token } from '../tokens.ts';
import { findRussianUnits as findHits } from '../units/find.ts';
import { loadRuUnitLexicon } from '../units/lexicon.ts';

/** The units of a Russian text, one per key at its first mention; `tokens` are the text's when already cut. */
export function findRussianUnits(text: string, tokens?: readonly Token[]): UnitMention[] {
  const seen = new Set<string>();
  const out: UnitMention[] = [];
  for (const hit of findHits(text, loadRuUnitLexicon(), tokens)) {
    if (seen.has(hit.key)) continue;
    seen.add(hit.key);
    out.push({ mention: hit.mention, key: hit.key, start: hit.start, end: hit.end, rule: hit.rule });
  }
  return out;
}

/** Fills `doc.units`. */
export const unitsStage: Stage = {
  name: 'units-ru',
  version: '2',
  run(doc) {
    doc.units = findRussianUnits(doc.text, documentTokens(doc));
  },
};
