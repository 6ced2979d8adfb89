/**
 * The redaction policy: what may leave the system without a login. Declared
 * here, once, as data. Public numbers are the counts of src/counts (groups of
 * the event types below, from the claim states below); their dimensions are
 * gazetteer names (reference data, not document text). Text taken from a
 * document (a source's outlet, title and address, a figure's or event's
 * quoted sentence) is shown on a number's page only when the name guard
 * (redact.ts with src/report/guard.ts: every spelling of every person the
 * store knows who is not a confirmed public figure) finds no name in it;
 * otherwise that field is withheld. Person names, notes and source text never
 * go out.
 */
import type { EventType } from '../claims/schema.ts';

/**
 * Event types whose counts are published: what happened to soldiers trying
 * to leave the war, and the answer they met. Left out: `death` and
 * `forced_recruitment`, which the figures "killed" and "recruited" feed with
 * war losses and mobilisation quotas, not with the events monitored here;
 * `impersonation`, a fraud on a family, not a count of soldiers.
 */
export const PUBLIC_EVENT_TYPES: readonly EventType[] = Object.freeze([
  'refusal',
  'desertion',
  'surrender',
  'detention',
  'coercion',
  'prosecution',
  'disappearance',
  'release',
  'self_harm',
  'assistance',
]);

/**
 * The claim states whose figures and events are counted in public: by
 * default only what a person accepted or corrected; an installation that
 * sets OBJECTOR_PUBLISH_UNREVIEWED also publishes machine suggestions, and
 * then every number resting on one says so (`reviewed: false`).
 */
export function publishedStates(publishUnreviewed: boolean): ReadonlySet<string> {
  return publishUnreviewed ? COUNTED_STATES : REVIEWED_STATES;
}

/** Longest quoted sentence shown on a number's page (a quote is evidence, not the article). */
export const MAX_QUOTE = 400;

/**
 * Roles whose holders act in public and may be named: commanders and
 * officials. Only once a person has reviewed the claim (accepted or edited):
 * a machine's role guess is not enough to name anyone.
 */
export const PUBLIC_FIGURE_ROLES: ReadonlySet<string> = new Set(['commander', 'official']);
export const REVIEWED_STATES: ReadonlySet<string> = new Set(['accepted', 'edited']);

/** Claims that count at all: not rejected by a person, not superseded by a newer extraction. */
export const COUNTED_STATES: ReadonlySet<string> = new Set(['suggested', 'accepted', 'edited']);

/**
 * Name tokens shorter than this are not checked on their own (initials,
 * particles); the full name always is.
 */
export const MIN_NAME_TOKEN = 3;
