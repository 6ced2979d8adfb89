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
  // The redacted dataset's tallies, plus gazetteer coordinates of the places it already names: nothing new leaves.
  'GET /api/public/summary': { access: 'role', resource: 'public', action: 'read' },

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
  'POST /api/ingest': role('ingest', 'create'),
  'GET /api/claims': role('claims', 'read'),
  'POST /api/claims/:id/review': role('review', 'update'),

  // Sensitive records.
  'GET /api/notes': role('notes', 'read'),
  'POST /api/notes': role('notes', 'create'),
  'POST /api/notes/search': role('notes', 'read'),
  'GET /api/notes/:id': role('notes', 'read'),
  'DELETE /api/notes/:id': role('notes', 'delete'),

  // Administration.
  'GET /api/users': role('users', 'read'),
  'GET /api/audit/verify': role('audit', 'read'),

  // Knowledge base and counts (src/server/routes/knowledge.ts). Records include
  // persons (names of private individuals), so they need the persons right.
  'GET /api/counts': role('counts', 'read'),
  'GET /api/events': role('claims', 'read'),
  'GET /api/records': role('persons', 'read'),
  'GET /api/records/:id': role('persons', 'read'),

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

/** The policy of a route, or undefined (refused). */
export function policyFor(method: string, path: string): RoutePolicy | undefined {
  return ROUTE_POLICY[`${method.toUpperCase()} ${path}`];
}
