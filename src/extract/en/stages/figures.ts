/**
 * Figures stage: numbers that count people (FORMAT.md `figures`). Runs after
 * the entity stages so later versions can use units and places around a
 * number; today it needs only the sentences. Titles are skipped: a headline
 * restates a figure the body gives with its context.
 */
import type { Stage } from '../../doc.ts';
import { figuresInSentence } from '../figures/find.ts';

// Cheap prefilter: a sentence without a digit or a number word cannot hold a figure.
const MAY_HOLD_NUMBER =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)\b/i;

export const figuresStage: Stage = {
  name: 'figures',
  version: '1',
  run(doc) {
    for (const sentence of doc.sentences) {
      if (sentence.kind === 'title' || !MAY_HOLD_NUMBER.test(sentence.text)) continue;
      doc.figures.push(...figuresInSentence(sentence));
    }
  },
};
