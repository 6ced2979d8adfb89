/**
 * Letter templates, kept as data: data/cases/letters/<id>.txt, a YAML front
 * matter (titles in Russian and English, the addressee types the letter fits)
 * and a Mustache body that may use only the placeholders of LETTER_FIELDS as
 * plain variables (no sections, partials or lambdas), so a template can
 * neither run code nor silently print nothing for a misspelt name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Mustache from 'mustache';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AddresseeType } from '../../schema.ts';

export const LETTERS_DIR = fileURLToPath(new URL('../../../../data/cases/letters/', import.meta.url));

/** Every placeholder a template may use. */
export const LETTER_FIELDS = [
  'addressee',
  'applicant.name',
  'applicant.relation',
  'applicant.contact',
  'person.name',
  'person.birthDate',
  'person.unit',
  'lastPlace',
  'lastPlaceSince',
  'lastContactDate',
  'facts',
  'previousAppeals',
  'date',
] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];

export interface LetterTemplate {
  id: string;
  title: { ru: string; en: string };
  addresseeTypes: AddresseeType[];
  body: string;
}

/** A template file that cannot be used; the message names the file and what is wrong. */
export class LetterTemplateError extends Error {
  override readonly name = 'LetterTemplateError';
  readonly code = 'letter_template_invalid';
}

const FrontMatter = z
  .object({
    title: z.object({ ru: z.string().min(1), en: z.string().min(1) }).strict(),
    addresseeTypes: z.array(AddresseeType).min(1),
  })
  .strict();

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Mustache token kinds allowed: plain text, escaped and unescaped variables. */
const PLAIN_TOKENS = new Set(['text', 'name', '&']);

/** Parses one template file's text; `file` names it in errors. Pure. */
export function parseTemplate(file: string, text: string): LetterTemplate {
  const id = basename(file).replace(/\.txt$/, '');
  if (!ID.test(id))
    throw new LetterTemplateError(`${file}: the file name must be lower-case words joined by -`);
  const m = FRONT.exec(text);
  if (!m) throw new LetterTemplateError(`${file}: missing front matter (--- title, addresseeTypes ---)`);
  let meta: unknown;
  try {
    meta = parseYaml(m[1] ?? '');
  } catch (error) {
    throw new LetterTemplateError(`${file}: front matter is not valid YAML (${(error as Error).message})`);
  }
  const parsed = FrontMatter.safeParse(meta);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LetterTemplateError(`${file}: ${issue?.path.join('.') || 'front matter'}: ${issue?.message}`);
  }
  const body = text.slice(m[0].length);
  checkPlaceholders(file, body);
  return { id, ...parsed.data, body };
}

function checkPlaceholders(file: string, body: string): void {
  let tokens: ReturnType<typeof Mustache.parse>;
  try {
    tokens = Mustache.parse(body);
  } catch (error) {
    throw new LetterTemplateError(`${file}: ${(error as Error).message}`);
  }
  for (const [kind, name] of tokens) {
    if (!PLAIN_TOKENS.has(kind))
      throw new LetterTemplateError(
        `${file}: only plain {{placeholders}} are allowed, not {{${kind}${name}}}`,
      );
    if (kind !== 'text' && !(LETTER_FIELDS as readonly string[]).includes(name))
      throw new LetterTemplateError(
        `${file}: unknown placeholder {{${name}}} (known: ${LETTER_FIELDS.join(', ')})`,
      );
  }
}

/** Reads every template of `dir`, sorted by id. */
export function loadLetterTemplates(dir = LETTERS_DIR): LetterTemplate[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseTemplate(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

let cached: LetterTemplate[] | undefined;

/** The templates of this process, loaded on first use. */
export function letterTemplates(): LetterTemplate[] {
  cached ??= loadLetterTemplates();
  return cached;
}
