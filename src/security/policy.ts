/**
 * Who may do what: the whole role policy, declared once, as data. Anything not
 * listed is refused (deny by default). The server's route table names a
 * { resource, action } per route; a generated test checks every route
 * against this table, so a new route cannot forget its authorisation.
 *
 * The roles follow need to know, not a ladder: a researcher works on public
 * reports and never sees case files; a caseworker sees the cases and the
 * people in them but does not change the public record; a viewer reads the
 * research without personal records; only an admin manages accounts and
 * reads the audit log.
 */

export const ROLES = ['admin', 'researcher', 'caseworker', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
/** Someone not logged in: sees only what has been published. */
export type Principal = Role | 'public';

export const RESOURCES = [
  'sources',
  'claims',
  'review',
  'counts',
  'persons',
  'cases',
  'intake',
  'notes',
  'users',
  'audit',
  'exports',
  'ingest',
  'public',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete', 'export'] as const;
export type Action = (typeof ACTIONS)[number];

export interface PolicyRule {
  resource: Resource;
  action: Action;
  roles: readonly Principal[];
  /** Why, for the person reading the policy or a failing test. */
  note?: string;
}

const MEMBERS: readonly Role[] = ['admin', 'researcher', 'caseworker', 'viewer'];
const EVERYONE: readonly Principal[] = ['public', ...MEMBERS];

/** The policy. One row per { resource, action }; order is for reading only. */
export const POLICY: readonly PolicyRule[] = Object.freeze([
  {
    resource: 'public',
    action: 'read',
    roles: EVERYONE,
    note: 'published counts, dashboard, public datasets',
  },
  { resource: 'exports', action: 'read', roles: EVERYONE, note: 'downloading a published, redacted export' },
  { resource: 'exports', action: 'create', roles: ['admin', 'researcher'], note: 'publishing an export' },

  { resource: 'sources', action: 'read', roles: MEMBERS },
  { resource: 'sources', action: 'update', roles: ['admin', 'researcher'] },
  { resource: 'sources', action: 'delete', roles: ['admin'] },
  { resource: 'ingest', action: 'create', roles: ['admin', 'researcher'] },

  { resource: 'claims', action: 'read', roles: MEMBERS },
  { resource: 'claims', action: 'create', roles: ['admin', 'researcher'], note: 'running extraction' },
  { resource: 'claims', action: 'update', roles: ['admin', 'researcher'] },
  { resource: 'review', action: 'read', roles: ['admin', 'researcher'] },
  { resource: 'review', action: 'update', roles: ['admin', 'researcher'], note: 'accept, edit, reject' },

  { resource: 'counts', action: 'read', roles: MEMBERS, note: 'internal counts, including unpublished' },
  { resource: 'counts', action: 'update', roles: ['admin', 'researcher'], note: 'publishing a count' },

  { resource: 'persons', action: 'read', roles: ['admin', 'researcher', 'caseworker'] },
  { resource: 'persons', action: 'create', roles: ['admin', 'researcher', 'caseworker'] },
  { resource: 'persons', action: 'update', roles: ['admin', 'researcher', 'caseworker'] },
  { resource: 'persons', action: 'delete', roles: ['admin'] },
  {
    resource: 'persons',
    action: 'export',
    roles: ['admin'],
    note: 'unredacted personal data leaves the system',
  },

  { resource: 'cases', action: 'read', roles: ['admin', 'caseworker'] },
  { resource: 'cases', action: 'create', roles: ['admin', 'caseworker'] },
  { resource: 'cases', action: 'update', roles: ['admin', 'caseworker'] },
  { resource: 'cases', action: 'delete', roles: ['admin'] },
  { resource: 'cases', action: 'export', roles: ['admin', 'caseworker'], note: 'handing a case file over' },
  {
    resource: 'intake',
    action: 'create',
    roles: EVERYONE,
    note: 'a family reports a missing man: no account needed, rate-limited, sees nothing back but a reference',
  },

  // Private notes about any record (contacts, what a relative said): people who work on records, not viewers.
  { resource: 'notes', action: 'read', roles: ['admin', 'researcher', 'caseworker'] },
  { resource: 'notes', action: 'create', roles: ['admin', 'researcher', 'caseworker'] },
  { resource: 'notes', action: 'delete', roles: ['admin'] },

  { resource: 'users', action: 'read', roles: ['admin'] },
  { resource: 'users', action: 'create', roles: ['admin'] },
  { resource: 'users', action: 'update', roles: ['admin'] },
  { resource: 'users', action: 'delete', roles: ['admin'] },
  { resource: 'audit', action: 'read', roles: ['admin'] },
] satisfies PolicyRule[]);

const index = new Map<string, ReadonlySet<Principal>>(
  POLICY.map((rule) => [`${rule.resource}:${rule.action}`, new Set(rule.roles)]),
);

/** True when `principal` may perform `action` on `resource`; false for anything the policy does not list. */
export function can(principal: Principal, resource: Resource, action: Action): boolean {
  return index.get(`${resource}:${action}`)?.has(principal) ?? false;
}

/** The principals allowed `action` on `resource` (empty when nobody is). */
export function allowedPrincipals(resource: Resource, action: Action): readonly Principal[] {
  return [...(index.get(`${resource}:${action}`) ?? [])];
}

/**
 * Claim kinds that carry personal data, and the right reading them also
 * needs. A person claim is a private individual's name with a role: whoever
 * may not read person records (`persons:read`) may not read it either, on any
 * route (claims list, review queue, exports), so the claim routes filter by it.
 */
export const CLAIM_KIND_RIGHTS: Readonly<Record<string, { resource: Resource; action: Action }>> =
  Object.freeze({ person: { resource: 'persons', action: 'read' } });

/** True when `principal` may read claims of `kind` (given it may read claims at all). */
export function canReadClaimKind(principal: Principal, kind: string): boolean {
  const right = CLAIM_KIND_RIGHTS[kind];
  return right === undefined || can(principal, right.resource, right.action);
}

/** True for a string naming a role (for validating stored or submitted roles). */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
