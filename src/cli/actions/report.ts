/**
 * `objector report [--names] [--out FILE]`: a sourced Markdown summary of the
 * corpus. While `serve` holds the embedded store, the report comes from its
 * API (GET /api/report), like other read commands.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { commandEnv, runningServer, withStore } from '../store.ts';
import { safeBlock } from '../terminal.ts';
import { getFromServer } from './served.ts';

export async function report(opts: { names?: boolean; out?: string }, command: Command): Promise<void> {
  const env = commandEnv(command);
  const names = opts.names === true;
  const server = runningServer(env.config);
  const md = server
    ? (await getFromServer<{ markdown: string }>(env, server, `/api/report?names=${names}`)).markdown
    : await withStore(env, 'report', async (store) => {
        // The lexicons and the resolver load here: a report answered by the server never needs them.
        const [{ loadKbDeps }, { loadResolver }, { reportFromStore }] = await Promise.all([
          import('../../kb/lexicon.ts'),
          import('../../kb/resolver.ts'),
          import('../../report/from-store.ts'),
        ]);
        return reportFromStore(store.db, loadKbDeps(), loadResolver(), { names });
      });
  if (opts.out) writeFileSync(opts.out, md);
  if (env.json) env.out.result({ markdown: md, out: opts.out ?? null }, () => '');
  else if (opts.out) env.out.info(`report written to ${opts.out}`);
  // The renderer escapes stored text already; a terminal gets the printer's guard as well.
  else process.stdout.write(safeBlock(md));
}
