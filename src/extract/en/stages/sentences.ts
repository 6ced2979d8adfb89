/** Sentences stage: splits the text into sentences with offsets, paragraphs and title marks. */
import type { Stage } from '../../doc.ts';
import { splitSentences } from '../../text/sentences.ts';
import { ABBREVIATIONS } from '../lexicon/load.ts';

export const sentencesStage: Stage = {
  name: 'sentences',
  version: '1',
  run(doc) {
    doc.sentences = splitSentences(doc.text, ABBREVIATIONS);
  },
};
