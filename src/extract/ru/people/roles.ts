/**
 * The role of one mention of a Russian name, from the noun phrase it stands
 * in, not from the nearest word anywhere in the sentence:
 *   - a role noun heading the phrase right before the name, in apposition
 *     (same case; same gender for kinship nouns): "рядовой Петров",
 *     "бабушка Екатерина", "мать солдата Мария" (the genitive "солдата"
 *     depends on "мать" and is stepped over);
 *   - a kinship noun governing the name in the genitive: "сестра Анвара" makes
 *     Анвар the one the family is about, a soldier;
 *   - an apposition after the name: "Петров, адвокат", "Мария — мать бойца";
 *   - the organisation the person founded or works for: "Х основал фонд «…»";
 *   - the named person speaking of "her son" or "his brother": a relative.
 * Each cue is a weighted vote; the stage adds the votes of every mention.
 */
import type { PersonRole } from '../../../claims/schema.ts';
import { ORG_ROLE, type OrgSpan, type RoleVote } from '../../people-roles.ts';
import { fold, foldedLemmas, lemmaIn, readings } from '../morph.ts';
import type { Token } from '../tokens.ts';
import { agree, formOf, forms, hasCase, nameForms, narrow } from './grammar.ts';
import { FOUNDER_VERBS, KIN_WORDS, ROLE_WORDS, SOLDIER_KIN } from './lexicon.ts';

export type { OrgSpan, RoleVote };

const LOOK_BEFORE = 7;
const LOOK_AFTER = 6;
const ABBREVIATION_RE = /^\p{Lu}{2,6}$/u;
const POSSESSIVES = new Set(['ее', 'его', 'их']);
const STEP_OVER_PUNCT = new Set(['«', '»', '"', '“', '”', '-', '‑']);

/** A role word reading of a word: its role, lemma and case:gender forms. */
interface RoleReading {
  role: PersonRole;
  lemma: string;
  forms: Set<string>;
}

/** Every role reading of a word, one per role lemma ("супругу": супруга or супруг). */
function roleWords(word: string): RoleReading[] {
  const out: RoleReading[] = [];
  for (const r of readings(word)) {
    const key = [fold(r.base), fold(r.lemma)].find((k) => ROLE_WORDS.has(k));
    if (!key) continue;
    let entry = out.find((o) => o.lemma === key);
    if (!entry) {
      entry = { role: ROLE_WORDS.get(key) as PersonRole, lemma: key, forms: new Set() };
      out.push(entry);
    }
    const f = formOf(r.tags);
    if (f) entry.forms.add(f);
  }
  return out;
}

/** The role reading that agrees with the name, else the first one; null when the word is no role word. */
function roleWord(word: string, name?: ReadonlySet<string>): RoleReading | null {
  const all = roleWords(word);
  return (name && all.find((r) => agree(r.forms, name, KIN_WORDS.has(r.lemma)))) ?? all[0] ?? null;
}

const isModifier = (word: string) =>
  readings(word).some((r) => r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR');

/** Votes for the name over tokens [from, to) of a sentence. */
export function roleVotes(
  tokens: readonly Token[],
  from: number,
  to: number,
  orgs: readonly OrgSpan[],
): RoleVote[] {
  const name = nameForms(
    tokens
      .slice(from, to)
      .filter((t) => t.kind === 'word')
      .map((t) => t.text),
  );
  return [
    before(tokens, from, name, orgs),
    after(tokens, to, name),
    affiliation(tokens, to, orgs),
    speakerKin(tokens, to),
  ].filter((v): v is RoleVote => v !== null);
}

/** The role noun heading the phrase before the name. */
function before(
  tokens: readonly Token[],
  from: number,
  nameIn: Set<string>,
  orgs: readonly OrgSpan[],
): RoleVote | null {
  let name = nameIn;
  for (let i = from - 1; i >= Math.max(0, from - LOOK_BEFORE); i--) {
    const t = tokens[i] as Token;
    if (t.kind === 'number' || (t.kind === 'punct' && STEP_OVER_PUNCT.has(t.text))) continue;
    if (t.kind !== 'word') return null;
    // Step over an organisation or its abbreviation ("журналист НГС Ксения") and a preposition ("контрактник из Твери Иван").
    if (orgs.some((o) => o.start <= t.start && t.end <= o.end) || ABBREVIATION_RE.test(t.text)) continue;
    if (readings(t.text).every((r) => r.pos === 'PREP')) continue;
    const role = roleWord(t.text, name);
    if (role) {
      const kin = KIN_WORDS.has(role.lemma);
      // "сестра Анвара": a kinship noun not itself genitive governs a genitive name.
      if (kin && hasCase(name, 'gent') && !hasCase(role.forms, 'gent')) return vote('soldier', 2, 'kin-of');
      if (agree(role.forms, name, kin)) return vote(role.role, 3, 'title');
      // "мать солдата Мария": a genitive role noun depends on a head further back.
      if (hasCase(role.forms, 'gent') && !hasCase(name, 'gent')) continue;
      return null;
    }
    if (isModifier(t.text)) {
      name = narrow(
        name,
        forms(t.text, () => true),
      );
      continue;
    }
    const f = forms(t.text, (_, pos) => pos === 'NOUN');
    // Step over a genitive dependent ("юрист фонда Иван") or a noun in apposition ("петербуржец Иван").
    if ((hasCase(f, 'gent') && !hasCase(name, 'gent')) || agree(f, name, false) || fold(t.text) === 'и')
      continue;
    return null;
  }
  return null;
}

/** The role noun just before a nickname cue ("боец с позывным «Гном»"), any case: the cue stands for the name. */
export function titleBeforeCue(tokens: readonly Token[], cue: number): RoleVote | null {
  for (let i = cue - 1; i >= Math.max(0, cue - 3); i--) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') return null;
    const role = roleWord(t.text);
    if (role) return vote(role.role, 3, 'title-nickname');
    if (!isModifier(t.text)) return null;
  }
  return null;
}

/** An apposition after the name: "Петров, адвокат", "Мария — мать бойца", "Петров, 34-летний контрактник". */
function after(tokens: readonly Token[], to: number, name: Set<string>): RoleVote | null {
  const sep = tokens[to];
  if (!sep || !/^[,—–(-]$/.test(sep.text)) return null;
  for (let i = to + 1; i < Math.min(tokens.length, to + 1 + LOOK_AFTER); i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'number' || (t.kind === 'punct' && STEP_OVER_PUNCT.has(t.text))) continue;
    if (t.kind !== 'word') return null;
    const role = roleWord(t.text, name);
    if (role)
      return agree(role.forms, name, KIN_WORDS.has(role.lemma)) ? vote(role.role, 3, 'apposition') : null;
    if (!isModifier(t.text)) return null;
  }
  return null;
}

/** "Х основал фонд «…»", "Х из «Медиазоны»": the role of the organisation named just after. */
function affiliation(tokens: readonly Token[], to: number, orgs: readonly OrgSpan[]): RoleVote | null {
  const window = tokens.slice(to, to + 6);
  const cue = window.findIndex((t) => fold(t.text) === 'из' || lemmaIn(t.text, FOUNDER_VERBS));
  if (cue < 0) return null;
  const from = (window[cue] as Token).end;
  const limit = tokens[to + cue + 4]?.end ?? Number.POSITIVE_INFINITY;
  const org = orgs.find((o) => o.start >= from && o.start <= limit);
  const role = org ? ORG_ROLE[org.kind] : null;
  return role ? vote(role, 2, 'affiliation') : null;
}

/** The named person speaking of "её муж", "его сына": a soldier's relative. */
function speakerKin(tokens: readonly Token[], to: number): RoleVote | null {
  for (let i = to; i < tokens.length - 1; i++) {
    const word = (tokens[i] as Token).text;
    if (!POSSESSIVES.has(fold(word)) && !foldedLemmas(word).has('свой')) continue;
    const next = (tokens[i + 1] as Token).text;
    if (lemmaIn(next, SOLDIER_KIN)) return vote('relative', 1.5, 'speaker-kin');
  }
  return null;
}

const vote = (role: PersonRole, weight: number, cue: string): RoleVote => ({ role, weight, cue });
