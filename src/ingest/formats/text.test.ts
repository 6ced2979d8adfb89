import { describe, expect, it } from 'vitest';
import { parseText } from './text.ts';

describe('parseText', () => {
  it('keeps the text, with a headline-like first line as title', () => {
    const [source] = parseText(
      'Soldiers held in Bryanka\r\n\r\nAt least 30 men were held.   \r\n\r\n\r\n\r\nMore later.\r\n',
    );
    expect(source).toEqual({
      itemKey: '',
      title: 'Soldiers held in Bryanka',
      text: 'Soldiers held in Bryanka\n\nAt least 30 men were held.\n\nMore later.',
      outlet: null,
      url: null,
      author: null,
      published: null,
    });
  });

  it('takes no title when the first line is a sentence or the text has one paragraph', () => {
    expect(parseText('At least 30 men were held.\n\nMore later.')[0]!.title).toBeNull();
    expect(parseText('Soldiers held in Bryanka\nAt least 30 men were held.')[0]!.title).toBeNull();
    expect(parseText('Just one line')[0]!.title).toBeNull();
  });

  it('refuses whitespace', () => {
    expect(() => parseText(' \n\t ')).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});
