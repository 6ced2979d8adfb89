/**
 * Raw Az.js calls for the comparison script: uncached analysis and generated
 * inflections. Az is a module singleton, initialised by src/extract/ru/morph.ts
 * on its first word, so this reuses that load instead of repeating it.
 */
import { createRequire } from 'node:module';
import { readings } from '../../src/extract/ru/morph.ts';

interface AzParse {
  tag: { POST?: string };
  normalize(): { word: string };
  inflect(grammemes: string[]): { word: string } | false;
}
type AzMorph = (word: string) => AzParse[];

const require = createRequire(import.meta.url);

function morph(): AzMorph {
  readings('бригада');
  return (require('az') as { Morph: AzMorph }).Morph;
}

/** Az's analysis without the pipeline's cache (one call per word). */
export function azUncached(word: string): string {
  return morph()(word)[0]?.normalize().word ?? word;
}

const TARGETS: Record<string, string[][]> = {
  NOUN: [
    ['plur', 'datv'],
    ['sing', 'ablt'],
    ['plur', 'gent'],
  ],
  ADJF: [
    ['plur', 'gent'],
    ['femn', 'sing', 'ablt'],
    ['masc', 'sing', 'nomn'],
  ],
  PRTF: [
    ['plur', 'gent'],
    ['masc', 'sing', 'nomn'],
  ],
  VERB: [
    ['past', 'femn'],
    ['past', 'plur'],
    ['pres', '3per', 'plur'],
  ],
};

/** Other forms of the word's likeliest lemma, generated from the dictionary. */
export function azInflections(word: string): string[] {
  const parse = morph()(word)[0];
  const targets = parse ? TARGETS[parse.tag.POST ?? ''] : undefined;
  if (!parse || !targets) return [];
  const out: string[] = [];
  for (const g of targets) {
    const f = parse.inflect(g);
    if (f) out.push(f.word.toLowerCase());
  }
  return out;
}
