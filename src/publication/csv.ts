/**
 * The public dataset as CSV: one row per published number. Cells that a
 * spreadsheet would run as a formula (=, +, -, @ first) are prefixed with a
 * quote mark, so an export cannot carry a formula injection.
 */
import type { PublicDataset } from './dataset.ts';

const HEADER = ['table', 'type', 'month', 'place', 'unit', 'country', 'value', 'sources'];

export function datasetToCsv(d: PublicDataset): string {
  const rows: (string | number | null)[][] = [HEADER];
  for (const [table, tallies] of Object.entries(d.events)) {
    for (const t of tallies)
      rows.push([
        `events_${table}`,
        t.type,
        t.month ?? null,
        t.place ?? null,
        t.unit ?? null,
        null,
        t.events,
        null,
      ]);
  }
  for (const f of d.figures)
    rows.push(['figures', f.counts, null, null, null, null, f.lowerBound, f.sources.join(' ')]);
  for (const u of d.units) rows.push(['units', null, null, null, u.key, null, u.sources, null]);
  for (const p of d.places) rows.push(['places', null, null, p.name, null, p.country, p.sources, null]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
