/**
 * The actions of `objector user add|passwd|role|disable|enable|list|totp-off`
 * (declared in ../commands/user.ts): accounts, from the machine the store
 * lives on. New and reset passwords are one-time passwords printed once; the
 * user chooses their own at first sign-in.
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
} from '../../security/accounts/users.ts';
import type { Security } from '../../security/services.ts';
import type { Store } from '../../store/db.ts';
import { ExitCode } from '../context.ts';
import { type CommandEnv, commandEnv, refuseWhileServing, withSecureStore } from '../store.ts';

const actor = () => `cli:${userInfo().username}`.slice(0, 100);

type Run = (store: Store, security: Security, env: CommandEnv) => Promise<void>;

/** Opens the store with its keys, runs `run`, and turns account errors into messages and exit codes. */
async function run(command: Command, name: string, body: Run): Promise<void> {
  const env = commandEnv(command);
  refuseWhileServing(env);
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
  return run(command, 'user add', async (store, security, env) => {
    const created = await createUser(store.db, security, { username, role: opts.role, actor: actor() });
    env.out.result({ ...created.user, oneTimePassword: created.oneTimePassword }, () =>
      [
        `created ${created.user.username} (${created.user.role}); one-time password, shown once:`,
        '',
        `    ${created.oneTimePassword}`,
        '',
        'they choose their own at first sign-in',
      ].join('\n'),
    );
  });
}

/** `user passwd USERNAME`. */
export function resetPassword(username: string, _opts: unknown, command: Command): Promise<void> {
  return run(command, 'user passwd', async (store, security, env) => {
    const id = await userId(store, username);
    const password = await setPassword(store.db, security, { userId: id, actor: actor() });
    env.out.result(
      { id, oneTimePassword: password },
      () => `one-time password, shown once:\n\n    ${password}\n`,
    );
  });
}

/** `user role USERNAME ROLE`. */
export function changeRole(username: string, role: string, _opts: unknown, command: Command): Promise<void> {
  return run(command, 'user role', async (store, security, env) => {
    await setRole(store.db, security, await userId(store, username), role, actor());
    env.out.result({ username, role }, () => `${username} is now ${role}`);
  });
}

/** `user disable|enable USERNAME`. */
export function setAccountDisabled(username: string, disabled: boolean, command: Command): Promise<void> {
  const name = disabled ? 'disable' : 'enable';
  return run(command, `user ${name}`, async (store, security, env) => {
    await setDisabled(store.db, security, await userId(store, username), disabled, actor());
    env.out.result({ username, disabled }, () => `${username} ${disabled ? 'disabled' : 'enabled'}`);
  });
}

/** `user totp-off USERNAME`. */
export function removeTotp(username: string, _opts: unknown, command: Command): Promise<void> {
  return run(command, 'user totp-off', async (store, security, env) => {
    await disableTotp(store.db, security, await userId(store, username), actor());
    env.out.result({ username, totp: false }, () => `second factor removed for ${username}`);
  });
}

/** `user list`. */
export function listAccounts(_opts: unknown, command: Command): Promise<void> {
  return run(command, 'user list', async (store, _security, env) => {
    const users = await listUsers(store.db);
    env.out.result(users, () =>
      users
        .map(
          (u) =>
            `${u.username.padEnd(20)} ${u.role.padEnd(11)} ${u.disabled ? 'disabled' : ''}${u.totp ? ' totp' : ''}`,
        )
        .join('\n'),
    );
  });
}
