/**
 * The published numbers as CSV (pure): one row per number. Cells that a
 * spreadsheet would run as a formula (=, +, -, @ first) are prefixed with a
 * quote mark, so an export cannot carry a formula injection. Columns:
 * docs/public-data.md.
 */
import type { PublicCounts } from './model.ts';

export const CSV_COLUMNS = [
  'id',
  'type',
  'unit',
  'unit_name',
  'place',
  'place_name',
  'country',
  'month',
  'lower_bound',
  'evidence',
  'reviewed',
  'sources',
] as const;

/** A dimension as a cell: `*` (all) and empty (not stated) as they are. */
const dim = (d: string | null) => d ?? '';

export function countsToCsv(d: PublicCounts): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const n of d.numbers) {
    const place = n.place && n.place !== '*' ? d.places[n.place] : undefined;
    rows.push([
      n.id,
      n.type,
      dim(n.unit),
      n.unit && n.unit !== '*' ? (d.units[n.unit] ?? '') : '',
      dim(n.place),
      place?.name ?? '',
      place?.country ?? '',
      dim(n.month),
      n.value,
      n.evidence,
      n.reviewed ? 'true' : 'false',
      n.sources,
    ]);
  }
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
