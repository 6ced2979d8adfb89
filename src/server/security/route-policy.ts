/**
 * Who may call which route: the one table, keyed by method and route pattern
 * exactly as the app registers it (Hono syntax, `:id`). One middleware
 * (access.ts) enforces it; a route missing here is refused for everyone, and
 * the generated test (test/security/authorisation.db.test.ts) fails.
 *
 * Anonymous access exists only under /api/public/, plus signing in and the
 * OpenAPI document: what the public can reach is visible at a glance below.
 * Role rules name a { resource, action } of src/security/policy.ts, so who
 * holds which role is decided there, not here.
 */
import type { Action, Resource } from '../../security/policy.ts';

export type RoutePolicy =
  /** Anyone, signed in or not. */
  | { access: 'public' }
  /** Any signed-in account, even one that must first change its password. */
  | { access: 'signed-in' }
  /** Signed in, with a role `can(role, resource, action)` allows. */
  | { access: 'role'; resource: Resource; action: Action };

const PUBLIC: RoutePolicy = { access: 'public' };
const SIGNED_IN: RoutePolicy = { access: 'signed-in' };
const role = (resource: Resource, action: Action): RoutePolicy => ({ access: 'role', resource, action });

/** Anonymous routes outside /api/public/ (the test allows exactly these). */
export const ANONYMOUS_OUTSIDE_PUBLIC: ReadonlySet<string> = new Set([
  'POST /api/auth/login',
  'GET /api/openapi.json',
]);

export const ROUTE_POLICY: Readonly<Record<string, RoutePolicy>> = Object.freeze({
  // Anonymous: signing in, the API description, and what has been published.
  'POST /api/auth/login': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /api/public/health': PUBLIC,
  'GET /api/public/dataset.json': { access: 'role', resource: 'exports', action: 'read' },
  'GET /api/public/dataset.csv': { access: 'role', resource: 'exports', action: 'read' },
  'GET /api/public/counts': { access: 'role', resource: 'public', action: 'read' },
  // The published numbers by type, month, place and unit, with gazetteer names and coordinates.
  'GET /api/public/summary': { access: 'role', resource: 'public', action: 'read' },
  // One's own session, or none: the web app's start never fails for a visitor (never 401).
  // Anyone, including an account that must first change its password: the app's start asks it.
  'GET /api/public/session': PUBLIC,
  // A published number's facts and sources, document fields passed through the name guard (src/publication).
  'GET /api/public/numbers/:id': { access: 'role', resource: 'public', action: 'read' },
  'GET /api/public/places.geojson': { access: 'role', resource: 'exports', action: 'read' },

  // One's own account.
  'GET /api/auth/session': SIGNED_IN,
  'POST /api/auth/logout': SIGNED_IN,
  'POST /api/auth/password': SIGNED_IN,
  'POST /api/auth/totp/setup': SIGNED_IN,
  'POST /api/auth/totp': SIGNED_IN,
  'DELETE /api/auth/totp': SIGNED_IN,

  // Research.
  'GET /api/sources': role('sources', 'read'),
  'GET /api/sources/:id': role('sources', 'read'),
  // Correcting metadata (outlet, date…) changes the research record: whoever may update sources.
  'PATCH /api/sources/:id': role('sources', 'update'),
  'POST /api/ingest': role('ingest', 'create'),
  'GET /api/ingest/progress': role('sources', 'read'),
  // Person claims in it need persons:read as well: left out for other roles (PERSON_FILTERED_ROUTES).
  'GET /api/claims': role('claims', 'read'),
  'POST /api/claims/:id/review': role('review', 'update'),
  // Adding a claim the extractor missed is a reviewer's decision, like a correction.
  'POST /api/claims': role('review', 'update'),

  // Sensitive records.
  'GET /api/notes': role('notes', 'read'),
  'POST /api/notes': role('notes', 'create'),
  'POST /api/notes/search': role('notes', 'read'),
  'GET /api/notes/:id': role('notes', 'read'),
  'DELETE /api/notes/:id': role('notes', 'delete'),

  // Case files (src/server/routes/cases/): caseworkers and admins only (policy.ts 'cases').
  // A family's report is the one anonymous write, and it returns nothing but a reference.
  'POST /api/public/intake': role('intake', 'create'),
  // Counts of casework with small cells suppressed (src/cases/stats): no case data.
  'GET /api/public/casework': role('public', 'read'),
  'GET /api/cases': role('cases', 'read'),
  'POST /api/cases': role('cases', 'create'),
  'GET /api/cases/:id': role('cases', 'read'),
  'PATCH /api/cases/:id': role('cases', 'update'),
  'DELETE /api/cases/:id': role('cases', 'delete'),
  'POST /api/cases/:id/status': role('cases', 'update'),
  'POST /api/cases/:id/whereabouts': role('cases', 'update'),
  'POST /api/cases/:id/contacts': role('cases', 'update'),
  'POST /api/cases/:id/family': role('cases', 'update'),
  'PUT /api/cases/:id/assignees': role('cases', 'update'),
  'GET /api/cases/:id/notes': role('cases', 'read'),
  'POST /api/cases/:id/notes': role('cases', 'update'),
  'POST /api/cases/:id/tasks': role('cases', 'update'),
  'PATCH /api/cases/:id/tasks/:taskId': role('cases', 'update'),
  'POST /api/cases/:id/appeals': role('cases', 'update'),
  'PATCH /api/cases/:id/appeals/:appealId': role('cases', 'update'),
  // A letter carries the case's personal data out of the system: the export right.
  'GET /api/cases/:id/appeals/:appealId/letter': role('cases', 'export'),
  'POST /api/cases/:id/documents': role('cases', 'update'),
  'GET /api/cases/:id/documents/:documentId': role('cases', 'export'),
  'GET /api/cases/:id/related': role('cases', 'read'),
  'GET /api/cases/:id/suggestions': role('cases', 'read'),
  'POST /api/cases/:id/suggestions/:linkId': role('cases', 'update'),
  'POST /api/cases/:id/match': role('cases', 'update'),
  'POST /api/cases/:id/challenges': role('cases', 'update'),
  // Each check uses up an attempt and is audited: a change, not a read.
  'POST /api/cases/:id/challenges/:challengeId/check': role('cases', 'update'),
  'DELETE /api/cases/:id/challenges/:challengeId': role('cases', 'update'),
  // Casework collections (a prefix of their own, so no path is shadowed by /api/cases/:id).
  'GET /api/casework/home': role('cases', 'read'),
  'GET /api/casework/due': role('cases', 'read'),
  'GET /api/casework/addressees': role('cases', 'read'),
  'GET /api/casework/letters': role('cases', 'read'),
  'GET /api/casework/assignable': role('cases', 'read'),
  'GET /api/casework/stats': role('cases', 'read'),
  'POST /api/casework/pfif': role('cases', 'create'),
  'GET /api/casework/pfif': role('cases', 'export'),

  // Administration.
  'GET /api/users': role('users', 'read'),
  'POST /api/users': role('users', 'create'),
  'PATCH /api/users/:id': role('users', 'update'),
  'POST /api/users/:id/password': role('users', 'update'),
  'DELETE /api/users/:id/totp': role('users', 'update'),
  'GET /api/audit/verify': role('audit', 'read'),

  // Knowledge base and counts (src/server/routes/knowledge.ts). Records include
  // persons (names of private individuals), so they need the persons right.
  'GET /api/counts': role('counts', 'read'),
  'GET /api/events': role('claims', 'read'),
  'GET /api/records': role('persons', 'read'),
  'GET /api/records/:id': role('persons', 'read'),
  // The report names public figures, and private ones with names=true.
  'GET /api/report': role('persons', 'read'),

  // Search and the web screens (src/server/routes/{search,review-queue,web}.ts).
  // Full text returns source snippets: whoever may read sources (every member).
  'GET /api/search': role('sources', 'read'),
  // Fuzzy names return person records: the same right as /api/records.
  'GET /api/search/names': role('persons', 'read'),
  // Aggregates over claims (no text, no names): whoever may read claims.
  'GET /api/overview': role('claims', 'read'),
  // The queue shows suggestions with their text and proposed person merges: reviewers only.
  'GET /api/review/queue': role('review', 'read'),
  'GET /api/review/merges': role('review', 'read'),
  // Deciding is reviewing (accept/reject, same/different person): reviewers only, not caseworkers.
  'POST /api/review/bulk': role('review', 'update'),
  'POST /api/review/merges': role('review', 'update'),
  // Rebuilding records follows review; it changes no decision, but rewrites records: reviewers.
  'POST /api/review/rebuild': role('review', 'update'),
});

/**
 * Routes whose answers can carry person claims or the names of private
 * persons. Every role the table above lets call one of them must also hold
 * persons:read (test/security/authorisation.db.test.ts checks this, together
 * with every route of the persons, cases, notes and review resources), so
 * widening a route's role cannot quietly open personal data to viewers.
 */
export const PERSON_DATA_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/records',
  'GET /api/records/:id',
  'GET /api/report',
  'GET /api/search/names',
  'GET /api/review/queue',
  'GET /api/review/merges',
  'POST /api/claims/:id/review',
  'POST /api/claims',
  'GET /api/notes',
  'GET /api/notes/:id',
  'POST /api/notes/search',
]);

/**
 * Routes open to roles without persons:read that leave person claims out for
 * them (src/server/security/claim-kinds.ts): the claims list filters them and
 * refuses `kind=person` with 403.
 */
export const PERSON_FILTERED_ROUTES: ReadonlySet<string> = new Set(['GET /api/claims']);

/** The policy of a route, or undefined (refused). */
export function policyFor(method: string, path: string): RoutePolicy | undefined {
  return ROUTE_POLICY[`${method.toUpperCase()} ${path}`];
}
