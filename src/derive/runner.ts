/**
 * The server's in-process runner of derived work: started after each upload
 * is answered and when the server starts (so a run a stop interrupted
 * resumes), one run at a time, each run deriving every pending source. The
 * pending markers live in the database (pending.ts), so this holds no queue of
 * its own; a maintained job queue replaces it later (#17).
 */
import type { Kysely } from 'kysely';
import type { Security } from '../security/services.ts';
import type { DB } from '../store/db-types.ts';
import { derivePending } from './derive.ts';
import { countPending } from './pending.ts';

export interface RunnerProgress {
  /** Sources whose records are not yet updated. */
  pending: number;
  running: boolean;
  /** Of the current (or last) run: sources done, and done plus pending. */
  done: number;
  total: number;
  /** Code of the last run's failure, if it failed; the next start retries. */
  error: string | null;
}

export interface DeriveRunner {
  /** Starts a run if none is going; a call during a run makes it look again before it ends. */
  start(): void;
  /** Resolves when nothing is pending and no run is going (tests, `serve --sample`). */
  idle(): Promise<void>;
  progress(): Promise<RunnerProgress>;
}

export function createDeriveRunner(deps: { db: Kysely<DB>; security: Security }): DeriveRunner {
  let run: Promise<void> | null = null;
  let again = false;
  let done = 0;
  let error: string | null = null;
  const loop = async () => {
    let base = 0;
    done = 0;
    error = null;
    do {
      again = false;
      base += await derivePending(deps.db, deps.security, {
        actor: 'system',
        onProgress: (p) => {
          done = base + p.done;
        },
      });
      done = base;
    } while (again);
  };
  const start = () => {
    if (run) {
      again = true;
      return;
    }
    run = loop()
      .catch((e: unknown) => {
        // Only the kind of failure: a database error's message can quote a document.
        error = (e as { code?: string })?.code ?? (e as Error)?.name ?? 'internal';
        console.error(`objector: deriving records failed (${error}); the next start retries`);
      })
      .finally(() => {
        run = null;
      });
  };
  return {
    start,
    async idle() {
      while (run) await run;
      if (error === null && (await countPending(deps.db)).pending > 0) {
        start();
        await run;
      }
    },
    async progress() {
      const { pending } = await countPending(deps.db);
      return { pending, running: run !== null, done, total: done + pending, error };
    },
  };
}
