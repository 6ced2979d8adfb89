/**
 * Units stage: military formations named in the text, keyed `NUMBER-TYPE`
 * ("64th Separate Guards Motor Rifle Brigade" and "64 ОМСБр" both `64-brigade`),
 * one entry per key at its first mention.
 */
import type { UnitMention } from '../../../claims/schema.ts';
import type { Doc, Stage } from '../../doc.ts';
import { findUnits } from '../units/find.ts';
import { loadUnitLexicon } from '../units/lexicon.ts';

/** Fills `doc.units`. */
export const unitsStage: Stage = {
  name: 'units',
  version: '1',
  run(doc: Doc) {
    const seen = new Set<string>();
    const units: UnitMention[] = [];
    for (const hit of findUnits(doc.text, loadUnitLexicon())) {
      if (seen.has(hit.key)) continue;
      seen.add(hit.key);
      units.push({ mention: hit.mention, key: hit.key, start: hit.start, end: hit.end, rule: hit.rule });
    }
    doc.units = units;
  },
};
