import { execFile } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT } from './cli.ts';
import { freshBundle, STAMP } from './fresh.js';

const BIN = join(ROOT, 'bin/objector.js');

/**
 * Runs bin/objector.js with OBJECTOR_CLI_BUNDLE set to `bundle` ('off' runs the sources through tsx).
 * Asynchronously: a synchronous spawn would keep vitest's worker from answering its runner meanwhile.
 */
function objector(bundle: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, ...env, OBJECTOR_CLI_BUNDLE: bundle }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (error && status === null) reject(error);
        else resolve({ status, stdout, stderr });
      },
    );
  });
}

/** A folder inside the project (a bundle finds its packages in node_modules from where it lies). */
function projectTemp(name: string): string {
  const dir = join(ROOT, 'dist', `${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function writeStamp(dir: string, inputs: [string, number, number][], entries = ['main.js']): void {
  writeFileSync(join(dir, STAMP), JSON.stringify({ format: 1, entries, inputs }));
}

describe('freshBundle: whether the bundle may stand in for the sources', () => {
  let dir: string;
  let input: string;
  let path: string;
  beforeAll(() => {
    dir = projectTemp('fresh-test');
    input = join(dir, 'input.ts');
    path = relative(ROOT, input);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const stampNow = () => {
    const s = statSync(input);
    writeStamp(dir, [[path, s.mtimeMs, s.size]]);
  };

  it('is fresh while every input has its stamped mtime and size', () => {
    writeFileSync(input, 'export const a = 1;\n');
    stampNow();
    expect(freshBundle(dir, ROOT)?.href).toMatch(/\/main\.js$/);
  });

  it('is stale once an input is edited, even to the same length', () => {
    writeFileSync(input, 'export const a = 1;\n');
    stampNow();
    const { mtime } = statSync(input);
    writeFileSync(input, 'export const a = 2;\n');
    utimesSync(input, mtime, new Date(mtime.getTime() + 1000));
    expect(freshBundle(dir, ROOT)).toBeNull();
  });

  it('is stale when an input is restored with an older mtime, or removed', () => {
    writeFileSync(input, 'export const a = 1;\n');
    stampNow();
    utimesSync(input, new Date(0), new Date(0));
    expect(freshBundle(dir, ROOT)).toBeNull();
    stampNow();
    rmSync(input);
    expect(freshBundle(dir, ROOT)).toBeNull();
  });

  it('is stale without a stamp, or for an entry the stamp does not list', () => {
    writeFileSync(input, 'x');
    stampNow();
    expect(freshBundle(dir, ROOT, 'other.js')).toBeNull();
    rmSync(join(dir, STAMP));
    expect(freshBundle(dir, ROOT)).toBeNull();
  });
});

describe('bin/objector.js', () => {
  let dir: string;
  beforeAll(() => {
    dir = projectTemp('bin-test');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a fresh bundle, and the sources through tsx once an input changed', async () => {
    // A stand-in bundle that says where it came from; its one input is a file of the test's own.
    writeFileSync(join(dir, 'main.js'), "process.stdout.write('from the bundle\\n');\n");
    const input = join(dir, 'input.ts');
    writeFileSync(input, '1');
    const s = statSync(input);
    writeStamp(dir, [[relative(ROOT, input), s.mtimeMs, s.size]]);
    expect((await objector(dir, ['--version'])).stdout).toBe('from the bundle\n');

    writeFileSync(input, '12');
    const fromSources = await objector(dir, ['--version']);
    expect(fromSources.status).toBe(0);
    expect(fromSources.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('the CLI bundle', () => {
  let dir: string;
  beforeAll(() => {
    dir = projectTemp('bundle-test');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * `run`'s result with the bundle fresh before and after it, so that it really ran from the
   * bundle: in a tree others are editing, the bundle is rebuilt and `run` repeated as needed.
   */
  async function fromFreshBundle<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      // A build fails when a file changes while it runs (the stamp would lie); the next try may not.
      if (!freshBundle(dir, ROOT)) await buildCli(dir).catch(() => {});
      if (freshBundle(dir, ROOT)) {
        const result = await run();
        if (freshBundle(dir, ROOT)) return result;
      }
      if (attempt === 5) throw new Error('the sources kept changing: no fresh bundle to test');
    }
  }

  it.each([[['--help']], [['--version']], [['records', '--help']], [['no-such-command']]])(
    'answers %j as the sources do',
    async (args) => {
      const bundled = await fromFreshBundle(() => objector(dir, args));
      expect(bundled).toEqual(await objector('off', args));
    },
    180_000,
  );

  it('starts parse workers from the bundle, not from the tsx bootstrap', async () => {
    const code = await fromFreshBundle(async () =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n'),
    );
    expect(code).toContain('new URL("./parse-worker.js", import.meta.url)');
    expect(code).not.toContain('bootstrap.mjs');
    expect(code).not.toMatch(/from ["']tsx/);
  }, 180_000);

  it('ingests a report: parse worker, extraction data files and the store all found from dist/', async () => {
    const work = mkdtempSync(join(tmpdir(), 'objector-bundle-'));
    try {
      const report = join(work, 'report.txt');
      writeFileSync(
        report,
        'Kursk, 3 March 2024. Twelve mobilised soldiers of the 1st Guards Tank Army refused to return to the front line, their relatives said.\n',
      );
      const result = await fromFreshBundle(() => {
        // A retry starts from nothing: no store, no key file beside it.
        rmSync(join(work, 'data'), { recursive: true, force: true });
        rmSync(join(work, 'data.keys.json'), { force: true });
        return objector(dir, ['ingest', report, '--json'], { OBJECTOR_DATA: join(work, 'data') });
      });
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toMatchObject({ added: 1, failed: [] });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 600_000);
});
