// Loaded with `node --import` by the CLI bench's "what loads" pass (never into
// a timed run: hooks cost start-up time): writes every module the process
// loads to the file named by BENCH_LOADED_FILE, one URL or path a line. ES
// modules are seen by a resolve hook (on Node 20 it runs on its own thread);
// CommonJS modules (Az.js, pg…) are read from the require cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.BENCH_LOADED_FILE;
if (file) {
  register('./loaded-hooks.mjs', import.meta.url, { data: { file } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const cjs = Object.keys(require.cache);
    if (cjs.length > 0) appendFileSync(file, `${cjs.join('\n')}\n`);
  });
}
