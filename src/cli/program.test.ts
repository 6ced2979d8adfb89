import { readdirSync, readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../version.ts';
import { buildProgram } from './program.ts';

const COMMANDS_DIR = new URL('./commands/', import.meta.url);

describe('the objector program', () => {
  it('prints the package version for --version', async () => {
    let out = '';
    const program = buildProgram().configureOutput({ writeOut: (s) => (out += s) });
    const thrown = await program.parseAsync(['node', 'objector', '--version']).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(CommanderError);
    expect((thrown as CommanderError).exitCode).toBe(0);
    expect(out).toBe(`${VERSION}\n`);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lists --version in its own help only, not among a subcommand’s global options', () => {
    const program = buildProgram();
    expect(program.helpInformation()).toContain('--version');
    const sources = program.commands.find((c) => c.name() === 'sources')!;
    expect(sources.helpInformation()).toContain('--data <dir>');
    expect(sources.helpInformation()).not.toContain('--version');
  });

  it('declares commands in modules that load no action statically (start-up stays light)', () => {
    const files = readdirSync(COMMANDS_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(new URL(file, COMMANDS_DIR), 'utf8');
      const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)];
      for (const [, typeOnly, from] of imports) {
        const light =
          typeOnly ||
          from === 'commander' ||
          /^\.\/[\w-]+\.ts$/.test(from!) ||
          from === '../../claims/kinds.ts';
        expect(light, `${file} imports ${from}`).toBeTruthy();
      }
    }
  });
});
