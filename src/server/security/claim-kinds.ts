/**
 * Row-level part of the access check for claims: the route policy lets every
 * member read claims, but person claims also need the right
 * `CLAIM_KIND_RIGHTS` names (persons:read). Routes that return claims ask
 * here which kinds the caller may not see, filter them out of lists, and
 * refuse (audited, like access.ts) a request that asks for them by name.
 */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { ClaimKind } from '../../claims/schema.ts';
import { CLAIM_KIND_RIGHTS, canReadClaimKind } from '../../security/policy.ts';
import type { Security } from '../../security/services.ts';
import type { DB } from '../../store/db-types.ts';
import { problem } from '../problem.ts';
import { answeringRoute } from './access.ts';
import { callerOf, principalOf } from './principal.ts';

/** The claim kinds the caller may not read (empty for roles with every right). */
export function hiddenClaimKinds(c: Context): ClaimKind[] {
  const principal = principalOf(c);
  return ClaimKind.options.filter((kind) => !canReadClaimKind(principal, kind));
}

/** A 403 for a request that names a claim kind the caller may not read; audited for accounts. */
export async function refuseClaimKind(
  c: Context,
  deps: { db: Kysely<DB>; security: Security },
  kind: ClaimKind,
): Promise<Response> {
  const caller = callerOf(c);
  const right = CLAIM_KIND_RIGHTS[kind];
  const route = answeringRoute(c);
  if (caller.kind === 'user' && right) {
    await deps.security.audit.record(deps.db, {
      actor: caller.userId,
      action: 'permission_denied',
      targetKind: right.resource,
      details: { method: route?.method ?? c.req.method, route: (route?.path ?? '').slice(0, 100), kind },
    });
  }
  return problem(
    c,
    403,
    'Forbidden',
    `your role does not allow ${kind} claims (they need ${right?.resource ?? kind}:${right?.action ?? 'read'})`,
  );
}
