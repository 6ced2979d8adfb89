/**
 * The English lexicons (data/extract/en/*.json), loaded once and compiled into
 * matchers. Importing JSON keeps the core free of file I/O; the data stays data.
 */
import abbreviations from '../../../../data/extract/en/abbreviations.json' with { type: 'json' };
import counts from '../../../../data/extract/en/counts.json' with { type: 'json' };
import cues from '../../../../data/extract/en/cues.json' with { type: 'json' };
import dates from '../../../../data/extract/en/dates.json' with { type: 'json' };
import events from '../../../../data/extract/en/events.json' with { type: 'json' };
import exclusions from '../../../../data/extract/en/exclusions.json' with { type: 'json' };
import numbers from '../../../../data/extract/en/numbers.json' with { type: 'json' };
import people from '../../../../data/extract/en/people.json' with { type: 'json' };
import qualifiers from '../../../../data/extract/en/qualifiers.json' with { type: 'json' };
import type { FigureCounts, Qualifier } from '../../../claims/schema.ts';
import type { Abbreviations } from '../../text/sentences.ts';

export { abbreviations, counts, cues, dates, events, exclusions, numbers, people, qualifiers };

/** Abbreviations for the sentence splitter. */
export const ABBREVIATIONS: Abbreviations = {
  always: new Set(abbreviations.always),
  beforeNumber: new Set(abbreviations.beforeNumber),
};

/** Typed views of the JSON, checked once here so the rest of the code need not cast. */
export const QUALIFIERS_BEFORE = qualifiers.before as Record<Qualifier, string[]>;
export const QUALIFIERS_AFTER = qualifiers.after as Partial<Record<Qualifier, string[]>>;
export const PEOPLE_NOUNS = people.nouns as Record<string, FigureCounts | null>;
