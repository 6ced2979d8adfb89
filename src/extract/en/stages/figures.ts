/**
 * Figures stage: numbers that count people (FORMAT.md `figures`). Runs after
 * the entity stages so later versions can use units and places around a
 * number; today it needs only the sentences. Headlines are read too: each
 * statement of a figure is a figure of its own (FORMAT.md).
 */
import type { Stage } from '../../doc.ts';
import { type DocMemory, figuresInSentence, lastClassIn } from '../figures/find.ts';
import { tokenize } from '../figures/tokens.ts';

// Cheap prefilter: a sentence without a digit or a number word cannot hold a figure.
const MAY_HOLD_NUMBER =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|one)\b/i;

export const figuresStage: Stage = {
  name: 'figures',
  version: '2',
  run(doc) {
    const memory: DocMemory = { proxy: null, previous: null };
    const sentences = doc.sentences;
    let holds = sentences.length > 0 && MAY_HOLD_NUMBER.test(sentences[0]!.text);
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const nextHolds = i + 1 < sentences.length && MAY_HOLD_NUMBER.test(sentences[i + 1]!.text);
      // Only the next sentence's figures read `previous`: a sentence followed by none needs no tokens.
      if (!holds && !nextHolds) {
        holds = nextHolds;
        continue;
      }
      const tokens = tokenize(sentence.text);
      if (holds) doc.figures.push(...figuresInSentence(sentence, memory, tokens));
      memory.previous = nextHolds ? lastClassIn(sentence.text, tokens) : null;
      holds = nextHolds;
    }
  },
};
