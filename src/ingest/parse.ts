/**
 * One entry point for every input format: bytes in, ParsedSources out.
 * Checks run in the order a person would want to hear about them: empty,
 * binary, undecodable, then the format's own problems.
 */
import { stripBodyControls, stripMetadataControls } from './controls.ts';
import { decodeBytes, looksBinary } from './decode.ts';
import { IngestError } from './errors.ts';
import { type InputKind, kindFromContent, kindFromPath } from './extensions.ts';
import { parseCsv } from './formats/csv.ts';
import { declaredCharset, parseHtml } from './formats/html.ts';
import { parseMarkdown } from './formats/markdown.ts';
import { parseTelegramExport } from './formats/telegram.ts';
import { parseText } from './formats/text.ts';
import { detectLanguage } from './language.ts';
import { tidyText } from './plain.ts';
import type { ParsedSource, SourceDraft, SourceFormat } from './source.ts';
import { usableTitle } from './title.ts';

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
 * <!doctype html>/<html> as HTML). Terminal control codes are removed from
 * the text and the metadata. Throws IngestError (with `path` set); a file
 * nested beyond a format's limits is 'too_deep' or 'too_large' before any
 * parser runs. Synchronous and unbounded in time: servers and batch runs call
 * it through parseFileOffLoop (src/ingest/worker), which adds a time and
 * memory budget.
 */
export function parseFile(path: string, bytes: Uint8Array): ParsedSource[] {
  try {
    return parseBytes(path, bytes);
  } catch (error) {
    if (error instanceof IngestError) throw error.withPath(path);
    // A parser that recursed past the stack: the document nests too deeply for it, whatever the format.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new IngestError('too_deep', 'the document nests too deeply to be read', { path });
    }
    throw error;
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
  const sources: ParsedSource[] = [];
  for (const draft of parse(text)) {
    const body = tidyText(stripBodyControls(draft.text));
    if (body === '') continue; // nothing but control codes
    sources.push({
      itemKey: draft.itemKey,
      // Every format's title passes the furniture check ("Connect with us" is no headline).
      title: usableTitle(stripMetadataControls(draft.title)),
      text: body,
      language: draft.language ?? detectLanguage(body),
      outlet: stripMetadataControls(draft.outlet),
      url: stripMetadataControls(draft.url),
      author: stripMetadataControls(draft.author),
      published: stripMetadataControls(draft.published),
      format,
      encoding,
      // Telegram only: a forward's origin, the edit time, link targets (absent for other formats).
      ...(draft.forwardedFrom ? { forwardedFrom: stripMetadataControls(draft.forwardedFrom) } : {}),
      ...(draft.edited ? { edited: draft.edited } : {}),
      ...(draft.links
        ? { links: draft.links.map((l) => stripMetadataControls(l) ?? '').filter(Boolean) }
        : {}),
    });
  }
  if (sources.length === 0) throw new IngestError('empty', 'the file has no text besides control codes');
  return sources;
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
