/**
 * Hostile input to every API route, generated from the route table and the
 * OpenAPI document (its query parameters and body fields): script tags, SQL
 * fragments, path traversal, huge and deeply nested JSON, invalid UTF-8,
 * malformed bodies, as an admin and anonymously. No answer may be a 5xx,
 * carry a stack trace or an unescaped script, and no log line may carry the
 * personal data sent in.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, type Session, type TestApp } from './support.ts';

/** Invented personal data: must never reach a log line, nor an anonymous caller. */
const PERSONAL = 'Zoltan Qwertyuiopov';
const PHONE = '+7 912 345-67-89';
const HOSTILE = [
  '<script>alert(1)</script>',
  "' OR 1=1; DROP TABLE users; --",
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  `${PERSONAL} ${PHONE}`,
  '\u0000\uFFFF\uD800',
  'x'.repeat(20_000),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as a plain string.
  '{{7*7}}${7*7}',
  '-1',
  '99999999999999999999999',
];
const NESTED = `${'['.repeat(5000)}${']'.repeat(5000)}`;
const INVALID_UTF8 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]);

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
}

describe('hostile input to every route', () => {
  let store: TestStore;
  let t: TestApp;
  let doc: OpenApiDoc;
  const logged: string[] = [];
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
    doc = (await (await t.app.request('/api/openapi.json')).json()) as OpenApiDoc;
    for (const method of ['error', 'warn', 'log', 'info'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      });
    }
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await store.dispose();
  });

  const routes = () => [
    ...new Map(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => [`${r.method} ${r.path}`, r]),
    ).values(),
  ];

  function requestsFor(method: string, path: string): { url: string; init: RequestInit }[] {
    const op = doc.paths[path.replace(/:([A-Za-z_]+)/g, '{$1}')]?.[method.toLowerCase()];
    const queryNames = (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    const fields = Object.keys(op?.requestBody?.content['application/json']?.schema?.properties ?? {});
    const out: { url: string; init: RequestInit }[] = [];
    for (const value of HOSTILE) {
      // encodeURIComponent refuses lone surrogates; invalid UTF-8 in URLs comes from RAW_URL_INVALID below.
      const encoded = encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''));
      const url = `${path.replace(/:[A-Za-z_]+/g, encoded.slice(0, 300))}?${queryNames.map((n) => `${n}=${encoded}`).join('&')}`;
      const body = JSON.stringify(Object.fromEntries(fields.map((f) => [f, value])));
      out.push({
        url,
        init: method === 'GET' ? {} : { body, headers: { 'content-type': 'application/json' } },
      });
    }
    out.push({
      url: `${path.replace(/:[A-Za-z_]+/g, '%ff%fe%C3%28')}?${queryNames.map((n) => `${n}=%ff%00%C3%28`).join('&')}`,
      init: {},
    });
    if (method !== 'GET') {
      const json = { 'content-type': 'application/json' };
      out.push({ url: path, init: { body: NESTED, headers: json } });
      out.push({ url: path, init: { body: INVALID_UTF8, headers: json } });
      out.push({ url: path, init: { body: '{"a":', headers: json } });
      out.push({
        url: path,
        init: { body: JSON.stringify({ big: 'x'.repeat(5 * 1024 * 1024) }), headers: json },
      });
      out.push({ url: path, init: { body: '<html>', headers: { 'content-type': 'text/html' } } });
      const form = new FormData();
      form.append(
        'files',
        new Blob([
          `<html><body><p>Report.</p><script>alert("${PERSONAL}")</script><img src=x onerror=alert(1)></body></html>`,
        ]),
        '../../etc/evil.html',
      );
      form.append('files', new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0])]), 'tool.exe');
      out.push({ url: path, init: { body: form } });
    }
    return out;
  }

  /** A GET never carries a body. */
  function method_body(method: string, _init: RequestInit): RequestInit {
    return method === 'GET' ? { body: null } : {};
  }

  async function send(caller: Session | null) {
    const problems: string[] = [];
    for (const r of routes()) {
      if (r.path === '/api/auth/logout') continue; // would end the session the rest uses
      for (const { url, init } of requestsFor(r.method, r.path)) {
        const body = method_body(r.method, init);
        const res = await t.app.request(url, {
          ...init,
          ...body,
          method: r.method,
          headers: as(caller, init.headers as Record<string, string>),
        });
        const text = await res.text();
        const where = `${r.method} ${r.path} → ${res.status}`;
        if (res.status >= 500) problems.push(`5xx: ${where}`);
        if (/\n\s+at .+[(:]\d+/.test(text) || /node_modules|\.ts:\d+/.test(text))
          problems.push(`stack trace: ${where}`);
        if (/html/.test(res.headers.get('content-type') ?? '') && /<script/i.test(text))
          problems.push(`script echoed: ${where}`);
        if (!caller && text.includes(PERSONAL)) problems.push(`personal data to the public: ${where}`);
      }
    }
    return problems;
  }

  it('answers anonymous hostile requests without 5xx, stack traces, or leaks', async () => {
    expect(await send(null)).toEqual([]);
  }, 120_000);

  it('answers an admin’s hostile requests the same way, and stores no script', async () => {
    expect(await send(t.sessions.admin)).toEqual([]);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from sources where body ilike '%<script%' or title ilike '%<script%' or body ilike '%onerror%'`.execute(
      store.db,
    );
    expect(rows[0]?.n).toBe(0);
    // The hostile HTML upload was stored as text, the executable refused.
    const stored = await sql<{
      n: number;
    }>`select count(*)::int as n from sources where body like '%Report.%'`.execute(store.db);
    expect(stored.rows[0]?.n).toBeGreaterThan(0);
  }, 180_000);

  it('wrote no personal data to any log line', () => {
    for (const line of logged) {
      expect(line).not.toContain(PERSONAL);
      expect(line).not.toContain('912 345');
    }
  });
});
