/** Runs the real `objector` command line in a child process, as a user would. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/objector.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts a long-running command (e.g. serve) and resolves once its stderr contains `ready`. */
export function startCli(args: string[], env: NodeJS.ProcessEnv, ready: RegExp) {
  const child = spawn(process.execPath, [BIN, ...args], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const started = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = ready.exec(stderr);
      if (m) resolve(m[0]);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready: ${stderr}`)));
  });
  return { child, started, stderr: () => stderr };
}
