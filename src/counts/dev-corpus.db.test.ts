/**
 * End to end on the dev corpus (read from ../shared at run time): `objector
 * counts --json` has the documented structure, and a reprint of a report
 * changes no count. No dev numbers are written here.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.ts';
import { reprint } from '../../test/support/reports.ts';

const DEV = new URL('../../../shared/corpus/dev/', import.meta.url);

interface Out {
  groups: {
    key: { type: string; unit: string | null; place: string | null; month: string | null };
    lowerBound: number;
    claims: string[];
    sources: string[];
    why: string[];
    evidence: string;
  }[];
  facts: { id: string; value: number; sources: string[]; claims: string[]; independentSources: number }[];
  reprints: string[];
}

async function countsOf(files: Record<string, string>): Promise<Out> {
  const dir = mkdtempSync(join(tmpdir(), 'objector-counts-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // The CLI's own embedded store in a fresh folder, whatever store the test run uses.
  const { DATABASE_URL: _server, ...rest } = process.env;
  const env = { ...rest, OBJECTOR_DATA: join(dir, 'data') };
  const ingest = await runCli(['ingest', dir], env);
  expect(ingest.status).toBe(0);
  const r = await runCli(['counts', '--json'], env);
  expect(r.status).toBe(0);
  const sources = JSON.parse((await runCli(['sources', '--json'], env)).stdout) as {
    id: string;
    duplicateOf: string | null;
  }[];
  return {
    ...(JSON.parse(r.stdout) as Out),
    reprints: sources.filter((x) => x.duplicateOf).map((x) => x.id),
  };
}

describe('counts on the dev corpus', () => {
  it('has the documented structure, and a reprint changes no count', async () => {
    const files: Record<string, string> = {};
    for (const f of readdirSync(DEV).filter((x) => x.endsWith('.txt')))
      files[f] = readFileSync(new URL(f, DEV), 'utf8');
    const base = await countsOf(files);
    expect(base.groups.length).toBeGreaterThan(0);
    for (const g of base.groups) {
      expect(g.lowerBound).toBeGreaterThan(0);
      expect(g.sources.length).toBeGreaterThan(0);
      expect(g.claims.length).toBeGreaterThan(0);
      expect(g.why.length).toBeGreaterThan(0);
      // A group never exceeds the sum of all its type's facts, and a roll-up is at least each of its parts.
      const top = base.groups.find(
        (x) => x.key.type === g.key.type && x.key.unit === '*' && x.key.place === '*' && x.key.month === '*',
      );
      expect(top!.lowerBound).toBeGreaterThanOrEqual(g.lowerBound);
    }
    const first = Object.keys(files).sort()[0]!;
    const withReprint = await countsOf({ ...files, 'reprint.txt': reprint(files[first]!) });
    const bounds = (o: Out) => Object.fromEntries(o.groups.map((g) => [JSON.stringify(g.key), g.lowerBound]));
    expect(bounds(withReprint)).toEqual(bounds(base));
    // The reprint's figures join the original's facts as a second source, not a second fact.
    expect(withReprint.facts.length).toBe(base.facts.length);
    expect(withReprint.reprints).toHaveLength(1);
    const carried = withReprint.facts.filter((f) => f.sources.includes(withReprint.reprints[0]!));
    expect(carried.length).toBeGreaterThan(0);
    const independent = (o: Out) => o.facts.map((f) => f.independentSources).sort();
    expect(independent(withReprint)).toEqual(independent(base));
  }, 240_000);
});
