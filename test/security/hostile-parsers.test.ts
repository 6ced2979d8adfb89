/**
 * Hostile documents against the parsers (issue #15, points 1 and 6): each
 * one that used to freeze the server, hang the CLI, exhaust memory or end in
 * "internal error" now gives a typed error naming the file, within a bound
 * that is generous for a loaded machine (the limits refuse them in
 * milliseconds; without them each one ran for minutes or crashed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseError } from '../../src/cases/errors.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { ParsePool, parseFileOffLoop, parsePfifOffLoop } from '../../src/ingest/worker/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Far above what the refusals take, far below what the attacks cost before. */
const BOUND_MS = 15_000;
const pool = new ParsePool({ size: 1, memoryMb: 1024, idleMs: 5_000 });
afterAll(() => pool.close());
// A worker's cold start (loading the parsers) is not what the bound is about.
beforeAll(() => parseFileOffLoop('warm.txt', utf8('Warm-up text of an invented note.'), { pool }));

const yamlBomb = [
  '---',
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
  'title: An invented title',
  '---',
  'Body text of an invented report.',
].join('\n');

const ATTACKS: { name: string; body: () => string; codes: string[] }[] = [
  {
    name: 'nested-5000.html',
    body: () => `${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}`,
    codes: ['too_deep'],
  },
  { name: 'nested-100k.html', body: () => `<html><body>${'<div>'.repeat(100_000)}`, codes: ['too_deep'] },
  { name: 'nested-open.htm', body: () => '<b><i>'.repeat(50_000), codes: ['too_deep'] },
  {
    name: 'paragraphs.html',
    body: () => `<html><body>${'<p>An invented paragraph of a report.</p>'.repeat(200_000)}</body></html>`,
    codes: ['too_large'],
  },
  {
    name: 'lists.md',
    body: () => Array.from({ length: 3_000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    codes: ['too_deep'],
  },
  { name: 'one-line-lists.md', body: () => `${'- '.repeat(100_000)}x`, codes: ['too_deep'] },
  { name: 'quotes.md', body: () => `${'>'.repeat(100_000)} quoted`, codes: ['too_deep'] },
  { name: 'html-in.md', body: () => `Intro.\n\n<div>${'<div>'.repeat(20_000)}`, codes: ['too_deep'] },
  { name: 'aliases.md', body: () => yamlBomb, codes: ['too_large'] },
  {
    name: 'deep-yaml.md',
    body: () => `---\ntitle: ${'['.repeat(30_000)}\n---\nText.`,
    codes: ['too_deep', 'too_large', 'invalid_front_matter'],
  },
];

describe('hostile documents give a typed error naming the file, in bounded time', () => {
  for (const attack of ATTACKS) {
    it(attack.name, async () => {
      const bytes = utf8(attack.body());
      const started = performance.now();
      const error = await parseFileOffLoop(attack.name, bytes, { pool, timeMs: 60_000 }).then(
        () => null,
        (e: unknown) => e,
      );
      const elapsed = performance.now() - started;
      expect(error).toBeInstanceOf(IngestError);
      expect(error).toMatchObject({ path: attack.name });
      expect(attack.codes).toContain((error as IngestError).code);
      expect(elapsed).toBeLessThan(BOUND_MS);
    });
  }

  it('200,000 Markdown paragraphs are read, not refused and not a crash', async () => {
    const body = Array.from({ length: 200_000 }, (_, i) => `Invented paragraph ${i}.`).join('\n\n');
    const sources = await parseFileOffLoop('paragraphs.md', utf8(body), { pool, timeMs: 60_000 });
    expect(sources).toHaveLength(1);
  });

  it('a deeply nested PFIF document', async () => {
    const deep = `<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">${'<x:a xmlns:x="urn:x">'.repeat(32_000)}${'</x:a>'.repeat(32_000)}</pfif:pfif>`;
    const started = performance.now();
    const error = await parsePfifOffLoop(deep, 'deep.xml', { pool, timeMs: 60_000 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CaseError);
    expect((error as CaseError).message).toMatch(/^deep\.xml: .*nested more than/);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
