/**
 * Read commands answered by a running `serve` (it holds the embedded store):
 * one GET to its API, or a clear stop when it refuses. The status and the
 * problem's title are printed, never the body of an answer, which may carry
 * stored data.
 */
import type { LockInfo } from '../../store/lock.ts';
import { ExitCode } from '../context.ts';
import { type CommandEnv, fetchFromServer } from '../store.ts';

/** The JSON body of `GET path` from the server, or exit 3 (store unavailable) with its status. */
export async function getFromServer<T>(env: CommandEnv, server: LockInfo, path: string): Promise<T> {
  const answer = await fetchFromServer(server, path).catch(() => null);
  if (answer?.status === 200) return answer.body as T;
  const title = (answer?.body as { title?: unknown } | undefined)?.title;
  env.out.error(
    answer
      ? `the running server (pid ${server.pid}) answered ${answer.status}${typeof title === 'string' ? ` ${title}` : ''}`
      : `the running server (pid ${server.pid}) did not answer; try again, or stop it and retry`,
  );
  process.exit(ExitCode.storeUnavailable);
}
