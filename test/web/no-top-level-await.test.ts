/**
 * The web app never waits at the top level of a module (issue #14 point 21):
 * a top-level await that rejects or hangs stops every module importing it,
 * and so the whole app.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

describe('the web app’s modules', () => {
  it('have no top-level await', () => {
    const files = scripts(WEB);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      // Top level: a statement at column 0 that awaits (inside functions, code is indented).
      const hits = readFileSync(file, 'utf8').match(/^(?:(?:const|let|var)\s[^=\n]*=\s*)?await\b.*$/gm) ?? [];
      expect(hits, file).toEqual([]);
    }
  });
});
