/**
 * CLI start-up benchmark (issue #13, point 4): wall and CPU time of
 * `objector --help`, `sources --json` and `counts --json` on an empty store,
 * beside the floors measured in the same run: a bare `node -e 0` (the
 * machine) and `node --import tsx -e 0` (the TypeScript loader every
 * objector process starts with). The runs are interleaved so that a change
 * in the machine's load touches every case alike; medians are printed.
 *   npm run bench:cli [-- --runs 7] [--compare OTHER/bin/objector.js]
 * With --compare, the same commands of another checkout (an older commit,
 * say) are timed in the same run too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/objector.js');
const reporter = fileURLToPath(new URL('./cpu-report.mjs', import.meta.url));
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(option('--runs') ?? 5);
const compare = option('--compare');

interface Case {
  name: string;
  args: string[];
}

const COMMANDS = [['--help'], ['sources', '--json'], ['counts', '--json']];

const CASES: Case[] = [
  { name: 'node -e 0 (machine floor)', args: ['-e', '0'] },
  { name: 'node --import tsx -e 0 (loader floor)', args: ['--import', 'tsx', '-e', '0'] },
  ...COMMANDS.map((c) => ({ name: `objector ${c.join(' ')}`, args: [bin, ...c] })),
  ...(compare ? COMMANDS.map((c) => ({ name: `compared: ${c.join(' ')}`, args: [compare, ...c] })) : []),
];

const work = mkdtempSync(join(tmpdir(), 'objector-bench-cli-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  OBJECTOR_DATA: join(work, 'data'),
  BENCH_CPU_FILE: join(work, 'cpu.json'),
};
delete env.DATABASE_URL;

/** Runs one case once; wall and CPU time in milliseconds. */
function measure(c: Case): { wallMs: number; cpuMs: number } {
  rmSync(env.BENCH_CPU_FILE!, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', reporter, ...c.args], { cwd: root, env });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${c.name} exited with ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  }
  const { cpuMs } = JSON.parse(readFileSync(env.BENCH_CPU_FILE!, 'utf8')) as { cpuMs: number };
  return { wallMs, cpuMs };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

try {
  // Untimed: creates the empty store (initdb, migrations) and fills tsx's transform cache.
  for (const c of CASES) measure(c);
  const samples = new Map(CASES.map((c) => [c.name, [] as { wallMs: number; cpuMs: number }[]]));
  for (let i = 0; i < runs; i++) for (const c of CASES) samples.get(c.name)!.push(measure(c));
  const loaderFloor = median(samples.get(CASES[1]!.name)!.map((s) => s.wallMs));
  const rows = CASES.map((c) => {
    const s = samples.get(c.name)!;
    const wall = median(s.map((x) => x.wallMs));
    return {
      case: c.name,
      wallMs: Math.round(wall),
      cpuMs: Math.round(median(s.map((x) => x.cpuMs))),
      wallVsLoaderFloor: Math.round((wall / loaderFloor) * 100) / 100,
    };
  });
  process.stdout.write(`runs: ${runs} each, medians\n`);
  console.table(rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}
