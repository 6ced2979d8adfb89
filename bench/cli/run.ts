/**
 * CLI start-up benchmark (issue #13, point 4). Times `objector --help`,
 * `--version`, `sources --json`, `counts --json` and `records --json`, each
 * run from the CLI bundle (scripts/build/cli.ts, built afresh for the run into
 * a temporary folder) and from the TypeScript sources through tsx, beside the
 * floors measured in the same run: a bare `node -e 0` (the machine),
 * `node --import tsx -e 0` (the TypeScript loader) and a bare PGlite opening
 * the same store (./pglite-open.mjs: what any command that opens it pays). Runs are interleaved so a
 * change in the machine's load touches every case alike; medians are printed.
 * "start-up" is the time from the process's start until the command's action
 * begins (the CLI's own mark, src/cli/commands/lazy.ts); "store open" until it
 * has opened the store; "total" until the process exits.
 *
 *   npm run bench:cli [-- --runs 5] [--data DIR] [--served] [--compare OTHER/bin/objector.js]
 *
 * --data reads an existing store (`tsx bench/cli/make-store.ts --n 5000 --out
 * DIR` makes one of 5,000 reports; pass DIR/data); without it, an empty one.
 * After the timings, a pass with module hooks lists what each read command
 * loads (from the sources, so per source file); --served repeats it while
 * `objector serve` holds the store, when the read commands must not load the
 * database at all.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCli } from '../../scripts/build/cli.ts';
import { freshBundle } from '../../scripts/build/fresh.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/objector.js');
const cpuReporter = fileURLToPath(new URL('./cpu-report.mjs', import.meta.url));
const loadedReporter = fileURLToPath(new URL('./loaded-report.mjs', import.meta.url));

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    data: { type: 'string' },
    served: { type: 'boolean' },
    compare: { type: 'string' },
  },
});
const runs = Number(values.runs);

const COMMANDS = [
  ['--help'],
  ['--version'],
  ['sources', '--json'],
  ['counts', '--json'],
  ['records', '--json'],
];
const READ_COMMANDS = COMMANDS.filter((c) => !c[0]!.startsWith('-'));

interface Case {
  name: string;
  args: string[];
  /** OBJECTOR_CLI_BUNDLE for the run: the bundle's folder, or 'off' for the sources. */
  bundle?: string;
}

interface Sample {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  actionMs: number | null;
  storeOpenMs: number | null;
  exitMs: number;
}

const work = mkdtempSync(join(tmpdir(), 'objector-bench-cli-'));
// Inside the project, beside dist/cli: the bundle finds its packages in node_modules from where it lies.
const bundleDir = join(root, 'dist', `bench-${process.pid}`);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  OBJECTOR_DATA: values.data ? resolve(values.data) : join(work, 'data'),
  BENCH_CPU_FILE: join(work, 'cpu.json'),
};
delete env.DATABASE_URL;

const CASES: Case[] = [
  { name: 'node -e 0 (machine floor)', args: ['-e', '0'] },
  { name: 'node --import tsx -e 0 (loader floor)', args: ['--import', 'tsx', '-e', '0'] },
  {
    name: 'bare PGlite open + select 1 (store floor)',
    args: [fileURLToPath(new URL('./pglite-open.mjs', import.meta.url)), join(env.OBJECTOR_DATA!, 'pgdata')],
  },
  ...COMMANDS.flatMap((c) => [
    { name: `bundle: ${c.join(' ')}`, args: [bin, ...c], bundle: bundleDir },
    { name: `tsx:    ${c.join(' ')}`, args: [bin, ...c], bundle: 'off' },
  ]),
  ...(values.compare
    ? COMMANDS.map((c) => ({ name: `compared: ${c.join(' ')}`, args: [values.compare!, ...c] }))
    : []),
];

/** Rebuilds the bundle when the sources changed (someone edits the tree meanwhile): a stale one would not run. */
async function ensureFresh(): Promise<void> {
  for (let attempt = 1; !freshBundle(bundleDir, root); attempt++) {
    // A file edited during the build fails it (scripts/build/cli.ts): that is worth another try or two.
    const failed = await buildCli(bundleDir).then(
      () => null,
      (error: Error) => error,
    );
    if (failed && attempt === 5) throw failed;
  }
}

/** Runs one case once. */
async function measure(c: Case): Promise<Sample> {
  for (;;) {
    if (c.bundle === bundleDir) await ensureFresh();
    rmSync(env.BENCH_CPU_FILE!, { force: true });
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', cpuReporter, ...c.args], {
      cwd: root,
      env: { ...env, OBJECTOR_CLI_BUNDLE: c.bundle ?? '' },
      // Output to /dev/null: the listing of 5,000 sources outgrows a pipe buffer, and reading it is not the CLI's time.
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) {
      throw new Error(`${c.name} exited with ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
    }
    // A bundle that went stale during the run was not run (tsx was): that sample is not the bundle's.
    if (c.bundle === bundleDir && !freshBundle(bundleDir, root)) continue;
    return { wallMs, ...(JSON.parse(readFileSync(env.BENCH_CPU_FILE!, 'utf8')) as Omit<Sample, 'wallMs'>) };
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (xs: (number | null)[]) => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === xs.length ? Math.round(median(known)) : '';
};

/** What one run of the CLI loads from the sources: source files, packages, and the heavy ones by name. */
function loaded(
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): { status: number | null; src: number; packages: string[] } {
  const file = join(work, 'loaded.txt');
  rmSync(file, { force: true });
  const result = spawnSync(process.execPath, ['--import', loadedReporter, bin, ...args], {
    cwd: root,
    env: { ...env, ...extraEnv, OBJECTOR_CLI_BUNDLE: 'off', BENCH_LOADED_FILE: file },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const paths = new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((u) => (u.startsWith('file:') ? fileURLToPath(u.replace(/\?.*$/, '')) : u)),
  );
  const packages = new Set<string>();
  let src = 0;
  for (const path of paths) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    if (pkg) packages.add(pkg);
    else if (path.startsWith(join(root, 'src/'))) src++;
  }
  return { status: result.status, src, packages: [...packages].sort() };
}

/** Starts `objector serve` on the store and resolves once its lock names the port it serves on. */
async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: root, env, stdio: 'ignore' });
  const lock = join(env.OBJECTOR_DATA!, 'objector.lock');
  for (let i = 0; i < 600; i++) {
    // The local token is written after the port: a command that came earlier would be refused.
    if (existsSync(lock) && /"token"/.test(readFileSync(lock, 'utf8'))) return server;
    if (server.exitCode !== null) throw new Error(`serve exited with ${server.exitCode}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('serve did not start in 2 minutes');
}

function printLoaded(title: string, extraEnv?: NodeJS.ProcessEnv): void {
  const HEAVY = [
    '@electric-sql/pglite',
    'pg',
    'kysely',
    'az',
    'compromise',
    'hono',
    'linkedom',
    'tsx',
    'esbuild',
  ];
  process.stdout.write(`\nwhat each command loads (${title}):\n`);
  console.table(
    [['--help'], ...READ_COMMANDS].map((c) => {
      const l = loaded(c, extraEnv);
      return {
        command: c.join(' '),
        // A command without a way through the server stops (exit 3) once it finds the store held.
        exit: l.status,
        'source files': l.src,
        'heavy packages': l.packages.filter((p) => HEAVY.includes(p)).join(' '),
        'other packages': l.packages.filter((p) => !HEAVY.includes(p)).join(' '),
      };
    }),
  );
}

try {
  const started = performance.now();
  await ensureFresh();
  process.stdout.write(`bundle built in ${Math.round(performance.now() - started)} ms\n`);
  // Untimed: creates an empty store if none was given (initdb, migrations) and warms the caches.
  // objector's own cases first: the store floor needs the store made.
  for (const c of [...CASES].sort((a, b) => Number(b.args[0] === bin) - Number(a.args[0] === bin))) {
    await measure(c);
  }
  const samples = new Map(CASES.map((c) => [c.name, [] as Sample[]]));
  for (let i = 0; i < runs; i++) for (const c of CASES) samples.get(c.name)!.push(await measure(c));
  const floor = median(samples.get(CASES[0]!.name)!.map((s) => s.wallMs));
  const rows = CASES.map((c) => {
    const s = samples.get(c.name)!;
    const wall = median(s.map((x) => x.wallMs));
    return {
      case: c.name,
      'start-up ms': ms(s.map((x) => x.actionMs)),
      'store open ms': ms(s.map((x) => x.storeOpenMs)),
      'total ms': Math.round(wall),
      'cpu ms': Math.round(median(s.map((x) => x.cpuMs))),
      'peak MB': Math.round(median(s.map((x) => x.rssMb))),
      'total / node -e 0': Math.round((wall / floor) * 100) / 100,
    };
  });
  process.stdout.write(`\nruns: ${runs} each, medians; store: ${values.data ?? 'empty'}\n`);
  console.table(rows);
  printLoaded('from the sources, store opened here');
  if (values.served) {
    const server = await startServer();
    try {
      printLoaded('while `objector serve` holds the store');
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
}
