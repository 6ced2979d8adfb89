/** Reads the knowledge-base lexicons from data/units/ (the only file access besides the gazetteers). */
import { readFileSync } from 'node:fs';
import { ABBREVIATIONS } from '../extract/en/lexicon/load.ts';
import { splitSentences } from '../extract/text/sentences.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import type { KbDeps, KbLexicon } from './types.ts';
import { loadUnitGazetteer } from './units/load.ts';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../data/units/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

let cached: KbDeps | undefined;

/** The lexicon from data/units/count-cues.json and facility-sites.json. */
export function loadKbLexicon(): KbLexicon {
  const cues = read('count-cues.json') as unknown as Omit<KbLexicon, 'sites'>;
  const sites = (read('facility-sites.json') as { sites: KbLexicon['sites'] }).sites;
  return { cumulative: cues.cumulative, near: cues.near, week: cues.week, sites };
}

/** Everything the cores need, loaded once per process. */
export function loadKbDeps(): KbDeps {
  cached ??= {
    places: loadGazetteer(),
    units: loadUnitGazetteer(),
    lexicon: loadKbLexicon(),
    sentences: (text) => splitSentences(text, ABBREVIATIONS),
  };
  return cached;
}
