// Whether the CLI bundle (scripts/build/cli.ts) may be run instead of the
// TypeScript sources. Plain JavaScript on purpose: bin/objector.js loads it
// before any TypeScript can be loaded, on every start, so it must stay cheap.
//
// The bundle is fresh when every file it was built from (the stamp lists each
// input with its mtime and size as they were before the build started) still
// has that same mtime and size. Equality rather than "older than the stamp":
// an edit, a checkout, a deleted file or a file restored with an old mtime all
// make it stale, and a stale bundle is never run; tsx runs the sources instead.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The name of the stamp the build writes last into the bundle's folder. */
export const STAMP = 'stamp.json';

/**
 * The URL of the bundle's `entry` module (e.g. 'main.js') in `dir` when the
 * bundle there is fresh against the sources under `root`, otherwise null.
 * @param {string} dir folder of the bundle
 * @param {string} root the project root the stamp's paths are relative to
 * @param {string} entry file name of the entry module inside `dir`
 * @returns {URL | null}
 */
export function freshBundle(dir, root, entry = 'main.js') {
  /** @type {{ format: number, entries: string[], inputs: [string, number, number][] }} */
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(dir, STAMP), 'utf8'));
  } catch {
    return null; // never built, or being replaced right now
  }
  if (stamp.format !== 1 || !stamp.entries.includes(entry)) return null;
  for (const [path, mtimeMs, size] of stamp.inputs) {
    const now = statSync(join(root, path), { throwIfNoEntry: false });
    if (!now || now.mtimeMs !== mtimeMs || now.size !== size) return null;
  }
  return pathToFileURL(join(dir, entry));
}
