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

describe('objector pfif', () => {
  const dir = mkdtempSync(join(tmpdir(), 'objector-pfif-'));
  // The fixture's record expires in 2025; the command runs on today's clock, so it is moved to the far future.
  const FIXTURE = join(dir, 'full.xml');
  writeFileSync(
    FIXTURE,
    readFileSync(new URL('./fixtures/full.xml', import.meta.url), 'utf8').replace(
      '2025-04-02T00:00:00Z',
      '2099-04-02T00:00:00Z',
    ),
  );
  let store: TestStoreEnv;
  beforeAll(async () => {
    store = await createTestStoreEnv(join(dir, 'data'));
  });
  afterAll(() => store.dispose());

  it('imports the good records of each file, and names the file, record and field of each bad one', async () => {
    const bad = join(dir, 'bad.xml');
    writeFileSync(
      bad,
      readFileSync(FIXTURE, 'utf8').replace('<pfif:age>27-28</pfif:age>', '<pfif:age>двадцать</pfif:age>'),
    );
    const r = await runCli(['pfif', 'import', '--json', FIXTURE, bad], store.env);
    expect(r.status).toBe(1);
    const { files } = JSON.parse(r.stdout);
    expect(files[0]).toMatchObject({ file: FIXTURE, personsCreated: 2, notesImported: 4 });
    expect(files[1]).toMatchObject({ file: bad, personsCreated: 0, personsUnchanged: 1 });
    expect(files[1].rejected[0]).toMatchObject({
      file: bad,
      record: 'person 1 (finder.example.org/person.4107)',
      field: 'age',
    });
    const human = await runCli(['pfif', 'import', bad], store.env);
    expect(human.status).toBe(1);
    expect(human.stderr).toMatch(
      /bad\.xml: person 1 \(finder\.example\.org\/person\.4107\), field age: .*\(left out\)/,
    );
    expect(r.stderr + r.stdout + human.stderr).not.toContain('двадцать');

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
