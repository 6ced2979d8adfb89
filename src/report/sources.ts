/**
 * The report's Sources section and citation labels (pure). Every stored field
 * is escaped (escape.ts); without `--names`, a title, outlet or address that
 * names a private individual is withheld (guard.ts), since the rest of the
 * report pseudonymises the same people.
 */
import type { CountSource } from '../counts/types.ts';
import { mdLink, mdText } from './escape.ts';
import type { ReportGuard } from './guard.ts';

/** Citation labels: "[n]" in the order of the Sources section. */
export interface Cite {
  label(id: string): string;
  list(ids: Iterable<string>): string;
}

/** Numbers the sources in order. */
export function citations(sources: readonly CountSource[]): Cite {
  const n = new Map(sources.map((s, i) => [s.id, i + 1]));
  const label = (id: string) => (n.has(id) ? `[${n.get(id)}]` : `[${mdText(id)}]`);
  return {
    label,
    list: (ids) =>
      [...new Set(ids)]
        .sort((a, b) => (n.get(a) ?? 0) - (n.get(b) ?? 0))
        .map(label)
        .join(''),
  };
}

/** Said in place of a withheld field. */
export const WITHHELD = '_(withheld: names a private person)_';

/** The section's lines; `guard` null means names may be shown (`--names`). */
export function sourcesSection(
  sources: readonly CountSource[],
  cite: Cite,
  guard: ReportGuard | null,
): string[] {
  const out = ['## Sources', ''];
  let withheld = 0;
  for (const s of sources) {
    const field = (v: string | null, show: (x: string) => string) => {
      if (v === null || v === '') return null;
      if (!guard?.exposes(v)) return show(v);
      withheld++;
      return WITHHELD;
    };
    const parts = [
      field(s.title, mdText) ?? mdText(s.id),
      field(s.outlet, mdText),
      s.published ? mdText(s.published) : null,
      field(s.url, mdLink) ?? `source ${mdText(s.id)}`,
    ].filter((p): p is string => p !== null);
    const reprint = s.duplicateOf ? ` (reprint of ${cite.label(s.duplicateOf)})` : '';
    out.push(`${cite.label(s.id)} ${parts.join(' — ')}${reprint}`);
  }
  if (withheld > 0)
    out.push(
      '',
      `_${withheld} title(s), outlet(s) or address(es) withheld; run with \`--names\` to show them._`,
    );
  return out;
}
