/**
 * Russian organisation names: the Cyrillic aliases of the English lexicon
 * (data/extract/en/organizations.json, the canonical names) plus
 * data/extract/ru/organizations.json, keyed by the same canonical names.
 * Aliases are stored as folded word sequences, indexed by the first three
 * letters of their first word, and matched in any case form (./match.ts).
 */
import english from '../../../../data/extract/en/organizations.json' with { type: 'json' };
import russian from '../../../../data/extract/ru/organizations.json' with { type: 'json' };
import type { OrganizationKind } from '../../../claims/schema.ts';
import { fold } from '../morph.ts';
import { tokenize } from '../tokens.ts';

/** One alias: its words (as written) and the organisation it names. */
export interface RuAlias {
  canonical: string;
  kind: OrganizationKind;
  words: readonly string[];
}

const CYRILLIC_RE = /[а-яё]/i;

function build(): Map<string, RuAlias[]> {
  const index = new Map<string, RuAlias[]>();
  const kinds = new Map<string, OrganizationKind>();
  const entries = [...english.entries, ...russian.entries] as {
    canonical: string;
    kind: string;
    aliases: string[];
  }[];
  for (const e of entries) {
    if (!kinds.has(e.canonical)) kinds.set(e.canonical, e.kind as OrganizationKind);
    const kind = kinds.get(e.canonical) as OrganizationKind;
    // Latin names too: Russian reports name foreign outlets in Latin script ("Reuters").
    for (const alias of [e.canonical, ...e.aliases]) {
      if (!CYRILLIC_RE.test(alias) && /^the\s/i.test(alias)) continue;
      const words = tokenize(alias)
        .filter((t) => t.kind !== 'punct')
        .map((t) => t.text);
      const first = words[0];
      if (!first) continue;
      const key = fold(first).slice(0, 3);
      const list = index.get(key) ?? [];
      list.push({ canonical: e.canonical, kind, words });
      index.set(key, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Aliases by the first three folded letters of their first word, longest first. */
export const RU_ORG_ALIASES: ReadonlyMap<string, readonly RuAlias[]> = build();

/** Lemmas before a quoted name that make it an organisation, with the kind they imply. */
export const RU_ORG_DESCRIPTORS: ReadonlyMap<string, OrganizationKind> = new Map(
  Object.entries(russian.descriptors).map(([k, v]) => [fold(k), v as OrganizationKind]),
);

/** Verbs of reporting whose subject or source in quotes is a media outlet ("пишет «…»"). */
export const RU_MEDIA_VERBS: ReadonlySet<string> = new Set(russian.mediaVerbs.map(fold));
