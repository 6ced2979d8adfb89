import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT_BYTES, listInputFiles, readInput } from './files.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'objector-ingest-files-'));
  const files = [
    'b.txt',
    'a.md',
    'sub/z.html',
    'sub/deeper/y.csv',
    'sub/notes.docx',
    '.hidden.txt',
    '.git/config',
    'sub/.cache/x.txt',
    'export/result.json',
    'export/photos/photo_1.jpg',
    'export/files/doc.pdf',
    'export/notes/more.txt',
    'other/photos/kept.txt',
  ];
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'x');
  }
  symlinkSync(join(root, 'sub'), join(root, 'loop'));
});

describe('listInputFiles', () => {
  it("walks folders recursively and sorted, without hidden entries or a Telegram export's media", async () => {
    const files = await listInputFiles([root]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual([
      'a.md',
      'b.txt',
      'export/notes/more.txt',
      'export/result.json',
      'other/photos/kept.txt',
      'sub/deeper/y.csv',
      'sub/notes.docx',
      'sub/z.html',
    ]);
  });

  it('keeps files named directly, even hidden ones, and lists each file once', async () => {
    const files = await listInputFiles([
      join(root, 'sub'),
      join(root, '.hidden.txt'),
      join(root, 'sub', 'z.html'),
    ]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual([
      '.hidden.txt',
      'sub/deeper/y.csv',
      'sub/notes.docx',
      'sub/z.html',
    ]);
  });

  it('refuses a path that does not exist', async () => {
    const missing = join(root, 'missing.txt');
    await expect(listInputFiles([join(root, 'a.md'), missing])).rejects.toMatchObject({
      code: 'not_found',
      path: missing,
    });
  });
});

describe('readInput', () => {
  it('returns the bytes of a file', async () => {
    writeFileSync(join(root, 'small.txt'), 'Рапорт');
    const bytes = await readInput(join(root, 'small.txt'));
    expect(new TextDecoder().decode(bytes)).toBe('Рапорт');
    expect(await readInput(join(root, 'small.txt'), bytes.length)).toHaveLength(bytes.length);
  });

  it('refuses a file above the limit without reading it', async () => {
    const big = join(root, 'big.txt');
    writeFileSync(big, '');
    // A sparse file: the size is there, the bytes are not, so reading it would be slow and the test would show.
    truncateSync(big, 4 * DEFAULT_MAX_INPUT_BYTES);
    await expect(readInput(big)).rejects.toMatchObject({
      code: 'too_large',
      message: 'the file is 80 MB, above the limit of 20 MB; raise the limit or split the file',
    });
    await expect(readInput(join(root, 'small.txt'), 3)).rejects.toMatchObject({ code: 'too_large' });
  });

  it('reports missing files and folders as such', async () => {
    await expect(readInput(join(root, 'nope.txt'))).rejects.toMatchObject({ code: 'not_found' });
    await expect(readInput(join(root, 'sub'))).rejects.toMatchObject({ code: 'unreadable' });
  });
});
