/** Every CLI command declaration module (light: actions load when they run), in the order `--help` lists them. */
import type { Command } from 'commander';
import * as audit from './audit.ts';
import * as backup from './backup.ts';
import * as cases from './cases.ts';
import * as claims from './claims.ts';
import * as counts from './counts.ts';
import * as extract from './extract.ts';
import * as ingest from './ingest.ts';
import * as keys from './keys.ts';
import * as pfif from './pfif.ts';
import * as records from './records.ts';
import * as report from './report.ts';
import * as resolve from './resolve.ts';
import * as serve from './serve.ts';
import * as sources from './sources.ts';
import * as user from './user.ts';

export interface CommandModule {
  register(program: Command): void;
}

export const commands: CommandModule[] = [
  ingest,
  sources,
  extract,
  claims,
  resolve,
  records,
  counts,
  report,
  cases,
  pfif,
  serve,
  user,
  keys,
  audit,
  backup,
];
