/**
 * Bulk test data for the web benchmark: sources and claims generated inside
 * the database with generate_series (one INSERT … SELECT each), so 100,000
 * claims take seconds. Texts are invented sentence templates in English and
 * Russian; places and units are real names with gazetteer-like coordinates.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../src/store/db-types.ts';

const BODIES = [
  'Invented bench report. Soldiers of the regiment refused to return to the front and were detained in a basement, relatives said.',
  'Invented bench report. A group of mobilised men deserted after their commander threatened them; families filed complaints.',
  'Вымышленный отчёт для замера. Солдаты отказались возвращаться на фронт, их удерживали в подвале, рассказали родственники.',
  'Invented bench report. Relatives say the men asked for discharge and were sent to a detention site near the front line.',
  'Вымышленный отчёт для замера. Мобилизованные написали рапорты об отказе участвовать в боевых действиях; их задержали.',
];
const PLACES: [string, string, number, number][] = [
  ['Bryanka', 'UA', 48.511, 38.672],
  ['Luhansk', 'UA', 48.567, 39.317],
  ['Belgorod', 'RU', 50.597, 36.588],
  ['Kursk', 'RU', 51.73, 36.193],
  ['Ulan-Ude', 'RU', 51.834, 107.584],
  ['Donetsk', 'UA', 48.023, 37.802],
  ['Melitopol', 'UA', 46.849, 35.365],
  ['Rostov-on-Don', 'RU', 47.222, 39.718],
];
const TYPES = ['refusal', 'desertion', 'detention', 'coercion', 'prosecution', 'disappearance', 'release'];
const UNITS = ['64-brigade', '137-regiment', '1-army', '150-division', '51460-unit'];
const KINDS = ['event', 'event', 'event', 'event', 'place', 'place', 'place', 'unit', 'unit', 'figure'];

const arr = (xs: readonly (string | number)[]) =>
  sql.raw(`array[${xs.map((x) => (typeof x === 'number' ? String(x) : `'${x}'`)).join(',')}]`);

/** Inserts `sources` sources with `perSource` claims each; returns the number of claims. */
export async function generate(db: Kysely<DB>, sources: number, perSource: number): Promise<number> {
  await sql`
    insert into sources (id, content_hash, title, body, language, outlet, published, format, encoding)
    select 'bsrc_' || g, md5('bench' || g), 'Bench report ' || g,
      (${arr(BODIES)})[1 + g % ${BODIES.length}] || ' #' || g,
      case when g % ${BODIES.length} in (2, 4) then 'ru' else 'en' end,
      'Bench Outlet ' || (g % 20),
      to_char(date '2023-01-01' + (g % 700), 'YYYY-MM-DD'), 'text', 'utf-8'
    from generate_series(1, ${sources}) g`.execute(db);
  const placeNames = arr(PLACES.map((p) => p[0]));
  const countries = arr(PLACES.map((p) => p[1]));
  const lats = arr(PLACES.map((p) => p[2]));
  const lons = arr(PLACES.map((p) => p[3]));
  await sql`
    insert into claims (id, source_id, kind, identity, start_offset, end_offset, rule, extractor, suggested, value, state)
    select 'bclm_' || s || '_' || k, 'bsrc_' || s, kind, 'bench' || k, 0, 12, 'bench.rule', 'bench@1', v, v,
      case when (s + k) % 5 = 0 then 'accepted' else 'suggested' end
    from (
      select s, k, (${arr(KINDS)})[1 + k % ${KINDS.length}] as kind, p
      from generate_series(1, ${sources}) s, generate_series(1, ${perSource}) k,
        lateral (select 1 + (s * 7 + k) % ${PLACES.length} as p) pp
    ) x,
    lateral (select case x.kind
      when 'event' then jsonb_build_object('type', (${arr(TYPES)})[1 + (s + k) % ${TYPES.length}],
        'date', to_char(date '2023-01-01' + ((s * 3 + k) % 700), 'YYYY-MM-DD'), 'place', (${placeNames})[p],
        'count', null, 'quote', 'bench', 'start', 0, 'end', 12, 'rule', 'bench.rule')
      when 'place' then jsonb_build_object('mention', (${placeNames})[p], 'canonical', (${placeNames})[p],
        'country', (${countries})[p], 'lat', (${lats})[p], 'lon', (${lons})[p], 'start', 0, 'end', 12, 'rule', 'bench.rule')
      when 'unit' then jsonb_build_object('mention', 'unit', 'key', (${arr(UNITS)})[1 + (s + k) % ${UNITS.length}],
        'start', 0, 'end', 12, 'rule', 'bench.rule')
      else jsonb_build_object('value', 10 + s % 300, 'qualifier', 'at_least', 'percent', false, 'counts', 'refusing',
        'quote', 'bench', 'start', 0, 'end', 12, 'rule', 'bench.rule')
      end as v) vv`.execute(db);
  return sources * perSource;
}
