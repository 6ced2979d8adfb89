/**
 * One entry point for every input format: bytes in, ParsedSources out.
 * Checks run in the order a person would want to hear about them: empty,
 * binary, undecodable, then the format's own problems.
 */
import { decodeBytes, looksBinary } from './decode.ts';
import { IngestError } from './errors.ts';
import { type InputKind, kindFromContent, kindFromPath } from './extensions.ts';
import { parseCsv } from './formats/csv.ts';
import { declaredCharset, parseHtml } from './formats/html.ts';
import { parseMarkdown } from './formats/markdown.ts';
import { parseTelegramExport } from './formats/telegram.ts';
import { parseText } from './formats/text.ts';
import { detectLanguage } from './language.ts';
import type { ParsedSource, SourceDraft, SourceFormat } from './source.ts';

const PARSERS: Readonly<Record<InputKind, { format: SourceFormat; parse: (text: string) => SourceDraft[] }>> =
  {
    txt: { format: 'txt', parse: parseText },
    md: { format: 'md', parse: parseMarkdown },
    html: { format: 'html', parse: parseHtml },
    json: { format: 'telegram', parse: parseTelegramExport },
    csv: { format: 'csv', parse: parseCsv },
  };

/**
 * The sources in one file. The format comes from the extension (.txt .text
 * .md .markdown .html .htm .json .csv), or, for other names, from the content
 * (a JSON object is read as a Telegram export, a page starting with
 * <!doctype html>/<html> as HTML). Throws IngestError (with `path` set).
 */
export function parseFile(path: string, bytes: Uint8Array): ParsedSource[] {
  try {
    return parseBytes(path, bytes);
  } catch (error) {
    throw error instanceof IngestError ? error.withPath(path) : error;
  }
}

function parseBytes(path: string, bytes: Uint8Array): ParsedSource[] {
  const kindByName = kindFromPath(path);
  if (bytes.length === 0) throw new IngestError('empty', 'the file is empty (0 bytes)');
  if (looksBinary(bytes)) {
    throw kindByName ? new IngestError('binary', 'this is a binary file, not text') : unknownFormat(path);
  }
  const declared = kindByName === 'html' || kindByName === null ? declaredCharset(bytes) : null;
  const { text, encoding } = decodeBytes(bytes, { declared });
  if (text.trim() === '') throw new IngestError('empty', 'the file has only whitespace');
  const kind = kindByName ?? kindFromContent(text);
  if (kind === null) throw unknownFormat(path);
  const { format, parse } = PARSERS[kind];
  return parse(text).map((draft) => ({
    itemKey: draft.itemKey,
    title: draft.title,
    text: draft.text,
    language: draft.language ?? detectLanguage(draft.text),
    outlet: draft.outlet,
    url: draft.url,
    author: draft.author,
    published: draft.published,
    format,
    encoding,
  }));
}

function unknownFormat(path: string): IngestError {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  const what =
    dot > 0
      ? `files ending in ${name.slice(dot)} are not a supported format`
      : 'the format is not recognised';
  return new IngestError(
    'unknown_format',
    `${what}; ingest reads .txt, .md, .html, .htm, .csv and Telegram result.json files`,
  );
}
