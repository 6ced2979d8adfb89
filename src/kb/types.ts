/** Plain shapes the knowledge-base and counting cores work on (no database rows). */
import { isLiveState } from '../claims/kinds.ts';
import type { ClaimKind } from '../claims/schema.ts';
import type { Sentence } from '../extract/doc.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { UnitGazetteer } from './units/gazetteer.ts';

/** A stored source, as the cores need it. */
export interface KbSource {
  id: string;
  text: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** The original this source reprints, or null. */
  duplicateOf: string | null;
}

/** A stored claim with its review state and the value in force (a person's correction if any). */
export interface KbClaim {
  id: string;
  sourceId: string;
  kind: ClaimKind;
  state: string;
  start: number;
  end: number;
  value: Record<string, unknown>;
}

/** Cue words (data/units/count-cues.json) and detention-site words (data/units/facility-sites.json). */
export interface KbLexicon {
  cumulative: readonly string[];
  near: readonly string[];
  week: readonly string[];
  /** Site kind → words naming it. */
  sites: Readonly<Record<string, readonly string[]>>;
}

/** What the cores look things up in: passed in by the composition root, never loaded by the core. */
export interface KbDeps {
  places: Gazetteer;
  units: UnitGazetteer;
  lexicon: KbLexicon;
  sentences: (text: string) => Sentence[];
}

/** Claims that count and link: rejected and obsolete claims never do. */
export const isLive = (c: { state: string }) => isLiveState(c.state);
/** A person looked at it (accepted or corrected). */
export const isReviewed = (c: { state: string }) => c.state === 'accepted' || c.state === 'edited';
