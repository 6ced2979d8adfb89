/**
 * The action of `objector serve` (declared in ../commands/serve.ts): the HTTP
 * API and the web application on the configured store.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { serve as serveHttp } from '@hono/node-server';
import type { Command } from 'commander';
import { createDeriveRunner } from '../../derive/runner.ts';
import { createPublication } from '../../publication/service.ts';
import { pruneSessions } from '../../security/accounts/sessions.ts';
import { ensureFirstAdmin } from '../../security/accounts/users.ts';
import { hashToken } from '../../security/session-tokens.ts';
import { createApp } from '../../server/app.ts';
import { warmCaches } from '../../server/warm.ts';
import { loadSampleOnce } from '../../sources/sample.ts';
import type { Store } from '../../store/db.ts';
import { VERSION } from '../../version.ts';
import { ExitCode } from '../context.ts';
import { commandEnv, withSecureStore } from '../store.ts';

/** How often the audit anchor is copied out of the database while serving. */
const ANCHOR_EVERY_MS = 60_000;

/** `serve`: runs until SIGINT or SIGTERM. */
export async function serve(
  opts: { port?: number; host: string; sample?: boolean },
  command: Command,
): Promise<void> {
  const env = commandEnv(command, opts.port !== undefined ? { port: opts.port } : {});
  if (!Number.isInteger(env.config.port)) {
    env.out.error('--port must be a whole number');
    process.exit(ExitCode.usage);
  }
  await withSecureStore(env, 'serve', async (store, security) => {
    const admin = await ensureFirstAdmin(store.db, security);
    if (admin) {
      // Printed once, on the first start only: it is stored as a hash and cannot be shown again.
      process.stderr.write(
        `first start: created the account "${admin.username}" with the one-time password\n\n    ${admin.password}\n\n` +
          'sign in with it and choose your own; it is not shown again (`objector user passwd admin` makes a new one)\n',
      );
    }
    const derive = createDeriveRunner({ db: store.db, security });
    if (opts.sample) {
      const report = await loadSampleOnce(store.db, { maxFileBytes: env.config.maxFileBytes });
      if (report) {
        // A first start shows the sample's records at once: derived before the server listens.
        await derive.idle();
        env.out.info(`loaded the sample corpus: ${report.added} sources`);
      }
    }
    const localToken = store.lock ? randomBytes(32).toString('base64url') : null;
    const publication = createPublication(store.db, {
      publishUnreviewed: env.config.publishUnreviewed,
      now: security.now,
    });
    const app = createApp({
      db: store.db,
      version: VERSION,
      maxFileBytes: env.config.maxFileBytes,
      security,
      cookieSecure: env.config.security.cookieSecure,
      connection: { trustProxy: env.config.security.trustProxy },
      localTokenHash: localToken ? hashToken(localToken) : null,
      pfifDomain: env.config.pfifDomain,
      derive,
      publication,
    });
    await warmCaches(publication);
    const server = serveHttp({ fetch: app.fetch, port: env.config.port, hostname: opts.host });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    }).catch((error: NodeJS.ErrnoException) => {
      env.out.error(`cannot listen on ${opts.host}:${env.config.port}: ${error.code ?? error.message}`);
      process.exit(ExitCode.usage);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.config.port;
    store.lock?.setPort(port);
    // Sources a stop left pending (or stored while the server was down) are derived now.
    derive.start();
    if (localToken) addTokenToLock(store, localToken);
    const timer = setInterval(() => {
      void security.audit.saveAnchor(store.db).catch(() => env.out.error('could not write the audit anchor'));
      void pruneSessions(store.db, security.now()).catch(() => {});
    }, ANCHOR_EVERY_MS);
    timer.unref();
    env.out.info(`objector ${VERSION} on ${store.description}`);
    env.out.info(`listening on http://${opts.host}:${port}/`);
    if (env.json) process.stdout.write(`${JSON.stringify({ listening: `http://${opts.host}:${port}/` })}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    clearInterval(timer);
  });
}

/**
 * The local CLI token goes into the lock file only (mode 0600, in the data
 * folder, removed when serve stops): the CLI of the same OS user reads it to
 * call this server; it lives as long as this process.
 */
function addTokenToLock(store: Store, token: string): void {
  if (!store.lock) return;
  const info = JSON.parse(readFileSync(store.lock.path, 'utf8')) as Record<string, unknown>;
  writeFileSync(store.lock.path, JSON.stringify({ ...info, token }), { mode: 0o600 });
}
