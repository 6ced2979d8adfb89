/** Every CLI command module, in the order `--help` lists them. */
import type { Command } from 'commander';
import * as claims from './claims.ts';
import * as extract from './extract.ts';
import * as ingest from './ingest.ts';
import * as resolve from './resolve.ts';
import * as serve from './serve.ts';
import * as sources from './sources.ts';

export interface CommandModule {
  register(program: Command): void;
}

export const commands: CommandModule[] = [ingest, sources, extract, claims, resolve, serve];
