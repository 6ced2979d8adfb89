/**
 * Tokens of one sentence for the figure rules: words (lower-cased), numbers
 * written in digits ("1,793" is one token) and single punctuation marks, each
 * with its sentence offsets. The rules walk tokens, not characters, so each
 * word form is looked up once in a map instead of scanning regexes over text.
 */

/** A token; `text` is lower-cased with straight apostrophes. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when the token starts with a capital letter in the original text. */
  capital: boolean;
  /** True when written all in capitals ("AWOL"), two letters or more. */
  caps: boolean;
  /** True for a punctuation mark. */
  punct: boolean;
}

const TOKEN_RE = /\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** What a token's text alone decides, shared by every occurrence of one word form. */
type Form = Pick<Token, 'text' | 'capital' | 'caps' | 'punct'>;

// Word forms recur across sentences and documents; a bounded cache saves re-deriving them.
const FORMS = new Map<string, Form>();
const MAX_FORMS = 50_000;

function formOf(raw: string): Form {
  let form = FORMS.get(raw);
  if (form === undefined) {
    const first = raw.charAt(0);
    const lower = raw.toLowerCase();
    form = {
      text: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      capital: first !== first.toLowerCase(),
      caps: raw.length > 1 && raw === raw.toUpperCase() && raw !== lower,
      punct: !/[\p{L}\p{N}]/u.test(first),
    };
    if (FORMS.size >= MAX_FORMS) FORMS.clear();
    FORMS.set(raw, form);
  }
  return form;
}

/** Splits `text` (one sentence) into tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const form = formOf(raw);
    out.push({
      text: form.text,
      start: m.index,
      end: m.index + raw.length,
      capital: form.capital,
      caps: form.caps,
      punct: form.punct,
    });
  }
  return out;
}

/** Index of the first token starting at or after sentence offset `at` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Marks that close a clause; a comma does only before a conjunction that opens a new subject.
const HARD_BREAK = new Set([';', ':', '!', '?', '—', '–', '"', '“', '”']);
const CONJUNCTIONS = new Set([
  'but',
  'while',
  'although',
  'whereas',
  'yet',
  'because',
  'since',
  'when',
  'and',
  'as',
]);
// After a comma these open a clause of their own: a new subject or a non-restrictive relative clause.
const OPENERS = new Set(['he', 'she', 'they', 'we', 'i', 'which', 'who', 'whose', 'where']);
const SUBJECTS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'this',
  'that',
  'there',
  'these',
  'those',
  'its',
  'our',
]);

/** Index of the token that ends the clause which contains token `from` (exclusive end). Parentheses are skipped, not ends. */
export function clauseEnd(tokens: readonly Token[], from: number): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.punct) continue;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && HARD_BREAK.has(t.text)) return i;
    else if (depth === 0 && t.text === ',' && opensClause(tokens, i + 1)) return i;
  }
  return tokens.length;
}

/** Index where the clause holding token `from` starts, looking back. */
export function clauseStart(tokens: readonly Token[], from: number): number {
  for (let i = from - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.punct && (HARD_BREAK.has(t.text) || (t.text === ',' && opensClause(tokens, i + 1)))) return i + 1;
  }
  return 0;
}

function opensClause(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (a && OPENERS.has(a.text)) return true;
  return !!a && CONJUNCTIONS.has(a.text) && !!b && (SUBJECTS.has(b.text) || b.capital);
}
