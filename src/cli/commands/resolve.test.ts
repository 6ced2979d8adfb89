import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExitCode } from '../context.ts';
import { register } from './resolve.ts';

async function runCli(args: string[]): Promise<{ stdout: string; stderr: string; code: number | undefined }> {
  const program = new Command('objector').option('--json').exitOverride();
  register(program);
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  process.exitCode = undefined;
  await program.parseAsync(['node', 'objector', ...args]);
  vi.restoreAllMocks();
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { stdout, stderr, code };
}

function file(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'objector-resolve-')), 'mentions.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

afterEach(() => vi.restoreAllMocks());

describe('objector resolve persons', () => {
  const good = [
    '{"id":"a","name":"Тимур Сабиров","age":31,"unit":"64-brigade","region":"Татарстан","date":"2023-03-01"}',
    '{"id":"b","name":"Timur Sabirov","age":31,"unit":"64-brigade","region":"Tatarstan","date":"2023-06-01"}',
    '{"id":"c","name":"Ольга Петрова","age":null,"unit":null,"region":null,"date":"2023-06-01"}',
  ];

  it('prints one id/cluster line per mention', async () => {
    const { stdout, code } = await runCli(['resolve', 'persons', file(good)]);
    expect(code).toBeUndefined();
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; cluster: string });
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows[0]!.cluster).toBe(rows[1]!.cluster);
    expect(rows[2]!.cluster).not.toBe(rows[0]!.cluster);
  });

  it('prints the same JSON lines with --json', async () => {
    const plain = await runCli(['resolve', 'persons', file(good)]);
    const json = await runCli(['--json', 'resolve', 'persons', file(good)]);
    expect(json.stdout).toBe(plain.stdout);
  });

  it('names the malformed line and exits non-zero, without echoing its content', async () => {
    const bad = [good[0]!, '{"id":"x","name":"Секретный Человек","age":"old"}', good[1]!];
    const { stdout, stderr, code } = await runCli(['resolve', 'persons', file(bad)]);
    expect(code).toBe(ExitCode.usage);
    expect(stdout).toBe('');
    expect(stderr).toContain('line 2');
    expect(stderr).not.toContain('Секретный');
  });

  it('reports invalid JSON by line number', async () => {
    const { stderr, code } = await runCli(['resolve', 'persons', file([good[0]!, '{not json'])]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toContain('line 2');
  });
});
