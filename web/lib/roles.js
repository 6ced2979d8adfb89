/**
 * Which screens a role can use, mirrored from src/security/policy.ts so the
 * navigation hides what would only answer 403. The server enforces the
 * policy; this only decides what to show.
 */
const MEMBERS = ['admin', 'researcher', 'caseworker', 'viewer'];
const CAN = {
  sources: MEMBERS,
  search: MEMBERS,
  records: ['admin', 'researcher', 'caseworker'],
  review: ['admin', 'researcher'],
  ingest: ['admin', 'researcher'],
  // Case files: policy.ts 'cases' (admin, caseworker).
  cases: ['admin', 'caseworker'],
  'case-list': ['admin', 'caseworker'],
  // Accounts: policy.ts 'users' (admin only).
  admin: ['admin'],
};
/** Screens for everyone, with or without an account: a published number's page, the family's report ('intake' in policy.ts). */
const EVERYONE = new Set(['dashboard', 'number', 'report']);
/** Screens the navigation offers only to the public (members reach them by address). */
const PUBLIC_NAV = new Set(['report']);

/** True when the navigation should offer `screen` only to visitors without an account. */
export function publicOnly(screen) {
  return PUBLIC_NAV.has(screen);
}

/** True when `role` (or null for the public) may use `screen`. */
export function allowed(role, screen) {
  if (EVERYONE.has(screen)) return true;
  return role !== null && (CAN[screen] ?? []).includes(role);
}
