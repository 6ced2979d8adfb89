/** Reads data/units/units.tsv once per process (the only file access of the units gazetteer). */
import { readFileSync } from 'node:fs';
import { loadUnitLexicon } from '../../extract/en/units/lexicon.ts';
import { createUnitGazetteer, parseUnits, type UnitGazetteer } from './gazetteer.ts';

const DATA_URL = new URL('../../../data/units/units.tsv', import.meta.url);
let cached: UnitGazetteer | undefined;

/** The units gazetteer from data/units/units.tsv. */
export function loadUnitGazetteer(): UnitGazetteer {
  cached ??= createUnitGazetteer(parseUnits(readFileSync(DATA_URL, 'utf8')), loadUnitLexicon());
  return cached;
}
