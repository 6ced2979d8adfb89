/**
 * Hostile uploads and folders against the ingest edges (issue #15, points 1,
 * 3, 9 and 11): the server keeps answering while a heavy document parses,
 * every file of a batch ends in `added` or `failed` (never a 500), control
 * codes never reach the store, and a symbolic link in an ingested folder is
 * not followed.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from '../../src/ingest/files.ts';
import { ingestFiles } from '../../src/sources/ingest-sources.ts';
import { createTestStore, type TestStore } from '../support/test-store.ts';
import { as, createSecuredApp, type TestApp } from './support.ts';

const ESC = '\u001b';
const BEL = '\u0007';

/** A page within the format limits that takes Readability seconds: many empty elements, little text. */
const heavyPage = `<html><body><article><p>Private Oleg Vymyshlenny of an invented unit refused to deploy, his lawyer said on Monday.</p><div>${'<span></span>'.repeat(30_000)}</div></article></body></html>`;

/** The C0/C1 control characters in `text`, but line feed and tab. */
const controlsIn = (text: string) =>
  [...text].filter((ch) => {
    const code = ch.codePointAt(0)!;
    return (code < 0x20 && ch !== '\n' && ch !== '\t') || (code >= 0x7f && code <= 0x9f);
  });

const report = (n: number) =>
  `An invented soldier number ${n} refused to return to an invented front line, a lawyer said on Monday.\n\nHis relatives wrote appeals to the invented garrison ${n}.`;

describe('hostile uploads', () => {
  let store: TestStore;
  let t: TestApp;
  beforeAll(async () => {
    store = await createTestStore();
    t = await createSecuredApp(store.db);
  });
  afterAll(() => store.dispose());

  const upload = (files: { name: string; body: string }[]) => {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([f.body]), f.name);
    return t.app.request('/api/ingest', { method: 'POST', body: form, headers: as(t.sessions.researcher) });
  };

  it('answers /api/public/health within 1 s while a heavy upload is parsed', async () => {
    // Warm the parse worker first: its cold start is not what this test measures.
    expect((await upload([{ name: 'warm.txt', body: report(1) }])).status).toBe(200);
    let done = false;
    const pending = Promise.resolve(upload([{ name: 'heavy.html', body: heavyPage }])).finally(() => {
      done = true;
    });
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      const health = await t.app.request('/api/public/health');
      latencies.push(performance.now() - started);
      expect(health.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const res = await pending;
    expect(res.status).toBe(200);
    // The upload took long enough for the probes to overlap its parse, and none of them waited for it.
    expect(latencies.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...latencies)).toBeLessThan(1_000);
  });

  it('ends every file of a batch in added or failed, and refreshes the records for what was stored', async () => {
    // Each refresh of the records (an incremental derivation) leaves one history entry.
    const rebuilds = async () =>
      (await store.db.selectFrom('kb_history').select('id').where('action', '=', 'derive').execute()).length;
    const before = await rebuilds();
    const res = await upload([
      { name: 'deep.html', body: '<div>'.repeat(100_000) },
      { name: 'na\u0000me\u001b]0;x\u0007.txt', body: report(2) },
      { name: '../../etc/third.md', body: `# Third\n\n${report(3)}` },
    ]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      added: number;
      failed: { path: string; code: string; error: string }[];
    };
    expect(body.added).toBe(2);
    expect(body.failed).toEqual([expect.objectContaining({ path: 'deep.html', code: 'too_deep' })]);
    // Records are refreshed in the background after the answer: wait for the run the upload started.
    const progress = async () =>
      (await (
        await t.app.request('/api/ingest/progress', { headers: as(t.sessions.researcher) })
      ).json()) as { pending: number; running: boolean };
    await expect
      .poll(
        async () => {
          const p = await progress();
          return p.pending === 0 && !p.running;
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    expect(await rebuilds()).toBe(before + 1);
    const origins = await store.db.selectFrom('sources').select('origin').execute();
    expect(origins.map((o) => o.origin)).toEqual(expect.arrayContaining(['name.txt', 'third.md']));
  });

  it('answers 422 naming the file when every file of an upload is refused', async () => {
    const res = await upload([{ name: 'nested.html', body: '<div>'.repeat(20_000) }]);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { added: number; failed: { path: string; code: string }[] };
    expect(body.added).toBe(0);
    expect(body.failed).toEqual([expect.objectContaining({ path: 'nested.html', code: 'too_deep' })]);
  });

  it('stores no terminal control codes from front matter, body or Telegram entities', async () => {
    const md = `---\ntitle: "Invented${ESC}]2;pwned${BEL} headline"\noutlet: "Gazette${ESC}[8m hidden${ESC}[0m"\n---\n\n${report(4)}${ESC}]52;c;cm0gLXJm${BEL}\n`;
    const telegram = JSON.stringify({
      name: `Channel${ESC}]0;t${BEL}`,
      type: 'public_channel',
      messages: [
        {
          id: 7,
          type: 'message',
          date: '2024-05-01T10:00:00',
          text: [report(5), { type: 'bold', text: `${ESC}[2J bold` }],
        },
      ],
    });
    const res = await upload([
      { name: 'front.md', body: md },
      { name: 'result.json', body: telegram },
      {
        name: 'entities.html',
        body: `<html><head><title>T&#x1b;]0;x&#7;itle</title></head><body><p>${report(6)} &#x1b;[8mhidden&#x9b;</p></body></html>`,
      },
    ]);
    expect(((await res.json()) as { added: number }).added).toBe(3);
    const rows = await store.db
      .selectFrom('sources')
      .select(['title', 'body', 'outlet', 'author'])
      .where('origin', 'in', ['front.md', 'result.json#7', 'entities.html'])
      .execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      for (const value of Object.values(row)) expect(controlsIn(value ?? '')).toEqual([]);
    }
    expect(rows.map((r) => r.title)).toContain('Invented headline');
  });
});

describe('a folder with a symbolic link to a file outside it', () => {
  let store: TestStore;
  let root: string;
  beforeAll(async () => {
    store = await createTestStore();
    root = mkdtempSync(join(tmpdir(), 'objector-hostile-'));
    mkdirSync(join(root, 'folder'));
    mkdirSync(join(root, 'private'));
    writeFileSync(
      join(root, 'private', 'keys.txt'),
      'Invented key material that no viewer may ever read as a source.',
    );
    writeFileSync(join(root, 'folder', 'report.txt'), report(8));
    symlinkSync(join(root, 'private', 'keys.txt'), join(root, 'folder', 'notes.txt'));
    symlinkSync(join(root, 'private'), join(root, 'folder', 'more'));
  });
  afterAll(async () => {
    await store.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the links as skipped and never reads their targets', async () => {
    const listing = await listInputs([join(root, 'folder')]);
    expect(listing.files).toEqual([join(root, 'folder', 'report.txt')]);
    expect(listing.skipped.map((s) => [s.path, s.code])).toEqual([
      [join(root, 'folder', 'more'), 'symlink'],
      [join(root, 'folder', 'notes.txt'), 'symlink'],
    ]);
    const result = await ingestFiles(store.db, listing.files, { maxFileBytes: 1024 * 1024 });
    expect(result).toMatchObject({ added: 1, failed: [] });
    const texts = await store.db.selectFrom('sources').select('body').execute();
    expect(texts.some((r) => r.body.includes('key material'))).toBe(false);
  });
});
