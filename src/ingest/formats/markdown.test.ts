import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('strips the syntax and keeps the words, block by block', () => {
    const md = [
      '# Soldiers *held* in Bryanka',
      '',
      "Written for objector's tests: **at least 30** men, see [the report](https://example.org/r) &amp; ![photo](p.jpg) `unit 12345`,",
      'a\\*b.',
      '',
      '- first item',
      '- second *item*',
      '  - nested',
      '',
      '> A quoted mother.',
      '',
      '| Town | Men |',
      '|------|-----|',
      '| Bryanka | 30 |',
      '',
      '<div>Raw <b>HTML</b> block</div>',
      '',
      '---',
      '',
      'Last ~~old~~ line  ',
      'after a hard break.',
    ].join('\n');
    const [source] = parseMarkdown(md);
    expect(source!.title).toBe('Soldiers held in Bryanka');
    expect(source!.text).toBe(
      [
        'Soldiers held in Bryanka',
        "Written for objector's tests: at least 30 men, see the report & unit 12345,\na*b.",
        'first item\nsecond item\nnested',
        'A quoted mother.',
        'Town\tMen\nBryanka\t30',
        'Raw HTML block',
        'Last old line\nafter a hard break.',
      ].join('\n\n'),
    );
  });

  it('reads metadata from YAML front matter', () => {
    const md = [
      '---',
      'title: "Mothers ask for news"',
      'outlet: The Example Courier',
      'url: https://example.org/mothers',
      'author: [Anna Example, Boris Example]',
      'date: 12.05.2024',
      'language: en',
      'tags: [ignored]',
      '---',
      '## Heading',
      '',
      'Body text.',
    ].join('\n');
    expect(parseMarkdown(md)[0]).toEqual({
      itemKey: '',
      title: 'Mothers ask for news',
      text: 'Heading\n\nBody text.',
      outlet: 'The Example Courier',
      url: 'https://example.org/mothers',
      author: 'Anna Example, Boris Example',
      published: '2024-05-12',
      language: 'en',
    });
  });

  it('names the line of a YAML mistake, and the field of a wrong value', () => {
    const broken = '---\ntitle: ok\nurl: [unclosed\n---\nText.';
    expect(() => parseMarkdown(broken)).toThrow(
      expect.objectContaining({
        code: 'invalid_front_matter',
        message: expect.stringMatching(/line \d+, column \d+/),
      }),
    );
    expect(() => parseMarkdown('---\npublished: last spring\n---\nText.')).toThrow(
      expect.objectContaining({
        code: 'invalid_front_matter',
        message: expect.stringContaining('published'),
      }),
    );
    expect(() => parseMarkdown('---\n- a list\n---\nText.')).toThrow(
      expect.objectContaining({ code: 'invalid_front_matter' }),
    );
  });

  it('refuses a file with nothing but front matter', () => {
    expect(() => parseMarkdown('---\ntitle: x\n---\n\n')).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});
