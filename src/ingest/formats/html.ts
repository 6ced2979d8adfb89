/**
 * HTML pages: the main text found by Mozilla Readability (over linkedom),
 * with paragraph breaks kept, and the page's metadata: title, author, date,
 * outlet and canonical URL from meta tags, JSON-LD and <time>.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeDate } from '../dates.ts';
import { IngestError } from '../errors.ts';
import { checkHtmlShape } from '../limits/html-shape.ts';
import { httpUrl, oneLine, tidyText } from '../plain.ts';
import type { SourceDraft } from '../source.ts';
import { usableTitle } from '../title.ts';
import { nodeToText } from './html-text.ts';

/** The charset a page declares in its first KB (<meta charset> or http-equiv), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

export function parseHtml(decoded: string): SourceDraft[] {
  checkHtmlShape(decoded);
  const document = load(decoded);
  // Read before Readability, which rewrites the document it works on.
  const meta = pageMetadata(document);
  const article = new Readability<string>(document as unknown as Document, {
    serializer: (node) => nodeToText(node),
  }).parse();

  let text = tidyText(article?.content ?? '');
  if (text === '') {
    const body = load(decoded).body;
    text = body ? nodeToText(body as unknown as Node) : '';
  }
  if (text === '') throw new IngestError('empty', 'the page has no readable text');

  // Readability's guess, then the page's own metadata, each only when it is not page furniture.
  const title = usableTitle(oneLine(article?.title)) ?? usableTitle(meta.title);
  // Readability drops the headline from the body; put it back so every format's text starts with it.
  if (title !== null && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return [
    {
      itemKey: '',
      title,
      text,
      outlet: meta.outlet ?? oneLine(article?.siteName),
      url: meta.url,
      author: meta.author ?? cleanByline(article?.byline),
      published: meta.published ?? dateOrNull(article?.publishedTime),
    },
  ];
}

interface PageMetadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  published: string | null;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function load(html: string): Doc {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document;
}

function pageMetadata(document: Doc): PageMetadata {
  const meta = (selector: string) => oneLine(document.querySelector(selector)?.getAttribute('content'));
  const ld = jsonLdArticle(document);
  const ogUrl = httpUrl(meta('meta[property="og:url"]'));
  return {
    title:
      meta('meta[property="og:title"]') ??
      oneLine(ld?.headline) ??
      oneLine(document.querySelector('title')?.textContent),
    outlet: meta('meta[property="og:site_name"]') ?? oneLine(objectField(ld?.publisher, 'name')),
    url: httpUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), ogUrl) ?? ogUrl,
    author: meta('meta[name="author"]') ?? jsonLdAuthor(ld?.author),
    published:
      dateOrNull(meta('meta[property="article:published_time"]')) ??
      dateOrNull(ld?.datePublished) ??
      dateOrNull(
        (
          document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]')
        )?.getAttribute('datetime'),
      ) ??
      dateOrNull(
        meta('meta[name="date"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[itemprop="datePublished"]'),
      ),
  };
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/;

/** The first schema.org article object in the page's JSON-LD blocks (arrays and @graph included). */
function jsonLdArticle(document: Doc): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block on a page is the page's problem, not a reason to refuse it
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        const types = ([] as unknown[]).concat(item['@type']);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return item;
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      }
    }
  }
  return null;
}

function jsonLdAuthor(author: unknown): string | null {
  const names = ([] as unknown[])
    .concat(author ?? [])
    .map((a) => (typeof a === 'string' ? oneLine(a) : oneLine(objectField(a, 'name'))))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(', ') : null;
}

function objectField(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dateOrNull(value: unknown): string | null {
  return typeof value === 'string' ? normalizeDate(value) : null;
}

/** "By Anna Smirnova" → "Anna Smirnova"; a byline too long to be names is dropped. */
function cleanByline(byline: string | null | undefined): string | null {
  const line = oneLine(byline)?.replace(/^(?:by|автор:?|текст:?)\s+/i, '') ?? null;
  return line !== null && line.length <= 120 ? line : null;
}
