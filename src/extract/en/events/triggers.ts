/**
 * Event triggers in one sentence: lexicon phrases per event type, checked for
 * negation ("did not desert") and for hypothetical, threatened, wished or
 * generic framing ("if he refuses he will be jailed", "those who try to flee")
 * within the same clause. A negated trigger either reports nothing or, for
 * types that say so, another type (a release that was refused is coercion).
 */
import type { EventType } from '../../../claims/schema.ts';
import { compilePhrases } from '../../text/patterns.ts';
import { cues, EVENT_TYPES, events } from '../lexicon/load.ts';

/** A trigger phrase found in a sentence (offsets relative to the sentence). */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  rule: string;
  /** The kind of act within the type (events.json `kinds`), else the type name. */
  kind: string;
}

interface TypeMatcher {
  type: EventType;
  re: RegExp;
  fragments: RegExp[];
  negatedAs: EventType | undefined;
  kinds: Array<[string, RegExp]>;
}

const KINDS = events.types as Record<string, { kinds?: Record<string, string> }>;

const MATCHERS: TypeMatcher[] = Object.entries(EVENT_TYPES).map(([type, spec]) => ({
  type: type as EventType,
  re: compilePhrases(spec?.triggers ?? []),
  fragments: (spec?.triggers ?? []).map((f) => new RegExp(`^(?:${f})`, 'u')),
  negatedAs: spec?.negatedAs,
  kinds: Object.entries(KINDS[type]?.kinds ?? {}).map(([k, f]) => [k, new RegExp(f, 'u')]),
}));

/** The kind of act a trigger reporting `type` names (a negated trigger is read with its new type's kinds). */
function kindOf(type: EventType, matched: string): string {
  const kinds = MATCHERS.find((m) => m.type === type)?.kinds ?? [];
  return kinds.find(([, re]) => re.test(matched))?.[0] ?? type;
}
const NEGATION_RE = new RegExp(compilePhrases(cues.negation).source, 'u');
const HYPOTHETICAL_RE = new RegExp(compilePhrases(cues.hypothetical).source, 'u');
const WISH_RE = new RegExp(compilePhrases(cues.wish).source, 'u');
const GENERIC_RE = new RegExp(compilePhrases(cues.generic).source, 'u');
// Clause boundaries: cues do not reach across them.
const CLAUSE_BOUNDARY_RE = /[,;:()—–]|\bbut\b|\band then\b/gu;

/** Where the clause holding offset `at` starts. */
function clauseStart(lower: string, at: number): number {
  let start = 0;
  for (const m of lower.slice(0, at).matchAll(CLAUSE_BOUNDARY_RE)) start = m.index + m[0].length;
  return start;
}

/** Is the trigger at `at` negated: a negation among the two words before it, in its clause? */
function isNegated(lower: string, at: number): boolean {
  const words = lower.slice(clauseStart(lower, at), at).trim().split(/\s+/).slice(-2).join(' ');
  return NEGATION_RE.test(words);
}

/**
 * Is the trigger at `at` (ending at `end`) framed as a condition, threat or generic statement
 * in its clause, or as a wish or attempt (which frames every type but refusal: wanting to leave
 * is refusing)? Generic "you" counts inside the trigger too ("they take you to the office").
 */
function isHypothetical(lower: string, at: number, end: number, type: EventType): boolean {
  const clause = lower.slice(clauseStart(lower, at), at);
  if (GENERIC_RE.test(lower.slice(clauseStart(lower, at), end))) return true;
  return HYPOTHETICAL_RE.test(clause) || (type !== 'refusal' && WISH_RE.test(clause));
}

/** Which fragment of the type's lexicon matched, for the rule name. */
function fragmentIndex(m: TypeMatcher, matched: string): number {
  return m.fragments.findIndex((re) => re.test(matched));
}

/** All event triggers that report an occurrence in the sentence `lower` (normalized text). */
export function findTriggers(lower: string): Trigger[] {
  const out: Trigger[] = [];
  for (const m of MATCHERS) {
    for (const hit of lower.matchAll(m.re)) {
      const start = hit.index;
      const rule = `event.${m.type}.${fragmentIndex(m, hit[0])}`;
      if (isHypothetical(lower, start, start + hit[0].length, m.type)) continue;
      const end = start + hit[0].length;
      if (!isNegated(lower, start))
        out.push({ type: m.type, start, end, rule, kind: kindOf(m.type, hit[0]) });
      else if (m.negatedAs)
        out.push({
          type: m.negatedAs,
          start,
          end,
          rule: `${rule}.negated`,
          kind: kindOf(m.negatedAs, hit[0]),
        });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
