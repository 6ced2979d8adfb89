/**
 * Terminal control codes in stored data (issue #15, point 9, output half):
 * a store written before ingest stripped them holds titles, outlets, text and
 * names with OSC 52 (clipboard write), OSC 0 (window title), SGR 8 (hidden
 * text), C1 and bidirectional controls. No command that prints stored data
 * may pass one to the terminal, in its human or its --json output; the JSON
 * still carries the same values. Runs the real command modules in this
 * process (a child process per command costs too much on a loaded machine)
 * on an invented report, capturing what they write.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as claimsCommand from '../../src/cli/commands/claims.ts';
import * as recordsCommand from '../../src/cli/commands/records.ts';
import * as reportCommand from '../../src/cli/commands/report.ts';
import * as sourcesCommand from '../../src/cli/commands/sources.ts';
import { loadKbDeps } from '../../src/kb/lexicon.ts';
import { rebuildKnowledge } from '../../src/kb/repository.ts';
import { loadResolver } from '../../src/kb/resolver.ts';
import { ingestBytes } from '../../src/sources/ingest-sources.ts';
import { openStore } from '../../src/store/db.ts';
import { createTestStoreEnv, type TestStoreEnv } from '../support/test-store.ts';

const ESC = '\u001b';
const BEL = '\u0007';
const CLIPBOARD = `${ESC}]52;c;SGVsbG8=${BEL}`;
const TITLE = `${ESC}]0;owned${BEL}`;
const HIDDEN = `${ESC}[8mhidden${ESC}[0m`;
const HOSTILE = `${CLIPBOARD}${TITLE}${HIDDEN}\u009b2J\u202e\rover`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const REPORT =
  'Private Zakhar Bulkotrusov, 24, deserted from the 777th motor rifle brigade in March 2024, ' +
  'his mother Agrafena Bulkotrusova told reporters in Kursk.';

/** Runs `objector ARGS` in this process against `env`'s store; returns what went to stdout and stderr. */
async function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  const program = new Command('objector').option('--data <dir>').option('--json').exitOverride();
  for (const command of [sourcesCommand, claimsCommand, recordsCommand, reportCommand])
    command.register(program);
  const captured = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
  const saved = process.env.DATABASE_URL;
  if (env.DATABASE_URL) process.env.DATABASE_URL = env.DATABASE_URL;
  else delete process.env.DATABASE_URL;
  const spies = [capture('stdout'), capture('stderr')];
  try {
    await program.parseAsync(['node', 'objector', '--data', env.OBJECTOR_DATA as string, ...args]);
  } finally {
    for (const spy of spies) spy.mockRestore();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
  return captured;
}

describe('what the CLI prints from stored data', () => {
  let store: TestStoreEnv;
  let env: NodeJS.ProcessEnv;
  let sourceId: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'objector-term-'));
    store = await createTestStoreEnv(join(root, 'data'));
    env = store.env;
    // Seeded in this process, written the way an older store holds it (ingest strips controls now).
    const db = await openStore(
      env.DATABASE_URL
        ? { kind: 'postgres', url: env.DATABASE_URL }
        : { kind: 'pglite', dataDir: env.OBJECTOR_DATA as string },
      { command: 'test' },
    );
    try {
      await ingestBytes(db.db, 'report.txt', new TextEncoder().encode(REPORT));
      sourceId = (await db.db.selectFrom('sources').select('id').executeTakeFirstOrThrow()).id;
      await db.db
        .updateTable('sources')
        .set({
          title: `Title ${HOSTILE}`,
          outlet: `Outlet ${HOSTILE}`,
          url: `https://news.example.org/${CLIPBOARD}`,
          body: `${REPORT}\n${HOSTILE}`,
        })
        .execute();
      await sql`update claims set value = jsonb_set(value, '{mention}', to_jsonb(${`Agrafena ${HOSTILE}`}::text))
        where kind = 'person' and value->>'role' = 'relative'`.execute(db.db);
      await rebuildKnowledge(db.db, loadKbDeps(), loadResolver(), 'test');
    } finally {
      await db.close();
    }
  }, 180_000);
  afterAll(() => store.dispose());

  const clean = (label: string, out: string) => {
    expect(out, label).not.toMatch(RAW_CONTROL);
    expect(out.length, label).toBeGreaterThan(0);
  };

  it('escapes controls in sources, source, claims, records and report', async () => {
    // One after another: the embedded store has one owner at a time.
    const runs: { stdout: string; stderr: string }[] = [];
    for (const args of [
      ['sources'],
      ['source', sourceId],
      ['claims'],
      ['records', '--kind', 'person', '--names'],
      ['report', '--names'],
    ])
      runs.push(await run(args, env));
    for (const [i, r] of runs.entries()) {
      clean(`run ${i}`, r.stdout);
      clean(`run ${i} stderr`, r.stderr || ' ');
    }
    const [list, one, claims, records, report] = runs.map((r) => r.stdout) as string[];
    // Shown, not executed: the reader sees that something was there.
    expect(list).toContain('Title \\x1b]52;c;SGVsbG8=\\x07');
    expect(one).toContain('\\x1b]0;owned\\x07');
    expect(one).toContain('\\x1b[8mhidden');
    expect(claims).toContain('Agrafena \\x1b]52');
    expect(records).toContain('Agrafena \\x1b]52');
    expect(report).toContain('\\\\x1b\\]52;c;SGVsbG8=');
  }, 180_000);

  it('escapes them in --json output too, which still parses to the stored values', async () => {
    const one = await run(['source', '--json', sourceId], env);
    clean('source --json', one.stdout);
    const parsed = JSON.parse(one.stdout) as { title: string; text: string };
    expect(parsed.title).toBe(`Title ${HOSTILE}`);
    expect(parsed.text).toBe(`${REPORT}\n${HOSTILE}`);
  }, 180_000);
});
