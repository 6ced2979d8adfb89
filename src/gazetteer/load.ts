/**
 * The one place that reads the gazetteer data files (data/gazetteer/). Loads
 * once per process and caches; everything else in src/gazetteer is pure.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlaces } from './format.ts';
import { createGazetteer, type Gazetteer } from './gazetteer.ts';

/** Folder of the committed gazetteer files. */
export const GAZETTEER_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../data/gazetteer');

let cached: Gazetteer | undefined;

/** Reads a one-word-per-line list, skipping `#` comments and blank lines. */
export function parseWordList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Loads the gazetteer from data/gazetteer (synchronously, once; later calls return the same one). */
export function loadGazetteer(dir: string = GAZETTEER_DIR): Gazetteer {
  if (cached && dir === GAZETTEER_DIR) return cached;
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const gazetteer = createGazetteer(parsePlaces(read('places.tsv')), parseWordList(read('stoplist.txt')), {
    before: parseWordList(read('before-words.txt')),
    after: parseWordList(read('after-words.txt')),
  });
  if (dir === GAZETTEER_DIR) cached = gazetteer;
  return gazetteer;
}
