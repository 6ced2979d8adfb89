/**
 * `objector counts` for a person: per event type its total, then its count by
 * unit, by place and by month (each over everything else), the groups one asks
 * about; not every combination of roll-ups `--json` gives. A unit or place
 * whose count takes in units or places within it says so.
 */
import type { CountsReport } from '../../counts/load.ts';
import type { CountGroup, Dim, GroupKey } from '../../counts/types.ts';
import { safeField } from '../terminal.ts';

const ALL = '*';
type Axis = 'unit' | 'place' | 'month';
const AXES: { axis: Axis; title: string; within: string }[] = [
  { axis: 'unit', title: 'by unit', within: 'roll-up: with the units within it' },
  { axis: 'place', title: 'by place', within: 'roll-up: with the places within it' },
  { axis: 'month', title: 'by month', within: '' },
];

/** Only `axis` is stated (or "not stated"); the other two are roll-ups over all values. */
const along = (k: GroupKey, axis: Axis) =>
  k[axis] !== ALL && AXES.every((a) => a.axis === axis || k[a.axis] === ALL);
const total = (k: GroupKey) => AXES.every((a) => k[a.axis] === ALL);

const figure = (g: CountGroup) =>
  `≥ ${g.lowerBound.toLocaleString('en')}  (${g.evidence}${g.reviewed ? '' : ', unreviewed'}; ${g.sources.length} source(s))`;

/** The readable lines of a counts report (groups already filtered by the caller). */
export function formatCounts(
  report: Pick<CountsReport, 'names'> & Partial<Pick<CountsReport, 'facts'>>,
  groups: readonly CountGroup[],
): string {
  // Without the facts (counts read through a running server's API) roll-ups cannot be told apart.
  const factOf = new Map((report.facts ?? []).map((f) => [f.id, f]));
  const name = (axis: Axis, d: Dim) =>
    d === null
      ? axis === 'month'
        ? 'no month (undated or running total)'
        : 'not stated'
      : safeField(report.names[d] ?? d);
  // A unit's or place's count is a roll-up when a fact it sums sits in a unit or place within it.
  const rollsUp = (g: CountGroup, axis: Axis) =>
    axis !== 'month' &&
    g.facts.some((id) => {
      const v = factOf.get(id)?.[axis];
      return v !== undefined && v !== g.key[axis];
    });
  const lines: string[] = [];
  for (const type of [...new Set(groups.map((g) => g.key.type))]) {
    const own = groups.filter((g) => g.key.type === type);
    const top = own.find((g) => total(g.key));
    lines.push(`${type.padEnd(20)} ${top ? figure(top) : ''}  all units, places and months`);
    for (const { axis, title, within } of AXES) {
      const rows = own.filter((g) => along(g.key, axis));
      if (rows.length === 0) continue;
      lines.push(`  ${title}`);
      const width = Math.min(48, Math.max(...rows.map((g) => name(axis, g.key[axis]).length)));
      for (const g of rows) {
        const note = rollsUp(g, axis) ? `  ${within}` : '';
        lines.push(`    ${name(axis, g.key[axis]).padEnd(width)}  ${figure(g)}${note}`);
      }
    }
  }
  return lines.join('\n') || 'No counts.';
}
