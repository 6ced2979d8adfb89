/**
 * `objector pfif import` and `objector pfif export` run as a user runs them:
 * a child process on its own store.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { createTestStoreEnv, type TestStoreEnv } from '../../../test/support/test-store.ts';
import { parsePfif } from './parse.ts';

const FIXTURE = new URL('./fixtures/full.xml', import.meta.url).pathname;

describe('objector pfif', () => {
  const dir = mkdtempSync(join(tmpdir(), 'objector-pfif-'));
  let store: TestStoreEnv;
  beforeAll(async () => {
    store = await createTestStoreEnv(join(dir, 'data'));
  });
  afterAll(() => store.dispose());

  it('imports files, each whole or not at all, and says which file and record is wrong', async () => {
    const bad = join(dir, 'bad.xml');
    writeFileSync(
      bad,
      readFileSync(FIXTURE, 'utf8').replace('<pfif:age>27-28</pfif:age>', '<pfif:age>двадцать</pfif:age>'),
    );
    const r = await runCli(['pfif', 'import', '--json', FIXTURE, bad], store.env);
    expect(r.status).toBe(1);
    const { files } = JSON.parse(r.stdout);
    expect(files[0]).toMatchObject({ file: FIXTURE, personsCreated: 2, notesImported: 4 });
    expect(files[1]).toMatchObject({ file: bad, code: 'pfif_invalid' });
    expect(files[1].error).toMatch(
      /bad\.xml: line \d+: person 1 \(finder\.example\.org\/person\.4107\), field age/,
    );
    expect(r.stderr).not.toContain('двадцать');

    const again = await runCli(['pfif', 'import', FIXTURE], store.env);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(
      '0 person(s) created, 0 updated, 2 unchanged; 0 note(s) imported, 4 already there',
    );
  });

  it('exports to a new private file, and never over an existing one', async () => {
    const out = join(dir, 'export.xml');
    const r = await runCli(['pfif', 'export', '--json', '--out', out, '--state', 'triage'], store.env);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ persons: 2, notes: 4, out });
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(parsePfif(readFileSync(out, 'utf8'), out).persons).toHaveLength(2);
    const twice = await runCli(['pfif', 'export', '--out', out], store.env);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/never overwrites/);
    const stdout = await runCli(['pfif', 'export', '--case', 'case_none'], store.env);
    expect(stdout.status).toBe(4);
  });
});
