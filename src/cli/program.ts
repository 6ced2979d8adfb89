/**
 * The objector command line as a Commander program: global options and every
 * command's declaration. Building it loads no command's dependencies (see
 * ./commands/lazy.ts), so `--help` and `--version` stay fast.
 */
import { Command, Help } from 'commander';
import { VERSION } from '../version.ts';
import { commands } from './commands/index.ts';

/** The whole program, ready for `parseAsync`; errors throw CommanderError (exitOverride). */
export function buildProgram(): Command {
  const program = new Command('objector')
    .description('Sourced, reviewed records of soldiers refusing the war: ingest, extract, resolve, count.')
    .option(
      '--data <dir>',
      'folder of the embedded database (env OBJECTOR_DATA; ignored when DATABASE_URL is set)',
    )
    .option('--json', 'machine-readable output on stdout')
    .version(VERSION, '-V, --version', 'print the version')
    .configureHelp({
      showGlobalOptions: true,
      // The version is the program's: listed in its own help, not among each subcommand's global options.
      visibleGlobalOptions(command) {
        return Help.prototype.visibleGlobalOptions.call(this, command).filter((o) => o.long !== '--version');
      },
    })
    .showHelpAfterError()
    .exitOverride();
  for (const command of commands) command.register(program);
  return program;
}
