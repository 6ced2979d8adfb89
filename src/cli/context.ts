import { safeBlock, safeJson } from './terminal.ts';

/**
 * What every CLI command receives: the global options and a way to print
 * results either for people or, with --json, for programs.
 */
export interface GlobalOptions {
  /** Folder of the embedded database (overridden by DATABASE_URL). */
  data?: string;
  json?: boolean;
}

export interface Output {
  /** Prints `value` as JSON when --json is set, otherwise prints `human()`'s text. */
  result(value: unknown, human: () => string): void;
  /** A message for people on stderr; silent in --json mode unless it is an error. */
  info(message: string): void;
  error(message: string): void;
}

export function makeOutput(json: boolean): Output {
  return {
    result(value, human) {
      // Output carries stored data: no terminal control sequence gets through (terminal.ts).
      process.stdout.write(json ? `${safeJson(value)}\n` : `${safeBlock(human())}\n`);
    },
    info(message) {
      if (!json) process.stderr.write(`${safeBlock(message)}\n`);
    },
    error(message) {
      process.stderr.write(`objector: ${safeBlock(message)}\n`);
    },
  };
}

let stdoutGuarded = false;

/**
 * A reader that stops early (`objector sources --json | head`) closes the
 * pipe, and the next write to stdout fails with EPIPE. That is the reader's
 * choice, not a failure: the process ends at once, quietly, with exit 0,
 * instead of printing a stack trace. Any other stdout error stays fatal.
 * Installed once, by the CLI's entry point.
 */
export function endQuietlyOnClosedStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.ok);
    throw error;
  });
}

/** Exit codes that mean something to scripts. */
export const ExitCode = {
  ok: 0,
  /** Some inputs failed (e.g. a file could not be ingested); the rest went through. */
  partial: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** The store could not be opened (in use by another process, unreachable server). */
  storeUnavailable: 3,
  /** The thing asked for does not exist. */
  notFound: 4,
  /** An unexpected internal error. */
  internal: 70,
} as const;
