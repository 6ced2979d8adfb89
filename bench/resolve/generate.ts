/**
 * A generator of realistic person mentions with known truth, from the real
 * rules of Russian names: given names weighted by their frequency, diminutives
 * and patronymics from data/names, surnames built from stems and suffixes (with
 * feminine forms), several romanisation systems, both word orders, initials,
 * typos, missing facts, and many people sharing common names.
 */
import type { Mention } from '../../src/resolve/persons/mention.ts';
import { romanize, SYSTEM_NAMES } from './romanize.ts';

/** Mulberry32: a small seeded PRNG so runs are repeatable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NameTables {
  /** [name, gender, count] from given-names.tsv. */
  given: [string, string, number][];
  /** full name → diminutives. */
  diminutives: Map<string, string[]>;
  /** `${father}|${gender}` → patronymic. */
  patronymics: Map<string, string>;
}

export interface Generated {
  mentions: Mention[];
  truth: string[];
}

const ONSETS = [
  'б',
  'в',
  'г',
  'д',
  'ж',
  'з',
  'к',
  'л',
  'м',
  'н',
  'п',
  'р',
  'с',
  'т',
  'ф',
  'х',
  'ц',
  'ч',
  'ш',
  'щ',
  'кр',
  'пр',
  'ст',
  'гр',
  'бр',
  'тр',
  'сл',
  'зв',
];
const VOWELS = ['а', 'о', 'е', 'и', 'у', 'ы', 'я', 'ё', 'ю'];
const SUFFIXES = ['ов', 'ев', 'ин', 'ский', 'енко', 'ук', 'цкий', 'ых'];
const UNITS = Array.from(
  { length: 80 },
  (_, i) => `${((i * 37) % 1500) + 1}-${['brigade', 'regiment', 'division', 'army'][i % 4]}`,
);
const REGIONS: [string, string][] = [
  ['Бурятия', 'Buryatia'],
  ['Ростовская область', 'Rostov Oblast'],
  ['Краснодарский край', 'Krasnodar Krai'],
  ['Якутия', 'Yakutia'],
  ['Москва', 'Moscow'],
  ['Московская область', 'Moscow Oblast'],
  ['Татарстан', 'Tatarstan'],
  ['Башкирия', 'Bashkortostan'],
  ['Свердловская область', 'Sverdlovsk Oblast'],
  ['Челябинская область', 'Chelyabinsk Oblast'],
  ['Пермский край', 'Perm Krai'],
  ['Новосибирская область', 'Novosibirsk Oblast'],
  ['Тыва', 'Tuva'],
  ['Дагестан', 'Dagestan'],
  ['Приморский край', 'Primorsky Krai'],
  ['Самарская область', 'Samara Oblast'],
  ['Омская область', 'Omsk Oblast'],
  ['Иркутская область', 'Irkutsk Oblast'],
  ['Забайкальский край', 'Zabaykalsky Krai'],
  ['Санкт-Петербург', 'Saint Petersburg'],
];

/** Picks from a cumulative-weight table by binary search. */
function weighted<T>(items: T[], cumulative: number[], r: number): T {
  const x = r * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return items[lo]!;
}

function cumulate(weights: number[]): number[] {
  let s = 0;
  return weights.map((w) => (s += w));
}

function typo(word: string, rand: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const kind = rand();
  if (kind < 0.33) return word.slice(0, i) + word.slice(i + 1);
  if (kind < 0.66) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

interface Person {
  given: string;
  surname: string;
  patronymic: string;
  birth: number;
  unit: string;
  region: [string, string];
}

function makePersons(count: number, t: NameTables, rand: () => number): Person[] {
  const male = t.given.filter(([, g]) => g === 'm').slice(0, 300);
  const maleCum = cumulate(male.map(([, , c]) => c));
  const stems = Array.from({ length: Math.max(200, Math.round(count / 8)) }, () => {
    const syl = 1 + Math.floor(rand() * 2);
    let s = '';
    for (let i = 0; i < syl; i++)
      s += ONSETS[Math.floor(rand() * ONSETS.length)]! + VOWELS[Math.floor(rand() * VOWELS.length)]!;
    return s + ONSETS[Math.floor(rand() * ONSETS.length)]!.slice(0, 1);
  });
  // Zipf-like over surnames: the commonest about 1-2 % of people (as Smirnov/Ivanov), most rare.
  const stemCum = cumulate(stems.map((_, i) => 1 / (i + 10)));
  const persons: Person[] = [];
  for (let i = 0; i < count; i++) {
    const stem = weighted(stems, stemCum, rand());
    const suffix = SUFFIXES[Math.floor(rand() * SUFFIXES.length)]!;
    const name = (stem + suffix).charAt(0).toUpperCase() + (stem + suffix).slice(1);
    const father = weighted(male, maleCum, rand())[0];
    persons.push({
      given: weighted(male, maleCum, rand())[0],
      surname: name,
      patronymic: t.patronymics.get(`${father}|m`) ?? `${father}ович`,
      birth: 1966 + Math.floor(rand() * 40),
      unit: UNITS[Math.floor(rand() * UNITS.length)]!,
      region: REGIONS[Math.floor(rand() * REGIONS.length)]!,
    });
  }
  return persons;
}

/** One written form of a person's name. */
function writeName(p: Person, t: NameTables, rand: () => number): { name: string; latin: boolean } {
  const dims = t.diminutives.get(p.given) ?? [];
  let given = dims.length > 0 && rand() < 0.15 ? dims[Math.floor(rand() * dims.length)]! : p.given;
  let surname = p.surname;
  let patronymic = p.patronymic;
  if (rand() < 0.08) surname = typo(surname, rand);
  else if (rand() < 0.04) given = typo(given, rand);
  const latin = rand() < 0.55;
  const system = SYSTEM_NAMES[Math.floor(rand() * SYSTEM_NAMES.length)]!;
  const w = (s: string) => (latin ? romanize(s, system) : s);
  const initial = (s: string) => `${w(s).charAt(0).toUpperCase()}.`;
  const r = rand();
  if (r < 0.1) return { name: w(given), latin };
  if (r < 0.18) return { name: `${initial(given)} ${w(surname)}`, latin };
  if (r < 0.24) return { name: `${w(given)} ${initial(surname)}`, latin };
  if (r < 0.45) return { name: `${w(surname)} ${w(given)} ${w(patronymic)}`, latin };
  if (r < 0.55) return { name: `${w(given)} ${w(patronymic)} ${w(surname)}`, latin };
  if (r < 0.7) return { name: `${w(surname)} ${w(given)}`, latin };
  patronymic = '';
  return { name: `${w(given)} ${w(surname)}${patronymic}`, latin };
}

/** Generates about `n` mentions of persons mentioned 1–6 times each. */
export function generateMentions(n: number, t: NameTables, seed = 1): Generated {
  const rand = rng(seed);
  // Enough people that none is reused under another label (mean mentions per person is about 2.2).
  const persons = makePersons(n, t, rand);
  const mentions: Mention[] = [];
  const truth: string[] = [];
  let p = 0;
  while (mentions.length < n) {
    const person = persons[p]!;
    const times = 1 + Math.min(5, Math.floor(-Math.log(1 - rand()) * 1.4));
    for (let k = 0; k < times && mentions.length < n; k++) {
      const year = 2022 + Math.floor(rand() * 3);
      const { name, latin } = writeName(person, t, rand);
      mentions.push({
        id: `g${mentions.length}`,
        name,
        age: rand() < 0.55 ? year - person.birth - (rand() < 0.5 ? 1 : 0) : null,
        unit: rand() < 0.5 ? person.unit : null,
        region: rand() < 0.45 ? person.region[latin ? 1 : 0] : null,
        date: `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      });
      truth.push(`p${p}`);
    }
    p++;
  }
  return { mentions, truth };
}
