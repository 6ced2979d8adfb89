/**
 * Where `objector counts` gets its numbers: the store, or, while `serve`
 * holds the embedded store, its API (GET /api/counts). The API carries the
 * groups and their names only, so `facts` and `excluded` are absent then.
 */
import type { CountsReport } from '../../counts/load.ts';
import { type CommandEnv, runningServer, withStore } from '../store.ts';
import { getFromServer } from './served.ts';

/** Counts as the command presents them; `facts` and `excluded` only when the store was read here. */
export type LoadedCounts = Pick<CountsReport, 'groups' | 'names'> &
  Partial<Pick<CountsReport, 'facts' | 'excluded'>>;

/** Every group's count (the command filters by type itself, the same way on both paths). */
export async function loadCounts(env: CommandEnv): Promise<LoadedCounts> {
  const server = runningServer(env.config);
  if (server) return getFromServer<LoadedCounts>(env, server, '/api/counts');
  return withStore(env, 'counts', async (store) => {
    // The lexicons and the resolver load here: counts answered by the server never need them.
    const [{ countFromStore }, { loadKbDeps }, { loadResolver }] = await Promise.all([
      import('../../counts/load.ts'),
      import('../../kb/lexicon.ts'),
      import('../../kb/resolver.ts'),
    ]);
    return countFromStore(store.db, loadKbDeps(), loadResolver());
  });
}
