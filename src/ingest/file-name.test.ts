import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name.ts';

describe('safeFileName', () => {
  it('keeps an ordinary name', () => {
    expect(safeFileName('report 2024-05.md')).toBe('report 2024-05.md');
  });

  it('drops NUL bytes, control codes and path parts', () => {
    expect(safeFileName('../../etc/pass\u0000wd.txt')).toBe('passwd.txt');
    expect(safeFileName('C:\\Users\\x\\note.md')).toBe('note.md');
    expect(safeFileName('a\u001b]52;c;eA==\u0007b.txt')).toBe('ab.txt');
  });

  it('drops bidirectional overrides that disguise an extension', () => {
    expect(safeFileName('invoice\u202etxt.exe')).toBe('invoicetxt.exe');
  });

  it('falls back when nothing is left, and shortens long names keeping the extension', () => {
    expect(safeFileName('\u0000\u0001')).toBe('upload');
    expect(safeFileName('..')).toBe('upload');
    const long = safeFileName(`${'n'.repeat(500)}.html`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.html')).toBe(true);
  });
});
