/**
 * Matching Russian organisation names in text, in any case form: lexicon
 * aliases word by word (inflected endings allowed), a quoted name after a
 * descriptor ("фонд «…»", "издание «…»") or a reporting verb ("пишет «…»"),
 * and courts by pattern ("Ленинский районный суд Твери").
 */
import type { OrganizationKind } from '../../../claims/schema.ts';
import { fold, foldedLemmas, readings } from '../morph.ts';
import type { Token } from '../tokens.ts';
import { RU_MEDIA_VERBS, RU_ORG_ALIASES, RU_ORG_DESCRIPTORS, type RuAlias } from './lexicon.ts';

/** An organisation found over word tokens [from, to). */
export interface OrgHit {
  from: number;
  to: number;
  canonical: string | null;
  kind: OrganizationKind;
  rule: string;
}

const UPPER_RE = /^\p{Lu}/u;
const ALL_CAPS_RE = /^[\p{Lu}\d-]+$/u;

/** Two word forms of one word: equal, or differing only in an inflected ending. */
export function sameWord(text: string, alias: string): boolean {
  if (UPPER_RE.test(alias) && !UPPER_RE.test(text)) return false;
  if (alias.length <= 3 || ALL_CAPS_RE.test(alias))
    return text === alias || (alias.length > 3 && fold(text) === fold(alias));
  const x = fold(text);
  const y = fold(alias);
  if (x === y) return true;
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  return k >= 4 && k >= Math.min(x.length, y.length) - 2 && Math.abs(x.length - y.length) <= 3;
}

// State bodies are often named with their country: "Минобороны России", "Генштаб ВС РФ".
const TAILS = [['рф'], ['россии'], ['вс', 'рф'], ['вооруженных', 'сил']];

function tailEnd(words: readonly Token[], to: number): number {
  let end = to;
  for (let round = 0; round < 2; round++) {
    const tail = TAILS.find((t) => t.every((w, k) => fold(words[end + k]?.text ?? '') === w));
    if (!tail) break;
    end += tail.length;
  }
  return end;
}

const NONE: readonly RuAlias[] = [];
// Per word form: the alias index is keyed by a folded prefix, cut once per distinct word.
const byForm = new Map<string, readonly RuAlias[]>();

/** The aliases whose first word may be this word (same first three folded letters). */
function aliasesFor(word: string): readonly RuAlias[] {
  let hit = byForm.get(word);
  if (!hit) {
    if (byForm.size >= 100_000) byForm.clear();
    hit = RU_ORG_ALIASES.get(fold(word).slice(0, 3)) ?? NONE;
    byForm.set(word, hit);
  }
  return hit;
}

/** Lexicon aliases over the word tokens, longest first at each position. */
export function lexiconHits(words: readonly Token[], startsSentence: (i: number) => boolean): OrgHit[] {
  const out: OrgHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    const candidates = aliasesFor(w.text);
    const alias = candidates.find((a) => a.words.every((aw, k) => sameWord(words[i + k]?.text ?? '', aw)));
    if (!alias) continue;
    // A one-word name that is also a common word ("Весна", "Проект") needs more than a sentence-initial capital.
    if (alias.words.length === 1 && startsSentence(i) && !ALL_CAPS_RE.test(w.text)) continue;
    const to = alias.kind === 'state' ? tailEnd(words, i + alias.words.length) : i + alias.words.length;
    out.push({ from: i, to, canonical: alias.canonical, kind: alias.kind, rule: 'ru-org-lexicon' });
    i = to - 1;
  }
  return out;
}

const COURT_ADJ = new Set([
  'районный',
  'городской',
  'гарнизонный',
  'военный',
  'областной',
  'краевой',
  'окружной',
  'межрайонный',
  'мировой',
  'арбитражный',
  'апелляционный',
  'кассационный',
]);

function lemmaIs(t: Token | undefined, set: ReadonlySet<string>): boolean {
  if (!t) return false;
  for (const lemma of foldedLemmas(t.text)) if (set.has(lemma)) return true;
  return false;
}

/** Courts: [Capitalised adjective] court adjectives "суд" [Place in the genitive]. */
export function courtHits(words: readonly Token[]): OrgHit[] {
  const out: OrgHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || !foldedLemmas(w.text).has('суд')) continue;
    let from = i;
    while (from > 0 && lemmaIs(words[from - 1], COURT_ADJ)) from--;
    if (from === i) continue;
    const before = words[from - 1];
    if (before && UPPER_RE.test(before.text) && readings(before.text).some((r) => r.pos === 'ADJF')) from--;
    let to = i + 1;
    const next = words[to];
    if (
      next &&
      UPPER_RE.test(next.text) &&
      readings(next.text).some((r) => r.tags.includes('gent') && r.tags.includes('Geox'))
    )
      to++;
    // "военные суды" names no court: a named one has a proper adjective or a place.
    if (to === i + 1 && !UPPER_RE.test(words[from]?.text ?? '')) continue;
    out.push({ from, to, canonical: null, kind: 'state', rule: 'ru-org-court' });
    i = to - 1;
  }
  return out;
}

/** A name in quotes after a descriptor lemma or next to a reporting verb. */
export function quotedHits(
  tokens: readonly Token[],
  text: string,
): { start: number; end: number; kind: OrganizationKind }[] {
  const out: { start: number; end: number; kind: OrganizationKind }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.text !== '«' && open.text !== '"' && open.text !== '“') continue;
    const close = tokens.findIndex(
      (t, k) => k > i && k <= i + 8 && (t.text === '»' || t.text === '"' || t.text === '”'),
    );
    const first = tokens[i + 1];
    if (close < 0 || !first || !UPPER_RE.test(first.text)) continue;
    const kind = kindBefore(tokens, i) ?? (mediaVerbNear(tokens, i, close) ? 'media' : null);
    if (kind) out.push({ start: first.start, end: (tokens[close - 1] as Token).end, kind });
    i = close;
  }
  return out.filter((h) => !/[.!?]$/.test(text.slice(h.start, h.end)));
}

function kindBefore(tokens: readonly Token[], open: number): OrganizationKind | null {
  for (let k = open - 1; k >= open - 2 && k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return null;
    for (const r of readings(t.text)) {
      const kind = RU_ORG_DESCRIPTORS.get(fold(r.lemma)) ?? RU_ORG_DESCRIPTORS.get(fold(t.text));
      if (kind) return kind;
    }
    if (!readings(t.text).some((r) => r.pos === 'ADJF')) return null;
  }
  return null;
}

function mediaVerbNear(tokens: readonly Token[], open: number, close: number): boolean {
  for (const k of [open - 1, close + 1]) {
    const t = tokens[k];
    if (t?.kind === 'word' && lemmaIs(t, RU_MEDIA_VERBS)) return true;
  }
  return false;
}
