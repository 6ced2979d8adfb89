/**
 * Markdown files: optional YAML front matter for metadata, then the words
 * with the Markdown syntax stripped (marked's lexer does the parsing). Each
 * block becomes a paragraph; list items and table rows become lines. The
 * title is the front matter's, else the first heading.
 */
import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { IngestError } from '../errors.ts';
import { checkMarkdownShape } from '../limits/markdown-shape.ts';
import { type Metadata, readMetadata } from '../metadata.ts';
import { tidyText } from '../plain.ts';
import type { SourceDraft } from '../source.ts';
import { isPageFurniture } from '../title.ts';
import { htmlFragmentToText } from './html-text.ts';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** Front matter is a few lines of metadata; more than this is not front matter a person wrote. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** YAML aliases allowed: metadata needs none, and each one can multiply the data (an "alias bomb"). */
const MAX_YAML_ALIASES = 16;

export function parseMarkdown(decoded: string): SourceDraft[] {
  const source = decoded.replace(/\r\n?/g, '\n');
  checkMarkdownShape(source);
  const front = FRONT_MATTER.exec(source);
  const meta = front ? frontMatter(front[1] ?? '') : null;
  const tokens = new Lexer({ gfm: true }).lex(front ? source.slice(front[0].length) : source);
  const text = tidyText(blocks(tokens, '\n\n'));
  if (text === '') {
    throw new IngestError(
      'empty',
      front ? 'the file has no text after its front matter' : 'the file has no text',
    );
  }
  // The first heading that is not page furniture: a clipped page may open with "Connect with us".
  const heading = tokens
    .filter((t): t is Tokens.Heading => t.type === 'heading')
    .map((t) => tidyText(inline(t.tokens)))
    .find((h) => h !== '' && !isPageFurniture(h));
  return [
    {
      itemKey: '',
      title: meta?.title ?? heading ?? null,
      text,
      outlet: meta?.outlet ?? null,
      url: meta?.url ?? null,
      author: meta?.author ?? null,
      published: meta?.published ?? null,
      language: meta?.language ?? null,
    },
  ];
}

function frontMatter(yaml: string): Metadata {
  if (yaml.length > MAX_FRONT_MATTER_CHARS) {
    throw new IngestError(
      'too_large',
      `the front matter is longer than ${MAX_FRONT_MATTER_CHARS / 1024} KB; keep only the metadata fields there`,
    );
  }
  let data: unknown;
  try {
    data = parseYaml(yaml, { maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw yamlLimitError(error);
    const at = error.linePos?.[0];
    // +1: the front matter starts on the line after the opening ---.
    const where = at ? ` at line ${at.line + 1}, column ${at.col}` : '';
    throw new IngestError('invalid_front_matter', `the front matter is not valid YAML${where}`, {
      location: at ? { line: at.line + 1, column: at.col } : null,
    });
  }
  if (data === null || data === undefined) return readMetadataOrThrow({});
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError('invalid_front_matter', 'the front matter must be "key: value" lines');
  }
  const raw = data as Record<string, unknown>;
  return readMetadataOrThrow({ ...raw, published: raw.published ?? raw.date });
}

/** The yaml library's resource guards (alias count, stack depth) as typed errors; anything else is a bug. */
function yamlLimitError(error: unknown): unknown {
  if (error instanceof ReferenceError && /alias/i.test(error.message)) {
    return new IngestError(
      'too_large',
      `the front matter expands too far through YAML aliases (*name); write the values out, at most ${MAX_YAML_ALIASES} aliases`,
    );
  }
  if (error instanceof RangeError) {
    return new IngestError('too_deep', 'the front matter nests its values too deeply');
  }
  return error;
}

function readMetadataOrThrow(raw: Record<string, unknown>): Metadata {
  const result = readMetadata(raw);
  if (!result.ok)
    throw new IngestError('invalid_front_matter', `front matter: ${result.field} ${result.problem}`);
  return result.value;
}

function blocks(tokens: Token[], separator: string): string {
  return tokens
    .map(block)
    .filter((part) => part !== '')
    .join(separator);
}

function block(token: Token): string {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return collapseSpaces(inline(token.tokens ?? []));
    case 'text':
      return collapseSpaces(token.tokens ? inline(token.tokens) : decodeHTML(token.text));
    case 'list':
      return (token.items as Tokens.ListItem[]).map((item) => blocks(item.tokens, '\n')).join('\n');
    case 'blockquote':
      return blocks(token.tokens ?? [], '\n\n');
    case 'code':
      return token.text;
    case 'table': {
      const rows = [token.header, ...token.rows] as { tokens: Token[] }[][];
      return rows.map((row) => row.map((cell) => inline(cell.tokens)).join('\t')).join('\n');
    }
    case 'html':
      return htmlFragmentToText(token.text);
    default:
      return ''; // space, hr, def: no words
  }
}

/** Spaces left where images or inline HTML were removed. */
function collapseSpaces(text: string): string {
  return text.replace(/[ \t]{2,}/g, ' ');
}

function inline(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        out += token.tokens ? inline(token.tokens) : decodeHTML(token.text);
        break;
      case 'escape':
        out += token.text;
        break;
      case 'codespan':
        out += decodeHTML(token.text);
        break;
      case 'br':
        out += '\n';
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += inline(token.tokens ?? []);
        break;
      default:
        break; // images, inline HTML tags, checkboxes: no words of the text
    }
  }
  return out;
}
