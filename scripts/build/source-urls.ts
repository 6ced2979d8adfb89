/**
 * An esbuild plugin that keeps `import.meta.url` meaning "this source file"
 * inside the bundle. Modules find their data relative to themselves
 * (`new URL('../../data/names/', import.meta.url)`, web/, package.json); in
 * a bundle every module would otherwise get the URL of the chunk it landed
 * in, in dist/. So each module that uses `import.meta.url` gets its own
 * source file's URL instead, computed at run time from the chunk's URL (all
 * chunks sit flat in one folder, at a known path from the sources), which
 * keeps working when the whole checkout moves.
 *
 * Worker threads are the exception: a module that starts one from a tsx
 * bootstrap (`new Worker(new URL('./bootstrap.mjs', import.meta.url))`)
 * gets the bundled worker entry instead, so that the worker does not load
 * tsx either. WORKERS lists them; the build fails if one is no longer found,
 * rather than quietly sending workers back to tsx.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'esbuild';

/** Worker bootstraps (they register tsx, then import the worker's module) → the bundle entry that replaces each. */
export const WORKERS: Record<string, string> = {
  'src/ingest/worker/bootstrap.mjs': 'parse-worker.js',
};

const SOURCE_URL = '__objectorSourceUrl';
const URL_OF = /new URL\(\s*(['"])([^'"]+)\1\s*,\s*__objectorSourceUrl\s*\)/g;

const posix = (path: string) => path.split(sep).join('/');

export function sourceUrls(options: { root: string; outdir: string }): Plugin {
  return {
    name: 'objector-source-urls',
    setup(build) {
      const workersFound = new Set<string>();
      build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const fromChunk = posix(relative(options.outdir, args.path));
        const rewritten = text
          .replaceAll('import.meta.url', SOURCE_URL)
          .replace(URL_OF, (whole, _q, spec) => {
            const target = posix(relative(options.root, resolve(dirname(args.path), spec as string)));
            const entry = WORKERS[target];
            if (!entry) return whole;
            workersFound.add(target);
            return `new URL(${JSON.stringify(`./${entry}`)}, import.meta.url)`;
          });
        // On the first line, so that line numbers in the bundle's source map stay the module's own.
        const head = `const ${SOURCE_URL} = new URL(${JSON.stringify(fromChunk)}, import.meta.url).href; `;
        return { contents: head + rewritten, loader: 'ts' };
      });
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        for (const bootstrap of Object.keys(WORKERS)) {
          if (!workersFound.has(bootstrap)) {
            throw new Error(
              `no module starts a worker from ${bootstrap} any more: update WORKERS in source-urls.ts`,
            );
          }
        }
      });
    },
  };
}
