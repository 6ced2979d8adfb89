/**
 * The cost of refreshing case suggestions after an ingest run, beside its
 * peer measured in the same run: the knowledge-base rebuild that ingest
 * already does. The store holds the sample corpus plus generated reports
 * (invented soldiers of real units, detained or refusing in real towns; one
 * in five about a unit as a whole), and open cases, a quarter of them about
 * men the reports name.
 *
 *   npx tsx bench/case-links/run.ts [--reports 400] [--cases 200]
 */
import { parseArgs } from 'node:util';
import { refreshCaseSuggestions } from '../../src/cases/links/suggest.ts';
import { addWhereabouts, createCase } from '../../src/cases/repository.ts';
import { refreshKnowledge } from '../../src/kb/repository.ts';
import { generateKeyring } from '../../src/security/crypto/keyring.ts';
import { createSecurity } from '../../src/security/services.ts';
import { ingestBytes } from '../../src/sources/ingest-sources.ts';
import { loadSampleOnce } from '../../src/sources/sample.ts';
import { openStore } from '../../src/store/db.ts';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '400' }, cases: { type: 'string', default: '200' } },
});
const reports = Number(values.reports);
const cases = Number(values.cases);

// Invented names: roots and endings make a few hundred surnames, so that reports name many
// different men, as real coverage does; a quarter of the cases are about men a report names.
const ROOTS = [
  ['Kamin', 'Камин'],
  ['Zhuk', 'Жук'],
  ['Belya', 'Беля'],
  ['Shchuk', 'Щук'],
  ['Tikhon', 'Тихон'],
  ['Grom', 'Гром'],
  ['Lavr', 'Лавр'],
  ['Sitnik', 'Ситник'],
  ['Koval', 'Ковал'],
  ['Yermak', 'Ермак'],
  ['Prokhor', 'Прохор'],
  ['Savel', 'Савел'],
  ['Fedot', 'Федот'],
  ['Dubrov', 'Дубров'],
  ['Kornil', 'Корнил'],
  ['Marten', 'Мартен'],
  ['Sedykh', 'Седых'],
  ['Rybak', 'Рыбак'],
  ['Gusak', 'Гусак'],
  ['Chernysh', 'Черныш'],
  ['Bobrov', 'Бобров'],
  ['Lopat', 'Лопат'],
  ['Vetl', 'Ветл'],
  ['Yastreb', 'Ястреб'],
  ['Kuzmin', 'Кузмин'],
] as const;
const ENDINGS = [
  ['ov', 'ов'],
  ['in', 'ин'],
  ['sky', 'ский'],
  ['enko', 'енко'],
  ['ich', 'ич'],
] as const;
const GIVEN = [
  ['Artyom', 'Артём'],
  ['Denis', 'Денис'],
  ['Kirill', 'Кирилл'],
  ['Maksim', 'Максим'],
  ['Yegor', 'Егор'],
  ['Ilya', 'Илья'],
  ['Roman', 'Роман'],
  ['Nikita', 'Никита'],
  ['Stepan', 'Степан'],
  ['Gleb', 'Глеб'],
] as const;
const UNITS = [
  ['64th Separate Motor Rifle Brigade', '64 ОМСБр'],
  ['137th Airborne Regiment', '137 пдп'],
  ['military unit 51460', 'в/ч 51460'],
] as const;
const TOWNS = [
  ['Bryanka', 'Брянка'],
  ['Luhansk', 'Луганск'],
  ['Rovenky', 'Ровеньки'],
  ['Stakhanov', 'Стаханов'],
] as const;

/** A seeded generator, so every run measures the same store. */
let seed = 7;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const any = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
const man = () => ({
  root: any(ROOTS),
  ending: any(ENDINGS),
  given: any(GIVEN),
  age: 20 + Math.floor(next() * 25),
  unit: any(UNITS),
  town: any(TOWNS),
});
type Man = ReturnType<typeof man>;
const latin = (m: Man) => `${m.given[0]} ${m.root[0]}${m.ending[0]}`;
const cyrillic = (m: Man) => `${m.root[1]}${m.ending[1]} ${m.given[1]}`;

function generated(i: number, m: Man): Uint8Array {
  const unit = m.unit[0];
  const town = m.town[0];
  const day = 1 + (i % 27);
  const text = [
    '---',
    `title: "Invented bench report ${i}"`,
    'outlet: Invented Bench Herald',
    `published: 2025-0${1 + (i % 9)}-${String(day).padStart(2, '0')}`,
    '---',
    '',
    `Invented report ${i} for objector's benchmarks; the people in it do not exist.`,
    '',
    // One report in five tells of the unit as a whole and names nobody.
    i % 5 === 4
      ? `Soldiers of the ${unit} were detained on ${day} March 2025 after they refused to return to the front.`
      : `${latin(m)}, ${m.age}, a soldier of the ${unit}, was detained on ${day} March 2025 ` +
        `after he refused to return to the front. Relatives said he was held in a basement in ${town}.`,
    `At least ${10 + (i % 40)} men of the unit have refused to fight, a volunteer said.`,
  ].join('\n');
  return new TextEncoder().encode(text);
}

const store = await openStore({ kind: 'pglite', dataDir: 'memory://' }, { command: 'bench' });
const security = createSecurity(store.db, { keyring: generateKeyring(), anchorPath: null });
await loadSampleOnce(store.db, { maxFileBytes: 10 * 1024 * 1024 });
const named: Man[] = [];
for (let i = 0; i < reports; i++) {
  const m = man();
  if (i % 5 !== 4) named.push(m);
  await ingestBytes(store.db, `bench-${i}.md`, generated(i, m));
}
for (let i = 0; i < cases; i++) {
  const m = i % 4 === 0 ? named[i % named.length]! : man();
  const c = await createCase(store.db, security, 'bench', {
    personName: cyrillic(m),
    birthDate: String(2025 - m.age),
    unit: m.unit[1],
  });
  const place = m.town[1];
  await store.db.transaction().execute((trx) => addWhereabouts(trx, security, 'bench', c.id, { place }));
}

const time = async <T>(f: () => Promise<T>) => {
  const start = performance.now();
  const value = await f();
  return { value, ms: performance.now() - start };
};
const kb = await time(() => refreshKnowledge(store.db, 'bench'));
const first = await time(() => refreshCaseSuggestions(store.db, security));
const again = await time(() => refreshCaseSuggestions(store.db, security));
const sources = await store.db
  .selectFrom('sources')
  .select((eb) => eb.fn.countAll<string>().as('n'))
  .executeTakeFirst();
console.log(
  `store: ${sources?.n} sources, ${kb.value.entities} records, ${kb.value.links} links; ${cases} open cases`,
);
console.log(`knowledge rebuild (peer)        ${kb.ms.toFixed(0).padStart(7)} ms`);
console.log(
  `case suggestions, first run     ${first.ms.toFixed(0).padStart(7)} ms  ${(first.ms / kb.ms).toFixed(2)}× the rebuild  (${first.value.suggestions} new)`,
);
console.log(
  `case suggestions, nothing new   ${again.ms.toFixed(0).padStart(7)} ms  ${(again.ms / kb.ms).toFixed(2)}× the rebuild  (${again.value.suggestions} new)`,
);
await store.close();
