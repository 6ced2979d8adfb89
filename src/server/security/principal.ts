/** Who is calling: set by the access middleware on every /api request. */
import type { Context } from 'hono';
import type { Principal, Role } from '../../security/policy.ts';

export type Caller =
  | { kind: 'public' }
  | {
      kind: 'user';
      userId: string;
      username: string;
      role: Role;
      sessionId: string;
      csrfHash: string;
      mustChangePassword: boolean;
    }
  /** The CLI on the same machine, through the token `serve` wrote into its lock file. */
  | { kind: 'local'; role: 'admin' };

declare module 'hono' {
  interface ContextVariableMap {
    caller: Caller;
  }
}

export function callerOf(c: Context): Caller {
  return c.get('caller') ?? { kind: 'public' };
}

/** The audit actor of a caller: an account id, 'cli:local', or 'anonymous'. */
export function actorOf(c: Context): string {
  const caller = callerOf(c);
  return caller.kind === 'user' ? caller.userId : caller.kind === 'local' ? 'cli:local' : 'anonymous';
}

/** The caller as the role policy knows it: its role, 'admin' for the local CLI, or 'public'. */
export function principalOf(c: Context): Principal {
  const caller = callerOf(c);
  return caller.kind === 'public' ? 'public' : caller.role;
}
