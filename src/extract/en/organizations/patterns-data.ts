/**
 * Loads the cue words for organisations outside the lexicon
 * (data/extract/en/organizations-patterns.json).
 */
import { readFileSync } from 'node:fs';
import type { OrganizationKind } from '../../../claims/schema.ts';

/** Cue words, all lower case. */
export interface OrgPatterns {
  readonly headWords: ReadonlyMap<string, OrganizationKind>;
  readonly descriptorsBefore: ReadonlyMap<string, OrganizationKind>;
  readonly descriptorsAfter: ReadonlyMap<string, OrganizationKind>;
  readonly possessiveMedia: readonly string[];
  readonly notOrganizations: ReadonlySet<string>;
}

interface PatternsFile {
  headWords: Record<string, OrganizationKind>;
  descriptorsBefore: Record<string, OrganizationKind>;
  descriptorsAfter: Record<string, OrganizationKind>;
  possessiveMedia: string[];
  notOrganizations: string[];
}

const DATA_URL = new URL('../../../../data/extract/en/organizations-patterns.json', import.meta.url);
let cached: OrgPatterns | undefined;

/** The organisation cue words, read once. */
export function loadOrgPatterns(): OrgPatterns {
  if (cached) return cached;
  const f = JSON.parse(readFileSync(DATA_URL, 'utf8')) as PatternsFile;
  cached = {
    headWords: new Map(Object.entries(f.headWords)),
    descriptorsBefore: new Map(Object.entries(f.descriptorsBefore)),
    descriptorsAfter: new Map(Object.entries(f.descriptorsAfter)),
    possessiveMedia: f.possessiveMedia,
    notOrganizations: new Set(f.notOrganizations.map((s) => s.toLowerCase())),
  };
  return cached;
}
