/**
 * The document that flows through the extraction pipeline. Each stage reads
 * what earlier stages found and adds its own findings; no stage does I/O.
 * The stage order is written down once, in ./en/pipeline.ts.
 */
import type {
  EventClaim,
  Figure,
  Language,
  OrganizationMention,
  PersonMention,
  PlaceMention,
  UnitMention,
} from '../claims/schema.ts';

/** A sentence: [start, end) offsets into Doc.text, and its text (doc.text.slice(start, end)). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (non-empty line) the sentence sits in; set by the sentences stage. */
  paragraph?: number;
  /** 'title' for headlines, captions and other lines that do not end like a sentence. */
  kind?: 'text' | 'title';
}

/** A date found in the text and resolved against the publication date. */
export interface DateMention {
  start: number;
  end: number;
  /** ISO date, possibly partial (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD). */
  date: string;
  rule: string;
}

export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly language: Language;
  /** Publication date (YYYY-MM-DD) or null when unknown; relative dates resolve against it. */
  readonly published: string | null;
  sentences: Sentence[];
  dates: DateMention[];
  figures: Figure[];
  units: UnitMention[];
  places: PlaceMention[];
  people: PersonMention[];
  organizations: OrganizationMention[];
  events: EventClaim[];
}

/** One small step of the pipeline. `version` changes whenever its output may change. */
export interface Stage {
  readonly name: string;
  readonly version: string;
  run(doc: Doc): void;
}

export function newDoc(init: {
  id: string;
  text: string;
  language: Language;
  published: string | null;
}): Doc {
  return {
    ...init,
    sentences: [],
    dates: [],
    figures: [],
    units: [],
    places: [],
    people: [],
    organizations: [],
    events: [],
  };
}
