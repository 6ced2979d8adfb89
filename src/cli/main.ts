/**
 * The objector command line: the composition root for CLI processes. Each
 * command lives in its own module under ./commands and registers itself here.
 */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';
import { ExitCode } from './context.ts';

const program = new Command('objector')
  .description('Sourced, reviewed records of soldiers refusing the war: ingest, extract, resolve, count.')
  .option(
    '--data <dir>',
    'folder of the embedded database (env OBJECTOR_DATA; ignored when DATABASE_URL is set)',
  )
  .option('--json', 'machine-readable output on stdout')
  .configureHelp({ showGlobalOptions: true })
  .showHelpAfterError()
  .exitOverride();

for (const command of commands) command.register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? ExitCode.ok : ExitCode.usage);
  }
  throw error;
}
