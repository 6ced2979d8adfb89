/**
 * Builds the CLI bundle, dist/cli/: the TypeScript of src/ as plain
 * JavaScript, so that `objector` starts without loading tsx and esbuild
 * (about half a second of CPU on every command). One module per entry point
 * (the CLI, the parse worker) plus shared chunks: code splitting keeps every
 * dynamic `import()` a separate file, so the lazy command actions stay lazy.
 * Packages stay outside the bundle and load from node_modules as before.
 *
 *   npm run build                         (npm install runs it too, as `prepare`)
 *   tsx scripts/build/cli.ts [--outdir DIR] [--optional]
 *
 * bin/objector.js runs the bundle only while it is fresh (./fresh.js): the
 * stamp written with it lists every input file with its mtime and size, and
 * any difference sends the CLI back to the sources through tsx. Developers
 * never run a stale build, and need not rebuild after an edit (only to get
 * the fast start back). With --optional a failed build is a warning, not an
 * error: `npm install` must not fail over what is only a speed-up.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { STAMP } from './fresh.js';
import { sourceUrls } from './source-urls.ts';

/** The project root: every path in the stamp is relative to it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where bin/objector.js looks for the bundle. */
export const BUNDLE_DIR = join(ROOT, 'dist/cli');

/** Entry points, by output name (`main.js` is what bin/objector.js runs). */
const ENTRIES = {
  main: 'src/cli/main.ts',
  'parse-worker': 'src/ingest/worker/parse-worker.ts',
};
/** Files that shape the bundle without being modules in it: a change to them makes it stale too. */
const SETTINGS = ['package.json', 'tsconfig.json', 'scripts/build/cli.ts', 'scripts/build/source-urls.ts'];

type Stamp = [path: string, mtimeMs: number, size: number];

/** Builds the bundle into `outdir`, replacing what was there at once; returns the number of input files. */
export async function buildCli(outdir: string = BUNDLE_DIR): Promise<{ inputs: number }> {
  outdir = resolve(outdir);
  // Taken before esbuild reads anything: a file edited during the build then no longer
  // matches its stamp, so the bundle counts as stale instead of passing for current.
  const before = statTree(join(ROOT, 'src'));
  statTree(join(ROOT, 'data'), before);
  for (const path of SETTINGS) before.set(path, statSync(join(ROOT, path)));

  const staging = join(dirname(outdir), `.${basename(outdir)}-${randomBytes(4).toString('hex')}`);
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: Object.fromEntries(
        Object.entries(ENTRIES).map(([name, path]) => [name, join(ROOT, path)]),
      ),
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      // Flat output: every file of the bundle sits at the same depth, which source-urls.ts relies on.
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
      // Not minified: stack traces stay readable; the linked maps serve `node --enable-source-maps`.
      sourcemap: 'linked',
      keepNames: true,
      metafile: true,
      logLevel: 'warning',
      plugins: [sourceUrls({ root: ROOT, outdir })],
    });
    const inputs = [...Object.keys(result.metafile.inputs).filter((p) => !p.includes(':')), ...SETTINGS];
    const stamp: Stamp[] = [];
    for (const path of new Set(inputs)) {
      const then = before.get(path);
      const now = statSync(join(ROOT, path));
      if (!then || then.mtimeMs !== now.mtimeMs || then.size !== now.size) {
        throw new Error(`${path} changed during the build (or lies outside src/ and data/); build again`);
      }
      stamp.push([path, then.mtimeMs, then.size]);
    }
    const entries = Object.keys(ENTRIES).map((name) => `${name}.js`);
    writeFileSync(join(staging, STAMP), `${JSON.stringify({ format: 1, entries, inputs: stamp })}\n`);
    replaceDir(staging, outdir);
    return { inputs: stamp.length };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Every file under `dir`, by path relative to ROOT with / separators. */
function statTree(dir: string, into = new Map<string, Stats>()): Map<string, Stats> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) statTree(path, into);
    else if (entry.isFile()) into.set(relative(ROOT, path).split(sep).join('/'), statSync(path));
  }
  return into;
}

/** Puts `staging` in the place of `outdir` by renames, so that a CLI starting meanwhile sees the old bundle or none. */
function replaceDir(staging: string, outdir: string): void {
  mkdirSync(dirname(outdir), { recursive: true });
  const old = `${staging}-old`;
  try {
    renameSync(outdir, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  renameSync(staging, outdir);
  rmSync(old, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' }, optional: { type: 'boolean' } } });
  const started = performance.now();
  try {
    const { inputs } = await buildCli(values.outdir);
    const ms = Math.round(performance.now() - started);
    process.stderr.write(`objector: CLI bundle built from ${inputs} files in ${ms} ms\n`);
  } catch (error) {
    process.stderr.write(`objector: the CLI bundle was not built: ${(error as Error).message}\n`);
    if (values.optional) {
      process.stderr.write('objector: the CLI runs from the TypeScript sources through tsx (slower start)\n');
    } else {
      process.exitCode = 1;
    }
  }
}
