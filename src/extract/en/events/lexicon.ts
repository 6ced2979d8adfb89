/**
 * The event trigger lexicon (data/extract/en/events.json) compiled once into
 * look-up tables keyed by word form: which trigger entries a form may start,
 * and which word classes a form belongs to. Entries are lemmas with frames
 * (see frames.ts); forms come from the inflector (lemma.ts).
 */
import events from '../../../../data/extract/en/events.json' with { type: 'json' };
import type { EventType } from '../../../claims/schema.ts';
import { formsOf, type Pos, pastForms, presentForms } from './lemma.ts';

/** One condition of a frame (frames.ts checks it around the trigger token). */
export interface Condition {
  op:
    | 'any'
    | 'pass'
    | 'past'
    | 'verb'
    | 'notto'
    | 'next'
    | 'obj'
    | 'prev'
    | 'to'
    | 'notnext'
    | 'notprev'
    | 'notnext1';
  /** For next/obj/prev/to/not*: the word forms that satisfy it; for pass/past: the trigger's past forms. */
  words?: ReadonlySet<string>;
}

/** A trigger entry: a lemma of an event type and the frames (any one suffices) it needs. */
export interface TriggerEntry {
  type: EventType;
  lemma: string;
  /** Alternatives; the conditions of one alternative must all hold. */
  frames: Condition[][];
  negatedAs?: EventType;
  /** 'negative': reports only when negated ("were not released", "no rotation"). */
  polarity: 'positive' | 'negative';
  /** Reports only after a statement of inability ("cannot leave"). */
  modal: boolean;
  kind: string;
  /** Simple-present forms of a verb entry (base, -s): without a preceding "to" they tell a habit. */
  present: ReadonlySet<string>;
  /** A verb lemma (its -ing form may head a gerund subject: "refusing to fight was hard"). */
  verb: boolean;
}

interface RawClass {
  pos: string;
  words: string[];
}
interface RawEntry {
  w: string;
  pos: string;
  if: string[];
  negatedAs?: string;
  polarity?: string;
  modal?: boolean;
  kind?: string;
}

const CLASSES = new Map<string, ReadonlySet<string>>(
  Object.entries(events.classes as Record<string, RawClass>).map(([name, c]) => [
    name,
    new Set(c.words.flatMap((w) => formsOf(w, c.pos as Pos))),
  ]),
);

/** The forms a frame argument names: "|"-joined @classes, literal words and "#" (any number in digits). */
function wordsOf(arg: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const part of arg.split('|')) {
    if (!part.startsWith('@')) {
      out.add(part);
      continue;
    }
    const set = CLASSES.get(part.slice(1));
    if (!set) throw new Error(`events.json: unknown word class ${part}`);
    for (const w of set) out.add(w);
  }
  return out;
}

function parseCondition(text: string, raw: RawEntry): Condition {
  const [op, arg] = text.split(':') as [Condition['op'], string | undefined];
  if (op === 'pass' || op === 'past') return { op, words: new Set(pastForms(raw.w)) };
  return arg === undefined ? { op } : { op, words: wordsOf(arg) };
}

function compile(type: string, e: RawEntry): TriggerEntry {
  const past = new Set(pastForms(e.w));
  return {
    type: type as EventType,
    lemma: e.w,
    frames: e.if.map((f) => f.split('+').map((c) => parseCondition(c, e))),
    negatedAs: e.negatedAs as EventType | undefined,
    polarity: e.polarity === 'negative' ? 'negative' : 'positive',
    modal: e.modal === true,
    kind: e.kind ?? type,
    present: new Set(e.pos === 'v' ? presentForms(e.w).filter((f) => !past.has(f)) : []),
    verb: e.pos === 'v',
  };
}

const BY_FORM = new Map<string, TriggerEntry[]>();
for (const [type, list] of Object.entries(events.types as Record<string, RawEntry[]>)) {
  for (const raw of list) {
    const entry = compile(type, raw);
    for (const form of formsOf(raw.w, raw.pos as Pos))
      BY_FORM.set(form, [...(BY_FORM.get(form) ?? []), entry]);
  }
}

const NONE: readonly TriggerEntry[] = [];

/** The trigger entries a word form may start (lower case, possessive stripped). */
export function entriesFor(form: string): readonly TriggerEntry[] {
  return BY_FORM.get(form) ?? NONE;
}

/** The forms of a named word class ("people", "aux", "det"). */
export function wordClass(name: string): ReadonlySet<string> {
  return wordsOf(`@${name}`);
}
