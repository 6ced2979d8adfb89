/**
 * One event per reported occurrence: later tellings of an occurrence already
 * told are folded into the first one (its quote is kept; a count, place or
 * date only the later telling gives is added). Two events are one occurrence when
 *   - they have the same type and the same sentence text (a repeated paragraph);
 *   - they have the same type and the same count stated with the same qualifier;
 *   - they have the same type and are about the same named people;
 *   - the later sentence says the state goes on ("he was still in the basement")
 *     and the same type was told before;
 *   - the earlier sentence gives only a vague group ("hundreds of soldiers") and
 *     the very next sentence gives the same type with a number: the lede and its detail.
 */
import type { EventClaim, Qualifier } from '../../../claims/schema.ts';
import { compilePhrases, normalizeForMatch } from '../../text/patterns.ts';
import { cues } from '../lexicon/load.ts';

/** An event with what the folding rules need to know about its telling. */
export interface Telling {
  event: EventClaim;
  sentenceIndex: number;
  qualifier: Qualifier | null;
  continuation: boolean;
  vague: boolean;
  /** Named people the event is about (see participants.ts); empty when unknown. */
  participants: ReadonlySet<string>;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

const CONTINUATION_RE = new RegExp(compilePhrases(cues.continuation).source, 'u');
const VAGUE_RE = new RegExp(compilePhrases(cues.vagueGroup).source, 'u');

/** Cues of a sentence that the folding rules use. */
export function tellingCues(sentence: string): { continuation: boolean; vague: boolean } {
  const lower = normalizeForMatch(sentence);
  return { continuation: CONTINUATION_RE.test(lower), vague: VAGUE_RE.test(lower) };
}

const norm = (s: string) => normalizeForMatch(s).replace(/\s+/g, ' ').trim();

function sameOccurrence(first: Telling, later: Telling): boolean {
  const a = first.event;
  const b = later.event;
  if (a.type !== b.type) return false;
  if (norm(a.quote) === norm(b.quote)) return a.count === b.count || a.count === null || b.count === null;
  if (a.count !== null && a.count === b.count && first.qualifier === later.qualifier) return true;
  if (first.participants.size && sameSet(first.participants, later.participants)) return true;
  const gap = later.sentenceIndex - first.sentenceIndex;
  if (later.continuation && b.count === null && gap > 0) return true;
  return gap === 1 && first.vague && a.count === null && b.count !== null;
}

/** Folds later tellings into first ones; returns the events in document order. */
export function foldTellings(tellings: Telling[]): EventClaim[] {
  const kept: Telling[] = [];
  for (const t of tellings) {
    const first = kept.find((k) => sameOccurrence(k, t));
    if (!first) {
      kept.push(t);
      continue;
    }
    first.event.count ??= t.event.count;
    first.event.place ??= t.event.place;
    first.event.date ??= t.event.date;
  }
  return kept.map((k) => k.event);
}
