/** Every CLI command module, in the order `--help` lists them. */
import type { Command } from 'commander';
import * as extract from './extract.ts';
import * as resolve from './resolve.ts';

export interface CommandModule {
  register(program: Command): void;
}

export const commands: CommandModule[] = [extract, resolve];
