/**
 * Telegram Desktop chat exports (result.json of "Export chat history", JSON
 * format): every message with text becomes a source. The export has no
 * channel username, so permalinks (https://t.me/<username>/<id>) are made
 * only when a top-level "username" field has been added to the file.
 */
import { dateFromUnixSeconds, normalizeDate } from '../dates.ts';
import { IngestError } from '../errors.ts';
import { locateJsonError } from '../json-error.ts';
import { headline, httpUrl, oneLine, tidyText } from '../plain.ts';
import type { SourceDraft } from '../source.ts';

type JsonObject = Record<string, unknown>;

/** Telegram's rule for public usernames: 5–32 letters, digits and underscores, starting with a letter. */
const USERNAME = /^[a-z][a-z0-9_]{4,31}$/i;

export function parseTelegramExport(decoded: string): SourceDraft[] {
  const data = parseJson(decoded);
  const channel = checkExport(data);
  const outlet = oneLine(channel.name);
  const username = channelUsername(channel.username);
  const sources: SourceDraft[] = [];
  for (const [index, message] of (channel.messages as unknown[]).entries()) {
    if (!isObject(message)) throw invalid(`message number ${index + 1} is not an object`);
    if (message.type !== 'message') continue; // service messages: joins, pins, title changes
    const id = message.id;
    if (typeof id !== 'number' || !Number.isInteger(id))
      throw invalid(`message number ${index + 1} has no numeric id`);
    const raw = message.text ?? message.text_entities ?? '';
    const text = tidyText(flattenText(raw, id));
    if (text === '') continue; // photos and videos without a caption
    const links = linkTargets(raw);
    sources.push({
      itemKey: String(id),
      title: headline(text, { blankLineAfter: false }),
      text,
      outlet,
      url: username ? `https://t.me/${username}/${id}` : null,
      author: oneLine(message.author) ?? oneLine(message.signature) ?? sender(message.from, outlet),
      published: publishedOf(message),
      // A forward keeps its origin: the store links it to the original instead of counting it again.
      ...present({ forwardedFrom: oneLine(message.forwarded_from), edited: editedOf(message) }),
      ...(links.length > 0 ? { links } : {}),
    });
  }
  if (sources.length === 0) throw new IngestError('empty', 'the export has no messages with text');
  return sources;
}

/**
 * A message's text as plain text. Telegram writes it as a string, or as an
 * array of strings and entity objects ({type: "bold", text: "..."},
 * {type: "text_link", text: "...", href: "..."}): the texts are joined.
 */
export function flattenText(text: unknown, id: number | string = '?'): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) throw invalid(`message ${id} has text in an unknown form`);
  let out = '';
  for (const part of text) {
    if (typeof part === 'string') out += part;
    else if (isObject(part) && typeof part.text === 'string') out += part.text;
    else if (!isObject(part)) throw invalid(`message ${id} has text in an unknown form`);
  }
  return out;
}

/** The http(s) targets of a message's links: text_link hrefs and bare link entities, in order, once each. */
export function linkTargets(text: unknown): string[] {
  if (!Array.isArray(text)) return [];
  const out: string[] = [];
  for (const part of text) {
    if (!isObject(part)) continue;
    const target = part.type === 'text_link' ? part.href : part.type === 'link' ? part.text : null;
    const url = typeof target === 'string' ? httpUrl(target) : null;
    if (url && !out.includes(url)) out.push(url);
  }
  return out;
}

/** The fields that have a value (a message without them gives a draft without them). */
function present<T extends Record<string, string | null>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as Partial<T>;
}

function editedOf(message: JsonObject): string | null {
  const date = typeof message.edited === 'string' ? normalizeDate(message.edited) : null;
  return date ?? dateFromUnixSeconds(message.edited_unixtime);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const at = locateJsonError(text);
    const what = at.truncated ? 'truncated JSON: the file ends' : 'invalid JSON';
    throw new IngestError('invalid_json', `${what} at line ${at.line}, column ${at.column}`, {
      location: { line: at.line, column: at.column },
    });
  }
}

function checkExport(data: unknown): JsonObject {
  if (!isObject(data)) throw invalid('not a Telegram Desktop export: the file must hold one JSON object');
  if (!Array.isArray(data.messages)) {
    if (isObject(data.chats)) {
      throw invalid(
        'a full Telegram account export; export one channel instead (channel menu → Export chat history)',
      );
    }
    throw invalid('not a Telegram Desktop chat export: there is no "messages" list');
  }
  if (typeof data.name !== 'string' && typeof data.type !== 'string') {
    throw invalid('not a Telegram Desktop chat export: there is no channel "name" or "type"');
  }
  return data;
}

function channelUsername(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value
    .trim()
    .replace(/^@/, '')
    .replace(/^https?:\/\/t\.me\//i, '');
  return USERNAME.test(name) ? name : null;
}

/** The sender when it is not the channel itself (groups, or channels that show who posted). */
function sender(from: unknown, outlet: string | null): string | null {
  const name = oneLine(from);
  return name !== null && name !== outlet ? name : null;
}

function publishedOf(message: JsonObject): string | null {
  const date = typeof message.date === 'string' ? normalizeDate(message.date) : null;
  return date ?? dateFromUnixSeconds(message.date_unixtime);
}

function invalid(message: string): IngestError {
  return new IngestError('invalid_export', message);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
