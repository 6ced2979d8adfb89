/**
 * The last line of the redaction policy (pure): remove from public output
 * every entry whose text contains the name of a private person. Names are
 * matched as whole words, ignoring case, both as the full mention and token
 * by token (a surname alone identifies a man as well as his full name).
 */
import { MIN_NAME_TOKEN, PUBLIC_FIGURE_ROLES, REVIEWED_STATES } from './policy.ts';

export interface NameGuard {
  /** True when `text` contains a private name. */
  exposes(text: string): boolean;
}

const LETTER = '\\p{L}\\p{M}';

export function nameGuard(privateNames: Iterable<string>): NameGuard {
  const words = new Set<string>();
  for (const name of privateNames) {
    const folded = fold(name);
    if (folded.length >= MIN_NAME_TOKEN) words.add(folded);
    for (const token of folded.split(/[^\p{L}\p{M}'-]+/u))
      if (token.length >= MIN_NAME_TOKEN) words.add(token);
  }
  if (words.size === 0) return { exposes: () => false };
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![${LETTER}])(?:${alternatives.join('|')})(?![${LETTER}])`, 'u');
  return { exposes: (text) => pattern.test(fold(text)) };
}

/** Keeps the entries of `items` none of whose strings (at any depth) exposes a name; counts the rest. */
export function withoutExposed<T>(items: readonly T[], guard: NameGuard): { kept: T[]; withheld: number } {
  const kept = items.filter((item) => !stringsOf(item).some((s) => guard.exposes(s)));
  return { kept, withheld: items.length - kept.length };
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A person claim, as the guard needs it. */
export interface PersonClaim {
  kind: string;
  state: string;
  value: Record<string, unknown>;
}

/**
 * Everyone named in a claim who is not a public figure: every spelling the
 * documents use. A public figure is a commander or official a person has
 * reviewed as such: a machine's role guess is not enough to name anyone.
 */
export function privateNamesOf(claims: readonly PersonClaim[]): string[] {
  return claims
    .filter((c) => c.kind === 'person' && c.state !== 'rejected')
    .filter((c) => !(REVIEWED_STATES.has(c.state) && PUBLIC_FIGURE_ROLES.has(String(c.value.role))))
    .map((c) => String(c.value.mention ?? '').trim())
    .filter((n) => n.length > 0);
}
