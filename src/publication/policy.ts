/**
 * The redaction policy: what may leave the system without a login. Declared
 * here, once, as data. Everything public is built from these fields only (an
 * allowlist); free text of any kind (quotes, titles, URLs, source text,
 * notes) never goes out, because it may name a private person.
 *
 * On top of the allowlist, a guard (redact.ts) drops every entry that
 * contains the name of any person the store knows who is not a confirmed
 * public figure: a place or unit string that happens to carry a soldier's
 * name is withheld rather than published.
 */

/** Claim kinds and the fields of each that may be published. */
export const PUBLISHABLE_FIELDS = Object.freeze({
  event: ['type', 'date', 'place', 'count'],
  figure: ['value', 'qualifier', 'percent', 'counts'],
  unit: ['key'],
  place: ['canonical', 'country'],
} as const);

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
