/**
 * The words of a name as comparable Latin skeletons (pure): the same folding
 * person resolution uses (data/names/translit.json), so a caseworker may type
 * a name in Cyrillic or in any common transliteration.
 */
import { readNameTable } from '../../resolve/names/load.ts';
import { type Folder, makeFolder, type TranslitTable } from '../../resolve/names/skeleton.ts';

let folder: Folder | null = null;

function fold(): Folder {
  folder ??= makeFolder(JSON.parse(readNameTable('translit.json')) as TranslitTable);
  return folder;
}

/** Distinct skeletons of the words of `name` that keep two letters or more. */
export function nameSkeletons(name: string): string[] {
  const words = name.normalize('NFKC').split(/[^\p{L}\p{M}'’-]+/u);
  const out = new Set<string>();
  for (const word of words) {
    for (const part of word.split(/-/)) {
      const s = fold().skeleton(part.replace(/ё/giu, 'е'));
      if (s.length >= 2) out.add(s);
    }
  }
  return [...out];
}
