/**
 * `objector user …` while `serve` holds the embedded store: the same account
 * changes through the server's admin API (src/server/routes/admin.ts), with
 * the local token `serve` wrote into its lock file. The server audits each
 * change as `cli:local`; passwords only ever travel in the answer.
 */
import type { UserSummary } from '../../security/accounts/users.ts';
import type { LockInfo } from '../../store/lock.ts';
import { ExitCode } from '../context.ts';
import { type CommandEnv, serverFetch } from '../store.ts';

/** A refusal from the server: its message and the exit code it maps to. */
export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export interface AccountsApi {
  list(): Promise<UserSummary[]>;
  /** The account with this username (as the server normalises it: case and width folded). */
  find(username: string): Promise<UserSummary>;
  add(username: string, role: string): Promise<{ user: UserSummary; oneTimePassword: string }>;
  update(id: string, change: { role?: string; disabled?: boolean }): Promise<UserSummary>;
  resetPassword(id: string): Promise<{ id: string; oneTimePassword: string }>;
  removeTotp(id: string): Promise<UserSummary>;
}

/** The admin API of the server holding the store. */
export function accountsApi(server: LockInfo): AccountsApi {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await serverFetch(server, path, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const answer = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
    if (response.ok) return answer as T;
    const code =
      response.status === 404
        ? ExitCode.notFound
        : response.status < 500
          ? ExitCode.usage
          : ExitCode.internal;
    throw new ApiCallError(answer.detail ?? answer.title ?? `the server answered ${response.status}`, code);
  };
  const api: AccountsApi = {
    list: async () => (await call<{ items: UserSummary[] }>('GET', '/api/users')).items,
    async find(username) {
      const name = username.normalize('NFKC').trim().toLowerCase();
      const user = (await api.list()).find((u) => u.username === name);
      if (!user)
        throw new ApiCallError(
          `no account named ${JSON.stringify(username.slice(0, 64))}`,
          ExitCode.notFound,
        );
      return user;
    },
    add: (username, role) => call('POST', '/api/users', { username, role }),
    update: (id, change) => call('PATCH', `/api/users/${encodeURIComponent(id)}`, change),
    resetPassword: (id) => call('POST', `/api/users/${encodeURIComponent(id)}/password`),
    removeTotp: (id) => call('DELETE', `/api/users/${encodeURIComponent(id)}/totp`),
  };
  return api;
}

/** Runs `body` against the server's API; refusals become the message and exit code. */
export async function withAccountsApi(
  env: CommandEnv,
  server: LockInfo,
  body: (api: AccountsApi) => Promise<void>,
): Promise<void> {
  try {
    await body(accountsApi(server));
  } catch (error) {
    if (error instanceof ApiCallError) {
      env.out.error(error.message);
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof TypeError) {
      // fetch failed: the server in the lock file is not answering.
      env.out.error(`\`objector serve\` (pid ${server.pid}) holds the store but does not answer; try again`);
      process.exitCode = ExitCode.storeUnavailable;
      return;
    }
    throw error;
  }
}
