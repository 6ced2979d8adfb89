/**
 * Large bodies (issue #15 point 15): the access check answers before any body
 * is read, so an anonymous or refused caller cannot make the server buffer
 * and scan megabytes; a caller who is let through meets a small limit on
 * every route but the uploads. Bounded: each body is at most 5 MB and every
 * wait has a generous ceiling, so a loaded machine cannot make it flaky.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyring } from '../../src/security/crypto/keyring.ts';
import { createSecurity } from '../../src/security/services.ts';
import { createApp } from '../../src/server/app.ts';
import { DEFAULT_BODY_BYTES } from '../../src/server/security/body-limit.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, TEST_ARGON2, type TestApp } from './support.ts';

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/** A body of `total` bytes, produced only as the server pulls it: `pulled()` says how much it took. */
function countingBody(total: number) {
  let sent = 0;
  const chunk = new Uint8Array(CHUNK).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += CHUNK;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

/** Every route below reads a body when it is allowed to run. */
const WRITE_ROUTES = [
  '/api/notes',
  '/api/review/bulk',
  '/api/cases',
  '/api/claims/x/review',
  '/api/ingest',
  '/api/casework/pfif',
  '/api/auth/password',
];

describe('request bodies and the access check', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
  });
  afterAll(() => store.dispose());

  const post = (path: string, body: BodyInit, headers: Record<string, string>) =>
    t.app.request(path, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

  it('refuses anonymous 5 MB bodies on every guarded route before reading them', async () => {
    for (const path of WRITE_ROUTES) {
      const body = countingBody(5 * MB);
      const res = await post(path, body.stream, { 'content-type': 'application/json' });
      expect(res.status, path).toBe(401);
      // At most what the stream hands over before anyone asks (one chunk, two with read-ahead).
      expect(body.pulled(), path).toBeLessThanOrEqual(2 * CHUNK);
    }
  });

  it('refuses a signed-in caller the policy does not allow, or without a CSRF token, before reading', async () => {
    const viewer = countingBody(5 * MB);
    const refused = await post(
      '/api/review/bulk',
      viewer.stream,
      as(t.sessions.viewer, { 'content-type': 'application/json' }),
    );
    expect(refused.status).toBe(403);
    expect(viewer.pulled()).toBeLessThanOrEqual(2 * CHUNK);
    const noCsrf = countingBody(5 * MB);
    const res = await post('/api/notes', noCsrf.stream, {
      cookie: t.sessions.admin.cookie,
      'content-type': 'application/json',
    });
    expect(res.status).toBe(403);
    expect(noCsrf.pulled()).toBeLessThanOrEqual(2 * CHUNK);
  });

  it('answers 413 to an allowed caller sending more than the small limit, declared or streamed', async () => {
    const big = JSON.stringify({ subjectKind: 'sources', subjectId: 'x', body: 'y'.repeat(MB) });
    const declared = await post(
      '/api/notes',
      big,
      as(t.sessions.researcher, { 'content-type': 'application/json' }),
    );
    expect(declared.status).toBe(413);
    const streamed = countingBody(5 * MB);
    const res = await post(
      '/api/notes',
      streamed.stream,
      as(t.sessions.researcher, { 'content-type': 'application/json' }),
    );
    expect(res.status).toBe(413);
    // Read only up to the limit, not the whole body.
    expect(streamed.pulled()).toBeLessThanOrEqual(DEFAULT_BODY_BYTES + 2 * CHUNK);
  });

  it('also limits the public routes (sign-in) that anyone may call', async () => {
    const res = await post('/api/auth/login', JSON.stringify({ username: 'u', password: 'p'.repeat(MB) }), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(413);
  });

  it('still takes uploads larger than the small limit', async () => {
    const form = new FormData();
    // Refused by its extension after the upload was read: proves the body passed, without a slow ingest.
    form.append('files', new Blob([new Uint8Array(DEFAULT_BODY_BYTES + 100_000)]), 'large.exe');
    const res = await t.app.request('/api/ingest', {
      method: 'POST',
      body: form,
      headers: as(t.sessions.researcher),
    });
    // 422, not 413: the body was read and the file judged (and refused) on its own.
    expect(res.status).toBe(422);
    const report = (await res.json()) as { failed: { code: string }[] };
    expect(report.failed.map((f) => f.code)).toEqual(['unknown_format']);
  });
});

describe('over a real socket', () => {
  let store: TestStore;
  let server: ReturnType<typeof serve>;
  let port = 0;
  beforeAll(async () => {
    store = await createTestStore();
    const security = createSecurity(store.db, {
      keyring: generateKeyring(),
      anchorPath: null,
      argon2: TEST_ARGON2,
    });
    // The default upload size of `objector serve`, so the old global limit would have been 80 MB.
    const app = createApp({ db: store.db, version: 'test', maxFileBytes: 20 * MB, security });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        port = info.port;
        resolve();
      });
    });
    port ||= (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.dispose();
  });

  /** Sends the headers and one chunk, never the rest: the answer must come anyway. */
  function unfinished(path: string, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers });
      const ceiling = setTimeout(() => {
        req.destroy();
        reject(new Error(`no answer from ${path} while the body was unfinished`));
      }, 20_000);
      req.on('response', (res) => {
        clearTimeout(ceiling);
        res.resume();
        req.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => {}); // destroyed on purpose once answered
      req.write(new Uint8Array(CHUNK).fill(0x20));
    });
  }

  it('answers an anonymous chunked body that never ends', async () => {
    for (const path of ['/api/notes', '/api/cases', '/api/review/bulk']) {
      expect(await unfinished(path, { 'content-type': 'application/json' }), path).toBe(401);
    }
  });

  it('answers an anonymous 5 MB declared body after its first chunk', async () => {
    const status = await unfinished('/api/notes', {
      'content-type': 'application/json',
      'content-length': String(5 * MB),
    });
    expect(status).toBe(401);
  });
});
