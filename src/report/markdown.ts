/**
 * The corpus report: a sourced Markdown summary (counts with citations, units,
 * places, facilities, people by role). Private individuals (soldiers,
 * relatives, others) are pseudonymised ("Soldier A") unless names are asked
 * for; people named in a public role may be named. Without names, no text
 * from a document that names one of those private individuals is printed
 * either (guard.ts): titles, outlets, addresses, record names. Every stored
 * string is escaped as Markdown text, with links only to http(s) (escape.ts).
 * Pure.
 */

import type { CountGroup, CountSource } from '../counts/types.ts';
import type { KbEntity, KbLink } from '../kb/build.ts';
import { mdCode, mdText } from './escape.ts';
import { type ReportGuard, reportGuard, type WordFold } from './guard.ts';
import { type Cite, citations, sourcesSection, WITHHELD } from './sources.ts';

export interface ReportInput {
  sources: readonly CountSource[];
  groups: readonly CountGroup[];
  /** Unit key / place id → display name. */
  names: Readonly<Record<string, string>>;
  entities: readonly KbEntity[];
  links: readonly KbLink[];
  /**
   * Every spelling under which the private individuals appear (their claims'
   * mentions), besides the record names the report has anyway: what the guard
   * keeps out of titles, outlets and addresses.
   */
  privateNames?: readonly string[];
  /** Spelling fold for the guard (the resolver's skeleton), so other spellings of a name are caught too. */
  nameFold?: WordFold;
}

export interface ReportOptions {
  /** Print private individuals' names (default: pseudonyms). */
  names?: boolean;
  title?: string;
}

const PUBLIC_ROLES = new Set(['commander', 'official', 'journalist', 'lawyer', 'activist']);
const EVIDENCE: Record<string, string> = {
  one_source: 'one source',
  several_sources: 'several independent sources',
  confirmed: 'confirmed by review',
};

/** Renders the report. */
export function renderReport(input: ReportInput, options: ReportOptions = {}): string {
  const cite = citations(input.sources);
  const names = options.names === true;
  const guard = names ? null : reportGuard(privateNamesOf(input), input.nameFold);
  const text = (v: unknown) => shown(v, guard);
  const out: string[] = [`# ${mdText(options.title ?? 'objector corpus report')}`, ''];
  const reprints = input.sources.filter((s) => s.duplicateOf).length;
  out.push(
    `${input.sources.length} sources (${input.sources.length - reprints} reports, ${reprints} reprints counted with their original). Every number is a lower bound; see docs/counting.md.`,
    '',
  );
  out.push(...countsSection(input, cite, text));
  out.push(...entitySection('Units', input, 'unit', cite, (e) => unitLine(e, text)));
  out.push(
    ...entitySection(
      'Places',
      input,
      'place',
      cite,
      (e) =>
        `${text(e.name)} (${text(e.data.kind)}, ${text(e.data.country)}; ${text(e.data.lat)}, ${text(e.data.lon)})`,
    ),
  );
  out.push(...entitySection('Facilities', input, 'facility', cite, (e) => text(e.name)));
  out.push(
    ...entitySection(
      'Organisations',
      input,
      'organization',
      cite,
      (e) => `${text(e.name)} (${text(e.data.kind)})`,
    ),
  );
  out.push(...peopleSection(input, cite, names));
  out.push(...sourcesSection(input.sources, cite, guard));
  return `${out.join('\n')}\n`;
}

/** Escaped text, or the withheld mark when it names a private individual. */
function shown(value: unknown, guard: ReportGuard | null): string {
  if (value === null || value === undefined) return mdText(value);
  const raw = String(value);
  return guard?.exposes(raw) ? WITHHELD : mdText(raw);
}

/** The people the report pseudonymises: their record names and every other spelling given. */
function privateNamesOf(input: ReportInput): string[] {
  const records = input.entities
    .filter((e) => e.kind === 'person' && !PUBLIC_ROLES.has(mainRole(e)))
    .map((e) => e.name);
  return [...records, ...(input.privateNames ?? [])];
}

function countsSection(input: ReportInput, cite: Cite, text: (v: unknown) => string): string[] {
  const out = [
    '## Counts',
    '',
    '| event | unit | place | month | at least | evidence | sources |',
    '| --- | --- | --- | --- | ---: | --- | --- |',
  ];
  const show = (d: string | null) =>
    d === '*' ? 'all' : d === null ? 'not stated' : text(input.names[d] ?? d);
  // Totals per type, then one dimension at a time: the table a reader can check.
  const rolled = (g: CountGroup) => [g.key.unit, g.key.place, g.key.month].filter((d) => d === '*').length;
  for (const g of input.groups.filter((x) => rolled(x) >= 2 && x.lowerBound > 0)) {
    out.push(
      `| ${mdText(g.key.type)} | ${show(g.key.unit)} | ${show(g.key.place)} | ${show(g.key.month)} | ${g.lowerBound} | ${EVIDENCE[g.evidence]}${g.reviewed ? '' : ', unreviewed'} | ${cite.list(g.sources)} |`,
    );
  }
  return [...out, ''];
}

function entitySection(
  title: string,
  input: ReportInput,
  kind: string,
  cite: Cite,
  line: (e: KbEntity) => string,
): string[] {
  const list = input.entities.filter((e) => e.kind === kind);
  if (list.length === 0) return [];
  const out = [`## ${title}`, ''];
  for (const e of [...list].sort((a, b) => a.name.localeCompare(b.name))) {
    const sources = input.links.filter((l) => l.entityId === e.id).map((l) => l.sourceId);
    out.push(`- ${line(e)} ${cite.list(sources)}`);
  }
  return [...out, ''];
}

function unitLine(e: KbEntity, text: (v: unknown) => string): string {
  const vch = (e.data.vch as string[] | undefined) ?? [];
  const extra = [
    vch.length ? `в/ч ${vch.map(text).join(', ')}` : null,
    e.data.garrison ? `garrison ${text(e.data.garrison)}` : null,
  ].filter(Boolean);
  return `${text(e.name)} (${mdCode(e.key)}${extra.length ? `; ${extra.join('; ')}` : ''})`;
}

/** True for a role whose holders the report names (they act in public). */
export function isPublicRole(role: string): boolean {
  return PUBLIC_ROLES.has(role);
}

/** The role most mentions give a person. */
export function mainRole(e: KbEntity): string {
  const roles = Object.entries((e.data.roles as Record<string, number>) ?? {});
  return roles.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'other';
}

function peopleSection(input: ReportInput, cite: Cite, names: boolean): string[] {
  const people = input.entities.filter((e) => e.kind === 'person');
  if (people.length === 0) return [];
  const out = ['## People by role', ''];
  const byRole = new Map<string, KbEntity[]>();
  for (const p of [...people].sort((a, b) => a.id.localeCompare(b.id)))
    byRole.set(mainRole(p), [...(byRole.get(mainRole(p)) ?? []), p]);
  for (const [role, list] of [...byRole].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(`### ${mdText(role)}`, '');
    list.forEach((p, i) => {
      const shown = names || PUBLIC_ROLES.has(role) ? mdText(p.name) : mdText(pseudonym(role, i));
      out.push(
        `- ${shown} ${cite.list(input.links.filter((l) => l.entityId === p.id).map((l) => l.sourceId))}`,
      );
    });
    out.push('');
  }
  if (!names) out.push('_Private individuals are pseudonymised; run with `--names` to show names._', '');
  return out;
}

/** "Soldier A", …, "Soldier Z", "Soldier AA": stable within one report. */
export function pseudonym(role: string, index: number): string {
  let label = '';
  for (let n = index; n >= 0; n = Math.floor(n / 26) - 1) label = String.fromCharCode(65 + (n % 26)) + label;
  return `${role[0]!.toUpperCase()}${role.slice(1)} ${label}`;
}
