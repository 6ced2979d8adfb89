/**
 * `objector cases due` as a user runs it: a store holding invented cases with
 * appeals, then the command judging them as of a given day, alone and while
 * `serve` holds the embedded store.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/cases/appeals/deadlines.ts';
import { addAppeal } from '../../src/cases/appeals/repository.ts';
import { createCase } from '../../src/cases/repository.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ensureStoreKey } from '../../src/security/keys/load.ts';
import { createSecurity } from '../../src/security/services.ts';
import { openStore } from '../../src/store/db.ts';
import { runCli, startCli } from '../support/cli.ts';
import { createTestStoreEnv, type TestStoreEnv, testBackend } from '../support/test-store.ts';

const AS_OF = '2026-05-20';
const NAME = 'Сочинённый Кирилл Маркович';

describe('objector cases due', () => {
  let store: TestStoreEnv;
  let late = { caseRef: '', appealId: '' };

  beforeAll(async () => {
    store = await createTestStoreEnv(join(mkdtempSync(join(tmpdir(), 'objector-cases-')), 'data'));
    const config = loadConfig(store.env);
    const db = await openStore(config.store, { command: 'test' });
    try {
      const { keyring } = await ensureStoreKey(db.db, config.security.key);
      const security = createSecurity(db.db, { keyring, anchorPath: config.security.auditAnchorPath });
      const one = await createCase(db.db, security, 'test', { personName: NAME });
      const appeal = await addAppeal(db.db, security, 'test', one.id, {
        addresseeType: 'unit_command',
        filedOn: addDays(AS_OF, -40),
      });
      late = { caseRef: one.ref, appealId: appeal.id };
      const two = await createCase(db.db, security, 'test', { personName: 'Другой Вымышленный' });
      await addAppeal(db.db, security, 'test', two.id, {
        addresseeType: 'unit_command',
        filedOn: addDays(AS_OF, -1),
      });
      await addAppeal(db.db, security, 'test', two.id, {
        addresseeType: 'court',
        filedOn: addDays(AS_OF, -90),
        response: 'Иск принят к производству.',
        respondedOn: addDays(AS_OF, -80),
      });
      await security.audit.saveAnchor(db.db);
    } finally {
      await db.close();
    }
  });
  afterAll(() => store.dispose());

  it('lists an appeal filed 40 days before --as-of as 10 days overdue, without names', async () => {
    const r = await runCli(['cases', 'due', '--json', '--as-of', AS_OF], store.env);
    expect(r.status).toBe(0);
    const items = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(items).toEqual([
      {
        caseId: expect.stringMatching(/^case_/),
        caseRef: late.caseRef,
        appealId: late.appealId,
        addresseeType: 'unit_command',
        filedOn: '2026-04-10',
        dueOn: '2026-05-10',
        state: 'overdue',
        daysOverdue: 10,
        daysRemaining: null,
      },
    ]);
    expect(r.stdout).not.toContain('Сочинённый');
  });

  it('shows names only with --names, widens with --within, and prints a line per appeal for people', async () => {
    const named = JSON.parse(
      (await runCli(['cases', 'due', '--json', '--names', '--as-of', AS_OF], store.env)).stdout,
    );
    expect(named[0].title).toBe(NAME);
    const wide = JSON.parse(
      (await runCli(['cases', 'due', '--json', '--within', '30', '--as-of', AS_OF], store.env)).stdout,
    );
    expect(
      wide.map((d: { state: string; daysRemaining: number | null }) => [d.state, d.daysRemaining]),
    ).toEqual([
      ['overdue', null],
      ['due_soon', 29],
    ]);
    const human = await runCli(['cases', 'due', '--as-of', AS_OF], store.env);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(
      new RegExp(`^OVERDUE 10 days +${late.caseRef}  unit_command +filed 2026-04-10  due 2026-05-10$`, 'm'),
    );
    const early = await runCli(['cases', 'due', '--as-of', '2026-04-11'], store.env);
    expect(early.stdout.trim()).toBe('Nothing overdue or due soon as of 2026-04-11.');
    const bad = await runCli(['cases', 'due', '--as-of', '2026-02-30'], store.env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--as-of must be a real date/);
  });

  it.skipIf(testBackend === 'postgres')(
    'answers through the running server while serve holds the store',
    {
      timeout: 120_000,
    },
    async () => {
      const server = startCli(
        ['serve', '--port', '0'],
        store.env,
        /listening on http:\/\/127\.0\.0\.1:(\d+)/,
      );
      try {
        await server.started;
        const r = await runCli(['cases', 'due', '--json', '--as-of', AS_OF], store.env);
        expect(r.status).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual([
          expect.objectContaining({ appealId: late.appealId, daysOverdue: 10 }),
        ]);
      } finally {
        server.child.kill('SIGTERM');
        await new Promise((r) => server.child.once('exit', r));
      }
    },
  );
});
