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
};

/** True when `role` (or null for the public) may use `screen`. */
export function allowed(role, screen) {
  if (screen === 'dashboard') return true;
  return role !== null && (CAN[screen] ?? []).includes(role);
}
