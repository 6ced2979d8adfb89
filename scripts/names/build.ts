/**
 * Builds the project's compact name tables in data/names/ from the
 * datacoon/russiannames Parquet files (BSD-3-Clause, see data/names/LICENSE.russiannames).
 *
 *   npx tsx scripts/names/build.ts [SOURCE_DIR]   (default ../shared/data/russiannames)
 *
 * Output (TSV, sorted by descending frequency):
 * - given-names.tsv: name, gender (m/f), count
 * - patronymics.tsv: patronymic, gender, father's given name
 */
import { chmodSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';

/** Below this count an entry is mostly noise (typos, one-off spellings). */
const MIN_COUNT = 20;
/** A rarer entry one edit away from a name this many times more frequent is taken for a typo. */
const TYPO_RATIO = 20;

interface Row {
  text: string;
  gender: string | null;
  count: number;
  fname?: string | null;
}

const sourceDir = process.argv[2] ?? '../shared/data/russiannames';
const outDir = 'data/names';

async function read(name: string): Promise<Row[]> {
  const file = await asyncBufferFromFile(join(sourceDir, `${name}.parquet`));
  const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
  return rows.map((r) => ({
    text: String(r.text ?? ''),
    gender: typeof r.gender === 'string' ? r.gender : null,
    count: Number(r.count ?? 0),
    fname: typeof r.fname === 'string' ? r.fname : null,
  }));
}

/** Title case; the source mixes upper-case and title-case spellings. */
function title(s: string): string {
  const t = s.trim().toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** True when a and b differ by one substitution, insertion or deletion. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** Merges duplicate spellings (case) and keeps frequent, gendered, non-typo entries. */
function clean(rows: Row[], key: (r: Row) => string): Row[] {
  const merged = new Map<string, Row>();
  for (const r of rows) {
    if (r.gender !== 'm' && r.gender !== 'f') continue;
    const text = title(r.text);
    if (!/^[А-ЯЁ][а-яё-]+$/.test(text)) continue;
    const row = { ...r, text, fname: r.fname ? title(r.fname) : null };
    const k = key(row);
    const prev = merged.get(k);
    if (prev) prev.count += r.count;
    else merged.set(k, row);
  }
  const kept = [...merged.values()].filter((r) => r.count >= MIN_COUNT).sort((a, b) => b.count - a.count);
  return kept.filter(
    (r, i) => !kept.slice(0, i).some((f) => f.count >= r.count * TYPO_RATIO && oneEdit(f.text, r.text)),
  );
}

const names = clean(await read('names'), (r) => `${r.text}\t${r.gender}`);
const mids = clean(
  (await read('midnames')).filter((r) => r.fname),
  (r) => `${r.text}\t${r.gender}`,
);

writeFileSync(
  join(outDir, 'given-names.tsv'),
  `name\tgender\tcount\n${names.map((r) => `${r.text}\t${r.gender}\t${r.count}`).join('\n')}\n`,
);
writeFileSync(
  join(outDir, 'patronymics.tsv'),
  `patronymic\tgender\tfather\n${mids.map((r) => `${r.text}\t${r.gender}\t${r.fname}`).join('\n')}\n`,
);
const licence = join(outDir, 'LICENSE.russiannames');
// The source may be read-only; the copy must stay writable so that a rebuild can replace it.
rmSync(licence, { force: true });
copyFileSync(join(sourceDir, 'LICENSE'), licence);
chmodSync(licence, 0o644);
process.stdout.write(`given names: ${names.length}, patronymics: ${mids.length}\n`);
