import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { letterDocx } from './docx.ts';

describe('letterDocx', () => {
  it('makes a Word document with every line of the letter, Cyrillic as text in a Cyrillic font', async () => {
    const text =
      'Военному прокурору\nЗаявитель: Петрова А. С.\n\nЗАЯВЛЕНИЕ\nПрошу установить местонахождение.\n';
    const bytes = await letterDocx(text);
    // A DOCX is a ZIP package.
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const part = unzipSync(bytes)['word/document.xml'];
    const xml = part ? strFromU8(part) : '';
    for (const line of [
      'Военному прокурору',
      'Заявитель: Петрова А. С.',
      'ЗАЯВЛЕНИЕ',
      'Прошу установить местонахождение.',
    ])
      expect(xml).toContain(line);
    expect(xml).toContain('Times New Roman');
    // The addressee block is set on the right; the body is not.
    expect(xml.match(/<w:jc w:val="right"\/>/g)).toHaveLength(2);
  });
});
