import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventedReport, reprint } from '../../test/support/reports.ts';
import { createTestStore, type TestStore } from '../../test/support/test-store.ts';
import { listInputFiles, NEAR_DUPLICATE_THRESHOLD } from '../ingest/index.ts';
import { ingestBytes, ingestFiles } from './ingest-sources.ts';
import { countSources, getSource, listSources } from './repository.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const MB = 1024 * 1024;

describe('ingesting files into sources', () => {
  let store: TestStore;
  let dir: string;

  beforeAll(async () => {
    store = await createTestStore();
    dir = mkdtempSync(join(tmpdir(), 'objector-ingest-'));
    for (let i = 1; i <= 5; i++) writeFileSync(join(dir, `report-${i}.txt`), inventedReport(i));
  });
  afterAll(() => store.dispose());

  it('stores each file once, and re-ingesting the same folder adds nothing', async () => {
    const files = await listInputFiles([dir]);
    const first = await ingestFiles(store.db, files, { maxFileBytes: 20 * MB });
    expect(first).toEqual({ added: 5, duplicates: 0, nearDuplicates: 0, failed: [] });
    const again = await ingestFiles(store.db, files, { maxFileBytes: 20 * MB });
    expect(again).toEqual({ added: 0, duplicates: 5, nearDuplicates: 0, failed: [] });
    expect(await countSources(store.db)).toBe(5);
  });

  it('treats a copy differing only in case and spacing as the same text', async () => {
    const copy = `  ${inventedReport(2).toUpperCase().replace(/ /g, '   ')}\n\n`;
    const report = await ingestBytes(store.db, 'copy.txt', utf8(copy));
    expect(report.duplicates).toBe(1);
    expect(await countSources(store.db)).toBe(5);
  });

  it('stores a reprint but links it to the original', async () => {
    const report = await ingestBytes(store.db, 'reprint.txt', utf8(reprint(inventedReport(3))));
    expect(report).toMatchObject({ added: 1, nearDuplicates: 1 });
    const sources = await listSources(store.db);
    const copy = sources.find((s) => s.duplicateOf !== null);
    const original = sources.find((s) => s.id === copy?.duplicateOf);
    expect((await getSource(store.db, original!.id))?.text).toBe(inventedReport(3));
    expect(copy?.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    // A reprint of the reprint still points at the first telling.
    await ingestBytes(store.db, 'reprint2.txt', utf8(`${reprint(inventedReport(3))}\nShared again.`));
    const third = (await listSources(store.db)).filter((s) => s.duplicateOf === original!.id);
    expect(third).toHaveLength(2);
  });

  it('does not link two different reports', async () => {
    const before = await countSources(store.db);
    const report = await ingestBytes(store.db, 'other.txt', utf8(inventedReport(40)));
    expect(report).toEqual({ added: 1, duplicates: 0, nearDuplicates: 0, failed: [] });
    expect(await countSources(store.db)).toBe(before + 1);
  });

  it('reports each bad file on its own line and still ingests the good ones', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'objector-bad-'));
    writeFileSync(join(bad, 'good.txt'), inventedReport(77));
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    writeFileSync(
      join(bad, 'result.json'),
      '{"name": "channel", "type": "public_channel", "messages": [{"id": 1,',
    );
    writeFileSync(join(bad, 'notes.docx'), 'not really a document');
    writeFileSync(join(bad, 'big.txt'), 'x '.repeat(600_000));
    const before = await countSources(store.db);
    const report = await ingestFiles(store.db, await listInputFiles([bad]), { maxFileBytes: 1 * MB });
    expect(report.added).toBe(1);
    const byFile = Object.fromEntries(report.failed.map((f) => [f.path.split('/').pop(), f.code]));
    expect(byFile).toEqual({
      'big.txt': 'too_large',
      'empty.txt': 'empty',
      'image.txt': 'binary',
      'notes.docx': 'unknown_format',
      'result.json': 'invalid_json',
    });
    for (const f of report.failed) expect(f.error.length).toBeGreaterThan(5);
    expect(await countSources(store.db)).toBe(before + 1);
  });
});
