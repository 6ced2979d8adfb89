/**
 * The objector command line as a Commander program: global options and every
 * command's declaration. Building it loads no command's dependencies (see
 * ./commands/lazy.ts), so `--help` and `--version` stay fast.
 */
import { Command, Help, type Option } from 'commander';
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
      // Global options are the program's own (not --version, listed in its help only); a parent
      // command's options (`records --kind`) filter that command's list, not its subcommands'.
      visibleGlobalOptions(command): Option[] {
        let root = command;
        while (root.parent) root = root.parent;
        return Help.prototype.visibleGlobalOptions
          .call(this, command)
          .filter((o) => o.long !== '--version' && root.options.includes(o));
      },
    })
    .showHelpAfterError()
    .exitOverride();
  for (const command of commands) command.register(program);
  return program;
}
