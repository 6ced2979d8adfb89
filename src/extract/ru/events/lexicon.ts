/**
 * The Russian event lexicons (data/extract/ru/events.json, cues.json), loaded
 * once and compiled: trigger patterns indexed by the words their first
 * element accepts, so a sentence is scanned once, word by word.
 */
import countsData from '../../../../data/extract/ru/counts.json' with { type: 'json' };
import cuesData from '../../../../data/extract/ru/cues.json' with { type: 'json' };
import eventsData from '../../../../data/extract/ru/events.json' with { type: 'json' };
import { EventType, type FigureCounts } from '../../../claims/schema.ts';
import { fold } from '../morph.ts';
import { compilePattern, type Pattern } from './pattern.ts';

/** A trigger pattern of one event type. */
export interface TriggerPattern {
  type: EventType;
  pattern: Pattern;
  /** Rule name: type and index in the lexicon. */
  rule: string;
  /** Weak triggers report only when no other type is triggered in the sentence. */
  weak: boolean;
}

interface TypeSpec {
  triggers: string[];
  weak?: string[];
  negatedAs?: string;
}

const SPECS = eventsData.types as Record<string, TypeSpec>;

function compileType(type: EventType, spec: TypeSpec): TriggerPattern[] {
  const strong = spec.triggers.map((p, i) => ({
    type,
    pattern: compilePattern(p),
    rule: `event-ru.${type}.${i}`,
    weak: false,
  }));
  const weak = (spec.weak ?? []).map((p, i) => ({
    type,
    pattern: compilePattern(p),
    rule: `event-ru.${type}.weak${i}`,
    weak: true,
  }));
  return [...strong, ...weak];
}

/** Every trigger pattern, in lexicon order. */
export const TRIGGERS: readonly TriggerPattern[] = Object.entries(SPECS).flatMap(([type, spec]) =>
  compileType(EventType.parse(type), spec),
);

/** Trigger patterns by a word their first element accepts. */
export const TRIGGERS_BY_HEAD: ReadonlyMap<string, readonly TriggerPattern[]> = (() => {
  const index = new Map<string, TriggerPattern[]>();
  for (const t of TRIGGERS) {
    for (const w of t.pattern.elements[0]?.words ?? []) {
      const list = index.get(w) ?? [];
      list.push(t);
      index.set(w, list);
    }
  }
  return index;
})();

/** What a negated trigger of each type reports instead (absent: nothing). */
export const NEGATED_AS: ReadonlyMap<EventType, EventType> = new Map(
  Object.entries(SPECS)
    .filter(([, s]) => s.negatedAs)
    .map(([type, s]) => [EventType.parse(type), EventType.parse(s.negatedAs)]),
);

const set = (words: string[]) => new Set(words.map(fold));

/** Cue word classes (cues.json). */
export const CUES = {
  negation: set(cuesData.negation),
  negationBeforeNoun: set(cuesData.negationBeforeNoun),
  hypothetical: set(cuesData.hypothetical),
  conditional: set(cuesData.conditional),
  wish: set(cuesData.wish),
  threat: set(cuesData.threat),
  telling: set(cuesData.telling),
  origin: set(cuesData.origin),
  nameNouns: set(cuesData.nameNouns),
  announcing: set(cuesData.announcing),
  penalty: set(cuesData.penalty),
  continuation: set(cuesData.continuation),
  vagueGroup: set(cuesData.vagueGroup),
  firstPerson: set(cuesData.firstPerson),
  additive: set(cuesData.additive),
  demonstrative: set(cuesData.demonstrative),
  groupNouns: set(cuesData.groupNouns),
};

/**
 * Lemma → figure class of the words that govern an infinitive or an "от"
 * noun (counts.json `governing`, shared with the figures stage): what they
 * govern is what is refused, not what happened ("отказались возвращаться").
 */
export const GOVERNING: ReadonlyMap<string, FigureCounts> = new Map(
  Object.entries(countsData.governing).flatMap(([c, list]) =>
    list.map((w) => [fold(w), c as FigureCounts] as const),
  ),
);
