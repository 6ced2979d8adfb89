/** Russian abbreviations for the sentence splitter (data/extract/ru/abbreviations.json). */
import abbreviations from '../../../../data/extract/ru/abbreviations.json' with { type: 'json' };
import type { Abbreviations } from '../../text/sentences.ts';

/** Abbreviations that do not end a Russian sentence ("т.е.", "г.", "ст. 337"). */
export const RU_ABBREVIATIONS: Abbreviations = {
  always: new Set(abbreviations.always),
  beforeNumber: new Set(abbreviations.beforeNumber),
};
