/** Russian sentences stage: the shared splitter with Russian abbreviations ("т.е.", "г.", "ст. 337"). */
import type { Stage } from '../../doc.ts';
import { splitSentences } from '../../text/sentences.ts';
import { RU_ABBREVIATIONS } from '../lexicon/abbreviations.ts';

export const sentencesStage: Stage = {
  name: 'sentences-ru',
  version: '1',
  run(doc) {
    doc.sentences = splitSentences(doc.text, RU_ABBREVIATIONS);
  },
};
