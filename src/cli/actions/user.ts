/**
 * The actions of `objector user add|passwd|role|disable|enable|list|totp-off`
 * (declared in ../commands/user.ts): accounts, from the machine the store
 * lives on. New and reset passwords are one-time passwords printed once; the
 * user chooses their own at first sign-in. While `serve` holds the embedded
 * store, each action goes through its admin API instead (user-api.ts).
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { AccountError } from '../../security/accounts/errors.ts';
import { disableTotp } from '../../security/accounts/totp-enrol.ts';
import {
  createUser,
  findUser,
  listUsers,
  setDisabled,
  setPassword,
  setRole,
  type UserSummary,
} from '../../security/accounts/users.ts';
import type { Security } from '../../security/services.ts';
import type { Store } from '../../store/db.ts';
import { ExitCode } from '../context.ts';
import { type CommandEnv, commandEnv, runningServer, withSecureStore } from '../store.ts';
import { type AccountsApi, withAccountsApi } from './user-api.ts';

const actor = () => `cli:${userInfo().username}`.slice(0, 100);

type Run = (store: Store, security: Security, env: CommandEnv) => Promise<void>;

type Remote = (api: AccountsApi, env: CommandEnv) => Promise<void>;

/**
 * Runs `remote` through the API of a server holding the store, else opens
 * the store with its keys and runs `body`; account errors become messages
 * and exit codes either way.
 */
async function run(command: Command, name: string, body: Run, remote: Remote): Promise<void> {
  const env = commandEnv(command);
  const server = runningServer(env.config);
  if (server) return withAccountsApi(env, server, (api) => remote(api, env));
  await withSecureStore(env, name, async (store, security) => {
    try {
      await body(store, security, env);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      env.out.error(error.message);
      process.exitCode = error.code === 'not_found' ? ExitCode.notFound : ExitCode.usage;
    }
  });
}

async function userId(store: Store, username: string): Promise<string> {
  const user = await findUser(store.db, username);
  if (!user) throw new AccountError('not_found', `no account named ${JSON.stringify(username.slice(0, 64))}`);
  return user.id;
}

/** `user add USERNAME [--role ROLE]`. */
export function addUser(username: string, opts: { role: string }, command: Command): Promise<void> {
  const show = (env: CommandEnv, user: UserSummary, password: string | null) =>
    env.out.result({ ...user, oneTimePassword: password }, () =>
      [
        `created ${user.username} (${user.role}); one-time password, shown once:`,
        '',
        `    ${password}`,
        '',
        'they choose their own at first sign-in',
      ].join('\n'),
    );
  return run(
    command,
    'user add',
    async (store, security, env) => {
      const created = await createUser(store.db, security, { username, role: opts.role, actor: actor() });
      show(env, created.user, created.oneTimePassword);
    },
    async (api, env) => {
      const created = await api.add(username, opts.role);
      show(env, created.user, created.oneTimePassword);
    },
  );
}

/** `user passwd USERNAME`. */
export function resetPassword(username: string, _opts: unknown, command: Command): Promise<void> {
  const show = (env: CommandEnv, id: string, password: string | null) =>
    env.out.result(
      { id, oneTimePassword: password },
      () => `one-time password, shown once:\n\n    ${password}\n`,
    );
  return run(
    command,
    'user passwd',
    async (store, security, env) => {
      const id = await userId(store, username);
      show(env, id, await setPassword(store.db, security, { userId: id, actor: actor() }));
    },
    async (api, env) => {
      const r = await api.resetPassword((await api.find(username)).id);
      show(env, r.id, r.oneTimePassword);
    },
  );
}

/** `user role USERNAME ROLE`. */
export function changeRole(username: string, role: string, _opts: unknown, command: Command): Promise<void> {
  const show = (env: CommandEnv) => env.out.result({ username, role }, () => `${username} is now ${role}`);
  return run(
    command,
    'user role',
    async (store, security, env) => {
      await setRole(store.db, security, await userId(store, username), role, actor());
      show(env);
    },
    async (api, env) => {
      await api.update((await api.find(username)).id, { role });
      show(env);
    },
  );
}

/** `user disable|enable USERNAME`. */
export function setAccountDisabled(username: string, disabled: boolean, command: Command): Promise<void> {
  const name = disabled ? 'disable' : 'enable';
  const show = (env: CommandEnv) =>
    env.out.result({ username, disabled }, () => `${username} ${disabled ? 'disabled' : 'enabled'}`);
  return run(
    command,
    `user ${name}`,
    async (store, security, env) => {
      await setDisabled(store.db, security, await userId(store, username), disabled, actor());
      show(env);
    },
    async (api, env) => {
      await api.update((await api.find(username)).id, { disabled });
      show(env);
    },
  );
}

/** `user totp-off USERNAME`. */
export function removeTotp(username: string, _opts: unknown, command: Command): Promise<void> {
  const show = (env: CommandEnv) =>
    env.out.result({ username, totp: false }, () => `second factor removed for ${username}`);
  return run(
    command,
    'user totp-off',
    async (store, security, env) => {
      await disableTotp(store.db, security, await userId(store, username), actor());
      show(env);
    },
    async (api, env) => {
      await api.removeTotp((await api.find(username)).id);
      show(env);
    },
  );
}

/** `user list`. */
export function listAccounts(_opts: unknown, command: Command): Promise<void> {
  const show = (env: CommandEnv, users: UserSummary[]) =>
    env.out.result(users, () =>
      users
        .map(
          (u) =>
            `${u.username.padEnd(20)} ${u.role.padEnd(11)} ${u.disabled ? 'disabled' : ''}${u.totp ? ' totp' : ''}`,
        )
        .join('\n'),
    );
  return run(
    command,
    'user list',
    async (store, _security, env) => show(env, await listUsers(store.db)),
    async (api, env) => show(env, await api.list()),
  );
}
