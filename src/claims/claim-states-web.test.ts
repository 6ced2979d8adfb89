import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimStatesModule, WEB_FILE } from '../../scripts/web/claim-states.ts';

describe('the claim-state vocabulary', () => {
  it('reaches the web app as a generated copy that is up to date (run tsx scripts/web/claim-states.ts)', () => {
    expect(readFileSync(WEB_FILE, 'utf8')).toBe(claimStatesModule());
  });

  it('is not written out again in the web app’s screens', () => {
    for (const screen of ['records/timeline.js', 'sources/reader.js']) {
      const text = readFileSync(new URL(`../../web/screens/${screen}`, import.meta.url), 'utf8');
      expect(text, screen).not.toMatch(/state !== 'obsolete'/);
    }
  });
});
