/** The sample corpus (data/sample) parses, covers every format, and is labelled as invented throughout. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listInputFiles } from './files.ts';
import { estimateJaccard, minhashSignature, NEAR_DUPLICATE_THRESHOLD } from './fingerprint.ts';
import { parseFile } from './parse.ts';
import type { ParsedSource } from './source.ts';

const SAMPLE = fileURLToPath(new URL('../../data/sample', import.meta.url));
const INVENTED =
  /Invented example for the objector sample corpus; not a real report\.|Вымышленный пример для корпуса objector; это не настоящее сообщение\./;

let files: string[];
let sources: (ParsedSource & { file: string })[];

beforeAll(async () => {
  files = (await listInputFiles([SAMPLE])).filter((f) => !f.endsWith('README.md'));
  sources = files.flatMap((file) => parseFile(file, readFileSync(file)).map((s) => ({ ...s, file })));
});

describe('the sample corpus', () => {
  it('has 8 to 12 files covering every format and both languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.length).toBeLessThanOrEqual(12);
    expect(new Set(sources.map((s) => s.format))).toEqual(new Set(['txt', 'md', 'html', 'telegram', 'csv']));
    expect(sources.filter((s) => s.format === 'telegram').length).toBeGreaterThanOrEqual(3);
    expect(sources.filter((s) => s.format === 'telegram').length).toBeLessThanOrEqual(5);
    expect(sources.filter((s) => s.format === 'csv')).toHaveLength(3);
    expect(new Set(sources.map((s) => s.language))).toEqual(new Set(['en', 'ru']));
    expect(sources.some((s) => s.encoding === 'windows-1251')).toBe(true);
  });

  it('says in every report that it is invented', () => {
    for (const source of sources) expect(source.text, `${source.file}#${source.itemKey}`).toMatch(INVENTED);
    const readme = readFileSync(`${SAMPLE}/README.md`, 'utf8');
    expect(readme).toMatch(/invented/i);
    expect(readme).toContain('AGPL-3.0-or-later');
  });

  it('holds exactly one reprint, from another outlet, that the fingerprints link to its original', () => {
    const linked: string[] = [];
    for (const [i, a] of sources.entries()) {
      for (const b of sources.slice(i + 1)) {
        const similarity = estimateJaccard(minhashSignature(a.text), minhashSignature(b.text));
        if (similarity >= NEAR_DUPLICATE_THRESHOLD) linked.push(`${a.outlet} / ${b.outlet}`);
      }
    }
    expect(linked).toEqual(['The Steppe Ledger / Volga Evening Post']);
  });

  it('keeps the metadata of the HTML page', () => {
    expect(sources.find((s) => s.format === 'html')).toMatchObject({
      outlet: 'The Steppe Ledger',
      author: 'Marta Kellner',
      published: '2024-03-11T09:30:00+02:00',
      url: 'https://steppe-ledger.example.org/2024/03/11/bryanka-basement',
    });
  });
});
