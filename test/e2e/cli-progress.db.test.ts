import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../support/cli.ts';
import { inventedReport } from '../support/reports.ts';
import { createTestStoreEnv, type TestStoreEnv } from '../support/test-store.ts';

/** Runs a shell command under a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
function underTerminal(command: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      'script',
      ['-qec', command, '/dev/null'],
      { env, cwd: ROOT, encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
}

describe('ingest progress', () => {
  const stores: TestStoreEnv[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.dispose();
  });

  it('shows a progress bar on a terminal, and nothing with --json or without one', {
    timeout: 120_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'objector-progress-'));
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `r${i}.txt`), inventedReport(500 + i));
    const store = await createTestStoreEnv(join(mkdtempSync(join(tmpdir(), 'objector-progress-data-')), 'd'));
    stores.push(store);

    const terminal = await underTerminal(`${process.execPath} ${BIN} ingest ${dir}`, store.env);
    expect(terminal).toMatch(/ingest \[[█░]+\] 12\/12 files/);

    writeFileSync(join(dir, 'more.txt'), inventedReport(600));
    const json = await underTerminal(`${process.execPath} ${BIN} ingest --json ${dir}`, store.env);
    expect(json).not.toMatch(/files \|/);
    writeFileSync(join(dir, 'more2.txt'), inventedReport(601));
    const piped = await runCli(['ingest', dir], store.env);
    expect(piped.stderr).not.toMatch(/files \|/);
    expect(piped.stdout).toMatch(/^added 1,/);
  });
});
