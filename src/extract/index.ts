/**
 * Public entry of extraction: text in, sourced claims out (FORMAT.md shape
 * plus offsets, the rule behind every item and the extractor's version).
 * Pure: no I/O, no clock; the CLI and the server call this.
 */
import type { Extraction, Language } from '../claims/schema.ts';
import { newDoc, type Stage } from './doc.ts';
import { englishPipeline } from './en/pipeline.ts';
import { ExtractError } from './errors.ts';
import { russianPipeline } from './ru/pipeline.ts';
import { detectLanguage } from './text/language.ts';

export { ExtractError, type ExtractErrorCode } from './errors.ts';

/** What extraction needs to know about a document. */
export interface ExtractInput {
  id: string;
  text: string;
  /** Publication date, YYYY-MM-DD; relative dates in the text resolve against it. */
  published?: string | null;
  /** Detected from the script when not given. */
  language?: Language;
}

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Name and version of an extractor: the version lists every stage's version, so any change shows. */
export function extractorOf(stages: readonly Stage[], language: Language = 'en'): Extraction['extractor'] {
  return {
    name: `objector-rules-${language === 'ru' ? 'ru' : 'en'}`,
    version: stages.map((s) => `${s.name}@${s.version}`).join('+'),
  };
}

/** The stages for a language: Russian rules for Russian, the English ones otherwise. */
export function pipelineFor(language: Language): readonly Stage[] {
  return language === 'ru' ? russianPipeline : englishPipeline;
}

/** Checks a publication date: a real calendar day written YYYY-MM-DD. */
export function isValidPublished(value: string): boolean {
  const m = ISO_DAY_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Extracts figures, units, places, people, organizations and events from one document. */
export function extract(input: ExtractInput): Extraction {
  if (!input.text.trim()) throw new ExtractError('EMPTY_TEXT', `document ${input.id} has no text`);
  const published = input.published ?? null;
  if (published !== null && !isValidPublished(published)) {
    throw new ExtractError('BAD_PUBLISHED_DATE', `publication date must be YYYY-MM-DD, got "${published}"`);
  }
  const language = input.language ?? detectLanguage(input.text);
  const doc = newDoc({ id: input.id, text: input.text, language, published });
  const pipeline = pipelineFor(language);
  for (const stage of pipeline) stage.run(doc);
  return {
    id: doc.id,
    language,
    published,
    extractor: extractorOf(pipeline, language),
    figures: doc.figures,
    units: doc.units,
    places: doc.places,
    people: doc.people,
    organizations: doc.organizations,
    events: doc.events,
  };
}
