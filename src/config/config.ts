/**
 * Configuration, read once from the environment into a typed, frozen object.
 * Settings depend on each other: DATABASE_URL set means a PostgreSQL server,
 * otherwise the embedded PGlite database in a folder.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  OBJECTOR_DATA: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  OBJECTOR_MAX_FILE_MB: z.coerce.number().positive().max(1024).optional(),
});

export type StoreConfig =
  | { kind: 'pglite'; dataDir: string }
  | {
      kind: 'postgres';
      /** Sensitive: holds a password. Never log it; use `describeStore` for messages. */
      url: string;
    };

export interface Config {
  readonly store: StoreConfig;
  readonly port: number;
  readonly maxFileBytes: number;
}

export class ConfigError extends Error {
  readonly code = 'invalid_config';
}

export interface ConfigOverrides {
  dataDir?: string | undefined;
  port?: number | undefined;
}

/** Reads and checks the configuration. Throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`environment variable ${String(issue?.path[0])} ${issue?.message ?? 'is invalid'}`);
  }
  const e = parsed.data;
  const store: StoreConfig = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(overrides.dataDir ?? e.OBJECTOR_DATA ?? 'objector-data') };
  return Object.freeze({
    store: Object.freeze(store),
    port: overrides.port ?? e.PORT ?? 8080,
    maxFileBytes: Math.round((e.OBJECTOR_MAX_FILE_MB ?? 20) * 1024 * 1024),
  });
}

/** A description of the store that is safe to print (no password). */
export function describeStore(store: StoreConfig): string {
  if (store.kind === 'pglite') return `embedded database in ${store.dataDir}`;
  const u = new URL(store.url);
  return `PostgreSQL at ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
}
