/**
 * The browser tests' harness: the real server (createApp on @hono/node-server,
 * port 0) over a fresh store with the sample corpus, its knowledge base built,
 * and the first admin with a one-time password; Debian's Chromium driven by
 * playwright-core (never a downloaded browser); screenshots and an axe-core
 * check per screen.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadKbDeps } from '../../src/kb/lexicon.ts';
import { rebuildKnowledge } from '../../src/kb/repository.ts';
import { loadResolver } from '../../src/kb/resolver.ts';
import { ensureFirstAdmin } from '../../src/security/accounts/users.ts';
import { generateKeyring } from '../../src/security/crypto/keyring.ts';
import { createSecurity, type Security } from '../../src/security/services.ts';
import { createApp } from '../../src/server/app.ts';
import { loadSampleOnce } from '../../src/sources/sample.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOTS = new URL('../../test-output/screenshots/', import.meta.url).pathname;

export interface WebServer {
  url: string;
  store: TestStore;
  /** The server's keyring, audit log and clock: for creating accounts and the like in a test's setup. */
  security: Security;
  admin: { username: string; password: string };
  close(): Promise<void>;
}

/** A clock the test moves: the server reads it for every "now" (sessions, deadlines, audit). */
export interface TestClock {
  now(): Date;
  /** Moves the clock forward (or back, with a negative number) by whole days. */
  advanceDays(days: number): void;
}

/** A test clock that starts at `start` and stands still until advanced. */
export function createTestClock(start: Date = new Date()): TestClock {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advanceDays(days) {
      at += days * 86_400_000;
    },
  };
}

export interface WebServerOptions {
  /** The server's clock; the real one by default. */
  clock?: TestClock;
}

/** A server on a fresh store with the sample corpus and records built. */
export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const store = await createTestStore();
  const clock = options.clock;
  // Cheap argon2id: the production cost is tested elsewhere (passwords.test.ts).
  const security = createSecurity(store.db, {
    keyring: generateKeyring(),
    anchorPath: null,
    argon2: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
    ...(clock ? { now: () => clock.now() } : {}),
  });
  const admin = await ensureFirstAdmin(store.db, security);
  if (!admin) throw new Error('expected a fresh store');
  await loadSampleOnce(store.db, { maxFileBytes: 1024 * 1024 });
  await rebuildKnowledge(store.db, loadKbDeps(), loadResolver(), 'system');
  const app = createApp({ db: store.db, version: 'test', maxFileBytes: 1024 * 1024, security });
  const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    security,
    admin,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.dispose();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Writes test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core in the page; returns the serious and critical violations.
 * Injected through the DevTools protocol (addScriptTag would be an inline
 * script, which the page's CSP rightly refuses).
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
  )) as { violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
}
