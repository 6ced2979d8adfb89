/**
 * Adapter: reads the name tables from data/names/ and builds the lexicon.
 * Kept apart from the pure lexicon code so the core never touches the file system.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLexicon, type NameLexicon } from './lexicon.ts';
import type { TranslitTable } from './skeleton.ts';

const DATA_DIR = fileURLToPath(new URL('../../../data/names/', import.meta.url));

function read(name: string): string {
  return readFileSync(`${DATA_DIR}${name}`, 'utf8');
}

/** Raw text of one table under data/names/ (e.g. "regions.tsv"). */
export function readNameTable(name: string): string {
  return read(name);
}

/** Loads data/names/* into a lexicon (about 50 ms; load once per process). */
export function loadNameLexicon(): NameLexicon {
  return buildLexicon({
    translit: JSON.parse(read('translit.json')) as TranslitTable,
    givenNames: read('given-names.tsv'),
    patronymics: read('patronymics.tsv'),
    diminutives: read('diminutives.tsv'),
  });
}
