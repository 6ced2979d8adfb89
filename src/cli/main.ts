/**
 * The objector command line: the composition root for CLI processes. Each
 * command is declared in its own module under ./commands (see ./program.ts);
 * its action, under ./actions, is loaded only when it runs.
 */
import { CommanderError } from 'commander';
import { ExitCode, endQuietlyOnClosedStdout } from './context.ts';
import { buildProgram } from './program.ts';

endQuietlyOnClosedStdout();

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? ExitCode.ok : ExitCode.usage);
  }
  throw error;
}
