/**
 * Private individuals' names in `objector records` output (pure): without
 * `--names`, a person whose main role is not a public one (soldiers,
 * relatives, others) is shown by role only, as `report` pseudonymises them
 * and `cases due` leaves case titles out. Public roles (commanders,
 * officials, lawyers…) keep their names: they act in public.
 */
import type { RecordDetail, RecordLink, RecordSummary } from '../../kb/records.ts';
import { reportGuard } from '../../report/guard.ts';
import { isPublicRole, mainRole } from '../../report/markdown.ts';

/** What stands for a source title or address that names the person. */
export const WITHHELD = '(withheld: names a private person)';

/** True for a person record whose name is withheld without --names. */
export function isPrivatePerson(record: RecordSummary): boolean {
  return record.kind === 'person' && !isPublicRole(mainRole(record));
}

/** What stands for a private person's name: the role, never a spelling of the name. */
export function withheldName(record: RecordSummary): string {
  return `${mainRole(record)} (name withheld; --names shows it)`;
}

/** The list with private persons' names withheld (other records unchanged). */
export function withholdListNames<T extends RecordSummary>(records: readonly T[]): T[] {
  return records.map((r) => (isPrivatePerson(r) ? { ...r, name: withheldName(r) } : r));
}

/**
 * One record with a private person's name withheld: the record name, the
 * mention in each of its person claims, and any claim text, source title or
 * address that carries one of those spellings (a slug often holds the name).
 */
export function withholdDetailNames(record: RecordDetail): RecordDetail {
  if (!isPrivatePerson(record)) return record;
  const spellings = [
    record.name,
    ...record.links.filter((l) => l.kind === 'person').map((l) => String(l.value.mention ?? '')),
  ];
  const guard = reportGuard(spellings);
  const safe = (text: string | null) => (text !== null && guard.exposes(text) ? WITHHELD : text);
  // Any text of a claim (a mention, the quoted sentence of a figure) may spell the name.
  const value = (v: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, typeof x === 'string' && guard.exposes(x) ? WITHHELD : x]),
    );
  const link = (l: RecordLink): RecordLink => ({
    ...l,
    value: value(l.value),
    source: { ...l.source, title: safe(l.source.title), url: safe(l.source.url) },
  });
  return { ...record, name: withheldName(record), links: record.links.map(link) };
}
