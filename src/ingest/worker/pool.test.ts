import { afterAll, describe, expect, it } from 'vitest';
import { CaseError } from '../../cases/errors.ts';
import { IngestError } from '../errors.ts';
import { ParsePool, parseFileOffLoop, parsePfifOffLoop } from './index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const pool = new ParsePool({ size: 1, memoryMb: 512, idleMs: 5_000 });
afterAll(() => pool.close());

/** The error `promise` rejects with. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('the promise did not reject');
}

/** A page within the format limits that Readability needs seconds for (many empty elements). */
const slowPage = `<html><body><article><p>Private Oleg Vymyshlenny of an invented unit refused to deploy, his lawyer said.</p><div>${'<span></span>'.repeat(30_000)}</div></article></body></html>`;

describe('parseFileOffLoop', () => {
  it('parses on a worker thread and returns the sources', async () => {
    const text =
      'A soldier of an invented unit refused to go back to the front, a lawyer said.\n\nMore text.';
    const sources = await parseFileOffLoop('report.txt', utf8(text), { pool });
    expect(sources).toMatchObject([{ text, format: 'txt', language: 'en' }]);
  });

  it('starts a worker ahead of the first file when warmed, and parses on it', async () => {
    const warmed = new ParsePool({ size: 2, memoryMb: 512, idleMs: 5_000 });
    try {
      expect(warmed.workers).toBe(0);
      warmed.warm();
      warmed.warm();
      expect(warmed.workers).toBe(1);
      const sources = await parseFileOffLoop('report.txt', utf8('An invented report of a refusal.'), {
        pool: warmed,
      });
      expect(sources).toMatchObject([{ format: 'txt' }]);
      // The job ran on the warmed worker: none was started for it.
      expect(warmed.workers).toBe(1);
    } finally {
      await warmed.close();
    }
  });

  it("passes the parser's typed errors through, naming the file", async () => {
    const error = await rejection(parseFileOffLoop('rows.csv', utf8('title\nno text column'), { pool }));
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'invalid_csv', path: 'rows.csv' });
  });

  it('stops a parse that runs over its time budget, and the pool goes on working', async () => {
    const error = await rejection(parseFileOffLoop('slow.html', utf8(slowPage), { pool, timeMs: 200 }));
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'too_slow', path: 'slow.html' });
    expect(error.message).not.toContain('Oleg');
    const after = await parseFileOffLoop('after.md', utf8('# Later\n\nThe pool still reads files.'), {
      pool,
    });
    expect(after[0]?.title).toBe('Later');
  });

  it('stops a parse that needs more memory than its budget, without ending the process', async () => {
    const small = new ParsePool({ size: 1, memoryMb: 16, idleMs: 1_000 });
    try {
      const messages = Array.from({ length: 120_000 }, (_, i) => ({
        id: i + 1,
        type: 'message',
        text: `Message ${i}.`,
      }));
      const json = JSON.stringify({ name: 'Invented channel', type: 'public_channel', messages });
      const error = await rejection(
        parseFileOffLoop('result.json', utf8(json), { pool: small, timeMs: 120_000 }),
      );
      expect(error).toMatchObject({ code: 'too_large', path: 'result.json' });
      expect(error.message).toMatch(/16 MB of memory/);
    } finally {
      await small.close();
    }
  });
});

describe('parsePfifOffLoop', () => {
  it('refuses a deeply nested PFIF document at once, naming the input', async () => {
    const deep = `<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">${'<x:a xmlns:x="urn:x">'.repeat(50_000)}</pfif:pfif>`;
    const error = await rejection(parsePfifOffLoop(deep, 'deep.xml', { pool }));
    expect(error).toBeInstanceOf(CaseError);
    expect(error.message).toMatch(/^deep\.xml: .*nested more than 64 levels/);
  });
});
