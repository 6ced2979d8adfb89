/** Shared helpers of the benchmark scripts: arguments and the generator's name tables. */
import { readNameTable } from '../../src/resolve/names/load.ts';
import type { NameTables } from './generate.ts';

/** A numeric `--name value` argument. */
export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The generator's tables, read from data/names. */
export function nameTables(): NameTables {
  const rows = (tsv: string) =>
    tsv
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split('\t'));
  const diminutives = new Map<string, string[]>();
  for (const [name, , forms] of rows(readNameTable('diminutives.tsv'))) {
    if (name)
      diminutives.set(
        name,
        (forms ?? '').split(',').filter((f) => /^[а-яё]/i.test(f)),
      );
  }
  const patronymics = new Map<string, string>();
  for (const [pat, g, father] of rows(readNameTable('patronymics.tsv'))) {
    if (pat && father && !patronymics.has(`${father}|${g}`)) patronymics.set(`${father}|${g}`, pat);
  }
  const given = rows(readNameTable('given-names.tsv')).map(
    ([n, g, c]) => [n!, g!, Number(c)] as [string, string, number],
  );
  return { given, diminutives, patronymics };
}
