/**
 * Event triggers in one sentence: every word form of a trigger lemma
 * (lexicon.ts) whose frame holds (frames.ts), checked for negation ("did not
 * desert") and for hypothetical, threatened, wished or generic framing ("if
 * he refuses he will be jailed", "those who want to flee") within its clause.
 * A negated trigger reports nothing, or the type its entry names instead (a
 * release that did not happen is coercion); entries of negative polarity
 * report only when negated ("were not released" is coercion, "no rotation").
 * A verb in the simple present outside an infinitive tells a habit or a rule
 * ("authorities prosecute those who..."), not an occurrence; so does a gerund
 * that is the subject of its clause ("refusing to fight was hard", "going
 * absent has been a crime since then"): it names the act, no one's deed.
 */
import type { EventType } from '../../../claims/schema.ts';
import { compilePhrases } from '../../text/patterns.ts';
import { cues } from '../lexicon/load.ts';
import { frameHolds, type Token, tokenize } from './frames.ts';
import { entriesFor, type TriggerEntry, wordClass } from './lexicon.ts';

/** A trigger found in a sentence (offsets relative to the sentence). */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  rule: string;
  /** The kind of act within the type (events.json `kind`), else the type name. */
  kind: string;
}

const suffix = (list: readonly string[]) => new RegExp(compilePhrases(list).source, 'u');
const NEGATION_RE = suffix(cues.negation);
const HYPOTHETICAL_RE = suffix(cues.hypothetical);
const WISH_RE = suffix(cues.wish);
const GENERIC_RE = suffix(cues.generic);
const INABILITY_RE = new RegExp(`(?:${cues.inability.join('|')})(?:\\s+\\S+)?\\s*$`, 'u');
// Clause boundaries: cues do not reach across them.
const CLAUSE_BOUNDARY_RE = /[,;:()—–]|\bbut\b|\band then\b/gu;

/** Where the clause holding offset `at` starts. */
function clauseStart(lower: string, at: number): number {
  let start = 0;
  for (const m of lower.slice(0, at).matchAll(CLAUSE_BOUNDARY_RE)) start = m.index + m[0].length;
  return start;
}

/** Is the trigger at `at` negated: a negation among the three words before it, in its clause? */
function isNegated(lower: string, at: number): boolean {
  const words = lower.slice(clauseStart(lower, at), at).trim().split(/\s+/).slice(-3).join(' ');
  return NEGATION_RE.test(words);
}

/**
 * Is the trigger at `at` (ending at `end`) framed as a condition, threat or generic statement
 * in its clause, or as a wish (which frames every type but refusal: wanting to leave is
 * refusing)? Generic "you" counts inside the trigger's clause too ("they take you away").
 */
function isHypothetical(lower: string, at: number, end: number, type: EventType): boolean {
  const from = clauseStart(lower, at);
  if (GENERIC_RE.test(lower.slice(from, end + 12))) return true;
  const clause = lower.slice(from, at);
  return HYPOTHETICAL_RE.test(clause) || (type !== 'refusal' && WISH_RE.test(clause));
}

/** The trigger `entry` reports at `token`, or null (negated, hypothetical, or not said). */
function report(entry: TriggerEntry, token: Token, lower: string): Trigger | null {
  const { start, end } = token;
  const rule = `event.${entry.type}.${entry.lemma}`;
  const trigger = { type: entry.type, start, end, rule, kind: entry.kind };
  if (entry.modal) return INABILITY_RE.test(lower.slice(clauseStart(lower, start), start)) ? trigger : null;
  const negated = isNegated(lower, start);
  if (entry.polarity === 'negative') return negated ? trigger : null;
  if (entry.present.has(token.form) && !/\bto\s+$/u.test(lower.slice(Math.max(0, start - 4), start)))
    return null;
  if (isHypothetical(lower, start, end, entry.type)) return null;
  if (!negated) return trigger;
  if (!entry.negatedAs) return null;
  return { type: entry.negatedAs, start, end, rule: `${rule}.negated`, kind: entry.negatedAs };
}

// Words that may open a clause before a gerund subject ("but simply refusing ... was").
const GERUND_LEAD = new Set([
  'but',
  'and',
  'or',
  'so',
  'yet',
  'then',
  'simply',
  'just',
  'even',
  'merely',
  'also',
]);
// Finite verbs whose subject a clause-initial gerund phrase is ("refusing to fight was...").
const GERUND_PREDICATE = new Set([
  ...['is', 'was', 'are', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'may', 'might'],
  ...['must', 'should', 'remains', 'remained', 'became', 'becomes', 'means', 'meant', 'seems', 'seemed'],
  ...['proved', 'requires', 'required', 'carries', 'carried', 'counts', 'counted'],
]);
const PEOPLE = wordClass('people');
// Words in -ing that are no gerund.
const NOT_GERUND = new Set([
  ...[
    'during',
    'according',
    'including',
    'regarding',
    'concerning',
    'following',
    'notwithstanding',
    'having',
  ],
  ...['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'thing', 'king'],
]);

/**
 * Is the trigger at token `i` inside a gerund phrase that is the subject of its clause: an -ing
 * verb (the trigger, or one of the two words before it: "going absent") opening the clause,
 * not before a people noun ("fleeing soldiers"), followed in the clause by a finite verb?
 */
function inGerundSubject(tokens: Token[], i: number, entry: TriggerEntry): boolean {
  let head = -1;
  for (let k = i; k >= Math.max(0, i - 2); k--) {
    const t = tokens[k] as Token;
    if (t.boundary) break;
    const gerund = t.form.endsWith('ing') && t.form.length > 4 && !NOT_GERUND.has(t.form);
    if (gerund && (k < i || entry.verb)) head = k;
  }
  if (head < 0 || PEOPLE.has(tokens[head + 1]?.form ?? '')) return false;
  for (let k = head - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.boundary && !GERUND_LEAD.has(t.form)) break;
    if (!GERUND_LEAD.has(t.form)) return false;
  }
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    const t = tokens[k] as Token;
    if (t.boundary) return false;
    if (GERUND_PREDICATE.has(t.form)) return true;
  }
  return false;
}

// "soldiers who are unwilling to fight", "men who go AWOL": a class of people, not a deed.
const GENERIC_STATE = new Set(['are', 'go']);
const RELATIVE = new Set(['who', 'that']);

/** Is the adjective trigger at `i` a trait of a class of people (a present-tense relative clause)? */
function inGenericRelative(tokens: Token[], i: number, entry: TriggerEntry): boolean {
  if (entry.verb || (entry.type !== 'refusal' && entry.type !== 'desertion')) return false;
  return GENERIC_STATE.has(tokens[i - 1]?.form ?? '') && RELATIVE.has(tokens[i - 2]?.form ?? '');
}

/** All event triggers that report an occurrence in the sentence `lower` (normalized text). */
export function findTriggers(lower: string): Trigger[] {
  const tokens = tokenize(lower);
  const out: Trigger[] = [];
  for (const [i, token] of tokens.entries()) {
    for (const entry of entriesFor(token.form)) {
      if (!frameHolds(entry.frames, tokens, i)) continue;
      if (inGerundSubject(tokens, i, entry) || inGenericRelative(tokens, i, entry)) continue;
      const t = report(entry, token, lower);
      if (t && !out.some((o) => o.type === t.type && o.start === t.start)) out.push(t);
    }
  }
  return out;
}
