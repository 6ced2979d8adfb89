/**
 * `objector user add|passwd|role|disable|enable|list|totp-off`: accounts, from
 * the machine the store lives on. Actions in ../actions/user.ts.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.ts';

const actions = () => import('../actions/user.ts');

export function register(program: Command): void {
  const user = program.command('user').description('manage accounts (admin, researcher, caseworker, viewer)');
  user
    .command('add')
    .description('create an account; prints its one-time password once')
    .argument('<username>')
    .option('--role <role>', 'admin, researcher, caseworker or viewer', 'viewer')
    .action(lazy(actions, 'addUser'));
  user
    .command('passwd')
    .description('reset a password: prints a new one-time password once and ends the account’s sessions')
    .argument('<username>')
    .action(lazy(actions, 'resetPassword'));
  user
    .command('role')
    .description('change an account’s role (ends its sessions)')
    .argument('<username>')
    .argument('<role>', 'admin, researcher, caseworker or viewer')
    .action(lazy(actions, 'changeRole'));
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(name)
      .description(disabled ? 'disable an account (ends its sessions at once)' : 'enable a disabled account')
      .argument('<username>')
      .action((username: string, _opts: unknown, command: Command) =>
        lazy(actions, 'setAccountDisabled')(username, disabled, command),
      );
  }
  user
    .command('totp-off')
    .description('remove an account’s second factor (a lost phone)')
    .argument('<username>')
    .action(lazy(actions, 'removeTotp'));
  user.command('list').description('list the accounts').action(lazy(actions, 'listAccounts'));
}
