/**
 * A store of N generated reports for the CLI start-up bench: writes the
 * ingest bench's corpus (bench/ingest/corpus.ts) as text files and ingests
 * them through the CLI itself, so the store holds what a real one would
 * (sources, claims, records). Slow (extraction of every report); made once:
 *   npx tsx bench/cli/make-store.ts --n 5000 --out /tmp/objector-5k
 * then `npm run bench:cli -- --data /tmp/objector-5k/data`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchmarkCorpus } from '../ingest/corpus.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '5000' }, out: { type: 'string' } },
});
if (!values.out) throw new Error('--out DIR is required');
const out = resolve(values.out);
const docs = join(out, 'docs');
mkdirSync(docs, { recursive: true });
for (const [i, text] of benchmarkCorpus(Number(values.n)).entries()) {
  writeFileSync(join(docs, `report-${String(i).padStart(5, '0')}.txt`), text);
}
const bin = fileURLToPath(new URL('../../bin/objector.js', import.meta.url));
// The key file goes where the CLI looks by default (OUT/data.keys.json), so `--data OUT/data` is all a reader needs.
const env: NodeJS.ProcessEnv = { ...process.env, OBJECTOR_DATA: join(out, 'data') };
delete env.DATABASE_URL;
delete env.OBJECTOR_KEY_FILE;
delete env.OBJECTOR_KEY;
const result = spawnSync(process.execPath, [bin, 'ingest', docs, '--json'], { env, stdio: 'inherit' });
process.exitCode = result.status ?? 1;
