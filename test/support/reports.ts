/**
 * Invented report texts for tests (no real article text): a generator of
 * plausible, distinct paragraphs, and a reprint maker that edits a text the
 * way syndication does.
 */
const towns = ['Kursk', 'Belgorod', 'Rostov-on-Don', 'Bryansk', 'Voronezh', 'Pskov', 'Ulan-Ude', 'Chita'];
const acts = [
  'filed reports asking to be discharged',
  'refused to return to the front line',
  'were held in a basement near the base',
  'did not come back from leave',
  'wrote appeals to the military prosecutor',
  'were threatened with criminal cases',
];
const words = [
  'command',
  'relatives',
  'lawyer',
  'unit',
  'appeal',
  'helpline',
  'garrison',
  'hospital',
  'village',
];

/** A deterministic invented report, different for every seed. */
export function inventedReport(seed: number): string {
  const pick = <T>(list: T[], k: number): T => list[(seed * 7 + k * 13) % list.length] as T;
  const n = 20 + ((seed * 37) % 400);
  const sentences = [
    `Invented test report number ${seed}, written for objector's tests.`,
    `At least ${n} soldiers from a unit stationed near ${pick(towns, 1)} ${pick(acts, 2)}, the ${pick(words, 3)} said.`,
    `Their ${pick(words, 4)} in ${pick(towns, 5)} told reporters that the men ${pick(acts, 6)} in week ${seed % 52}.`,
    `One of them, identified as soldier ${seed}, said the ${pick(words, 7)} ignored ${n % 17} letters.`,
    `A ${pick(words, 8)} spokesperson declined to comment on case ${seed * 11}.`,
  ];
  return sentences.join(' ');
}

/** A reprint: new headline, one sentence dropped, a few words changed, an outlet's footer added. */
export function reprint(text: string): string {
  const sentences = text.split(/(?<=\.)\s+/);
  sentences.splice(3, 1);
  return [
    'Republished with permission',
    '',
    sentences.join(' ').replace(' said.', ' reported.').replace('told reporters', 'told journalists'),
  ].join('\n');
}
