#!/usr/bin/env node
// Entry point for `npx objector`. It runs the CLI bundle (dist/cli, built by
// `npm install` through scripts/build/cli.ts) while that bundle is fresh, and
// otherwise the TypeScript sources through tsx: an edited source is run as it
// is now, never from an older build, and the bundle only saves the ~0.5 s of
// CPU that loading tsx and esbuild costs on every start.
// OBJECTOR_CLI_BUNDLE=off runs the sources; OBJECTOR_CLI_BUNDLE=DIR a bundle built there.
import { fileURLToPath } from 'node:url';
import { freshBundle } from '../scripts/build/fresh.js';

// Everything objector writes (database files, key file, anchor, exports) is for
// its owner only: files are created private instead of being tightened later.
if (process.platform !== 'win32') process.umask(0o077);

const root = fileURLToPath(new URL('../', import.meta.url));
const choice = process.env.OBJECTOR_CLI_BUNDLE;
const bundle = choice === 'off' ? null : freshBundle(choice || `${root}dist/cli`, root);

if (bundle) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
