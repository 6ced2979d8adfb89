import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../decode.ts';
import { declaredCharset, parseHtml } from './html.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ARTICLE = `
  <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
  <article>
    <h1>Soldiers held in a basement</h1>
    <p>Written for objector's tests. At least 30 soldiers who filed reports to leave were held in a basement in Bryanka, relatives said on Monday.</p>
    <p>The men served in military unit 12345.<br>Their phones were taken away on March 2, and their families have not heard from them since.</p>
    <ul><li>First complaint: March 5.</li><li>Second complaint: March 12.</li></ul>
    <p>The ministry did not answer questions about the case sent by e-mail on Tuesday and Wednesday.</p>
  </article>
  <footer>Copyright and newsletter.</footer>
  <script>track()</script>`;

describe('parseHtml', () => {
  it('takes the main text with paragraph breaks, and the metadata from meta tags', () => {
    const html = page(
      `<title>Soldiers held in a basement | The Example Courier</title>
       <meta property="og:site_name" content="The Example Courier">
       <meta property="og:url" content="https://courier.example.org/a/1">
       <link rel="canonical" href="/a/1?ref=canonical">
       <meta name="author" content="Anna Example">
       <meta property="article:published_time" content="2024-03-11T09:30:00+02:00">`,
      ARTICLE,
    );
    const [source] = parseHtml(html);
    expect(source).toMatchObject({
      itemKey: '',
      title: 'Soldiers held in a basement',
      outlet: 'The Example Courier',
      url: 'https://courier.example.org/a/1?ref=canonical',
      author: 'Anna Example',
      published: '2024-03-11T09:30:00+02:00',
    });
    expect(source!.text).toBe(
      [
        'Soldiers held in a basement',
        "Written for objector's tests. At least 30 soldiers who filed reports to leave were held in a basement in Bryanka, relatives said on Monday.",
        'The men served in military unit 12345.\nTheir phones were taken away on March 2, and their families have not heard from them since.',
        'First complaint: March 5.\nSecond complaint: March 12.',
        'The ministry did not answer questions about the case sent by e-mail on Tuesday and Wednesday.',
      ].join('\n\n'),
    );
    expect(source!.text).not.toMatch(/Home|Copyright|track/);
  });

  it('falls back to JSON-LD, <time datetime> and meta date', () => {
    const ld = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
    const html = page(
      `<title>Held in Bryanka</title>${ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Ignored' },
          {
            '@type': 'NewsArticle',
            datePublished: '2024-03-10',
            author: [{ name: 'A. One' }, 'B. Two'],
            publisher: { name: 'LD Outlet' },
          },
        ],
      })}`,
      ARTICLE,
    );
    expect(parseHtml(html)[0]).toMatchObject({
      outlet: 'LD Outlet',
      author: 'A. One, B. Two',
      published: '2024-03-10',
    });

    const timeOnly = page(
      '<meta name="date" content="2024-03-09">',
      ARTICLE.replace('<h1>', '<time datetime="2024-03-08T07:00">x</time><h1>'),
    );
    expect(parseHtml(timeOnly)[0]!.published).toBe('2024-03-08T07:00');
    expect(parseHtml(page('<meta name="date" content="2024-03-09">', ARTICLE))[0]!.published).toBe(
      '2024-03-09',
    );
    expect(parseHtml(page('', ARTICLE))[0]).toMatchObject({
      outlet: null,
      url: null,
      author: null,
      published: null,
    });
  });

  it('reads a short page or a bare fragment too', () => {
    const [source] = parseHtml("<p>Written for objector's tests.</p><p>Two soldiers came home.</p>");
    expect(source!.text).toBe("Written for objector's tests.\n\nTwo soldiers came home.");
  });

  it('refuses a page without text', () => {
    expect(() => parseHtml(page('<title></title>', '<script>x()</script><img src="a.png">'))).toThrow(
      expect.objectContaining({ code: 'empty' }),
    );
  });

  it('finds the charset a Windows-1251 page declares', () => {
    const bytes = readFileSync(new URL('../fixtures/page-cp1251.html.bin', import.meta.url));
    expect(declaredCharset(bytes)).toBe('windows-1251');
    const [source] = parseHtml(decodeBytes(bytes, { declared: declaredCharset(bytes) }).text);
    expect(source).toMatchObject({
      title: 'Отказников из Брянки перевели в Луганск',
      outlet: 'Пример-Инфо',
      author: 'Анна Первая, Борис Второй',
      published: '2024-06-14T20:10',
    });
    expect(source!.text).toContain(
      'По их словам, мужчин посадили в автобус без объяснений.\nТелефоны им так и не вернули.',
    );
    expect(source!.text).not.toContain('Главная');
  });
});
